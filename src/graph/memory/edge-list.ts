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
 * on first read after a change. Removals only flag the record; `compact()`
 * drops flagged records in one pass, so removing many edges from a hub costs
 * one scan of its list, not one per edge.
 */
export class EdgeList {
  private records: EdgeRecord[] = [];
  private sorted = true;
  private dirty = false;

  constructor(private readonly otherEnd: "from" | "to") {}

  add(record: EdgeRecord): void {
    const last = this.records[this.records.length - 1];
    if (this.sorted && last && this.compare(last, record) > 0) this.sorted = false;
    appendCompact(this.records, record, (grown) => (this.records = grown));
  }

  markDirty(): void {
    this.dirty = true;
  }

  compact(): void {
    if (!this.dirty) return;
    this.records = this.records.filter((record) => !record.removed);
    this.dirty = false;
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
