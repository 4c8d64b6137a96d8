/**
 * The graph batch of one document as it is assembled: nodes by id (the first
 * mention wins), edges by their identity, unresolved mentions and warnings,
 * every span tied to the document.
 */
import type { BodyNode, GraphBatch, GraphEdge, GraphNode, PlaceNode, RelationType, ResponsibilityRole, SourceSpan, UnresolvedMention } from "../domain/model.js";
import { edgeKey } from "../domain/model.js";
import type { BodyRef } from "./find-bodies.js";
import type { PlaceMention } from "./find-places.js";
import type { Span } from "./parse-structure.js";
import { placeNodeOfUnit, successionOfPlaces } from "./place-eras.js";
import { type GazetteerUnit, findUnit, validityOfUnit } from "./reference-data.js";

/** What an instrument relation edge carries besides its ends. */
export interface RelationDetail {
  /** The part of the target the text names (`khoản 2 Điều 8`). */
  scope?: string | null;
  /** When the relation took effect. */
  on?: string | null;
}

export class BatchBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  readonly unresolved: UnresolvedMention[] = [];

  constructor(readonly documentId: string) {}

  span(s: Span | null): SourceSpan | null {
    return s ? { documentId: this.documentId, start: s.start, end: s.end } : null;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  addNode(node: GraphNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  addEdge(type: RelationType, from: string, to: string, source: Span | null, role: ResponsibilityRole | null = null): void {
    if (from === to) return;
    const edge: GraphEdge = { type, from, to, role, source: this.span(source) };
    const key = edgeKey(edge);
    if (!this.edges.has(key)) this.edges.set(key, edge);
  }

  /**
   * An instrument relation (AMENDS, REPLACES…): stated once per pair, its
   * scopes gathered when the text names several parts of the same target.
   */
  addRelation(type: RelationType, from: string, to: string, source: Span | null, detail: RelationDetail): void {
    if (from === to) return;
    const key = edgeKey({ type, from, to, role: null });
    const existing = this.edges.get(key);
    // Scope and date only when the text gives them: an edge without them is about the whole instrument.
    if (!existing) {
      const edge: GraphEdge = { type, from, to, role: null, source: this.span(source) };
      if (detail.scope) edge.scope = detail.scope;
      if (detail.on) edge.on = detail.on;
      this.edges.set(key, edge);
      return;
    }
    const scopes = [existing.scope, detail.scope].filter((s): s is string => Boolean(s));
    if (scopes.length) existing.scope = [...new Set(scopes.flatMap((s) => s.split("; ")))].join("; ");
    if (!existing.on && detail.on) existing.on = detail.on;
  }

  addBody(body: BodyRef, source: Span | null): void {
    const node: BodyNode = { kind: "Body", id: body.id, name: body.name, bodyKind: body.bodyKind, level: body.level, jurisdictionId: body.jurisdictionId, source: this.span(source) };
    this.addNode(node);
  }

  /** A gazetteer unit and every unit above it, each PART_OF its parent. */
  addPlaceChain(unit: GazetteerUnit | null | undefined): void {
    let current = unit;
    while (current) {
      const node = placeNodeOfUnit(current);
      this.addNode(node);
      if (node.parentId) this.addEdge("PART_OF", node.id, node.parentId, null);
      current = current.parentCode ? findUnit(current.parentCode) : undefined;
    }
  }

  /** A place as the text names it (its type word, its span), and its parents. */
  addPlace(place: PlaceMention): void {
    const existing = this.nodes.get(place.id) as PlaceNode | undefined;
    if (!existing) {
      const node: PlaceNode = {
        kind: "Place",
        id: place.id,
        name: place.name,
        fullName: place.fullName,
        placeKind: place.placeKind,
        code: place.code,
        parentId: place.parentId,
        ...(place.unit ? validityOfUnit(place.unit) : { validFrom: null, validTo: null }),
        source: this.span(place),
      };
      this.addNode(node);
    } else if (!existing.source) {
      this.nodes.set(place.id, { ...existing, placeKind: place.placeKind, fullName: place.fullName, source: this.span(place) });
    }
    if (place.parentId) {
      this.addEdge("PART_OF", place.id, place.parentId, null);
      this.addPlaceChain(findUnit(place.parentId.replace(/^place:/, "")));
    }
  }

  /** Each gazetteer place's successors or predecessors across the 2025 reorganisation, with their hierarchy. */
  addSuccession(): void {
    const { nodes, edges } = successionOfPlaces(this.nodes.keys());
    for (const node of nodes) this.addNode(node);
    for (const edge of edges) if (!this.edges.has(edgeKey(edge))) this.edges.set(edgeKey(edge), edge);
  }

  /** The batch: nodes in the order they came, and only the edges whose ends are in it. */
  toBatch(): Omit<GraphBatch, "document"> {
    const nodes = [...this.nodes.values()];
    const ids = new Set(nodes.map((n) => n.id));
    const edges = [...this.edges.values()].filter((e) => ids.has(e.from) && ids.has(e.to));
    return { nodes, edges, unresolved: this.unresolved };
  }
}
