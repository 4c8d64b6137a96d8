import type { InstrumentState, NodeKind, NodeLabelFragment, PlaceKind, ResponsibilityRole, Sector, StatusLabelFragment } from "./generated/graphql.js";

// The enumerations' values, shared with the API's model (plain constants: no server code reaches the page).
export { NODE_KINDS, RELATION_TYPES, RESPONSIBILITY_ROLES as ROLES, SECTORS } from "../domain/model.js";

export const KIND_LABELS: Record<NodeKind, string> = {
  Place: "Place",
  Task: "Task",
  Provision: "Provision",
  Document: "Document",
  LegalInstrument: "Instrument",
  Body: "Body",
  Project: "Project",
  Target: "Target",
};

/** What each relationship means, in the reading direction the API names it. */
export const RELATION_HINTS: Record<string, string> = {
  PART_OF: "is part of",
  HAS_PART: "contains",
  LOCATED_IN: "is located in",
  LOCATION_OF: "is the place of",
  RESPONSIBLE: "is the responsibility of",
  RESPONSIBLE_FOR: "is responsible for",
  CONCERNS: "concerns",
  CONCERNED_BY: "is concerned by",
  INVESTED_BY: "is invested by",
  INVESTS_IN: "invests in",
  CITES: "cites",
  CITED_BY: "is cited by",
  BASED_ON: "rests on (Căn cứ)",
  BASIS_OF: "is the basis of",
  CONSIDERS: "considers (Xét)",
  CONSIDERED_BY: "is considered by",
  AMENDS: "amends",
  AMENDED_BY: "is amended by",
  REPLACES: "replaces",
  REPLACED_BY: "is replaced by",
  REPEALS: "repeals",
  REPEALED_BY: "is repealed by",
  GUIDES: "guides",
  GUIDED_BY: "is guided by",
  IMPLEMENTS: "implements",
  IMPLEMENTED_BY: "is implemented by",
  ISSUED_BY: "is issued by",
  ISSUED: "issued",
  HAS_TARGET: "sets the target",
  TARGET_OF: "is a target of",
  SUCCEEDED_BY: "is succeeded by",
  SUCCEEDS: "succeeds",
};

export const ROLE_LABELS: Record<ResponsibilityRole, string> = {
  LEAD: "lead (chủ trì)",
  COORDINATE: "coordinate (phối hợp)",
  SUPERVISE: "supervise (giám sát)",
  APPROVE: "approve (phê duyệt)",
  INVEST: "invest (chủ đầu tư)",
  RECEIVE: "receive (trình, báo cáo)",
  IMPLEMENT: "implement (thực hiện)",
};

export const SECTOR_LABELS: Record<Sector, string> = {
  ECONOMY: "Economy",
  AGRICULTURE: "Agriculture",
  INDUSTRY: "Industry",
  ENERGY: "Energy",
  INFRASTRUCTURE: "Infrastructure",
  TRADE_TOURISM: "Trade and tourism",
  FINANCE_BUDGET: "Finance and budget",
  LAND_ENVIRONMENT: "Land and environment",
  CULTURE_SOCIETY: "Culture and society",
  EDUCATION: "Education",
  HEALTH: "Health",
  LABOUR_WELFARE: "Labour and welfare",
  DEFENCE_SECURITY: "Defence and security",
  ADMINISTRATION: "Administration",
  DIGITAL: "Digital",
  PLANNING: "Planning",
  OTHER: "Other",
};

export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  COUNTRY: "country",
  REGION: "region (vùng)",
  PROVINCE: "province (tỉnh)",
  MUNICIPALITY: "municipality (thành phố trực thuộc TW)",
  DISTRICT: "district (huyện)",
  URBAN_DISTRICT: "urban district (quận)",
  TOWNSHIP: "township (thị xã)",
  PROVINCIAL_CITY: "city (thành phố thuộc tỉnh)",
  TOWN: "town (thị trấn)",
  COMMUNE: "commune (xã)",
  WARD: "ward (phường)",
  SPECIAL_ZONE: "special zone (đặc khu)",
  INDUSTRIAL_PARK: "industrial park",
  INDUSTRIAL_CLUSTER: "industrial cluster",
  OTHER: "other",
};

/** The words that name a node in a list, a chain, a graph or a report. */
export function nodeTitle(node: NodeLabelFragment): string {
  switch (node.__typename) {
    case "Place":
      return node.fullName;
    case "Task":
      return node.text;
    case "LegalInstrument":
      return instrumentTitle(node.kind, node.number, node.title);
    case "Document":
      return instrumentTitle(node.kind, node.number, node.documentTitle);
    case "Body":
    case "Project":
      return node.name;
    case "Provision":
      return node.path;
    case "Target":
      return node.text;
  }
}

/** A short label for a graph node: long task sentences are cut. */
export function shortTitle(node: NodeLabelFragment, max = 48): string {
  const title = nodeTitle(node);
  return title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title;
}

const INSTRUMENT_NAMES: Record<string, string> = {
  CONSTITUTION: "Hiến pháp",
  LAW: "Luật",
  CODE: "Bộ luật",
  ORDINANCE: "Pháp lệnh",
  DECREE: "Nghị định",
  DECISION: "Quyết định",
  RESOLUTION: "Nghị quyết",
  DIRECTIVE: "Chỉ thị",
  CONCLUSION: "Kết luận",
  CIRCULAR: "Thông tư",
  SUBMISSION: "Tờ trình",
  REPORT: "Báo cáo",
  PLAN: "Kế hoạch",
  PROGRAMME: "Chương trình",
  SCHEME: "Đề án",
  MASTER_PLAN: "Quy hoạch",
  STRATEGY: "Chiến lược",
  REGULATION: "Quy chế",
  OTHER: "Văn bản",
};

/** `Nghị quyết 31/2022/NQ-HĐND — nhiệm vụ …`, or the title alone for an unnumbered law. */
export function instrumentTitle(kind: string, number: string | null, title: string | null): string {
  if (!number) return title ?? INSTRUMENT_NAMES[kind] ?? kind;
  const named = `${INSTRUMENT_NAMES[kind] ?? kind} ${number}`;
  return title ? `${named} — ${title}` : named;
}

/** Where a node opens in the explorer. */
export function nodeView(node: { __typename: string; id: string }): "place" | "task" | "document" | "node" {
  if (node.__typename === "Place") return "place";
  if (node.__typename === "Task") return "task";
  if (node.__typename === "Document") return "document";
  return "node";
}

export const STATE_LABELS: Record<InstrumentState, string> = {
  IN_FORCE: "in force",
  AMENDED: "amended",
  REPLACED: "replaced",
  REPEALED: "repealed",
};

/** `replaced since 2024-01-01 by Nghị quyết 12/2023/NQ-HĐND (khoản 2 Điều 8)`, as far as the graph knows. */
export function describeStatus(status: StatusLabelFragment): string {
  return [STATE_LABELS[status.state], status.since ? `since ${status.since}` : "", decidedBy(status)].filter(Boolean).join(" ");
}

/** `by Luật … (khoản 2 Điều 8); …`: the instruments that decided the state, or nothing. */
export function decidedBy(status: StatusLabelFragment): string {
  const by = status.decidedBy.map(({ instrument, scope }) => `${instrumentTitle(instrument.kind, instrument.number, instrument.title)}${scope ? ` (${scope})` : ""}`);
  return by.length > 0 ? `by ${by.join("; ")}` : "";
}
