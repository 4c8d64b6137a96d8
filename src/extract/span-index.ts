/**
 * Mentions sorted by position, so "which of them lie in this sentence" and
 * "does any of them touch this span" cost a binary search and the answer,
 * not a scan of every mention: extraction stays linear in the document's
 * length however many sentences and mentions it has.
 */
import type { Span } from "./parse-structure.js";

export class SpanIndex<T extends Span> {
  /** Sorted by start, then by end descending (an enclosing span before what it encloses). */
  readonly items: readonly T[];
  private readonly longest: number;

  constructor(items: Iterable<T>) {
    const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
    this.items = sorted;
    this.longest = sorted.reduce((max, s) => Math.max(max, s.end - s.start), 0);
  }

  /** Index of the first item starting at or after `position`. */
  private firstAtOrAfter(position: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid].start < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Items lying wholly inside `outer`, in reading order. */
  within(outer: Span): T[] {
    const out: T[] = [];
    for (let i = this.firstAtOrAfter(outer.start); i < this.items.length && this.items[i].start < outer.end; i += 1) {
      if (this.items[i].end <= outer.end) out.push(this.items[i]);
    }
    return out;
  }

  /** Items that share at least one character with `span`. */
  overlapping(span: Span): T[] {
    const out: T[] = [];
    for (let i = this.firstAtOrAfter(span.start - this.longest); i < this.items.length && this.items[i].start < span.end; i += 1) {
      if (this.items[i].end > span.start) out.push(this.items[i]);
    }
    return out;
  }

  overlaps(span: Span): boolean {
    return this.overlapping(span).length > 0;
  }

  /** Whether a position falls inside one of the items. */
  covers(position: number): boolean {
    for (let i = this.firstAtOrAfter(position - this.longest); i < this.items.length && this.items[i].start <= position; i += 1) {
      if (this.items[i].end > position) return true;
    }
    return false;
  }
}

/**
 * Spans taken so far while scanning, kept sorted as they arrive: a later
 * candidate that overlaps one of them is refused.
 */
export class TakenSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private longest = 0;

  add(span: Span): void {
    const at = this.insertionPoint(span.start);
    this.starts.splice(at, 0, span.start);
    this.ends.splice(at, 0, span.end);
    this.longest = Math.max(this.longest, span.end - span.start);
  }

  overlaps(span: Span): boolean {
    const at = this.insertionPoint(span.start);
    if (at < this.starts.length && this.starts[at] < span.end) return true;
    // Only a span starting less than the longest length before this one can still reach into it.
    for (let i = at - 1; i >= 0 && this.starts[i] > span.start - this.longest - 1; i -= 1) {
      if (this.ends[i] > span.start) return true;
    }
    return false;
  }

  private insertionPoint(start: number): number {
    return firstAbove(this.starts, start);
  }
}

/** Index of the first of the sorted numbers that is greater than `value` (their length when none is). */
export function firstAbove(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
