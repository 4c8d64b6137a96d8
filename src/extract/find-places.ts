/**
 * Place mentions: administrative units with their type word (`huyện Mỏ Cày Bắc`),
 * lists (`các tỉnh Tiền Giang và Trà Vinh`, `03 thị trấn: A (huyện X), B …`),
 * parents in parentheses or after a comma, industrial parks and clusters,
 * regions, and bare names of the issuer's districts and of provinces.
 * Resolution prefers the document's province, then an explicit parent, then a
 * nationally unique name; anything else is reported as unresolved.
 *
 * Names resolve in the gazetteer of the document's time (PlaceContext.data).
 * A document of the 2025 list may still name units of the earlier one: a
 * district, a town, a name followed by `cũ` (`huyện Mỏ Cày Bắc cũ`), or a
 * name the 2025 list does not have; those resolve in the earlier list, among
 * the old provinces the document's province took over (PlaceContext.earlier).
 */
import type { PlaceKind } from "../domain/model.js";
import {
  type GazetteerUnit,
  type ReferenceData,
  eraOfCode,
  findUnit,
  isWithin,
  placeKindOfUnit,
  predecessorsOf,
  provinceOf,
  typeWordOfUnit,
} from "./reference-data.js";
import type { Span } from "./parse-structure.js";
import { SpanIndex, TakenSpans } from "./span-index.js";
import { CAP_WORD, slugify, foldFast } from "./vietnamese.js";

export interface PlaceMention extends Span {
  id: string;
  name: string;
  /** Type word + name as written, e.g. `huyện Mỏ Cày Bắc`. */
  fullName: string;
  placeKind: PlaceKind;
  code: string | null;
  parentId: string | null;
  /** The gazetteer unit, when there is one. */
  unit: GazetteerUnit | null;
}

export interface UnresolvedPlace extends Span {
  text: string;
  reason: string;
}

export interface PlaceSearchResult {
  mentions: PlaceMention[];
  unresolved: UnresolvedPlace[];
}

type TypeWord = "tỉnh" | "thành phố" | "huyện" | "quận" | "thị xã" | "thị trấn" | "xã" | "phường" | "đặc khu";

const TYPE_WORD_RE = "[Tt]ỉnh|[Tt]hành phố|TP\\.|Tp\\.|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Xx]ã|[Pp]hường|[Đđ]ặc khu";
// Names may hold numbers (`Phường 1`, `A Lưới 2`) and hyphenated parts (`Chân Mây - Lăng Cô`).
const NAME_RE = `(?:${CAP_WORD}|\\d{1,2})(?:(?:[ \\t]+|[ \\t]+[-–][ \\t]+)(?:${CAP_WORD}|\\d{1,2}))*`;
const ZONE_NAME_RE = `(?:(?:Thị trấn|Thị xã|Xã|Phường)[ \\t]*[-–][ \\t]*)?${CAP_WORD}(?:(?:[ \\t]+|[ \\t]+[-–][ \\t]+)${CAP_WORD})*`;

const ADMIN_RE = new RegExp(`(?=[cChbBTtHhQqXxPpĐđ\\d])(?<![\\p{L}])(?:(các|hai|ba|\\d{1,3})\\s+)?(${TYPE_WORD_RE})(\\s*:)?\\s+(${NAME_RE})`, "gu");
const ZONE_RE = new RegExp(
  `(?=[cKkC\\d])(?<![\\p{L}])(?:(các|\\d{1,3})\\s+)?(Khu công nghiệp|khu công nghiệp|KCN|Cụm công nghiệp|cụm công nghiệp|CCN)(\\s*:)?\\s+(${ZONE_NAME_RE})`,
  "gu",
);

function typeWordOf(raw: string): TypeWord {
  const lower = raw.toLowerCase();
  if (lower === "tp.") return "thành phố";
  return lower as TypeWord;
}

const LEVEL_OF: Record<TypeWord, GazetteerUnit["level"] | "CITY"> = {
  "tỉnh": "PROVINCE",
  "thành phố": "CITY",
  "huyện": "DISTRICT",
  "quận": "DISTRICT",
  "thị xã": "DISTRICT",
  "thị trấn": "COMMUNE",
  "xã": "COMMUNE",
  "phường": "COMMUNE",
  "đặc khu": "COMMUNE",
};

const KIND_OF_WORD: Record<TypeWord, PlaceKind> = {
  "tỉnh": "PROVINCE",
  "thành phố": "PROVINCIAL_CITY",
  "huyện": "DISTRICT",
  "quận": "URBAN_DISTRICT",
  "thị xã": "TOWNSHIP",
  "thị trấn": "TOWN",
  "xã": "COMMUNE",
  "phường": "WARD",
  "đặc khu": "SPECIAL_ZONE",
};

const TYPE_CODE_OF_WORD: Record<TypeWord, string> = {
  "tỉnh": "tinh",
  "thành phố": "tp",
  "huyện": "huyen",
  "quận": "quan",
  "thị xã": "tx",
  "thị trấn": "tt",
  "xã": "xa",
  "phường": "phuong",
  "đặc khu": "dk",
};

export interface PlaceContext {
  /** The gazetteer of the document's time. */
  data: ReferenceData;
  /** Key of the issuer's province in that gazetteer. */
  provinceCode: string | null;
  /** Key of the issuer's own unit (the province, or a district): parent of parks and clusters the text does not place. */
  jurisdictionCode?: string | null;
  /** For a document of the 2025 list: the earlier gazetteer and the old provinces its province took over. */
  earlier?: { data: ReferenceData; provinceCodes: string[] };
}

function placeId(unit: GazetteerUnit): string {
  return `place:${unit.code}`;
}

/** Whether the era of a gazetteer has units of this type word (the 2025 list has no districts or towns). */
function hasLevel(data: ReferenceData, typeWord: TypeWord): boolean {
  if (data.era === "2025") return typeWord === "tỉnh" || typeWord === "thành phố" || typeWord === "xã" || typeWord === "phường" || typeWord === "đặc khu";
  return typeWord !== "đặc khu";
}

/**
 * Candidates for a name at a level, narrowed by an explicit parent, then the
 * document's province, then national uniqueness.
 */
function resolveUnit(ctx: PlaceContext, typeWord: TypeWord, name: string, parentCode: string | null): GazetteerUnit | "AMBIGUOUS" | null {
  const level = LEVEL_OF[typeWord];
  const all = ctx.data.byFoldedName.get(foldFast(name)) ?? [];
  let candidates = all.filter((u) => (level === "CITY" ? u.type === "tp" || u.laterType === "tp" : u.level === level));
  if (candidates.length === 0) return null;
  const typeCode = TYPE_CODE_OF_WORD[typeWord];
  const sameType = candidates.filter((u) => u.type === typeCode || u.laterType === typeCode);
  if (parentCode) {
    const within = candidates.filter((u) => isWithin(ctx.data, u, parentCode) && u.code !== parentCode);
    if (within.length === 1) return within[0];
    if (within.length > 1) candidates = within;
  }
  if (ctx.provinceCode) {
    const local = candidates.filter((u) => isWithin(ctx.data, u, ctx.provinceCode!));
    if (local.length === 1) return local[0];
    if (local.length > 1) {
      const localSameType = local.filter((u) => sameType.includes(u));
      if (localSameType.length === 1) return localSameType[0];
      return "AMBIGUOUS";
    }
  }
  if (level === "CITY") {
    const municipal = candidates.filter((u) => u.level === "PROVINCE");
    if (municipal.length === 1) return municipal[0];
  }
  if (candidates.length === 1) return candidates[0];
  if (sameType.length === 1) return sameType[0];
  return "AMBIGUOUS";
}

/** Longest leading run of words that names a unit; shorter runs are tried when the long one is unknown. */
function resolveLongest(ctx: PlaceContext, typeWord: TypeWord, run: string, parentCode: string | null) {
  const words = run.split(/[ \t]+/);
  for (let n = Math.min(words.length, 5); n >= 1; n -= 1) {
    const name = words.slice(0, n).join(" ");
    const result = resolveUnit(ctx, typeWord, name, parentCode);
    if (result) return { result, name };
  }
  return { result: null, name: words.slice(0, Math.min(words.length, 4)).join(" ") };
}

type Resolution = ReturnType<typeof resolveLongest>;

/** In the earlier gazetteer, among the old provinces the document's province took over, else nationally. */
function resolveEarlier(ctx: PlaceContext, typeWord: TypeWord, run: string, parentCode: string | null): Resolution {
  const earlier = ctx.earlier!;
  if (!hasLevel(earlier.data, typeWord)) return { result: null, name: run.split(/[ \t]+/).slice(0, 4).join(" ") };
  const scoped = earlier.provinceCodes.map((provinceCode) => resolveLongest({ data: earlier.data, provinceCode }, typeWord, run, parentCode));
  const found = scoped.filter((r) => r.result !== null && r.result !== "AMBIGUOUS");
  const units = new Set(found.map((r) => (r.result as GazetteerUnit).code));
  if (units.size === 1) return found.sort((a, b) => b.name.length - a.name.length)[0];
  if (units.size > 1) return { result: "AMBIGUOUS", name: found[0].name };
  return resolveLongest({ data: earlier.data, provinceCode: null }, typeWord, run, parentCode);
}

/** `cũ` after a name (`huyện Mỏ Cày Bắc cũ`, `(huyện Châu Thành cũ)`) marks a unit of the earlier list. */
export const FORMER_RE = /^[ \t]*\(?[ \t]*cũ(?![\p{L}])/u;

/**
 * A name in the gazetteer of the document's time, or in the earlier one when
 * the text or the type word says it is a former unit, when its parent is one,
 * or when the document's gazetteer does not have it.
 */
function resolveInEra(ctx: PlaceContext, typeWord: TypeWord, run: string, parentCode: string | null, text: string, runStart: number): Resolution {
  if (!ctx.earlier) return hasLevel(ctx.data, typeWord) ? resolveLongest(ctx, typeWord, run, parentCode) : { result: null, name: run };
  const former = (r: Resolution) => FORMER_RE.test(text.slice(runStart + r.name.length, runStart + r.name.length + 8));
  if (!hasLevel(ctx.data, typeWord)) return resolveEarlier(ctx, typeWord, run, parentCode);
  if (parentCode !== null && eraOfCode(parentCode) !== ctx.data.era) {
    // `xã Phước Mỹ Trung (huyện Mỏ Cày Bắc cũ)`: the commune of today that took over part of that district, if one has the name.
    const current = resolveLongest(ctx, typeWord, run, null);
    const successor = current.result !== null && current.result !== "AMBIGUOUS" ? current.result : null;
    if (successor && predecessorsOf(successor).some((link) => link.from.code === parentCode)) return current;
    return resolveEarlier(ctx, typeWord, run, parentCode);
  }
  const current = resolveLongest(ctx, typeWord, run, parentCode);
  if (current.result === null || former(current)) {
    const earlier = resolveEarlier(ctx, typeWord, run, parentCode);
    if (earlier.result !== null && (current.result === null || former(earlier))) return earlier;
  }
  return current;
}

const PAREN_PARENT_RE = new RegExp(`^\\s*\\(\\s*(huyện|quận|thị xã|thành phố|tỉnh)\\s+(${NAME_RE})(?:\\s+cũ)?\\s*\\)`, "u");
const COMMA_PARENT_RE = new RegExp(`^\\s*,\\s*(huyện|quận|thị xã|thành phố|tỉnh)\\s+(${NAME_RE})`, "u");
const LIST_NEXT_RE = new RegExp(`^(?:\\s*,\\s*(?:và\\s+)?|\\s+và\\s+|\\s*[-–]\\s*)(${NAME_RE})`, "u");

/** Words that follow a type word without naming a place (`tỉnh Ủy`, `tỉnh\nCăn cứ`, `huyện Điều`). */
const NOT_A_NAME = /^(?:Ủy|Uỷ|Căn|Chỉ|Quyết|Nghị|Kế|Điều|Chương|Ban|Sở|Hội|Thông|Luật|Đề|Về|Tổ|Các|Trung|Theo|Giao|Tại|Trong|Đối|Xét|Thực|Nơi|Lưu|Phó|Chủ|Giám|Đảng|Nhà|Nhân)(?![\p{L}])/u;

interface ParentHint {
  code: string | null;
  span: Span;
}

export function findPlaces(text: string, zones: Span[], excluded: Span[], ctx: PlaceContext): PlaceSearchResult {
  const mentions: PlaceMention[] = [];
  const unresolved: UnresolvedPlace[] = [];
  const taken = new TakenSpans();
  const excludedIndex = new SpanIndex(excluded);
  const isExcluded = (s: Span) => excludedIndex.overlaps(s);

  const parentHintAt = (at: number): ParentHint | null => {
    const after = text.slice(at, at + 80);
    const m = PAREN_PARENT_RE.exec(after) ?? COMMA_PARENT_RE.exec(after);
    if (!m) return null;
    const nameAt = at + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    const { result } = resolveInEra(ctx, typeWordOf(m[1]), m[2], null, text, nameAt);
    return { code: result && result !== "AMBIGUOUS" ? result.code : null, span: { start: at, end: at + m[0].length } };
  };

  /** Named with the type word written, or with the gazetteer's when the text implies the type (a table column of `xã, phường`). */
  const addUnitMention = (unit: GazetteerUnit, typeWord: TypeWord | null, start: number, end: number) => {
    const name = unit.name;
    const kind = typeWord ? (typeWord === "thành phố" ? placeKindOfUnit(unit) : KIND_OF_WORD[typeWord]) : placeKindOfUnit(unit);
    mentions.push({
      id: placeId(unit),
      name,
      fullName: `${typeWord ?? typeWordOfUnit(unit)} ${name}`,
      placeKind: kind,
      code: unit.gsoCode,
      parentId: unit.parentCode ? `place:${unit.parentCode}` : null,
      unit,
      start,
      end,
    });
    taken.add({ start, end });
  };

  const handleAdminName = (typeWord: TypeWord, run: string, runStart: number, inList: boolean, typeImplied = false): number | null => {
    if (NOT_A_NAME.test(run)) return null;
    if (!ctx.earlier && !hasLevel(ctx.data, typeWord)) return null;
    // Only wards and urban districts are numbered ("Phường 1", "Quận 3"); "đường huyện 32" names a road.
    if (/^\d/.test(run) && typeWord !== "phường" && typeWord !== "quận") return null;
    const provisional = resolveInEra(ctx, typeWord, run, null, text, runStart);
    const nameEnd = runStart + provisional.name.length;
    const hint = parentHintAt(nameEnd);
    const resolved = hint?.code ? resolveInEra(ctx, typeWord, run, hint.code, text, runStart) : provisional;
    const end = runStart + resolved.name.length;
    const span = { start: runStart, end };
    if (isExcluded(span) || taken.overlaps(span)) return end;
    if (resolved.result && resolved.result !== "AMBIGUOUS") {
      addUnitMention(resolved.result, typeImplied ? null : typeWord, runStart, end);
      return end;
    }
    const level = LEVEL_OF[typeWord];
    if (level === "COMMUNE" && hint?.code) {
      // A town or commune the gazetteer does not list under that name (new or renamed): keep it under the stated parent.
      const parent = findUnit(hint.code)!;
      mentions.push({
        id: `place:${parent.code}/${TYPE_CODE_OF_WORD[typeWord]}-${slugify(resolved.name)}`,
        name: resolved.name,
        fullName: `${typeWord} ${resolved.name}`,
        placeKind: KIND_OF_WORD[typeWord],
        code: null,
        parentId: placeId(parent),
        unit: null,
        start: runStart,
        end,
      });
      taken.add(span);
      return end;
    }
    if (!inList || resolved.result === "AMBIGUOUS") {
      unresolved.push({
        start: runStart - (inList ? 0 : 0),
        end,
        text: `${typeWord} ${resolved.name}`,
        reason: resolved.result === "AMBIGUOUS" ? "several administrative units have this name" : "not in the gazetteer of administrative units",
      });
      return end;
    }
    return null;
  };

  for (const zone of zones) {
    const slice = text.slice(zone.start, zone.end);

    ZONE_RE.lastIndex = 0;
    let z: RegExpExecArray | null;
    while ((z = ZONE_RE.exec(slice))) {
      const isPark = /^(khu|kcn)/i.test(z[2]);
      const list = Boolean(z[1] || z[3]);
      let runStart = zone.start + z.index + z[0].length - z[4].length;
      let run = z[4];
      for (;;) {
        const span = { start: runStart, end: runStart + run.length };
        const hint = parentHintAt(span.end);
        const parentCode = hint?.code ?? ctx.jurisdictionCode ?? ctx.provinceCode;
        if (parentCode && !isExcluded(span)) {
          const province = provinceOf(ctx.data, findUnit(parentCode)!);
          mentions.push({
            id: `place:${province.code}/${isPark ? "kcn" : "ccn"}-${slugify(run)}`,
            name: run,
            fullName: `${isPark ? "Khu công nghiệp" : "Cụm công nghiệp"} ${run}`,
            placeKind: isPark ? "INDUSTRIAL_PARK" : "INDUSTRIAL_CLUSTER",
            code: null,
            parentId: `place:${parentCode}`,
            unit: null,
            start: span.start,
            end: span.end,
          });
          taken.add(span);
        }
        if (!list) break;
        const afterAt = hint ? hint.span.end : span.end;
        const next = /^(?:\s*,\s*(?:và\s+)?|\s+và\s+)/u.exec(text.slice(afterAt, afterAt + 10));
        if (!next) break;
        const nameMatch = new RegExp(`^${ZONE_NAME_RE}`, "u").exec(text.slice(afterAt + next[0].length, afterAt + next[0].length + 80));
        if (!nameMatch) break;
        runStart = afterAt + next[0].length;
        run = nameMatch[0];
      }
    }

    ADMIN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ADMIN_RE.exec(slice))) {
      const typeWord = typeWordOf(m[2]);
      const list = Boolean(m[1] || m[3]);
      let runStart = zone.start + m.index + m[0].length - m[4].length;
      if (taken.overlaps({ start: runStart, end: runStart + m[4].length })) continue;
      let run = m[4];
      let guard = 0;
      for (;;) {
        const end = handleAdminName(typeWord, run, runStart, guard > 0);
        if (end === null || !list || guard > 30) break;
        guard += 1;
        const hint = parentHintAt(end);
        const afterAt = hint ? hint.span.end : end;
        const next = LIST_NEXT_RE.exec(text.slice(afterAt, afterAt + 80));
        if (!next) break;
        runStart = afterAt + next[0].length - next[1].length;
        run = next[1];
      }
    }

    for (const cell of findTableCells(text, zone)) handleAdminName(cell.typeWord, cell.text, cell.start, true, true);
    findRegions(text, zone, ctx, mentions, taken, isExcluded);
    findBareNames(text, zone, ctx, mentions, taken, isExcluded);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, unresolved };
}

/** A table column of communes: `Tên xã, phường`, `Đơn vị hành chính cấp xã`, `Phường`… (folded). */
const COMMUNE_COLUMN_RE = /^(?:ten |danh sach )?(?:(?:don vi hanh chinh|dvhc)(?: cap xa)?|(?:xa|phuong|dac khu|thi tran)(?:(?:, ?| va | ?\/ ?)(?:xa|phuong|dac khu|thi tran))*)$/;

interface TableCell {
  typeWord: TypeWord;
  text: string;
  start: number;
}

/**
 * Names written without a type word in the rows of a table whose header says
 * the column holds communes, wards or special zones. Tables arrive as one
 * paragraph per row, cells joined by ` | ` (see normalise-text.ts).
 */
function findTableCells(text: string, zone: Span): TableCell[] {
  const cells: TableCell[] = [];
  let column: { index: number; typeWord: TypeWord } | null = null;
  let at = zone.start;
  while (at < zone.end) {
    const lineEnd = Math.min(zone.end, text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at));
    const line = text.slice(at, lineEnd);
    if (!line.includes(" | ")) {
      if (line.trim() !== "") column = null;
    } else {
      const parts = line.split(" | ");
      const offsets = parts.map((_, i) => at + parts.slice(0, i).reduce((sum, part) => sum + part.length + 3, 0));
      const header = parts.findIndex((part) => COMMUNE_COLUMN_RE.test(foldFast(part.replace(/[*:()]/g, "").trim())));
      if (header >= 0) {
        const folded = foldFast(parts[header]);
        const typeWord: TypeWord = /xa|don vi|dvhc|thi tran/.test(folded) ? "xã" : /phuong/.test(folded) ? "phường" : "đặc khu";
        column = { index: header, typeWord };
      } else if (column && column.index < parts.length) {
        const cell = parts[column.index];
        const lead = cell.length - cell.trimStart().length;
        const name = cell.trim();
        if (/^[\p{Lu}]/u.test(name) && !new RegExp(`^(?:${TYPE_WORD_RE})\\s`, "u").test(name)) {
          cells.push({ typeWord: column.typeWord, text: name, start: offsets[column.index] + lead });
        }
      }
    }
    at = lineEnd + 1;
  }
  return cells;
}

function findRegions(text: string, zone: Span, ctx: PlaceContext, mentions: PlaceMention[], taken: TakenSpans, isExcluded: (s: Span) => boolean) {
  const slice = text.slice(zone.start, zone.end);
  for (const region of ctx.data.regions) {
    for (const alias of region.aliases) {
      let at = slice.indexOf(alias);
      while (at >= 0) {
        const span = { start: zone.start + at, end: zone.start + at + alias.length };
        const before = text[span.start - 1];
        const after = text[span.end];
        if (!/\p{L}/u.test(before ?? "") && !/\p{L}/u.test(after ?? "") && !isExcluded(span)) {
          mentions.push({ id: `place:region/${region.key}`, name: region.name, fullName: `vùng ${region.name}`, placeKind: "REGION", code: null, parentId: null, unit: null, ...span });
          taken.add(span);
        }
        at = slice.indexOf(alias, at + alias.length);
      }
    }
  }
}

/** Names that are also common words or a person's name in this genre. */
const BARE_STOPLIST = new Set(["ho chi minh", "hoa binh", "thong nhat", "thanh pho", "trung tam"]);

const bareMatchers = new Map<string, { re: RegExp; byFolded: Map<string, GazetteerUnit> }>();

const FEATURE_BEFORE_RE =
  /(?<![\p{L}])(?:sông|kênh|rạch|cầu|chợ|đường|cống|hồ|núi|đèo|cảng|bến|đảo|vịnh|bãi|suối|đập|phà|đồi|trường|bệnh viện|nhà máy|công ty|khu|cụm|tuyến|dự án|công trình|di tích|chùa|đình|đền|làng|ấp|thôn|bản|khóm|khu phố|tổ dân phố|xóm)\s+$/u;

/**
 * One regex per province over the names that may appear bare (line breaks
 * allowed between syllables): provinces, and the issuer province's units one
 * level down of two words or more (districts before 2025; communes, wards and
 * special zones of the 2025 list, which has no districts) whose name no other
 * unit there shares.
 */
function bareMatcher(ctx: PlaceContext) {
  const key = `${ctx.data.era}|${ctx.provinceCode ?? ""}`;
  const cached = bareMatchers.get(key);
  if (cached) return cached;
  const candidates: GazetteerUnit[] = ctx.data.provinces.filter((p) => !BARE_STOPLIST.has(p.folded));
  if (ctx.provinceCode) {
    const province = ctx.data.units.get(ctx.provinceCode)!;
    const districts = ctx.data.childrenOf.get(ctx.provinceCode) ?? [];
    for (const district of districts) {
      const sameName = districts.filter((d) => d.folded === district.folded);
      if (sameName.length === 1 && district.folded !== province.folded && district.name.includes(" ") && !ctx.data.provinces.some((p) => p.folded === district.folded)) {
        candidates.push(district);
      }
    }
  }
  const byFolded = new Map(candidates.map((u) => [u.folded, u]));
  const alternation = candidates
    .map((u) => u.name.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"))
    .sort((a, b) => b.length - a.length)
    .join("|");
  const matcher = { re: new RegExp(`(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`, "gu"), byFolded };
  bareMatchers.set(key, matcher);
  return matcher;
}

function findBareNames(text: string, zone: Span, ctx: PlaceContext, mentions: PlaceMention[], taken: TakenSpans, isExcluded: (s: Span) => boolean) {
  const { re, byFolded } = bareMatcher(ctx);
  const slice = text.slice(zone.start, zone.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const span = { start: zone.start + m.index, end: zone.start + m.index + m[0].length };
    const unit = byFolded.get(foldFast(m[0]));
    if (!unit || isExcluded(span) || taken.overlaps(span)) continue;
    const before = text.slice(Math.max(0, span.start - 30), span.start);
    const after = text.slice(span.end, span.end + 20);
    // Part of a longer proper name (`Báo Đồng Khởi`, `Điện Biên Phủ`) or of a person's name.
    if (/(?:^|[\s(])[\p{Lu}][\p{Ll}]*\s+$/u.test(before) || /^[ \t]+[\p{Lu}\d]/u.test(after)) continue;
    // A commune's name is often a river's, a market's or a hamlet's: `sông Vàm Cỏ`, `chợ Tân Trụ`, `ấp Phú Mỹ`.
    if (unit.level === "COMMUNE" && FEATURE_BEFORE_RE.test(before)) continue;
    addBare(unit, span, mentions, taken);
  }
}

function addBare(unit: GazetteerUnit, span: Span, mentions: PlaceMention[], taken: TakenSpans) {
  mentions.push({
    id: placeId(unit),
    name: unit.name,
    fullName: `${typeWordOfUnit(unit)} ${unit.name}`,
    placeKind: placeKindOfUnit(unit),
    code: unit.gsoCode,
    parentId: unit.parentCode ? `place:${unit.parentCode}` : null,
    unit,
    ...span,
  });
  taken.add(span);
}
