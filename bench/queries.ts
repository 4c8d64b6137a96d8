/** The flagship question of DESIGN.md, word for word: all tasks in a place and below it, with their legal basis. */
export function flagshipQuery(placeName: string): string {
  return `{ tasks(where: {placeName: ${JSON.stringify(placeName)}, includeSubPlaces: true}) { edges { node { text legalBasis { instrument { number title } steps { relation } } } } } }`;
}

export const FLAGSHIP_QUERY = flagshipQuery("Mỏ Cày Bắc");

/** One root lookup, scalar fields only. */
export const SHALLOW_QUERY = `{ place(name: "Mỏ Cày Bắc") { id name kind } }`;

/**
 * Queries nested 1..5 related-entity levels below the task: places, their
 * parent, its children, their projects. Each level goes through a different
 * loader, so a level the loaders cached cannot hide a missing batch.
 */
export function nestedQuery(depth: number, first: number): string {
  const levels = [
    (inner: string) => `places { id name ${inner} }`,
    (inner: string) => `parent { id name ${inner} }`,
    (inner: string) => `children { id name ${inner} }`,
    (inner: string) => `projects { id name ${inner} }`,
  ];
  let selection = "";
  for (let level = depth - 1; level >= 1; level -= 1) selection = levels[level - 1](selection);
  return `{ tasks(first: ${first}) { edges { node { id text ${selection} } } } }`;
}

export const MAX_NESTED_DEPTH = 5;

/** The pattern no loader can batch: a connection (one findTasks per parent) inside a list. */
export function connectionInListQuery(first: number): string {
  return `{ tasks(first: ${first}) { edges { node { id places { id tasks(first: 5) { totalCount } } } } } }`;
}
