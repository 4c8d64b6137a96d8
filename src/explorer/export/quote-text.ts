/** Structural steps (PART_OF) quote a whole provision: lists and reports show its start only. */
export const STRUCTURE_QUOTE_LENGTH = 140;

export function abbreviate(text: string, max = STRUCTURE_QUOTE_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export function isStructural(relation: string): boolean {
  return relation === "PART_OF" || relation === "HAS_PART";
}
