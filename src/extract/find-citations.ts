/**
 * Citations of legal instruments: numbered ones (`Nghị quyết số 31/2022/NQ-HĐND
 * ngày … của … về …`), laws by name and date, amendment laws (→ AMENDS), and
 * named plans, programmes and schemes without a number.
 * Identity: kind + normalised number + year + issuer scope (local numbers such
 * as NQ-HĐND are scoped by the province of the issuer).
 */
import type { InstrumentKind } from "../domain/model.js";
import { type BodyContext, type BodyMention, type BodyRef, departmentBody, matchBodyAt } from "./find-bodies.js";
import type { Span } from "./parse-structure.js";
import { SpanIndex, firstAbove } from "./span-index.js";
import { typeWordOfUnit } from "./reference-data.js";
import { DATE_PATTERN, parseDateMatch, slugify, startsWithActionVerb, foldFast, ws } from "./vietnamese.js";

export interface CitationMention extends Span {
  /** Stable id, identical across documents for the same instrument. */
  id: string;
  instrumentKind: InstrumentKind;
  number: string | null;
  normalizedNumber: string | null;
  title: string | null;
  name: string | null;
  issuedOn: string | null;
  year: number | null;
  issuer: BodyMention | null;
  /** Where the words of its own title start (`… về việc <title>`), for what the title says it does to other instruments. */
  titleStart: number | null;
  /** Ids of instruments this one amends. */
  amends: string[];
  /** True when the mention sits inside another citation's words (its title). */
  nested: boolean;
  /** True when the mention is only the target of an amendment (`… của Luật A và Luật B`). */
  amendTarget: boolean;
}

const KIND_WORDS: [RegExp, InstrumentKind][] = [
  [/^Hiến pháp/u, "CONSTITUTION"],
  [/^Bộ luật/u, "CODE"],
  [/^Luật/u, "LAW"],
  [/^Pháp lệnh/u, "ORDINANCE"],
  [/^Nghị định/iu, "DECREE"],
  [/^Nghị quyết/iu, "RESOLUTION"],
  [/^Quyết định/iu, "DECISION"],
  [/^Chỉ thị/iu, "DIRECTIVE"],
  [/^Kết luận/iu, "CONCLUSION"],
  [/^Thông tư/iu, "CIRCULAR"],
  [/^Tờ trình/iu, "SUBMISSION"],
  [/^Báo cáo/iu, "REPORT"],
  [/^Kế hoạch/iu, "PLAN"],
  [/^Chương trình/iu, "PROGRAMME"],
  [/^Đề án/iu, "SCHEME"],
  [/^Quy hoạch/iu, "MASTER_PLAN"],
  [/^Chiến lược/iu, "STRATEGY"],
  [/^Quy chế|^Quy định/iu, "REGULATION"],
  [/^Thông báo/iu, "NOTICE"],
  [/^Công văn|^Văn bản|^Công điện/iu, "LETTER"],
  [/^Hướng dẫn/iu, "GUIDANCE"],
];

const TYPE_TOKENS: Record<string, InstrumentKind> = {
  NQ: "RESOLUTION",
  NĐ: "DECREE",
  QĐ: "DECISION",
  CT: "DIRECTIVE",
  KL: "CONCLUSION",
  TT: "CIRCULAR",
  TTLT: "CIRCULAR",
  TTR: "SUBMISSION",
  BC: "REPORT",
  KH: "PLAN",
  CTR: "PROGRAMME",
  QH: "LAW",
  TB: "NOTICE",
  HD: "GUIDANCE",
  QĐI: "REGULATION",
  NQLT: "RESOLUTION",
  CĐ: "LETTER",
  ĐA: "SCHEME",
};

/** Number suffixes of central issuers; any other suffix is local and scoped by province. */
const CENTRAL_SUFFIXES = new Set(["CP", "TTG", "TW", "QH", "UBTVQH", "BCT", "BTC", "BTNMT", "BKHĐT", "BXD", "BNV", "BTP", "BGTVT", "BNNPTNT", "BLĐTBXH", "BGDĐT", "BYT", "BVHTTDL", "BTTTT", "BKHCN", "BQP", "BCA", "BNG", "NHNN", "VPCP", "TTLT"]);

const NUMBERED_KIND =
  "Nghị quyết liên tịch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư liên tịch|Thông tư|Tờ trình|Báo cáo thẩm tra|Báo cáo|Kế hoạch|Chương trình hành động|Chương trình|Công văn|Công điện|Văn bản|Thông báo kết luận|Thông báo|Thông tri|Đề án|Hướng dẫn|Quy định|Quy chế";
/** Capitalised only: "pháp luật số 80/2015/QH13" ends a law's name, it is no law. */
const NUMBERED_LAW_KIND = "Luật|Pháp lệnh";
/** A document number as the genre writes it: `31/2022/NQ-HĐND`, `13-CT/TU`, `19-2017/NQ-CP`, `416/QĐ- TTg`. */
export const NUMBER = String.raw`\d+(?:\s*-\s*\d{4})?(?:\s*\/\s*\d{4})?(?:\s*[-\/]\s*[\p{Lu}][\p{L}\d]*(?:\s?[-–]\s?[\p{Lu}][\p{L}\d]*)*)+`;
/** Each word may start in either case ("Nghị quyết", "nghị quyết"): cheaper than a case-insensitive Unicode regex. */
function eitherCase(alternation: string): string {
  return alternation.replace(/(^|[|\s])(\p{L})/gu, (_, sep: string, ch: string) => `${sep}[${ch.toUpperCase()}${ch.toLowerCase()}]`);
}
const NUMBERED_RE = new RegExp(`(${ws(eitherCase(NUMBERED_KIND))}|${ws(NUMBERED_LAW_KIND)})\\s+(?:số\\s*:?\\s*)?(${NUMBER})`, "gu");
const LISTED_NUMBER_RE = new RegExp(`()số\\s+(${NUMBER})`, "gu");
const LAW_RE = /(Bộ\s+luật|Luật)\s+(?!số(?![\p{L}]))([\p{L}][\p{L}\d]*)/gu;
const NAMED_RE = new RegExp(`(${ws("Quy hoạch|Chương trình|Đề án|Kế hoạch|Chiến lược|Nghị quyết Đại hội")})\\s+(?!số(?![\\p{L}])|này(?![\\p{L}])|của(?![\\p{L}]))(?=[\\p{L}“"])`, "gu");

const GENERIC_NAME_WORDS = new Set(["nhu", "sau", "kem", "theo", "thuc", "hien", "trien", "khai", "hanh", "dong", "cong", "tac", "nam", "moi", "chung", "tong", "the", "chi", "tiet", "cu", "the", "nay", "do", "tren", "dia", "ban", "tinh", "cua"]);

const DATE_AFTER = new RegExp(`^\\s*,?\\s*(?:ban hành\\s+)?${DATE_PATTERN}`, "u");
const YEAR_AFTER = /^\s*,?\s*năm\s+(\d{4})(?!\d)/u;

/** Words after which a name or title does not continue. */
const NAME_STOPS = /^(?:ngày|số|của|với (?:những|các) nội dung|như sau|gồm|(?:thực hiện|triển khai)(?=\s+(?:còn|chưa|chậm|đạt|được|Nghị|Chỉ|Quyết|Kế|Chương|Đề))|còn|đang|sẽ|phải|cần|cho|để|đối với|tại|theo|nhằm|được|đã|thì|là|giữa|nhất là|đồng thời|(?:trình|do)(?=\s+[\p{Lu}])|trong\s+(?:đó|năm|quý|tháng))(?![\p{L}])/u;
const LAW_STOPS = /^(?:năm\s+\d{4}|ngày|số\s+\d)(?![\p{L}])/u;
const TITLE_STOPS = /^(?:để|nhằm|nhất là|đồng thời|trong đó|thì|và các văn bản|và tình hình|và chính sách|và ý kiến|và Báo cáo)(?![\p{L}])/u;

function kindOfWord(word: string): InstrumentKind {
  const squashed = word.replace(/\s+/g, " ");
  return KIND_WORDS.find(([re]) => re.test(squashed))?.[1] ?? "OTHER";
}

/**
 * The kind the number's type token gives when the words are generic (`Văn
 * bản số 12/TTr-SNV` is a submission) or say less than the token (`Báo cáo
 * thẩm tra số …/BC-…`, `Kết luận số 2056-TB/TU` of a `Thông báo kết luận`).
 */
function kindOfNumber(kind: InstrumentKind, word: string, fromToken: InstrumentKind | undefined): InstrumentKind {
  if (!fromToken) return kind;
  const generic = kind === "OTHER" || kind === "LETTER" || /^báo cáo thẩm tra$/iu.test(word.replace(/\s+/g, " "));
  return generic || (kind === "CONCLUSION" && fromToken === "NOTICE") ? fromToken : kind;
}

/**
 * The issuer a number implies when the text does not name it: the token after
 * the type (`QĐ-TTg`, `CT/TU`, `TTLT-BTC-BTNMT`: the first co-issuer), or the
 * first token of a letter, which has no type (`2150/SXD-QLN`, `123/UBND-KT`).
 * Tokens name the Government, the Prime Minister, a ministry, the council,
 * committee or Party committee of the document's province or district, or a
 * department or organisation of the province (`SXD` Sở Xây dựng, `MTTQ`, `LĐLĐ`);
 * `/TW` is left open: several central Party bodies use it (bodies.json).
 */
function issuerFromNumber(tokens: string[], ctx: CitationContext, numberSpan: Span): BodyMention | null {
  const issuerTokens = TYPE_TOKENS[tokens[0]] || ISSUERLESS_TYPES.has(tokens[0]) ? tokens.slice(1) : tokens;
  const token = issuerTokens[0]?.replace(/\d+$/, "");
  if (!token) return null;
  const body = bodyOfToken(token, ctx);
  return body ? { ...body, start: numberSpan.start, end: numberSpan.end } : null;
}

/** Type tokens that are no issuer and no kind of their own (`TT` circular, `TTLT`), besides TYPE_TOKENS. */
const ISSUERLESS_TYPES = new Set(["TT", "TTLT", "TTR", "CV"]);

function bodyOfToken(token: string, ctx: CitationContext): BodyRef | null {
  const suffix = ctx.data.numberSuffixes.get(token);
  if (suffix && "body" in suffix) {
    const b = ctx.data.central.find((c) => c.key === suffix.body);
    return b ? { id: `body:${b.key}`, name: b.name, bodyKind: b.kind, level: "CENTRAL", jurisdictionId: null } : null;
  }
  const ministry = ctx.data.ministries.find((m) => m.abbr?.some((a) => a.toUpperCase() === token));
  if (ministry) return { id: `body:${ministry.key}`, name: ministry.name, bodyKind: "MINISTRY", level: "CENTRAL", jurisdictionId: null };
  const unit = ctx.local ?? ctx.province;
  if (suffix && "local" in suffix && unit) {
    const council = suffix.local === "PEOPLES_COUNCIL";
    return {
      id: `body:${council ? "hdnd" : "ubnd"}-${unit.code}`,
      name: `${council ? "Hội đồng nhân dân" : "Ủy ban nhân dân"} ${typeWordOfUnit(unit)} ${unit.name}`,
      bodyKind: suffix.local,
      level: unit.level === "PROVINCE" ? "PROVINCE" : "DISTRICT",
      jurisdictionId: `place:${unit.code}`,
    };
  }
  if (suffix && "party" in suffix) return partyCommittee(suffix.party, ctx);
  const department = ctx.data.departments.find((d) => d.abbr?.some((a) => a.toUpperCase() === token));
  return department ? departmentBody(department, ctx) : null;
}

/** `/TU` the Tỉnh ủy (Thành ủy of a municipality), `/HU` the Huyện ủy of the document's district. */
function partyCommittee(level: "CENTRAL" | "PROVINCE" | "DISTRICT", ctx: CitationContext): BodyRef | null {
  if (level === "PROVINCE" && ctx.province) {
    const word = ctx.province.type === "tp" ? "Thành ủy" : "Tỉnh ủy";
    return { id: `body:tinh-uy-${ctx.province.code}`, name: `${word} ${ctx.province.name}`, bodyKind: "PARTY", level: "PROVINCE", jurisdictionId: `place:${ctx.province.code}` };
  }
  if (level === "DISTRICT" && ctx.local && ctx.local.level === "DISTRICT") {
    return { id: `body:huyen-uy-${ctx.local.code}`, name: `Huyện ủy ${ctx.local.name}`, bodyKind: "PARTY", level: "DISTRICT", jurisdictionId: `place:${ctx.local.code}` };
  }
  return null;
}

function numberTokens(normalized: string): string[] {
  return normalized
    .replace(/^\d+(?:-\d{4})?(?:\/\d{4})?/, "")
    .split(/[-/]/)
    .filter(Boolean)
    .map((t) => t.toUpperCase());
}

export type CitationContext = BodyContext;

/** A number without the spaces and dashes conversion put in it: `416/QĐ- TTg` → `416/QĐ-TTg`. */
export function normalizeNumber(raw: string): string {
  return raw.replace(/\s+/g, "").replace(/–/g, "-");
}

/** The year a number carries (`31/2022/NQ-HĐND`, `19-2017/NQ-CP`), if any. */
export function yearOfNumber(normalized: string): number | null {
  const m = /^\d+(?:-(\d{4}))?(?:\/(\d{4}))?/.exec(normalized);
  return m && (m[1] || m[2]) ? Number(m[1] ?? m[2]) : null;
}

/**
 * Whether the number belongs to a local series (a council's, a committee's,
 * a Party committee's), which restarts in every province: then the
 * instrument's id carries the issuer's place. "QH14", "UBTVQH11": the term
 * number does not change who issues.
 */
export function isLocalNumber(kind: InstrumentKind, normalized: string): boolean {
  return kind !== "LAW" && !numberTokens(normalized).some((t) => CENTRAL_SUFFIXES.has(t.replace(/\d+$/, "")));
}

/** Matches that start a word: the regexes leave the check of the previous character out, which keeps them fast. */
function matchWords(re: RegExp, text: string, zoneStart: number, slice: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const before = text[zoneStart + m.index - 1];
    if (before === undefined || !LETTER.test(before)) out.push(m);
  }
  return out;
}

const LETTER = /\p{L}/u;

/** Where a title or name that starts at `from` ends (before `nextStarts`, the sorted starts of other citations). */
function scanPhrase(text: string, from: number, limit: number, mode: "title" | "name" | "law", nextStarts: readonly number[]): number {
  const hardEnd = Math.min(limit, text.length, from + (mode === "title" ? 320 : 200));
  const nextCitation = nextStarts[firstAbove(nextStarts, from)];
  const end = nextCitation !== undefined ? Math.min(hardEnd, nextCitation) : hardEnd;
  let quoteDepth = 0;
  let i = from;
  let lastWordEnd = from;
  while (i < end) {
    const ch = text[i];
    if (ch === "“") quoteDepth += 1;
    if (ch === "”" && quoteDepth > 0) {
      quoteDepth -= 1;
      i += 1;
      lastWordEnd = i;
      if (quoteDepth === 0 && (mode === "name" || text[from] === "“")) break;
      continue;
    }
    if (quoteDepth === 0) {
      if (ch === ";" || ch === ":" || ch === "(" || ch === ")" || ch === "”" || ch === "[") break;
      if (ch === "." && (i + 1 >= text.length || /\s|\//.test(text[i + 1]))) break;
      if (ch === "\n" && text[i + 1] === "\n") break;
      if (/\s/.test(ch) || ch === ",") {
        const rest = text.slice(i, i + 60).replace(/^[\s,]+/, "");
        const sep = ch === "," || /^\s*,/.test(text.slice(i, i + 4)) ? "," : " ";
        if (mode === "name" && NAME_STOPS.test(rest)) break;
        if (mode === "law" && (LAW_STOPS.test(rest) || NAME_STOPS.test(rest))) break;
        if (TITLE_STOPS.test(rest) && !/(?:triệt|Triệt)$/u.test(text.slice(Math.max(from, i - 6), i))) break;
        if (sep === " " && rest.startsWith("và ")) {
          const afterVa = rest.slice(3);
          const enoughWords = mode !== "title" || text.slice(from, i).trim().split(/\s+/).length >= 4;
          if (/^(Luật|Nghị|Quyết|Chỉ|Kết|Thông|Kế|Chương|Đề|Quy|các\s|số\s+\d)/u.test(afterVa) || (enoughWords && startsWithActionVerb(foldFast(afterVa.slice(0, 40))))) break;
        }
        if (sep === "," && mode !== "title") {
          if (/^(Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Kế hoạch số|Chương trình số)/u.test(rest)) break;
          if (startsWithActionVerb(foldFast(rest.slice(0, 40))) && !(mode === "law" && /^[\p{Ll}]/u.test(rest) && !/^(và|các)\s/u.test(rest) && text.slice(i - 12, i).includes("Luật"))) break;
          if (/^[\p{Lu}]/u.test(rest) && !/^[\p{Lu}][\p{Ll}]*\s+[\p{Ll}]/u.test(rest)) break;
        }
        if (sep === "," && mode === "title" && /^(Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Kế hoạch số|Chương trình số|Ủy ban|Uỷ ban|Hội đồng|UBND|HĐND|Sở|số\s+\d)(?![\p{L}])/u.test(rest)) break;
      }
    }
    if (!/[\s,]/.test(ch)) lastWordEnd = i + 1;
    i += 1;
  }
  return lastWordEnd;
}

interface RawCitation extends Span {
  kindWord: string;
  instrumentKind: InstrumentKind;
  number: string | null;
  normalizedNumber: string | null;
  name: string | null;
  issuedOn: string | null;
  year: number | null;
  issuer: BodyMention | null;
  title: string | null;
  /** Where the title's words start (after `về việc`), when it has one. */
  titleStart: number | null;
  amendsNames: RawCitation[];
  nested: boolean;
  amendTarget: boolean;
  /** True when it starts inside a numbered citation's words. */
  insideNumbered?: boolean;
  /** Key used to merge mentions of one instrument inside the document. */
  mergeKey: string;
  local: boolean;
  scopeCode: string | null;
}

function readDateAndIssuer(text: string, at: number, limit: number, ctx: CitationContext) {
  let cursor = at;
  let issuedOn: string | null = null;
  let year: number | null = null;
  const date = DATE_AFTER.exec(text.slice(cursor, cursor + 60));
  if (date) {
    issuedOn = parseDateMatch([...date]);
    year = issuedOn ? Number(issuedOn.slice(0, 4)) : null;
    cursor += date[0].length;
  } else {
    const y = YEAR_AFTER.exec(text.slice(cursor, cursor + 20));
    if (y) {
      year = Number(y[1]);
      cursor += y[0].length;
    }
  }
  let issuer: BodyMention | null = null;
  const of = /^\s*,?\s*của\s+/u.exec(text.slice(cursor, cursor + 12));
  if (of) {
    const body = matchBodyAt(text, cursor + of[0].length, ctx);
    if (body && body.end <= limit) {
      issuer = body;
      cursor = body.end;
    }
  }
  if (!issuedOn) {
    // "…/QĐ-TTg của Thủ tướng Chính phủ, ngày …" is also written.
    const late = DATE_AFTER.exec(text.slice(cursor, cursor + 60));
    if (late) {
      issuedOn = parseDateMatch([...late]);
      year = issuedOn ? Number(issuedOn.slice(0, 4)) : year;
      cursor += late[0].length;
    }
  }
  return { cursor, issuedOn, year, issuer };
}

function readTitle(text: string, at: number, limit: number): { title: string | null; titleStart: number | null; end: number } {
  const none = { title: null, titleStart: null, end: at };
  const lead = /^(\s+|\s*“)/u.exec(text.slice(at, at + 4));
  if (!lead) return none;
  let start = at + lead[0].length - (lead[0].endsWith("“") ? 1 : 0);
  const first = text.slice(start, start + 3);
  const capitalisedSubject = /^(?:Quy định|Hướng dẫn|Về|Phê duyệt|Ban hành|Sửa đổi|Quy hoạch)(?![\p{L}])/u.test(text.slice(start, start + 12));
  if (!/^[\p{Ll}“"]/u.test(first) && !/^V\/v/u.test(first) && !capitalisedSubject) return none;
  if (/^(và|hoặc|với|cho|để|tại|theo|nhằm|đã|được|trên|trong|thì|là|có)\s/u.test(text.slice(start, start + 8))) return none;
  const about = /^(?:V\/v|[Vv]ề\s+việc|[Vv]ề)\s+/u.exec(text.slice(start, start + 12));
  if (about) start += about[0].length;
  if (text[start] === "“") {
    const close = text.indexOf("”", start + 1);
    if (close > start && close < Math.min(limit, start + 400)) {
      return { title: text.slice(start + 1, close).replace(/\s+/g, " ").trim() || null, titleStart: start + 1, end: close + 1 };
    }
  }
  const end = scanPhrase(text, start, limit, "title", []);
  if (end <= start) return none;
  const title = text.slice(start, end).replace(/\s+/g, " ").trim();
  return { title: title || null, titleStart: title ? start : null, end };
}

function lawNameEnd(text: string, start: number, limit: number, nextStarts: number[]): number {
  return scanPhrase(text, start, limit, "law", nextStarts);
}

export function findCitations(text: string, zones: Span[], ctx: CitationContext): CitationMention[] {
  const raws: RawCitation[] = [];
  const provinceCode = ctx.local?.code ?? ctx.province?.code ?? null;
  for (const zone of zones) {
    const slice = text.slice(zone.start, zone.end);
    const found: RawCitation[] = [];
    const starts: number[] = [];
    const withKind = matchWords(NUMBERED_RE, text, zone.start, slice);
    const withKindSpans = new SpanIndex(withKind.map((k) => ({ start: k.index, end: k.index + k[0].length })));
    // A list after its kind: "các Nghị định của Chính phủ: số 77/2015/NĐ-CP …; số 120/2018/NĐ-CP …".
    const listed = matchWords(LISTED_NUMBER_RE, text, zone.start, slice).filter(
      (x) => TYPE_TOKENS[numberTokens(x[2].replace(/\s+/g, ""))[0]] && !withKindSpans.covers(x.index),
    );
    const numbered = [...withKind, ...listed].sort((a, b) => a.index - b.index);
    const laws = matchWords(LAW_RE, text, zone.start, slice);
    const named = matchWords(NAMED_RE, text, zone.start, slice);
    for (const list of [numbered, laws, named]) for (const x of list) starts.push(zone.start + x.index);
    starts.sort((a, b) => a - b);

    for (const m of numbered) {
      const start = zone.start + m.index;
      const numberRaw = m[2].replace(/\s+/g, " ").trim();
      const normalized = normalizeNumber(m[2]);
      const tokens = numberTokens(normalized);
      const typeToken = tokens[0];
      let kind = kindOfWord(m[1]);
      kind = kindOfNumber(kind, m[1], TYPE_TOKENS[typeToken]);
      const after = readDateAndIssuer(text, start + m[0].length, zone.end, ctx);
      const numberYear = yearOfNumber(normalized);
      const { title, titleStart, end } = readTitle(text, after.cursor, zone.end);
      const local = isLocalNumber(kind, normalized);
      const numberStart = start + m[0].length - m[2].length;
      after.issuer ??= issuerFromNumber(tokens, ctx, { start: numberStart, end: start + m[0].length });
      const issuerScope = after.issuer?.jurisdictionId?.replace(/^place:/, "") ?? null;
      found.push({
        start,
        end: Math.max(end, after.cursor, start + m[0].length),
        kindWord: m[1],
        instrumentKind: kind,
        number: numberRaw,
        normalizedNumber: normalized,
        name: null,
        issuedOn: after.issuedOn,
        year: numberYear ?? after.year,
        issuer: after.issuer,
        title,
        titleStart,
        amendsNames: [],
        nested: false,
        amendTarget: false,
        mergeKey: `${normalized.toUpperCase()}|${local ? (issuerScope ?? provinceCode ?? "") : ""}`,
        local,
        scopeCode: local ? (issuerScope ?? provinceCode) : null,
      });
    }

    const foundStarts = new Set(found.map((f) => f.start));
    for (const m of laws) {
      const start = zone.start + m.index;
      if (foundStarts.has(start)) continue;
      const nameStart = start;
      const nameEnd = lawNameEnd(text, start + m[1].length + 1, zone.end, starts);
      let name = text.slice(nameStart, nameEnd).replace(/\s+/g, " ").trim();
      const amendsNames: RawCitation[] = [];
      const amendment = /^(Luật|Bộ\s+luật)\s+[Ss]ửa\s+đổi,?\s*bổ\s+sung\s+(?:một\s+số\s+điều|điều\s+\d+)?\s*(?:của\s+)?/u.exec(text.slice(start, start + 80));
      if (!amendment && name.split(" ").length < 2) continue;
      let end = nameEnd;
      if (amendment) {
        // The amended laws run until the date: "… của Luật A và Luật B ngày …".
        const stop = new RegExp(`\\s+(?:${DATE_PATTERN}|năm\\s+\\d{4}|số\\s+\\d)`, "u").exec(text.slice(start, zone.end));
        const fullEnd = stop ? start + stop.index : nameEnd;
        const full = text.slice(start, fullEnd).replace(/\s+/g, " ");
        name = full.trim();
        end = fullEnd;
        const targetsText = text.slice(start + amendment[0].length, fullEnd);
        const targetRe = /(Bộ luật|Luật)\s+/gu;
        let t: RegExpExecArray | null;
        const targetStarts: number[] = [];
        while ((t = targetRe.exec(targetsText))) targetStarts.push(start + amendment[0].length + t.index);
        targetStarts.forEach((ts, i) => {
          const te = i + 1 < targetStarts.length ? targetStarts[i + 1] : fullEnd;
          let targetEnd = te;
          const raw = text.slice(ts, te).replace(/\s+(?:và|,)\s*$/u, "");
          const cleaned = raw.replace(/[\s,]+(?:và)?\s*$/u, "").replace(/\s+/g, " ").trim();
          targetEnd = ts + text.slice(ts, te).search(/(?:\s+và\s*|[\s,]*)$/u);
          amendsNames.push(makeLaw(cleaned, ts, Math.max(ts + 1, targetEnd), null, null, true));
        });
      }
      const after = readDateAndIssuer(text, end, zone.end, ctx);
      const numberAfter = /^\s*(?:số\s+)(\d+\/\d{4}\/QH\d+)/u.exec(text.slice(after.cursor, after.cursor + 30));
      const law = makeLaw(name, start, Math.max(after.cursor, end), after.issuedOn, after.year, false);
      if (numberAfter) {
        law.number = numberAfter[1];
        law.normalizedNumber = numberAfter[1];
        law.year ??= Number(numberAfter[1].split("/")[1]);
        law.end = after.cursor + numberAfter[0].length;
      }
      law.amendsNames = amendsNames;
      found.push(law, ...amendsNames);
      foundStarts.add(law.start);
      for (const target of amendsNames) foundStarts.add(target.start);
    }

    let namedEnd = -1;
    for (const m of named) {
      const start = zone.start + m.index;
      if (start < namedEnd || foundStarts.has(start)) continue;
      // At the start of a sentence the capital letter says nothing about a name.
      const before = text.slice(Math.max(zone.start, start - 3), start);
      if (start === zone.start || /(?:^|[.:!?\n])\s*$/u.test(before) || /\)\s*$/u.test(before)) continue;
      const nameEnd = scanPhrase(text, start + m[1].length + 1, zone.end, "name", starts);
      const name = text.slice(start, nameEnd).replace(/\s+/g, " ").trim();
      if (name.length <= m[1].length + 2) continue;
      // "Kế hoạch thực hiện …", "Chương trình hành động của …" describe, they do not name.
      const ownWords = foldFast(name.slice(m[1].length)).split(" ").filter(Boolean);
      if (ownWords.every((w) => GENERIC_NAME_WORDS.has(w))) continue;
      namedEnd = nameEnd;
      const kind = kindOfWord(m[1]);
      const after = readDateAndIssuer(text, nameEnd, zone.end, ctx);
      const national = /quốc gia|toàn quốc|cả nước/iu.test(name);
      const scopeCode = national ? null : (after.issuer?.jurisdictionId?.replace(/^place:/, "") ?? provinceCode);
      found.push({
        start,
        end: Math.max(after.cursor, nameEnd),
        kindWord: m[1],
        instrumentKind: kind,
        number: null,
        normalizedNumber: null,
        name,
        issuedOn: after.issuedOn,
        year: after.year,
        issuer: after.issuer,
        title: null,
        titleStart: null,
        amendsNames: [],
        nested: false,
        amendTarget: false,
        mergeKey: `NAMED|${slugify(name)}|${scopeCode ?? ""}`,
        local: !national,
        scopeCode,
      });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    markNested(found);
    // A named plan inside a numbered instrument's title is that instrument's title, not another citation.
    const kept = found.filter((c) => c.number !== null || c.name === null || c.instrumentKind === "LAW" || c.instrumentKind === "CODE" || !c.insideNumbered);
    raws.push(...kept);
  }
  return finalise(raws);

  function makeLaw(name: string, start: number, end: number, issuedOn: string | null, year: number | null, amendTarget: boolean): RawCitation {
    return {
      start,
      end,
      kindWord: name.startsWith("Bộ luật") ? "Bộ luật" : "Luật",
      instrumentKind: name.startsWith("Bộ luật") ? "CODE" : "LAW",
      number: null,
      normalizedNumber: null,
      name,
      issuedOn,
      year,
      issuer: null,
      title: null,
      titleStart: null,
      amendsNames: [],
      nested: false,
      amendTarget,
      mergeKey: `LAW|${slugify(name)}`,
      local: false,
      scopeCode: null,
    };
  }
}

/**
 * Marks the citations that start inside another one's words (its title), in
 * one pass over citations sorted by start: only the furthest end reached so
 * far by a citation that starts earlier matters.
 */
function markNested(found: RawCitation[]): void {
  let reach = -1;
  let numberedReach = -1;
  let groupStart = -1;
  let groupReach = -1;
  let groupNumberedReach = -1;
  for (const c of found) {
    if (c.start !== groupStart) {
      // Citations starting at the same position do not enclose each other.
      reach = Math.max(reach, groupReach);
      numberedReach = Math.max(numberedReach, groupNumberedReach);
      groupStart = c.start;
      groupReach = -1;
      groupNumberedReach = -1;
    }
    if (!c.amendTarget) c.nested = reach > c.start;
    c.insideNumbered = numberedReach > c.start;
    if (!c.amendTarget) groupReach = Math.max(groupReach, c.end);
    if (c.number !== null) groupNumberedReach = Math.max(groupNumberedReach, c.end);
  }
}

/** Merges mentions of one instrument (a later bare `Quyết định số 416/QĐ-TTg` takes the date of the first) and assigns ids. */
function finalise(raws: RawCitation[]): CitationMention[] {
  const groups = new Map<string, RawCitation[]>();
  for (const raw of raws) {
    const list = groups.get(raw.mergeKey) ?? [];
    list.push(raw);
    groups.set(raw.mergeKey, list);
  }
  // Laws cited without a year resolve to the dated law of the same name in the same document.
  const idOfKey = new Map<string, string>();
  const merged = new Map<string, RawCitation>();
  for (const [key, list] of groups) {
    const best: RawCitation = { ...list[0] };
    for (const other of list) {
      best.issuedOn ??= other.issuedOn;
      best.year ??= other.year;
      best.issuer ??= other.issuer;
      best.title ??= other.title;
      best.number ??= other.number;
      best.normalizedNumber ??= other.normalizedNumber;
    }
    merged.set(key, best);
    idOfKey.set(key, instrumentId(best));
  }
  const out: CitationMention[] = [];
  for (const raw of raws) {
    const best = merged.get(raw.mergeKey)!;
    out.push({
      id: idOfKey.get(raw.mergeKey)!,
      start: raw.start,
      end: raw.end,
      instrumentKind: best.instrumentKind,
      number: raw.number ?? best.number,
      normalizedNumber: best.normalizedNumber,
      title: best.title,
      name: best.name,
      issuedOn: best.issuedOn,
      year: best.year,
      issuer: best.issuer,
      amends: raw.amendsNames.map((a) => idOfKey.get(a.mergeKey)!).filter(Boolean),
      titleStart: raw.titleStart,
      nested: raw.nested,
      amendTarget: raw.amendTarget,
    });
  }
  return out;
}

const KIND_CODES: Record<InstrumentKind, string> = {
  CONSTITUTION: "hp",
  LAW: "luat",
  CODE: "bo-luat",
  ORDINANCE: "phap-lenh",
  DECREE: "nd",
  DECISION: "qd",
  RESOLUTION: "nq",
  DIRECTIVE: "ct",
  CONCLUSION: "kl",
  CIRCULAR: "tt",
  SUBMISSION: "ttr",
  REPORT: "bc",
  PLAN: "kh",
  PROGRAMME: "ctr",
  SCHEME: "de-an",
  MASTER_PLAN: "quy-hoach",
  STRATEGY: "chien-luoc",
  REGULATION: "quy-che",
  LETTER: "cv",
  NOTICE: "tb",
  GUIDANCE: "hd",
  OTHER: "vb",
};

/**
 * The instrument's id. Numbered: `inst:<number>[-<year>][@<province>]` (year
 * added when the number lacks it; province when the numbering is local).
 * Laws: `inst:luat-<name>[-<year>]`. Named plans: `inst:<kind>-<name>[@<province>]`.
 */
export function instrumentId(c: {
  instrumentKind: InstrumentKind;
  normalizedNumber: string | null;
  name: string | null;
  year: number | null;
  scopeCode: string | null;
  local: boolean;
}): string {
  if (c.normalizedNumber && c.instrumentKind !== "LAW" && c.instrumentKind !== "CODE") {
    const hasYear = /^\d+(?:-\d{4}|\/\d{4})/.test(c.normalizedNumber);
    const base = slugify(c.normalizedNumber.replace(/Đ/g, "D").replace(/đ/g, "d"));
    return `inst:${base}${hasYear || !c.year ? "" : `-${c.year}`}${c.local && c.scopeCode ? `@${c.scopeCode}` : ""}`;
  }
  if (c.instrumentKind === "LAW" || c.instrumentKind === "CODE") {
    const name = slugify((c.name ?? "").replace(/^(Bộ luật|Luật)\s+/u, ""));
    return `inst:${KIND_CODES[c.instrumentKind]}-${name}${c.year ? `-${c.year}` : ""}`;
  }
  const name = slugify((c.name ?? "").replace(/^(Quy hoạch|Chương trình|Đề án|Kế hoạch|Chiến lược)\s+/u, ""));
  return `inst:${KIND_CODES[c.instrumentKind]}-${name}${c.local && c.scopeCode ? `@${c.scopeCode}` : ""}`;
}
