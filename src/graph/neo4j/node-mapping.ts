import neo4j from "neo4j-driver";
import type { GraphEdge, GraphNode, NodeKind, NodeOfKind, RelationType, ResponsibilityRole, SourceSpan } from "../../domain/model.js";
import { foldText } from "../../domain/text-fold.js";
import { filterTexts, normalizeForMatch } from "../shared/search-text.js";
import { toSearchProps } from "./search-ranking.js";

/**
 * How each model field is stored. Integers go over Bolt as Neo4j Integers (a JS
 * number would be stored as a Float), dates as Neo4j Dates so Cypher users can
 * compare them; everything else as is.
 */
type FieldType = "string" | "int" | "float" | "date";

type FieldSpec<K extends NodeKind> = { [F in Exclude<keyof NodeOfKind<K>, "kind" | "id" | "source">]-?: FieldType };

/** Every stored field of every kind: the compiler rejects a missing or unknown field. */
export const NODE_FIELDS: { [K in NodeKind]: FieldSpec<K> } = {
  Document: {
    title: "string",
    instrumentKind: "string",
    number: "string",
    normalizedNumber: "string",
    issuerId: "string",
    issuerName: "string",
    jurisdictionId: "string",
    term: "string",
    session: "string",
    adoptedOn: "date",
    effectiveFrom: "date",
    signer: "string",
    signerTitle: "string",
    sha256: "string",
    fileName: "string",
    text: "string",
  },
  Provision: {
    documentId: "string",
    level: "string",
    path: "string",
    label: "string",
    heading: "string",
    text: "string",
    ordinal: "int",
  },
  Task: {
    documentId: "string",
    provisionId: "string",
    text: "string",
    sector: "string",
    deadline: "date",
    ordinal: "int",
  },
  LegalInstrument: {
    instrumentKind: "string",
    number: "string",
    normalizedNumber: "string",
    title: "string",
    issuedOn: "date",
    year: "int",
    issuerId: "string",
    issuerName: "string",
  },
  Body: { name: "string", bodyKind: "string", level: "string", jurisdictionId: "string" },
  Place: { name: "string", fullName: "string", placeKind: "string", code: "string", parentId: "string", validFrom: "date", validTo: "date" },
  Project: { name: "string", projectKind: "string" },
  Target: { value: "float", unit: "string", metric: "string", comparator: "string", text: "string" },
};

/**
 * Properties computed from the model fields so Neo4j matches exactly what the
 * embedded store matches: folded names for place lookup, normalised numbers
 * for instrument lookup, folded texts for substring filters, and the search
 * tokens. Recomputed whenever a node is written.
 */
export function derivedProps(node: GraphNode): Record<string, Neo4jValue> {
  const props: Record<string, Neo4jValue> = {};
  const texts = filterTexts(node).map(foldText);
  if (texts.length > 0) props.filterTexts = texts;
  if (node.kind === "Place") {
    if (node.name) props.foldedName = foldText(node.name);
    if (node.fullName) props.foldedFullName = foldText(node.fullName);
  }
  if (node.kind === "LegalInstrument" || node.kind === "Document") {
    const numberKey = node.number ? normalizeForMatch(node.number) : "";
    const normalizedKey = node.normalizedNumber ? normalizeForMatch(node.normalizedNumber) : "";
    if (numberKey) props.numberKey = numberKey;
    if (normalizedKey) props.normalizedNumberKey = normalizedKey;
  }
  if (node.kind === "Task") props.foldedText = foldText(node.text);
  const search = toSearchProps(node);
  if (search) {
    props.searchText = search.searchText;
    props.searchLength = neo4j.int(search.searchLength);
    props.searchNames = search.searchNames;
    props.searchPhrases = search.searchPhrases;
  }
  return props;
}

/** Label sets by kind. A Document is also a LegalInstrument: documents cite documents. */
export const NODE_LABEL = "Node";
export const KIND_LABELS: { [K in NodeKind]: readonly string[] } = {
  Document: ["Document", "LegalInstrument"],
  Provision: ["Provision"],
  Task: ["Task"],
  LegalInstrument: ["LegalInstrument"],
  Body: ["Body"],
  Place: ["Place"],
  Project: ["Project"],
  Target: ["Target"],
};

export type Neo4jValue = string | number | boolean | null | object;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as a Neo4j Date. A string that is not a real date (the
 * extractor should not produce one) stays a string rather than failing the
 * whole document, and reads back unchanged either way.
 */
export function toNeo4jDate(value: string): Neo4jValue {
  const match = ISO_DATE.exec(value);
  if (!match) return value;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return value;
  return new neo4j.types.Date(neo4j.int(year), neo4j.int(month), neo4j.int(day));
}

function toNeo4jValue(type: FieldType, value: unknown): Neo4jValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case "int":
      return neo4j.int(value as number);
    case "date":
      return toNeo4jDate(String(value));
    default:
      return value as Neo4jValue;
  }
}

/**
 * Every property of a stored node: id, model fields (nulls left out, since
 * Neo4j stores no nulls), the source span flattened, and the derived ones.
 */
export function toNodeProps(node: GraphNode): Record<string, Neo4jValue> {
  const spec = NODE_FIELDS[node.kind] as Record<string, FieldType>;
  const record = node as unknown as Record<string, unknown>;
  const props: Record<string, Neo4jValue> = { id: node.id };
  for (const [field, type] of Object.entries(spec)) {
    const value = toNeo4jValue(type, record[field]);
    if (value !== null) props[field] = value;
  }
  Object.assign(props, sourceProps(node.source), derivedProps(node));
  return props;
}

function sourceProps(source: SourceSpan | null): Record<string, Neo4jValue> {
  if (!source) return {};
  return {
    sourceDocumentId: source.documentId,
    sourceStart: neo4j.int(source.start),
    sourceEnd: neo4j.int(source.end),
  };
}

/** Numbers, Integers and temporal values back to what the model uses. */
export function fromNeo4jValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) {
    const date = value as { year: unknown; month: unknown; day: unknown };
    const part = (v: unknown, width: number) => String(fromNeo4jValue(v)).padStart(width, "0");
    return `${part(date.year, 4)}-${part(date.month, 2)}-${part(date.day, 2)}`;
  }
  if (Array.isArray(value)) return value.map(fromNeo4jValue);
  return value;
}

function numberOrNull(value: unknown): number | null {
  const converted = fromNeo4jValue(value);
  return typeof converted === "number" ? converted : null;
}

function sourceFrom(props: Record<string, unknown>): SourceSpan | null {
  const documentId = props.sourceDocumentId;
  const start = numberOrNull(props.sourceStart);
  const end = numberOrNull(props.sourceEnd);
  if (typeof documentId !== "string" || start === null || end === null) return null;
  return { documentId, start, end };
}

/** The model kind of a stored node: Document wins over its LegalInstrument label. */
export function kindFromLabels(labels: readonly string[]): NodeKind | null {
  if (labels.includes("Document")) return "Document";
  for (const kind of Object.keys(KIND_LABELS) as NodeKind[]) {
    if (labels.includes(kind)) return kind;
  }
  return null;
}

/**
 * A node as the reads project it (cypher-queries.ts `nodeProjection`): its kind,
 * id, model fields (dates already `YYYY-MM-DD`) and source span, nothing else.
 */
export function fromProjectedNode(props: Record<string, unknown>): GraphNode {
  const kind = props.kind as NodeKind;
  const fields = NODE_FIELDS[kind];
  if (!fields) throw new Error(`Neo4j node ${String(props.id)} came back without a model kind`);
  const node: Record<string, unknown> = { id: props.id, kind };
  for (const field of Object.keys(fields)) node[field] = props[field] ?? null;
  node.source = sourceFrom(props);
  return node as unknown as GraphNode;
}

/** A stored node back to the model object the embedded store would hand out. */
export function fromNodeRecord(labels: readonly string[], props: Record<string, unknown>): GraphNode {
  const kind = kindFromLabels(labels);
  if (!kind) throw new Error(`Neo4j node ${String(props.id)} has no model label (labels: ${labels.join(", ")})`);
  const node: Record<string, unknown> = { id: props.id, kind };
  for (const field of Object.keys(NODE_FIELDS[kind])) node[field] = fromNeo4jValue(props[field]);
  node.source = sourceFrom(props);
  return node as unknown as GraphNode;
}

/** One document stating an edge: the span of its words, the provision scope it names, a succession's date and wholeness. */
export interface EdgeStatement {
  documentId: string;
  span: SourceSpan | null;
  scope?: string | null;
  on?: string | null;
  whole?: boolean | null;
}

/** A statement's facts from the edge a batch states. */
export function statementOf(documentId: string, edge: GraphEdge): EdgeStatement {
  return { documentId, span: edge.source, scope: edge.scope ?? null, on: edge.on ?? null, whole: edge.whole ?? null };
}

/**
 * Relationship properties as stored. Several documents may state one edge:
 * each statement is kept (parallel lists, since Neo4j lists hold no nulls: ""
 * and -1 stand for a missing span or scope, "" for no date, -1 for no
 * wholeness), ordered by document id, and the edge shows the first one's span,
 * scope, date and wholeness, as the embedded store does.
 */
export function toEdgeProps(edge: Pick<GraphEdge, "role">, statements: readonly EdgeStatement[]): Record<string, Neo4jValue> {
  const ordered = [...statements].sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0));
  const props: Record<string, Neo4jValue> = {
    statedBy: ordered.map((s) => s.documentId),
    spanDocumentIds: ordered.map((s) => s.span?.documentId ?? ""),
    spanStarts: ordered.map((s) => neo4j.int(s.span?.start ?? -1)),
    spanEnds: ordered.map((s) => neo4j.int(s.span?.end ?? -1)),
    scopes: ordered.map((s) => s.scope ?? ""),
  };
  if (ordered.some((s) => s.on != null || s.whole != null)) {
    props.ons = ordered.map((s) => s.on ?? "");
    props.wholes = ordered.map((s) => neo4j.int(s.whole == null ? -1 : s.whole ? 1 : 0));
  }
  if (edge.role !== null) props.role = edge.role;
  const shown = ordered[0];
  if (shown?.scope) props.scope = shown.scope;
  if (shown?.on) props.on = toNeo4jDate(shown.on);
  if (shown?.whole != null) props.whole = shown.whole;
  Object.assign(props, sourceProps(shown?.span ?? null));
  return props;
}

export function statementsFrom(props: Record<string, unknown>): EdgeStatement[] {
  const documents = Array.isArray(props.statedBy) ? (props.statedBy as string[]) : [];
  const spanDocuments = Array.isArray(props.spanDocumentIds) ? (props.spanDocumentIds as string[]) : [];
  const starts = Array.isArray(props.spanStarts) ? props.spanStarts.map((v) => numberOrNull(v) ?? -1) : [];
  const ends = Array.isArray(props.spanEnds) ? props.spanEnds.map((v) => numberOrNull(v) ?? -1) : [];
  const scopes = Array.isArray(props.scopes) ? (props.scopes as string[]) : [];
  const ons = Array.isArray(props.ons) ? (props.ons as string[]) : [];
  const wholes = Array.isArray(props.wholes) ? props.wholes.map((v) => numberOrNull(v) ?? -1) : [];
  return documents.map((documentId, i) => {
    const statement: EdgeStatement = {
      documentId,
      span: spanDocuments[i] && starts[i] >= 0 && ends[i] >= 0 ? { documentId: spanDocuments[i], start: starts[i], end: ends[i] } : null,
    };
    if (scopes[i]) statement.scope = scopes[i];
    if (ons[i]) statement.on = ons[i];
    if (wholes[i] === 0 || wholes[i] === 1) statement.whole = wholes[i] === 1;
    return statement;
  });
}

export function fromEdgeRecord(type: RelationType, from: string, to: string, props: Record<string, unknown>): GraphEdge {
  const role = typeof props.role === "string" && props.role !== "" ? (props.role as ResponsibilityRole) : null;
  const edge: GraphEdge = { type, from, to, role, source: sourceFrom(props) };
  if (typeof props.scope === "string" && props.scope !== "") edge.scope = props.scope;
  if (props.on !== null && props.on !== undefined) edge.on = String(fromNeo4jValue(props.on));
  if (typeof props.whole === "boolean") edge.whole = props.whole;
  return edge;
}
