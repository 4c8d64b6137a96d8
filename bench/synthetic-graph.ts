import { createHash } from "node:crypto";
import type {
  BodyKind,
  AdminLevel,
  DocumentNode,
  GraphBatch,
  GraphEdge,
  GraphNode,
  InstrumentKind,
  LegalInstrumentNode,
  PlaceKind,
  RelationType,
  ResponsibilityRole,
  Sector,
  SourceSpan,
} from "../src/domain/model.js";

/**
 * Deterministic synthetic graphs of the seed's shape, one GraphBatch per
 * document, streamed so a million tasks never sit in memory twice.
 *
 * The growth benchmark compares one place across sizes, so the probe district
 * (Mỏ Cày Bắc, province 0) holds exactly PROBE_TASK_COUNT tasks at every size,
 * all in the first two documents, and the probe tasks' answer (texts and legal
 * basis) is the same at every size: they cite only instruments nothing amends.
 * Each size's documents are a prefix of the next size's, so a store can grow
 * in place from one size to the next. What grows is everything around the
 * probe: more provinces (up to 63), more documents per province, and ever
 * larger hubs (national laws, Chính phủ, UBND tỉnh, the province node that
 * province-wide tasks are LOCATED_IN, popular decrees).
 */

export const PROBE_PLACE_NAME = "Mỏ Cày Bắc";
export const PROBE_PROVINCE_NAME = "Bến Tre";
export const PROBE_TASK_COUNT = 20;
export const TASKS_PER_DOCUMENT = 50;

const PROBE_TASKS_PER_DOCUMENT = PROBE_TASK_COUNT / 2;
const PROVINCES = 63;
const DISTRICTS_PER_PROVINCE = 10;
const COMMUNES_PER_DISTRICT = 14;
const PROJECTS_PER_DISTRICT = 4;
const DECREE_POOL = 400;
const PM_DECISION_POOL = 200;

export interface SyntheticGraphPlan {
  tasks: number;
  documents: number;
  provinces: number;
  probe: { placeId: string; placeName: string; provinceId: string; taskCount: number; documentIds: string[] };
}

/** Documents of TASKS_PER_DOCUMENT tasks each, rounded to reach about `approxTasks` (at least two documents). */
export function planSyntheticGraph(approxTasks: number): SyntheticGraphPlan {
  const documents = Math.max(2, Math.round(approxTasks / TASKS_PER_DOCUMENT));
  return {
    tasks: documents * TASKS_PER_DOCUMENT,
    documents,
    provinces: Math.min(PROVINCES, documents - 1),
    probe: {
      placeId: makeDistrictId(0, 0),
      placeName: PROBE_PLACE_NAME,
      provinceId: makeProvinceId(0),
      taskCount: PROBE_TASK_COUNT,
      documentIds: [makeDocumentId(0, 0), makeDocumentId(0, 1)],
    },
  };
}

/** The plan's documents from `startDocument` on (the ones a smaller plan already loaded can be skipped). */
export function* generateSyntheticBatches(plan: SyntheticGraphPlan, startDocument = 0): Generator<GraphBatch> {
  for (let i = startDocument; i < plan.documents; i += 1) {
    const { p, o } = locateDocument(i);
    yield generateDocumentBatch(p, o);
  }
}

/**
 * Slot k is province k mod 63, ordinal ⌊k / 63⌋, dealt round-robin; the two
 * probe documents (slots 0 and 63) come first so even the smallest size has them.
 */
function locateDocument(i: number): { p: number; o: number } {
  const k = i === 0 ? 0 : i === 1 ? PROVINCES : i <= PROVINCES ? i - 1 : i;
  return { p: k % PROVINCES, o: Math.floor(k / PROVINCES) };
}

// ---------------------------------------------------------------- identities

const makeProvinceId = (p: number) => `place:syn-p${p}`;
const makeDistrictId = (p: number, d: number) => `place:syn-p${p}-d${d}`;
const makeCommuneId = (p: number, d: number, c: number) => `place:syn-p${p}-d${d}-c${c}`;
const makeTownId = (p: number, d: number) => `place:syn-p${p}-d${d}-t`;
const makeClusterId = (p: number, d: number) => `place:syn-p${p}-d${d}-k`;
const makeDocumentId = (p: number, o: number) => `doc:syn-p${p}-o${o}`;

const SYLLABLES = [
  "An", "Bình", "Châu", "Đức", "Giang", "Hòa", "Hưng", "Khánh", "Lạc", "Long", "Minh", "Mỹ", "Nghĩa", "Ninh",
  "Phong", "Phú", "Phước", "Quang", "Sơn", "Tân", "Thạnh", "Thành", "Thới", "Thuận", "Tiến", "Trung", "Vĩnh",
  "Xuân", "Hiệp", "Lộc", "Định", "Hải", "Lợi", "Thọ", "Hậu", "Đông", "Tây", "Nam", "Hội", "Phụng",
] as const;

/** Two syllables, distinct for distinct n below SYLLABLES.length². */
function composeName(n: number): string {
  const a = SYLLABLES[n % SYLLABLES.length];
  const b = SYLLABLES[(Math.floor(n / SYLLABLES.length) + n) % SYLLABLES.length];
  return a === b ? `${a} ${SYLLABLES[(n + 7) % SYLLABLES.length]}` : `${a} ${b}`;
}

// Provinces get three syllables and districts a distinct prefix so no generated name folds to a probe name.
function nameProvince(p: number): string {
  return p === 0 ? PROBE_PROVINCE_NAME : `${composeName(p * 13 + 5)} ${SYLLABLES[p % 11]}`;
}

function nameDistrict(p: number, d: number): string {
  if (p === 0 && d === 0) return PROBE_PLACE_NAME;
  return `${composeName(p * DISTRICTS_PER_PROVINCE + d)} ${d % 2 === 0 ? "Hạ" : "Thượng"}`;
}

const PROBE_COMMUNES = ["Tân Thành Bình"];
const PROBE_TOWN = "Phước Mỹ Trung";

function nameCommune(p: number, d: number, c: number): string {
  if (p === 0 && d === 0 && c < PROBE_COMMUNES.length) return PROBE_COMMUNES[c];
  return composeName(d * COMMUNES_PER_DISTRICT + c + p);
}

function nameTown(p: number, d: number): string {
  return p === 0 && d === 0 ? PROBE_TOWN : `${composeName(p * 31 + d * 3 + 11)} Phố`;
}

// ------------------------------------------------------------- national pools

interface InstrumentSpec {
  id: string;
  kind: InstrumentKind;
  number: string | null;
  normalizedNumber: string | null;
  title: string;
  issuedOn: string;
  issuerId: string;
  issuerName: string;
  /** The id of what it amends, if anything. */
  amends: string | null;
  /** How the text names it. */
  citation: string;
}

const GOVERNMENT = { id: "body:syn-chinh-phu", name: "Chính phủ", kind: "GOVERNMENT", level: "CENTRAL" } as const;
const PRIME_MINISTER = {
  id: "body:syn-thu-tuong",
  name: "Thủ tướng Chính phủ",
  kind: "PRIME_MINISTER",
  level: "CENTRAL",
} as const;
const NATIONAL_ASSEMBLY = { id: "body:syn-quoc-hoi", name: "Quốc hội", kind: "NATIONAL_ASSEMBLY", level: "CENTRAL" } as const;
const ENTERPRISES = [
  { id: "body:syn-evn-spc", name: "Tổng Công ty Điện lực miền Nam", kind: "ENTERPRISE", level: "CENTRAL" },
  { id: "body:syn-vnpt", name: "Tập đoàn Bưu chính Viễn thông Việt Nam", kind: "ENTERPRISE", level: "CENTRAL" },
  { id: "body:syn-cienco", name: "Tổng Công ty Xây dựng công trình giao thông 4", kind: "ENTERPRISE", level: "CENTRAL" },
] as const;

function formatVnDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `ngày ${d} tháng ${Number(m)} năm ${y}`;
}

const LAWS: InstrumentSpec[] = [
  describeLaw("instr:syn-luat-tcchqdp-2015", "Luật Tổ chức chính quyền địa phương", "2015-06-19", null),
  describeLaw(
    "instr:syn-luat-sd-tccp-tcchqdp-2019",
    "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
    "2019-11-22",
    "instr:syn-luat-tcchqdp-2015",
  ),
  describeLaw("instr:syn-luat-bhvbqppl-2015", "Luật Ban hành văn bản quy phạm pháp luật", "2015-06-22", null),
  describeLaw(
    "instr:syn-luat-sd-bhvbqppl-2020",
    "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật",
    "2020-06-18",
    "instr:syn-luat-bhvbqppl-2015",
  ),
  describeLaw("instr:syn-luat-dtc-2019", "Luật Đầu tư công", "2019-06-13", null),
  describeLaw("instr:syn-luat-nsnn-2015", "Luật Ngân sách nhà nước", "2015-06-25", null),
];

function describeLaw(id: string, title: string, issuedOn: string, amends: string | null): InstrumentSpec {
  return {
    id,
    kind: "LAW",
    number: null,
    normalizedNumber: null,
    title,
    issuedOn,
    issuerId: NATIONAL_ASSEMBLY.id,
    issuerName: NATIONAL_ASSEMBLY.name,
    amends,
    citation: `${title} ${formatVnDate(issuedOn)}`,
  };
}

const DECREE_TOPICS = [
  "quy định chi tiết một số điều và biện pháp thi hành Luật Tổ chức chính quyền địa phương",
  "về quản lý cụm công nghiệp",
  "về quản lý dự án đầu tư xây dựng",
  "quy định chi tiết thi hành một số điều của Luật Đầu tư công",
  "về phát triển nông nghiệp hữu cơ",
  "về chính sách hỗ trợ doanh nghiệp nhỏ và vừa",
  "về thoát nước và xử lý nước thải",
  "về quản lý chất thải và phế liệu",
] as const;

function makeIsoDay(seed: number, year: number): string {
  const month = (seed % 12) + 1;
  const day = (Math.floor(seed / 12) % 28) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every 8th decree amends one issued earlier, so some citations carry AMENDS edges. */
const DECREES: InstrumentSpec[] = Array.from({ length: DECREE_POOL }, (_, k) => {
  const year = 2010 + (k % 14);
  const number = `${(k * 37) % 160 + 1}/${year}/NĐ-CP`;
  const issuedOn = makeIsoDay(k * 5 + 3, year);
  const amendsIndex = k % 8 === 7 && k >= 8 ? k - 8 + ((k * 3) % 7) - 3 : -1;
  const topic = DECREE_TOPICS[k % DECREE_TOPICS.length];
  return {
    id: `instr:syn-nd-${k}`,
    kind: "DECREE" as const,
    number,
    normalizedNumber: number.toUpperCase().replace("Đ", "D"),
    title: amendsIndex >= 0 ? `sửa đổi, bổ sung một số điều của Nghị định ${topic}` : `Nghị định ${topic}`,
    issuedOn,
    issuerId: GOVERNMENT.id,
    issuerName: GOVERNMENT.name,
    amends: amendsIndex >= 0 ? `instr:syn-nd-${amendsIndex}` : null,
    citation: `Nghị định số ${number} ${formatVnDate(issuedOn)} của Chính phủ ${topic}`,
  };
});

const PM_DECISIONS: InstrumentSpec[] = Array.from({ length: PM_DECISION_POOL }, (_, k) => {
  const year = 2012 + (k % 12);
  const number = `${(k * 53) % 2000 + 100}/QĐ-TTg`;
  const issuedOn = makeIsoDay(k * 7 + 1, year);
  return {
    id: `instr:syn-qdttg-${k}`,
    kind: "DECISION" as const,
    number,
    normalizedNumber: number.toUpperCase().replace("Đ", "D"),
    title: `phê duyệt Chương trình phát triển vùng số ${k + 1}`,
    issuedOn,
    issuerId: PRIME_MINISTER.id,
    issuerName: PRIME_MINISTER.name,
    amends: null,
    citation: `Quyết định số ${number} ${formatVnDate(issuedOn)} của Thủ tướng Chính phủ phê duyệt Chương trình phát triển vùng số ${k + 1}`,
  };
});

const NATIONAL_INSTRUMENTS = new Map<string, InstrumentSpec>(
  [...LAWS, ...DECREES, ...PM_DECISIONS].map((spec) => [spec.id, spec]),
);

// The legal basis follows AMENDS backwards too: probe documents cite only what nothing amends, else their answer would grow with the graph.
const AMENDED = new Set([...NATIONAL_INSTRUMENTS.values()].flatMap((spec) => (spec.amends ? [spec.amends] : [])));
const UNAMENDED_DECREES = DECREES.filter((spec) => !AMENDED.has(spec.id));
const UNAMENDED_PM_DECISIONS = PM_DECISIONS.filter((spec) => !AMENDED.has(spec.id));

// ------------------------------------------------------------------- topics

interface Topic {
  heading: string;
  sector: Sector;
  department: string;
  actions: readonly string[];
  objects: readonly string[];
  metrics: readonly { unit: string; metric: string; max: number }[];
}

const TOPICS: readonly Topic[] = [
  {
    heading: "Về phát triển nông nghiệp",
    sector: "AGRICULTURE",
    department: "Sở Nông nghiệp và Phát triển nông thôn",
    actions: ["Đẩy mạnh phát triển", "Tập trung chỉ đạo", "Hỗ trợ nhân rộng", "Triển khai thực hiện"],
    objects: ["sản xuất nông nghiệp hữu cơ", "vùng nuôi tôm biển ứng dụng công nghệ cao", "cây giống, hoa kiểng", "chuỗi giá trị dừa"],
    metrics: [
      { unit: "ha", metric: "dừa hữu cơ", max: 3000 },
      { unit: "ha", metric: "nuôi tôm biển ứng dụng công nghệ cao", max: 500 },
    ],
  },
  {
    heading: "Về phát triển công nghiệp và năng lượng",
    sector: "INDUSTRY",
    department: "Sở Công Thương",
    actions: ["Đẩy nhanh tiến độ đầu tư", "Hỗ trợ giải phóng mặt bằng", "Kêu gọi đầu tư thứ cấp vào", "Hoàn thành"],
    objects: ["hạ tầng cụm công nghiệp", "hệ thống xử lý nước thải cụm công nghiệp", "các công trình điện 110 kV", "dự án điện gió"],
    metrics: [{ unit: "MW", metric: "điện gió được đưa vào khai thác", max: 800 }],
  },
  {
    heading: "Về hạ tầng giao thông",
    sector: "INFRASTRUCTURE",
    department: "Sở Giao thông vận tải",
    actions: ["Đẩy nhanh tiến độ thi công", "Hoàn thiện hồ sơ", "Tập trung giải quyết vướng mắc", "Khởi công"],
    objects: ["tuyến đường bộ ven biển", "đường gom vào cầu", "nâng cấp đường tỉnh", "bến xe khách"],
    metrics: [{ unit: "km", metric: "đường giao thông nông thôn được nhựa hóa", max: 200 }],
  },
  {
    heading: "Về tài chính, ngân sách",
    sector: "FINANCE_BUDGET",
    department: "Sở Tài chính",
    actions: ["Tăng cường quản lý", "Đẩy nhanh giải ngân", "Rà soát, điều chuyển", "Thực hiện tốt"],
    objects: ["vốn đầu tư công", "thu ngân sách nhà nước", "nguồn vốn sự nghiệp", "chi thường xuyên"],
    metrics: [{ unit: "%", metric: "giải ngân vốn đầu tư công", max: 100 }],
  },
  {
    heading: "Về văn hóa, xã hội",
    sector: "CULTURE_SOCIETY",
    department: "Sở Văn hóa, Thể thao và Du lịch",
    actions: ["Tổ chức tốt", "Nâng cao chất lượng", "Bảo tồn và phát huy", "Triển khai"],
    objects: ["các hoạt động văn hóa, thể thao", "di tích lịch sử - văn hóa", "phong trào toàn dân đoàn kết xây dựng đời sống văn hóa", "du lịch cộng đồng"],
    metrics: [{ unit: "%", metric: "ấp, khu phố văn hóa", max: 100 }],
  },
  {
    heading: "Về giáo dục, y tế",
    sector: "HEALTH",
    department: "Sở Y tế",
    actions: ["Nâng cao chất lượng", "Đầu tư trang thiết bị cho", "Củng cố", "Kiện toàn"],
    objects: ["mạng lưới y tế cơ sở", "trạm y tế xã", "trường học đạt chuẩn quốc gia", "công tác phòng, chống dịch bệnh"],
    metrics: [{ unit: "%", metric: "dân số tham gia bảo hiểm y tế", max: 100 }],
  },
  {
    heading: "Về chuyển đổi số, cải cách hành chính",
    sector: "DIGITAL",
    department: "Sở Thông tin và Truyền thông",
    actions: ["Đẩy mạnh", "Hoàn thiện", "Triển khai", "Nâng cao hiệu quả"],
    objects: ["dịch vụ công trực tuyến toàn trình", "cơ sở dữ liệu dùng chung", "hạ tầng số", "chính quyền số"],
    metrics: [{ unit: "%", metric: "hồ sơ được xử lý trực tuyến", max: 100 }],
  },
];

// -------------------------------------------------------------- randomness

/** mulberry32: small, fast, and the same on every machine. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Skewed towards low indexes, so a few national instruments become citation hubs. */
function pickSkewed<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() ** 3 * items.length)];
}

// ---------------------------------------------------------- batch assembly

interface Pending {
  node: GraphNode & { text?: string };
  start: number;
  end: number;
}

/** Collects one document's text, nodes and edges; spans are offsets into the text being written. */
class BatchWriter {
  private readonly parts: string[] = [];
  private length = 0;
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  private readonly textSpans: Pending[] = [];

  constructor(readonly documentId: string) {}

  get offset(): number {
    return this.length;
  }

  write(text: string): SourceSpan {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return { documentId: this.documentId, start, end: this.length };
  }

  span(start: number, end: number = this.length): SourceSpan {
    return { documentId: this.documentId, start, end };
  }

  addNode(node: GraphNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** The node's `text` becomes the slice of the final text between start and end. */
  addTextNode(node: GraphNode & { text: string }, start: number, end: number): void {
    this.addNode(node);
    this.textSpans.push({ node, start, end });
  }

  addEdge(
    type: RelationType,
    from: string,
    to: string,
    source: SourceSpan | null,
    role: ResponsibilityRole | null = null,
  ): void {
    const key = `${type}|${from}|${to}|${role ?? ""}`;
    if (!this.edges.has(key)) this.edges.set(key, { type, from, to, role, source });
  }

  finish(document: Omit<DocumentNode, "text" | "sha256">): GraphBatch {
    const text = this.parts.join("");
    // Slices share the document's backing store in V8, so task and provision texts cost no copy.
    for (const pending of this.textSpans) pending.node.text = text.slice(pending.start, pending.end);
    const documentNode: DocumentNode = {
      ...document,
      text,
      sha256: createHash("sha256").update(text).digest("hex"),
    };
    this.nodes.set(documentNode.id, documentNode);
    return {
      document: documentNode,
      nodes: [documentNode, ...[...this.nodes.values()].filter((node) => node.id !== documentNode.id)],
      edges: [...this.edges.values()],
      unresolved: [],
    };
  }
}

interface BodySpec {
  id: string;
  name: string;
  kind: BodyKind | string;
  level: AdminLevel | string;
  jurisdictionId?: string | null;
}

function addBody(writer: BatchWriter, body: BodySpec, source: SourceSpan | null): void {
  if (writer.hasNode(body.id)) return;
  writer.addNode({
    kind: "Body",
    id: body.id,
    source,
    name: body.name,
    bodyKind: body.kind as BodyKind,
    level: body.level as AdminLevel,
    jurisdictionId: body.jurisdictionId ?? null,
  });
}

function addInstrument(writer: BatchWriter, spec: InstrumentSpec, source: SourceSpan | null): void {
  if (!writer.hasNode(spec.id)) {
    const node: LegalInstrumentNode = {
      kind: "LegalInstrument",
      id: spec.id,
      source,
      instrumentKind: spec.kind,
      number: spec.number,
      normalizedNumber: spec.normalizedNumber,
      title: spec.title,
      issuedOn: spec.issuedOn,
      year: Number(spec.issuedOn.slice(0, 4)),
      issuerId: spec.issuerId,
      issuerName: spec.issuerName,
    };
    writer.addNode(node);
  }
  const issuer = NATIONAL_INSTRUMENTS.has(spec.id)
    ? [GOVERNMENT, PRIME_MINISTER, NATIONAL_ASSEMBLY].find((body) => body.id === spec.issuerId)
    : undefined;
  if (issuer) {
    addBody(writer, issuer, null);
    writer.addEdge("ISSUED_BY", spec.id, issuer.id, null);
  }
}

/** Writes a citation of `spec` (and of what it amends) and returns the cited instrument's span. */
function writeCitation(writer: BatchWriter, spec: InstrumentSpec): SourceSpan {
  const span = writer.write(spec.citation);
  addInstrument(writer, spec, span);
  const amended = spec.amends ? NATIONAL_INSTRUMENTS.get(spec.amends) : undefined;
  if (amended) {
    writer.write(" sửa đổi, bổ sung ");
    const amendedSpan = writer.write(amended.citation);
    addInstrument(writer, amended, amendedSpan);
    writer.addEdge("AMENDS", spec.id, amended.id, writer.span(span.start));
  }
  return span;
}

interface PlaceRef {
  id: string;
  kind: PlaceKind;
  name: string;
  /** How the sentence names it. */
  phrase: string;
  district: number;
  /** Below the district (town, commune, cluster) rather than the district itself. */
  sub: boolean;
}

function buildPlaceNode(id: string, kind: PlaceKind, name: string, fullName: string, code: string | null, parentId: string | null, source: SourceSpan | null): GraphNode {
  return { kind: "Place", id, source, name, fullName, placeKind: kind, code, parentId, validFrom: null, validTo: null };
}

/** Adds the province, and the district when given, with their PART_OF chain. */
function addPlaceChain(writer: BatchWriter, p: number, d: number | null, source: SourceSpan | null): void {
  if (!writer.hasNode(makeProvinceId(p))) {
    writer.addNode(buildPlaceNode(makeProvinceId(p), "PROVINCE", nameProvince(p), `tỉnh ${nameProvince(p)}`, String(80 + p), null, source));
  }
  if (d !== null && !writer.hasNode(makeDistrictId(p, d))) {
    writer.addNode(
      buildPlaceNode(makeDistrictId(p, d), "DISTRICT", nameDistrict(p, d), `huyện ${nameDistrict(p, d)}`, `${800 + p * 20 + d}`, makeProvinceId(p), source),
    );
    writer.addEdge("PART_OF", makeDistrictId(p, d), makeProvinceId(p), null);
  }
}

function referDistrict(p: number, d: number): PlaceRef {
  return { id: makeDistrictId(p, d), kind: "DISTRICT", name: nameDistrict(p, d), phrase: `huyện ${nameDistrict(p, d)}`, district: d, sub: false };
}

function referSubPlace(p: number, d: number, random: () => number): PlaceRef {
  const roll = random();
  if (roll < 0.2) {
    return { id: makeTownId(p, d), kind: "TOWN", name: nameTown(p, d), phrase: `thị trấn ${nameTown(p, d)}`, district: d, sub: true };
  }
  if (roll < 0.3) {
    const name = nameCommune(p, d, 0);
    return { id: makeClusterId(p, d), kind: "INDUSTRIAL_CLUSTER", name, phrase: `Cụm công nghiệp ${name}`, district: d, sub: true };
  }
  const c = Math.floor(random() * COMMUNES_PER_DISTRICT);
  const name = nameCommune(p, d, c);
  return { id: makeCommuneId(p, d, c), kind: "COMMUNE", name, phrase: `xã ${name}`, district: d, sub: true };
}

/** Writes the place mention (with its district in brackets for sub-places) and adds the nodes. */
function writePlace(writer: BatchWriter, p: number, ref: PlaceRef): SourceSpan {
  const span = writer.write(ref.phrase);
  if (!ref.sub) {
    addPlaceChain(writer, p, ref.district, span);
    return span;
  }
  writer.write(" (");
  const parentSpan = writer.write(`huyện ${nameDistrict(p, ref.district)}`);
  writer.write(")");
  addPlaceChain(writer, p, ref.district, parentSpan);
  if (!writer.hasNode(ref.id)) {
    const code = ref.kind === "INDUSTRIAL_CLUSTER" ? null : `${28000 + p * 200 + ref.district * 15}`;
    const prefix = ref.kind === "TOWN" ? "thị trấn" : ref.kind === "COMMUNE" ? "xã" : "Cụm công nghiệp";
    writer.addNode(buildPlaceNode(ref.id, ref.kind, ref.name, `${prefix} ${ref.name}`, code, makeDistrictId(p, ref.district), span));
  }
  writer.addEdge("PART_OF", ref.id, makeDistrictId(p, ref.district), writer.span(span.start));
  return span;
}

interface DocumentContext {
  p: number;
  o: number;
  writer: BatchWriter;
  random: () => number;
  /** A probe document: its legal basis must not depend on the graph's size. */
  stable: boolean;
}

function describeDepartment(p: number, name: string): BodySpec {
  const slug = name.replace(/\W+/gu, "-").toLowerCase();
  return { id: `body:syn-p${p}-${slug}`, name: `${name} tỉnh ${nameProvince(p)}`, kind: "DEPARTMENT", level: "PROVINCE", jurisdictionId: makeProvinceId(p) };
}

function describeDistrictCommittee(p: number, d: number): BodySpec {
  return {
    id: `body:syn-ubnd-p${p}-d${d}`,
    name: `Ủy ban nhân dân huyện ${nameDistrict(p, d)}`,
    kind: "PEOPLES_COMMITTEE",
    level: "DISTRICT",
    jurisdictionId: makeDistrictId(p, d),
  };
}

interface TaskPlan {
  probe: boolean;
}

/**
 * One task sentence: action, object, where, what it concerns, what it cites,
 * its target, who does it. Every mention becomes a node and an edge with its span.
 */
function writeTask(ctx: DocumentContext, provisionId: string, topic: Topic, ordinal: number, plan: TaskPlan): void {
  const { p, o, writer, random } = ctx;
  const taskId = `task:syn-p${p}-o${o}-${ordinal}`;
  const start = writer.offset;
  const located: { id: string; span: SourceSpan }[] = [];
  let district: number | null = null;

  writer.write(`${pick(random, topic.actions)} ${pick(random, topic.objects)}`);

  const placeRoll = random();
  if (plan.probe || placeRoll < 0.6) {
    // Province 0 keeps its district 0 (the probe) for the probe tasks alone.
    const firstDistrict = p === 0 ? 1 : 0;
    district = plan.probe ? 0 : firstDistrict + Math.floor(random() * (DISTRICTS_PER_PROVINCE - firstDistrict));
    const ref = placeRoll < 0.35 ? referDistrict(p, district) : referSubPlace(p, district, random);
    writer.write(" tại ");
    located.push({ id: ref.id, span: writePlace(writer, p, ref) });
    if (!plan.probe && random() < 0.15) {
      const other = firstDistrict + ((district - firstDistrict + 1) % (DISTRICTS_PER_PROVINCE - firstDistrict));
      writer.write(" và ");
      located.push({ id: makeDistrictId(p, other), span: writePlace(writer, p, referDistrict(p, other)) });
    }
  }

  if (district !== null && random() < 0.3) {
    const k = Math.floor(random() * PROJECTS_PER_DISTRICT);
    const projectId = `project:syn-p${p}-d${district}-${k}`;
    writer.write(", trong đó có dự án ");
    const span = writer.write(`${pick(random, ["Đường", "Cầu", "Kè chống sạt lở", "Trường"])} ${composeName(p + district * 7 + k * 3)} ${k + 1}`);
    const name = `${composeName(p + district * 7 + k * 3)} ${k + 1}`;
    if (!writer.hasNode(projectId)) {
      writer.addNode({ kind: "Project", id: projectId, source: span, name, projectKind: "INFRASTRUCTURE" });
      writer.addEdge("LOCATED_IN", projectId, makeDistrictId(p, district), span);
      const investor = k === 0 ? ENTERPRISES[(p + district) % ENTERPRISES.length] : describeDistrictCommittee(p, district);
      addBody(writer, investor, null);
      writer.addEdge("INVESTED_BY", projectId, investor.id, null);
    }
    writer.addEdge("CONCERNS", taskId, projectId, span);
  }

  if (random() < 0.3) {
    writer.write(" theo ");
    const decree = random() < 0.75;
    const spec = ctx.stable
      ? pickSkewed(random, decree ? UNAMENDED_DECREES : UNAMENDED_PM_DECISIONS)
      : pickSkewed(random, decree ? DECREES : PM_DECISIONS);
    const span = writeCitation(writer, spec);
    writer.addEdge("CITES", taskId, spec.id, span);
  }

  if (random() < 0.25) {
    const metric = pick(random, topic.metrics);
    const value = metric.unit === "%" ? 50 + Math.floor(random() * 51) : 1 + Math.floor(random() * metric.max);
    writer.write("; phấn đấu đạt ít nhất ");
    const span = writer.write(`${value.toLocaleString("de-DE")} ${metric.unit} ${metric.metric}`);
    const targetId = `target:syn-p${p}-o${o}-${ordinal}`;
    writer.addTextNode(
      { kind: "Target", id: targetId, source: span, value, unit: metric.unit, metric: metric.metric, comparator: "AT_LEAST", text: "" },
      span.start,
      span.end,
    );
    writer.addEdge("HAS_TARGET", taskId, targetId, span);
  }

  writer.write("; giao ");
  const lead = random() < 0.7 || district === null ? describeDepartment(p, topic.department) : describeDistrictCommittee(p, district);
  const leadSpan = writer.write(lead.name);
  addBody(writer, lead, leadSpan);
  writer.addEdge("RESPONSIBLE", taskId, lead.id, leadSpan, "LEAD");
  writer.write(" chủ trì");
  if (random() < 0.5) {
    const coordinator = district !== null && lead.level !== "DISTRICT" ? describeDistrictCommittee(p, district) : describeDepartment(p, pick(random, TOPICS).department);
    if (coordinator.id !== lead.id) {
      writer.write(", phối hợp ");
      const span = writer.write(coordinator.name);
      addBody(writer, coordinator, span);
      writer.addEdge("RESPONSIBLE", taskId, coordinator.id, span, "COORDINATE");
    }
  }
  writer.write(" thực hiện.");
  const end = writer.offset;

  if (located.length === 0) {
    addPlaceChain(writer, p, null, null);
    located.push({ id: makeProvinceId(p), span: writer.span(start, end) });
  }
  for (const place of located) writer.addEdge("LOCATED_IN", taskId, place.id, place.span);
  writer.addTextNode(
    {
      kind: "Task",
      id: taskId,
      source: writer.span(start, end),
      documentId: writer.documentId,
      provisionId,
      text: "",
      sector: topic.sector,
      deadline: random() < 0.2 ? `${2016 + (o % 10)}-12-31` : null,
      ordinal,
    },
    start,
    end,
  );
  writer.addEdge("PART_OF", taskId, provisionId, writer.span(start, end));
}

const POINT_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"] as const;

function generateDocumentBatch(p: number, o: number): GraphBatch {
  const id = makeDocumentId(p, o);
  const writer = new BatchWriter(id);
  const random = createRandom(((p + 1) * 1_000_003) ^ ((o + 1) * 7919));
  const province = nameProvince(p);
  const hdnd: BodySpec = { id: `body:syn-hdnd-p${p}`, name: `Hội đồng nhân dân tỉnh ${province}`, kind: "PEOPLES_COUNCIL", level: "PROVINCE", jurisdictionId: makeProvinceId(p) };
  const ubnd: BodySpec = { id: `body:syn-ubnd-p${p}`, name: `Ủy ban nhân dân tỉnh ${province}`, kind: "PEOPLES_COMMITTEE", level: "PROVINCE", jurisdictionId: makeProvinceId(p) };
  const probeDocument = p === 0 && o < 2;
  const ctx: DocumentContext = { p, o, writer, random, stable: probeDocument };
  const year = 2016 + (o % 10);
  const number = `${(o * 17) % 120 + 1}/${year}/NQ-HĐND`;
  const title = `Về nhiệm vụ, giải pháp phát triển kinh tế - xã hội năm ${year} (đợt ${Math.floor(o / 10) + 1})`;

  writer.write(`NGHỊ QUYẾT\n${title.toUpperCase()}\n`);
  const hdndSpan = writer.write(`HỘI ĐỒNG NHÂN DÂN TỈNH ${province.toUpperCase()}`);
  addBody(writer, hdnd, hdndSpan);
  addPlaceChain(writer, p, null, hdndSpan);
  writer.addEdge("ISSUED_BY", id, hdnd.id, hdndSpan);
  writer.write(`\nKHÓA X - KỲ HỌP THỨ ${(o % 12) + 1}\n`);

  const basis = [LAWS[0], LAWS[1], LAWS[2], LAWS[3], ...(random() < 0.5 ? [LAWS[4]] : [LAWS[5]])];
  for (const spec of basis) {
    writer.write("Căn cứ ");
    const span = writer.write(spec.citation);
    addInstrument(writer, spec, span);
    writer.addEdge("BASED_ON", id, spec.id, span);
    writer.write(";\n");
  }
  for (const spec of basis) {
    if (spec.amends && writer.hasNode(spec.amends)) writer.addEdge("AMENDS", spec.id, spec.amends, null);
  }
  if (random() < 0.5) {
    writer.write("Căn cứ ");
    const spec = pickSkewed(random, ctx.stable ? UNAMENDED_DECREES : DECREES);
    const span = writeCitation(writer, spec);
    writer.addEdge("BASED_ON", id, spec.id, span);
    writer.write(";\n");
  }

  writer.write("Xét ");
  const submissionNumber = `${1000 + ((p * 131 + o * 17) % 5000)}/TTr-UBND`;
  const submissionOn = makeIsoDay(o * 3 + p, year);
  const submissionSpan = writer.write(`Tờ trình số ${submissionNumber} ${formatVnDate(submissionOn)} của ${ubnd.name}`);
  const submissionId = `instr:syn-ttr-p${p}-o${o}`;
  writer.addNode({
    kind: "LegalInstrument",
    id: submissionId,
    source: submissionSpan,
    instrumentKind: "SUBMISSION",
    number: submissionNumber,
    normalizedNumber: submissionNumber.toUpperCase(),
    title: `về việc ban hành Nghị quyết ${title.toLowerCase()}`,
    issuedOn: submissionOn,
    year,
    issuerId: ubnd.id,
    issuerName: ubnd.name,
  });
  addBody(writer, ubnd, submissionSpan);
  writer.addEdge("ISSUED_BY", submissionId, ubnd.id, submissionSpan);
  writer.addEdge("CONSIDERS", id, submissionId, submissionSpan);
  writer.write("; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.\nQUYẾT NGHỊ:\n");

  const provision = (path: string, label: string, level: "ARTICLE" | "CLAUSE" | "POINT", parentId: string, start: number, end: number, ordinal: number, heading: string | null) => {
    const provisionId = `prov:syn-p${p}-o${o}-${path.replace(/ > /g, "-").replace(/\s+/g, "")}`;
    writer.addTextNode(
      { kind: "Provision", id: provisionId, source: writer.span(start, end), documentId: id, level, path, label, heading, text: "", ordinal },
      start,
      end,
    );
    writer.addEdge("PART_OF", provisionId, parentId, null);
    return provisionId;
  };

  let provisionOrdinal = 0;
  let taskOrdinal = 0;
  const article1Start = writer.offset;
  writer.write(`Điều 1. Thống nhất với báo cáo đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm ${year} của ${ubnd.name}.\n`);
  provision("Điều 1", "Điều 1", "ARTICLE", id, article1Start, writer.offset, provisionOrdinal++, null);

  // Điều 2's opening sentence cites the province's previous resolution: every task below rests on it.
  const article2Start = writer.offset;
  const article2Id = `prov:syn-p${p}-o${o}-Điều2`;
  writer.write(`Điều 2. Để hoàn thành các chỉ tiêu năm ${year}, Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh chỉ đạo tiếp tục thực hiện tốt các nhiệm vụ, giải pháp trọng tâm theo `);
  const previousNumber = `${(o * 17 + 5) % 120 + 1}/${year - 1}/NQ-HĐND`;
  const previousOn = `${year - 1}-12-08`;
  const previousSpan = writer.write(`Nghị quyết số ${previousNumber} ${formatVnDate(previousOn)} của ${hdnd.name}`);
  const previousId = `instr:syn-nq-p${p}-o${o}-prev`;
  writer.addNode({
    kind: "LegalInstrument",
    id: previousId,
    source: previousSpan,
    instrumentKind: "RESOLUTION",
    number: previousNumber,
    normalizedNumber: previousNumber.toUpperCase().replace("Đ", "D"),
    title: `về nhiệm vụ phát triển kinh tế - xã hội tỉnh ${province} năm ${year}`,
    issuedOn: previousOn,
    year: year - 1,
    issuerId: hdnd.id,
    issuerName: hdnd.name,
  });
  writer.addEdge("ISSUED_BY", previousId, hdnd.id, previousSpan);
  writer.addEdge("CITES", article2Id, previousId, previousSpan);
  writer.write(" và bổ sung một số nhiệm vụ, giải pháp như sau:\n");

  // 48 tasks under Điều 2 (clauses by topic, points a, b, c…), 2 under Điều 3.
  const article2Tasks = TASKS_PER_DOCUMENT - 2;
  const clauseCount = 4 + Math.floor(random() * 3);
  const article2Ordinal = provisionOrdinal++;
  for (let clause = 1; clause <= clauseCount && taskOrdinal < article2Tasks; clause += 1) {
    const topic = TOPICS[(clause + o + p) % TOPICS.length];
    const clauseStart = writer.offset;
    const clausePath = `Điều 2 > khoản ${clause}`;
    const clauseId = `prov:syn-p${p}-o${o}-Điều2-khoản${clause}`;
    const clauseOrdinal = provisionOrdinal++;
    writer.write(`${clause}. ${topic.heading}\n`);
    const remainingClauses = clauseCount - clause + 1;
    const clauseTasks = clause === clauseCount ? article2Tasks - taskOrdinal : Math.ceil((article2Tasks - taskOrdinal) / remainingClauses);
    let written = 0;
    for (let point = 0; written < clauseTasks; point += 1) {
      const letter = POINT_LETTERS[point % POINT_LETTERS.length] + (point >= POINT_LETTERS.length ? String(Math.floor(point / POINT_LETTERS.length)) : "");
      const pointStart = writer.offset;
      const pointPath = `${clausePath} > điểm ${letter}`;
      const pointId = `prov:syn-p${p}-o${o}-Điều2-khoản${clause}-điểm${letter}`;
      const pointOrdinal = provisionOrdinal++;
      writer.write(`${letter}) `);
      const pointTasks = Math.min(clauseTasks - written, 1 + Math.floor(random() * 4));
      for (let t = 0; t < pointTasks; t += 1) {
        if (t > 0) writer.write(" ");
        // Probe tasks: every other task of the first 20 in each probe document.
        const probe = probeDocument && taskOrdinal < PROBE_TASKS_PER_DOCUMENT * 2 && taskOrdinal % 2 === 0;
        writeTask(ctx, pointId, topic, taskOrdinal, { probe });
        taskOrdinal += 1;
      }
      written += pointTasks;
      writer.write("\n");
      provision(pointPath, `điểm ${letter}`, "POINT", clauseId, pointStart, writer.offset, pointOrdinal, null);
    }
    provision(clausePath, `khoản ${clause}`, "CLAUSE", article2Id, clauseStart, writer.offset, clauseOrdinal, topic.heading.slice(3));
  }
  provision("Điều 2", "Điều 2", "ARTICLE", id, article2Start, writer.offset, article2Ordinal, null);

  const article3Start = writer.offset;
  const article3Ordinal = provisionOrdinal++;
  const article3Id = `prov:syn-p${p}-o${o}-Điều3`;
  writer.write("Điều 3. Tổ chức thực hiện\n");
  for (let clause = 1; clause <= 2; clause += 1) {
    const clauseStart = writer.offset;
    const clauseOrdinal = provisionOrdinal++;
    const clauseId = `prov:syn-p${p}-o${o}-Điều3-khoản${clause}`;
    writer.write(`${clause}. `);
    const taskStart = writer.offset;
    const taskId = `task:syn-p${p}-o${o}-${taskOrdinal}`;
    const body = clause === 1 ? ubnd : hdnd;
    writer.write("Giao ");
    const bodySpan = writer.write(clause === 1 ? ubnd.name : `Thường trực ${hdnd.name}`);
    writer.write(clause === 1 ? " tổ chức triển khai thực hiện Nghị quyết này." : " giám sát việc thực hiện Nghị quyết này.");
    const taskEnd = writer.offset;
    writer.write("\n");
    writer.addTextNode(
      { kind: "Task", id: taskId, source: writer.span(taskStart, taskEnd), documentId: id, provisionId: clauseId, text: "", sector: "ADMINISTRATION", deadline: null, ordinal: taskOrdinal },
      taskStart,
      taskEnd,
    );
    writer.addEdge("PART_OF", taskId, clauseId, writer.span(taskStart, taskEnd));
    writer.addEdge("RESPONSIBLE", taskId, body.id, bodySpan, clause === 1 ? "LEAD" : "SUPERVISE");
    writer.addEdge("LOCATED_IN", taskId, makeProvinceId(p), writer.span(taskStart, taskEnd));
    taskOrdinal += 1;
    provision(`Điều 3 > khoản ${clause}`, `khoản ${clause}`, "CLAUSE", article3Id, clauseStart, writer.offset, clauseOrdinal, null);
  }
  provision("Điều 3", "Điều 3", "ARTICLE", id, article3Start, writer.offset, article3Ordinal, null);

  const adoptedOn = makeIsoDay(o * 11 + p + 6, year);
  writer.write(`Nghị quyết này đã được ${hdnd.name} Khóa X, Kỳ họp thứ ${(o % 12) + 1} thông qua ${formatVnDate(adoptedOn)}.\nCHỦ TỊCH\n`);
  const signer = `${pick(random, ["Hồ", "Nguyễn", "Trần", "Lê"])} Thị ${pick(random, SYLLABLES)} ${pick(random, SYLLABLES)}`;
  writer.write(`${signer}\n`);

  return writer.finish({
    kind: "Document",
    id,
    source: null,
    title,
    instrumentKind: "RESOLUTION",
    number,
    normalizedNumber: number.toUpperCase().replace("Đ", "D"),
    issuerId: hdnd.id,
    issuerName: hdnd.name,
    jurisdictionId: makeProvinceId(p),
    term: "X",
    session: String((o % 12) + 1),
    adoptedOn,
    effectiveFrom: adoptedOn,
    signer,
    signerTitle: "Chủ tịch",
    fileName: `${id.slice(4)}.txt`,
  });
}
