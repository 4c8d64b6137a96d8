import { MAX_HIERARCHY_DEPTH, MAX_SUCCESSION_HOPS } from "../shared/graph-bounds.js";

/** What the embedded store tells of a place: its PART_OF neighbours and its successions, live edges only. */
export interface PlaceLinks {
  parents(id: string): string[];
  children(id: string): string[];
  /** SUCCEEDED_BY out of the place. */
  successors(id: string): { id: string; whole: boolean }[];
  /** SUCCEEDED_BY into the place. */
  predecessors(id: string): { id: string; whole: boolean }[];
}

/** The places and every place below them, at most MAX_HIERARCHY_DEPTH levels down. */
export function descendantsOf(links: PlaceLinks, placeIds: Iterable<string>): Set<string> {
  const found = new Set(placeIds);
  let layer = [...found];
  for (let depth = 0; depth < MAX_HIERARCHY_DEPTH && layer.length > 0; depth += 1) {
    const next: string[] = [];
    for (const child of layer.flatMap((id) => links.children(id))) {
      if (found.has(child)) continue;
      found.add(child);
      next.push(child);
    }
    layer = next;
  }
  return found;
}

/** The places and every place above them. */
export function ancestorsOf(links: PlaceLinks, placeId: string): string[] {
  const found = [placeId];
  const seen = new Set(found);
  for (let i = 0; i < found.length && i <= MAX_HIERARCHY_DEPTH * 4; i += 1) {
    for (const parent of links.parents(found[i])) {
      if (!seen.has(parent)) {
        seen.add(parent);
        found.push(parent);
      }
    }
  }
  return found;
}

/** Places reached from `placeIds` by following SUCCEEDED_BY one way, at most MAX_SUCCESSION_HOPS, whole steps only if asked. */
function followSuccession(placeIds: Iterable<string>, step: (id: string) => { id: string; whole: boolean }[], wholeOnly: boolean): Set<string> {
  const start = new Set(placeIds);
  const found = new Set<string>();
  let layer = [...start];
  for (let hop = 0; hop < MAX_SUCCESSION_HOPS && layer.length > 0; hop += 1) {
    const next: string[] = [];
    for (const id of layer) {
      for (const link of step(id)) {
        if ((wholeOnly && !link.whole) || found.has(link.id) || start.has(link.id)) continue;
        found.add(link.id);
        next.push(link.id);
      }
    }
    layer = next;
  }
  return found;
}

/**
 * The places whose tasks a place filter takes (TaskFilter): the places, with
 * includeSubPlaces every place below them, with includePredecessors every
 * place they took over, and, with both, every place below a predecessor that
 * went to them wholly. The Neo4j store's task query matches the same set.
 */
export function placesOfFilter(links: PlaceLinks, placeIds: readonly string[], includeSubPlaces: boolean, includePredecessors: boolean): string[] {
  const base = includeSubPlaces ? descendantsOf(links, placeIds) : new Set(placeIds);
  if (!includePredecessors) return [...base];
  const predecessors = (id: string) => links.predecessors(id);
  const places = new Set([...base, ...followSuccession(base, predecessors, false)]);
  if (includeSubPlaces) {
    for (const id of descendantsOf(links, followSuccession(base, predecessors, true))) places.add(id);
  }
  return [...places];
}

/**
 * The places in force today a task located at `placeId` counts for
 * (TaskCountOptions, geography CURRENT): up the hierarchy from it, forward
 * through whole successions, up the hierarchy of what it reaches, keeping
 * only places that neither have a successor nor lie below one that has.
 */
export function currentPlacesOf(links: PlaceLinks, placeId: string, isCurrent: (id: string) => boolean): string[] {
  const ancestors = ancestorsOf(links, placeId);
  const reached = new Set(ancestors);
  for (const id of followSuccession(ancestors, (id) => links.successors(id), true)) {
    for (const above of ancestorsOf(links, id)) reached.add(above);
  }
  return [...reached].filter(isCurrent);
}

/** Whether a place is in force today: neither it nor a place above it has a successor. */
export function isCurrentPlace(links: PlaceLinks, placeId: string): boolean {
  return ancestorsOf(links, placeId).every((id) => links.successors(id).length === 0);
}
