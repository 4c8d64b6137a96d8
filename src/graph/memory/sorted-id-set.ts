import { compareIds } from "../shared/sort-order.js";

/**
 * A set of ids kept as one sorted array: 8 bytes per member, so the many task
 * indexes cost little on a large graph.
 *
 * Writes are O(1): ids that arrive in order are appended, the rest wait in a
 * pending list, deletions in a small tombstone set. The first read after a
 * write sorts only the pending ids and merges them in (O(n + k log k)), so an
 * index that receives one document's worth of ids pays one linear merge, not
 * a full sort, and reads between writes cost nothing extra. Membership is a
 * binary search.
 */
export class SortedIdSet {
  private sorted: string[] = [];
  private pending: string[] = [];
  private deleted: Set<string> | null = null;

  get size(): number {
    return this.ids().length;
  }

  has(id: string): boolean {
    const sorted = this.ids();
    const at = lowerBound(sorted, id);
    return at < sorted.length && sorted[at] === id;
  }

  add(id: string): void {
    this.deleted?.delete(id);
    const clean = this.pending.length === 0 && !this.deleted?.size;
    const last = this.sorted.length > 0 ? this.sorted[this.sorted.length - 1] : undefined;
    if (clean && (last === undefined || last < id)) appendCompact(this.sorted, id, (grown) => (this.sorted = grown));
    else if (!clean || last !== id) this.pending.push(id);
  }

  delete(id: string): void {
    (this.deleted ??= new Set()).add(id);
  }

  /** Members in ascending code-unit order. The array is shared: do not mutate it. */
  ids(): readonly string[] {
    if (this.pending.length > 0 || this.deleted?.size) this.flush();
    return this.sorted;
  }

  private flush(): void {
    const incoming = this.pending.sort(compareIds);
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    const keep = (id: string) => {
      if (!this.deleted?.has(id) && (merged.length === 0 || merged[merged.length - 1] !== id)) merged.push(id);
    };
    while (i < this.sorted.length && j < incoming.length) {
      if (this.sorted[i] <= incoming[j]) keep(this.sorted[i++]);
      else keep(incoming[j++]);
    }
    while (i < this.sorted.length) keep(this.sorted[i++]);
    while (j < incoming.length) keep(incoming[j++]);
    this.sorted = merged.length < COMPACT_BELOW ? merged.slice() : merged;
    this.pending = [];
    this.deleted = null;
  }
}

/**
 * Most index lists hold a handful of ids; a pushed-to array reserves room for
 * 17, which on a large graph is most of the memory. Small lists grow by exact
 * copies instead; long ones by push.
 */
const COMPACT_BELOW = 16;

export function appendCompact<T>(list: T[], item: T, replace: (grown: T[]) => void): void {
  if (list.length < COMPACT_BELOW) replace(list.concat([item]));
  else list.push(item);
}

/** Index of the first element not less than `key` in a sorted array. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element strictly greater than `key` in a sorted array. */
export function upperBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted union of sorted arrays, each id once. */
export function unionSorted(lists: readonly (readonly string[])[]): string[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return [...nonEmpty[0]];
  const all = nonEmpty.flat().sort(compareIds);
  const out: string[] = [];
  for (const id of all) if (out.length === 0 || out[out.length - 1] !== id) out.push(id);
  return out;
}
