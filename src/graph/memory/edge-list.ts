import type { GraphEdge } from "../../domain/model.js";
import { compareEdges } from "../shared/sort-order.js";
import { appendCompact } from "./sorted-id-set.js";

/**
 * One stored fact. Several documents may state the same edge: the edge shows
 * the statement (span, scope) of the smallest document id among them, so the
 * graph does not depend on ingest order; the others wait in `alsoStatedBy`
 * (null in the common case of one document, to keep large graphs small).
 */
export interface EdgeRecord {
  /** As `documentId` states it. */
  edge: GraphEdge;
  documentId: string;
  /** Document id → the edge as it states it: a hub edge has thousands, each found in O(1). */
  alsoStatedBy: Map<string, GraphEdge> | null;
  removed: boolean;
}

/**
 * The edges of one node, one type, one direction, ordered by (other end, role)
 * on first read after a change. Removals only flag the record; flagged
 * records are dropped in one pass when the list is next read whole, or once
 * they are half of it, so removing edges from a hub (a province every task of
 * a large store is located in) costs O(1) each, amortised, not a scan of the
 * hub's list per write.
 */
export class EdgeList {
  private records: EdgeRecord[] = [];
  private sorted = true;
  /** Records flagged removed since the last compaction (an over-count after a rolled-back write only compacts early). */
  private removedSince = 0;

  constructor(private readonly otherEnd: "from" | "to") {}

  add(record: EdgeRecord): void {
    const last = this.records[this.records.length - 1];
    if (this.sorted && last && this.compare(last, record) > 0) this.sorted = false;
    appendCompact(this.records, record, (grown) => (this.records = grown));
  }

  /** A record of this list was flagged removed; answers whether the list is now worth compacting. */
  markRemoved(): boolean {
    this.removedSince += 1;
    return this.removedSince * 2 > this.records.length;
  }

  compact(): void {
    if (this.removedSince === 0) return;
    this.records = this.records.filter((record) => !record.removed);
    this.removedSince = 0;
  }

  get length(): number {
    return this.records.length;
  }

  /** Live records in (other end, role) order. The array is shared: do not mutate it. */
  all(): readonly EdgeRecord[] {
    this.compact();
    if (!this.sorted) {
      this.records.sort((a, b) => this.compare(a, b));
      this.sorted = true;
    }
    return this.records;
  }

  /** Records in insertion order, without sorting or compacting: callers skip the removed ones. */
  unordered(): readonly EdgeRecord[] {
    return this.records;
  }

  private compare(a: EdgeRecord, b: EdgeRecord): number {
    return compareEdges(a.edge, b.edge, this.otherEnd);
  }
}
