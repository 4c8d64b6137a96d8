/**
 * The graph model shared by the extractor, both stores and the API.
 * Plain data only: every node and edge is JSON-serialisable so a batch can be
 * printed, stored, or sent to Neo4j as UNWIND parameters without conversion.
 */

export const NODE_KINDS = [
  "Document",
  "Provision",
  "Task",
  "LegalInstrument",
  "Body",
  "Place",
  "Project",
  "Target",
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const RELATION_TYPES = [
  "PART_OF",
  "LOCATED_IN",
  "RESPONSIBLE",
  "CONCERNS",
  "INVESTED_BY",
  "CITES",
  "BASED_ON",
  "CONSIDERS",
  "AMENDS",
  "REPLACES",
  "REPEALS",
  "GUIDES",
  "IMPLEMENTS",
  "ISSUED_BY",
  "HAS_TARGET",
  "SUCCEEDED_BY",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const INSTRUMENT_KINDS = [
  "CONSTITUTION",
  "LAW",
  "CODE",
  "ORDINANCE",
  "DECREE",
  "DECISION",
  "RESOLUTION",
  "DIRECTIVE",
  "CONCLUSION",
  "CIRCULAR",
  "SUBMISSION",
  "REPORT",
  "PLAN",
  "PROGRAMME",
  "SCHEME",
  "MASTER_PLAN",
  "STRATEGY",
  "REGULATION",
  "LETTER",
  "NOTICE",
  "GUIDANCE",
  "OTHER",
] as const;
/** LETTER: an official letter (`Công văn`, `Văn bản số …`, `Công điện`); NOTICE: `Thông báo`, `Thông báo kết luận`; GUIDANCE: `Hướng dẫn`. */
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const BODY_KINDS = [
  "NATIONAL_ASSEMBLY",
  "GOVERNMENT",
  "PRIME_MINISTER",
  "MINISTRY",
  "PEOPLES_COUNCIL",
  "PEOPLES_COMMITTEE",
  "COUNCIL_ORGAN",
  "DEPARTMENT",
  "PARTY",
  "FRONT",
  "ENTERPRISE",
  "OTHER",
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const ADMIN_LEVELS = ["CENTRAL", "PROVINCE", "DISTRICT", "COMMUNE", "OTHER"] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export const PLACE_KINDS = [
  "COUNTRY",
  "REGION",
  "PROVINCE",
  "MUNICIPALITY",
  "DISTRICT",
  "URBAN_DISTRICT",
  "TOWNSHIP",
  "PROVINCIAL_CITY",
  "TOWN",
  "COMMUNE",
  "WARD",
  "SPECIAL_ZONE",
  "INDUSTRIAL_PARK",
  "INDUSTRIAL_CLUSTER",
  "OTHER",
] as const;
/**
 * PROVINCE tỉnh · MUNICIPALITY thành phố trực thuộc trung ương · DISTRICT huyện ·
 * URBAN_DISTRICT quận · TOWNSHIP thị xã · PROVINCIAL_CITY thành phố thuộc tỉnh ·
 * TOWN thị trấn · COMMUNE xã · WARD phường · SPECIAL_ZONE đặc khu (since 1 July 2025).
 */
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const SECTORS = [
  "ECONOMY",
  "AGRICULTURE",
  "INDUSTRY",
  "ENERGY",
  "INFRASTRUCTURE",
  "TRADE_TOURISM",
  "FINANCE_BUDGET",
  "LAND_ENVIRONMENT",
  "CULTURE_SOCIETY",
  "EDUCATION",
  "HEALTH",
  "LABOUR_WELFARE",
  "DEFENCE_SECURITY",
  "ADMINISTRATION",
  "DIGITAL",
  "PLANNING",
  "OTHER",
] as const;
export type Sector = (typeof SECTORS)[number];

export const RESPONSIBILITY_ROLES = [
  "LEAD",
  "COORDINATE",
  "SUPERVISE",
  "APPROVE",
  "INVEST",
  "RECEIVE",
  "IMPLEMENT",
] as const;
/** RECEIVE: the body a result is submitted or reported to ("trình Bộ X", "báo cáo X"). */
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

export const PROVISION_LEVELS = ["PART", "CHAPTER", "SECTION", "ARTICLE", "CLAUSE", "SUBCLAUSE", "POINT", "INDENT"] as const;
export type ProvisionLevel = (typeof PROVISION_LEVELS)[number];

export const COMPARATORS = ["EXACTLY", "AT_LEAST", "AT_MOST", "ABOUT"] as const;
export type Comparator = (typeof COMPARATORS)[number];

/**
 * Where a node or edge came from: UTF-16 offsets into the document's normalised
 * text (`DocumentNode.text`), so `text.slice(start, end)` is the quoted evidence.
 */
export interface SourceSpan {
  documentId: string;
  start: number;
  end: number;
}

interface NodeBase {
  id: string;
  /** First mention in the document that introduced the node. */
  source: SourceSpan | null;
}

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export interface DocumentNode extends NodeBase {
  kind: "Document";
  title: string;
  instrumentKind: InstrumentKind;
  /** As written, e.g. `35/2024/QĐ-UBND`; null when the text does not carry it. */
  number: string | null;
  normalizedNumber: string | null;
  issuerId: string | null;
  issuerName: string | null;
  /** Jurisdiction of the issuer (province or municipality); tasks that name no place apply here. */
  jurisdictionId: string | null;
  term: string | null;
  session: string | null;
  adoptedOn: IsoDate | null;
  effectiveFrom: IsoDate | null;
  signer: string | null;
  signerTitle: string | null;
  sha256: string;
  fileName: string | null;
  /** The normalised text every span points into. */
  text: string;
}

export interface ProvisionNode extends NodeBase {
  kind: "Provision";
  documentId: string;
  level: ProvisionLevel;
  /** e.g. `Điều 2 > khoản 2 > điểm c` */
  path: string;
  /** e.g. `điểm c` */
  label: string;
  heading: string | null;
  /** The provision's own words, children included. */
  text: string;
  /** Position in reading order within the document. */
  ordinal: number;
}

export interface TaskNode extends NodeBase {
  kind: "Task";
  documentId: string;
  provisionId: string;
  text: string;
  sector: Sector | null;
  deadline: IsoDate | null;
  ordinal: number;
}

export interface LegalInstrumentNode extends NodeBase {
  kind: "LegalInstrument";
  instrumentKind: InstrumentKind;
  number: string | null;
  normalizedNumber: string | null;
  title: string | null;
  issuedOn: IsoDate | null;
  year: number | null;
  issuerId: string | null;
  issuerName: string | null;
}

export interface BodyNode extends NodeBase {
  kind: "Body";
  name: string;
  bodyKind: BodyKind;
  level: AdminLevel;
  /** The place the body governs, when it is a local body. */
  jurisdictionId: string | null;
}

export interface PlaceNode extends NodeBase {
  kind: "Place";
  name: string;
  /** Name with its administrative type as the document writes it, e.g. `huyện Mỏ Cày Bắc`. */
  fullName: string;
  placeKind: PlaceKind;
  /** GSO code of the time of the document, where one exists. */
  code: string | null;
  parentId: string | null;
  /** First day the unit existed, where the reference data tells (2025-07-01 for the units of the 2025 list). */
  validFrom: IsoDate | null;
  /** Last day the unit existed, where the reference data tells (2025-06-30 for the units of the earlier list). */
  validTo: IsoDate | null;
}

export interface ProjectNode extends NodeBase {
  kind: "Project";
  name: string;
  projectKind: string | null;
}

export interface TargetNode extends NodeBase {
  kind: "Target";
  value: number;
  unit: string | null;
  metric: string;
  comparator: Comparator;
  /** The words as written, e.g. `1.300 ha dừa hữu cơ`. */
  text: string;
}

export type GraphNode =
  | DocumentNode
  | ProvisionNode
  | TaskNode
  | LegalInstrumentNode
  | BodyNode
  | PlaceNode
  | ProjectNode
  | TargetNode;

export type NodeOfKind<K extends NodeKind> = Extract<GraphNode, { kind: K }>;

export interface GraphEdge {
  type: RelationType;
  from: string;
  to: string;
  /** Only on RESPONSIBLE. */
  role: ResponsibilityRole | null;
  source: SourceSpan | null;
  /**
   * On AMENDS, REPLACES, REPEALS, GUIDES, IMPLEMENTS: the part of the target the
   * text names (`khoản 2 Điều 8`); absent or null when the whole instrument.
   */
  scope?: string | null;
  /**
   * On SUCCEEDED_BY: the date the succession took effect. On AMENDS, REPLACES,
   * REPEALS, GUIDES, IMPLEMENTS: when the acting instrument took effect (a
   * document's effective date, else its adoption) or was issued, when the text
   * gives it.
   */
  on?: IsoDate | null;
  /** On SUCCEEDED_BY: whether the whole old unit went to this successor (false: a piece of a split unit). */
  whole?: boolean | null;
}

/** A mention the extractor saw but could not resolve to a node. */
export interface UnresolvedMention {
  kind: NodeKind;
  text: string;
  reason: string;
  source: SourceSpan;
}

/** Everything extracted from one document, ready for one store transaction. */
export interface GraphBatch {
  document: DocumentNode;
  /** All nodes, the document included, each id once. */
  nodes: GraphNode[];
  /** Each (type, from, to, role) once. */
  edges: GraphEdge[];
  unresolved: UnresolvedMention[];
  /** What the extractor noticed about the text as a whole (a truncated copy): ingested all the same, reported to the user. */
  warnings?: BatchWarning[];
}

export const WARNING_CODES = ["TRUNCATED", "NO_CLOSING"] as const;
/**
 * TRUNCATED: the text stops mid-sentence and has no closing formula,
 * signature or recipients. NO_CLOSING: it ends with a full sentence but has
 * none of them either.
 */
export type WarningCode = (typeof WARNING_CODES)[number];

export interface BatchWarning {
  code: WarningCode;
  message: string;
  /** The words the warning is about (the last sentence of a truncated text). */
  source: SourceSpan | null;
}

/** Identity of an edge: two edges with the same key are the same fact. */
export function edgeKey(edge: Pick<GraphEdge, "type" | "from" | "to" | "role">): string {
  return `${edge.type}|${edge.from}|${edge.to}|${edge.role ?? ""}`;
}
