import { compareIds } from "../shared/sort-order.js";

/**
 * A set of ids kept as one sorted array: 8 bytes per member, so the many task
 * indexes cost little on a large graph.
 *
 * Writes cost no more than a binary search: ids that arrive in order are
 * appended, the rest wait in a pending list that the next read sorts and
 * merges in (O(n + k log k) once per batch of writes, not per id). Deletions
 * leave tombstones that reads skip; the array is compacted only when they
 * exceed a fraction of it, so removing one document's tasks from an index of
 * a million does not rewrite it. Membership is a binary search.
 */
export class SortedIdSet {
  private sorted: string[] = [];
  private pending: string[] = [];
  /** Members of `sorted` that were deleted; never in `pending`. */
  private deleted: Set<string> | null = null;

  get size(): number {
    this.mergePending();
    return this.sorted.length - (this.deleted?.size ?? 0);
  }

  has(id: string): boolean {
    this.mergePending();
    return this.inSorted(id) && !this.deleted?.has(id);
  }

  add(id: string): void {
    if (this.deleted?.delete(id)) return;
    const last = this.sorted.length > 0 ? this.sorted[this.sorted.length - 1] : undefined;
    if (this.pending.length === 0 && (last === undefined || last < id)) appendCompact(this.sorted, id, (grown) => (this.sorted = grown));
    else if (!this.inSorted(id)) this.pending.push(id);
  }

  delete(id: string): void {
    this.mergePending();
    if (!this.inSorted(id)) return;
    (this.deleted ??= new Set()).add(id);
    if (this.deleted.size > Math.max(COMPACT_BELOW, this.sorted.length * TOMBSTONE_FRACTION)) this.compact();
  }

  /** Members in ascending code-unit order. The array is shared: do not mutate it. Compacts tombstones (O(n)) when there are any. */
  ids(): readonly string[] {
    this.mergePending();
    if (this.deleted?.size) this.compact();
    return this.sorted;
  }

  /** Up to `first` members after `after` (exclusive), in order, skipping tombstones without compacting. */
  page(after: string | null, first: number): { ids: string[]; hasNextPage: boolean } {
    this.mergePending();
    const ids: string[] = [];
    let at = after === null ? 0 : upperBound(this.sorted, after);
    for (; at < this.sorted.length; at += 1) {
      const id = this.sorted[at];
      if (this.deleted?.has(id)) continue;
      if (ids.length === first) return { ids, hasNextPage: true };
      ids.push(id);
    }
    return { ids, hasNextPage: false };
  }

  /** Visits the members in order, skipping tombstones without compacting. */
  forEach(visit: (id: string) => void): void {
    this.mergePending();
    const deleted = this.deleted?.size ? this.deleted : null;
    for (const id of this.sorted) if (deleted === null || !deleted.has(id)) visit(id);
  }

  private inSorted(id: string): boolean {
    const at = lowerBound(this.sorted, id);
    return at < this.sorted.length && this.sorted[at] === id;
  }

  private mergePending(): void {
    if (this.pending.length === 0) return;
    const incoming = this.pending.sort(compareIds);
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    const keep = (id: string) => {
      if (merged.length === 0 || merged[merged.length - 1] !== id) merged.push(id);
    };
    while (i < this.sorted.length && j < incoming.length) {
      if (this.sorted[i] <= incoming[j]) keep(this.sorted[i++]);
      else keep(incoming[j++]);
    }
    while (i < this.sorted.length) keep(this.sorted[i++]);
    while (j < incoming.length) keep(incoming[j++]);
    this.sorted = merged.length < COMPACT_BELOW ? merged.slice() : merged;
    this.pending = [];
  }

  private compact(): void {
    const deleted = this.deleted;
    this.deleted = null;
    if (!deleted?.size) return;
    const kept = this.sorted.filter((id) => !deleted.has(id));
    this.sorted = kept.length < COMPACT_BELOW ? kept.slice() : kept;
  }
}

/** Tombstones allowed, as a share of the array, before it is rewritten without them. */
const TOMBSTONE_FRACTION = 1 / 8;

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
