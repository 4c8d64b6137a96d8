/**
 * Body mentions: People's Councils and Committees at every level and their
 * organs, central bodies and ministries (reference data), provincial
 * departments, Party committees and enterprises. Ids are stable across
 * documents: a local body is keyed by the GSO code of the place it governs.
 */
import type { AdminLevel, BodyKind } from "../domain/model.js";
import type { Span } from "./parse-structure.js";
import type { ReferenceData, GazetteerUnit, NamedBody } from "./reference-data.js";
import { SpanIndex } from "./span-index.js";
import { CAP_WORD, slugify, foldFast } from "./vietnamese.js";

export interface BodyRef {
  id: string;
  name: string;
  bodyKind: BodyKind;
  level: AdminLevel;
  jurisdictionId: string | null;
}

export interface BodyMention extends BodyRef, Span {}

export interface BodyContext {
  data: ReferenceData;
  province: GazetteerUnit | null;
  /** The issuer's own unit (a province, or a district for a district document): "huyện" without a name means it. */
  local?: GazetteerUnit | null;
}

const PLACE_NAME = `${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,4}`;
const COUNCIL_RE = new RegExp(
  "^(?:(Chủ\\s+tịch|Phó\\s+Chủ\\s+tịch|Thường\\s+trực|Ban\\s+Thường\\s+vụ|(?:các\\s+)?Ban(?:\\s+[\\p{Lu}][\\p{L}]*(?:\\s*[-–,]?\\s*[\\p{Lu}][\\p{L}]*)*)?(?:\\s+của)?|(?:Tổ\\s+)?(?:các\\s+)?[Đđ]ại\\s+biểu)\\s+)?" +
    "(Hội\\s+đồng\\s+nhân\\s+dân|HĐND|Ủy\\s+ban\\s+nhân\\s+dân|Uỷ\\s+ban\\s+nhân\\s+dân|UBND)" +
    `(?:\\s+(các\\s+huyện,\\s+thành\\s+phố|các\\s+quận,\\s+huyện,\\s+thị\\s+xã|các\\s+huyện,\\s+thị\\s+xã,\\s+thành\\s+phố|cấp\\s+huyện|cấp\\s+xã|cấp\\s+tỉnh|phường,\\s+xã,\\s+thị\\s+trấn|các\\s+xã,\\s+phường,\\s+thị\\s+trấn|các\\s+huyện|các\\s+quận|các\\s+xã|tỉnh|Tỉnh|thành\\s+phố|Thành\\s+phố|huyện|quận|thị\\s+xã)(?:\\s+(${PLACE_NAME}))?)?`,
  "u",
);

interface Pattern {
  folded: string;
  length: number;
  make: (ctx: BodyContext) => BodyRef | null;
}

let patternCache: { data: ReferenceData; patterns: Pattern[] } | null = null;

function provinceJurisdiction(ctx: BodyContext): string | null {
  return ctx.province ? `place:${ctx.province.code}` : null;
}

function buildPatterns(data: ReferenceData): Pattern[] {
  const patterns: Pattern[] = [];
  const add = (name: string, make: Pattern["make"]) => patterns.push({ folded: foldFast(name), length: name.length, make });
  for (const body of data.central) {
    for (const alias of body.aliases) add(alias, () => ({ id: `body:${body.key}`, name: body.name, bodyKind: body.kind, level: "CENTRAL", jurisdictionId: null }));
  }
  for (const ministry of data.ministries) {
    add(ministry.name, () => ({ id: `body:${ministry.key}`, name: ministry.name, bodyKind: "MINISTRY", level: "CENTRAL", jurisdictionId: null }));
  }
  for (const department of data.departments) add(department.name, (ctx) => departmentBody(department, ctx));
  const party = (suffix: string, label: string) => (ctx: BodyContext) =>
    ctx.province
      ? { id: `body:tinh-uy-${ctx.province.code}${suffix}`, name: `${label} ${ctx.province.name}`, bodyKind: "PARTY" as const, level: "PROVINCE" as const, jurisdictionId: provinceJurisdiction(ctx) }
      : null;
  add("Ban Thường vụ Tỉnh ủy", party("/ban-thuong-vu", "Ban Thường vụ Tỉnh ủy"));
  add("Ban Thường vụ Thành ủy", party("/ban-thuong-vu", "Ban Thường vụ Thành ủy"));
  add("Thường trực Tỉnh ủy", party("/thuong-truc", "Thường trực Tỉnh ủy"));
  add("Thường trực Thành ủy", party("/thuong-truc", "Thường trực Thành ủy"));
  add("Ban Chấp hành Đảng bộ tỉnh", party("/ban-chap-hanh", "Ban Chấp hành Đảng bộ tỉnh"));
  add("Tỉnh ủy", party("", "Tỉnh ủy"));
  add("Tỉnh uỷ", party("", "Tỉnh ủy"));
  add("Thành ủy", party("", "Thành ủy"));
  return patterns.sort((a, b) => b.length - a.length);
}

/** A department or organisation of the document's province (`Sở Xây dựng tỉnh Bến Tre`). */
export function departmentBody(department: NamedBody, ctx: BodyContext): BodyRef | null {
  if (!ctx.province) return null;
  return {
    id: `body:${ctx.province.code}/${department.key}`,
    name: `${department.name.replace(/ tỉnh$/, "")} ${provinceWord(ctx.province)} ${ctx.province.name}`,
    bodyKind: department.kind ?? "DEPARTMENT",
    level: "PROVINCE",
    jurisdictionId: provinceJurisdiction(ctx),
  };
}

function provinceWord(unit: GazetteerUnit): string {
  return unit.type === "tp" ? "thành phố" : "tỉnh";
}

const SCOPE_WORDS: Record<string, { level: AdminLevel; suffix: string; label: string }> = {
  "các huyện, thành phố": { level: "DISTRICT", suffix: "/cap-huyen", label: "các huyện, thành phố" },
  "các quận, huyện, thị xã": { level: "DISTRICT", suffix: "/cap-huyen", label: "các quận, huyện, thị xã" },
  "các huyện, thị xã, thành phố": { level: "DISTRICT", suffix: "/cap-huyen", label: "các huyện, thị xã, thành phố" },
  "cấp huyện": { level: "DISTRICT", suffix: "/cap-huyen", label: "cấp huyện" },
  "cấp xã": { level: "COMMUNE", suffix: "/cap-xa", label: "cấp xã" },
  "phường, xã, thị trấn": { level: "COMMUNE", suffix: "/cap-xa", label: "cấp xã" },
  "các xã, phường, thị trấn": { level: "COMMUNE", suffix: "/cap-xa", label: "cấp xã" },
  "các huyện": { level: "DISTRICT", suffix: "/cap-huyen", label: "cấp huyện" },
  "các quận": { level: "DISTRICT", suffix: "/cap-huyen", label: "cấp huyện" },
  "các xã": { level: "COMMUNE", suffix: "/cap-xa", label: "cấp xã" },
};

function resolveLocalUnit(ctx: BodyContext, word: string | undefined, name: string | undefined): { unit: GazetteerUnit | null; consumedName: boolean } {
  if (!word) return { unit: ctx.province, consumedName: false };
  const lower = word.toLowerCase();
  if (lower === "tỉnh" || lower === "thành phố" || lower === "cấp tỉnh") {
    if (name) {
      const words = name.split(/\s+/);
      for (let n = words.length; n >= 1; n -= 1) {
        const candidates = (ctx.data.byFoldedName.get(foldFast(words.slice(0, n).join(" "))) ?? []).filter((u) => u.level === "PROVINCE");
        if (candidates.length === 1) return { unit: candidates[0], consumedName: true };
        if (lower === "thành phố" && ctx.province) {
          const city = (ctx.data.byFoldedName.get(foldFast(words.slice(0, n).join(" "))) ?? []).find((u) => u.parentCode === ctx.province!.code);
          if (city) return { unit: city, consumedName: true };
        }
      }
    }
    return { unit: ctx.province, consumedName: false };
  }
  if ((lower === "huyện" || lower === "quận" || lower === "thị xã") && !name && ctx.local?.level === "DISTRICT") return { unit: ctx.local, consumedName: false };
  if ((lower === "huyện" || lower === "quận" || lower === "thị xã") && name && ctx.province) {
    const words = name.split(/\s+/);
    for (let n = words.length; n >= 1; n -= 1) {
      const district = (ctx.data.byFoldedName.get(foldFast(words.slice(0, n).join(" "))) ?? []).find((u) => u.parentCode === ctx.province!.code);
      if (district) return { unit: district, consumedName: true };
    }
  }
  return { unit: null, consumedName: false };
}

/** The body named at `at`, if any, and where its name ends. */
export function matchBodyAt(text: string, at: number, ctx: BodyContext): BodyMention | null {
  const rest = text.slice(at, at + 160);
  const council = COUNCIL_RE.exec(rest);
  if (council) return councilBody(council, at, ctx);
  if (!patternCache || patternCache.data !== ctx.data) patternCache = { data: ctx.data, patterns: buildPatterns(ctx.data) };
  const foldedRest = foldFast(rest.slice(0, 120));
  for (const pattern of patternCache.patterns) {
    if (!foldedRest.startsWith(pattern.folded)) continue;
    const next = foldedRest.charAt(pattern.folded.length);
    if (next && /[a-z0-9]/.test(next)) continue;
    const body = pattern.make(ctx);
    if (!body) continue;
    // Folding keeps the length of NFC Vietnamese text, except collapsed whitespace.
    const end = at + spanLengthOfFolded(rest, pattern.folded.length);
    return { ...body, start: at, end };
  }
  const department = /^Sở\s+([\p{Lu}][\p{Ll}]*(?:(?:\s+|\s*-\s*)(?!chủ\s+trì|phối\s+hợp|thực\s+hiện|tham\s+mưu|có\s+trách|chịu|đôn\s+đốc|hướng\s+dẫn|tổ\s+chức|làm|để|theo|trình|với|tại|về|và\s+(?:các|Ủy|UBND|Sở|Ban|Liên|đơn|địa))[\p{L}]+){0,6})/u.exec(rest);
  if (department && ctx.province) {
    const name = `Sở ${department[1].replace(/\s+/g, " ")} ${provinceWord(ctx.province)} ${ctx.province.name}`;
    return { id: `body:${ctx.province.code}/so-${slugify(department[1])}`, name, bodyKind: "DEPARTMENT", level: "PROVINCE", jurisdictionId: `place:${ctx.province.code}`, start: at, end: at + department[0].length };
  }
  const enterprise = /^(Tổng\s+[Cc]ông\s+ty|Công\s+ty|Tập\s+đoàn)\s+((?:[\p{L}\d]+)(?:\s+[\p{L}\d]+){0,8}?)(?=\s+(?:làm|thực hiện|triển khai|đầu tư|chủ trì|phối hợp|tại|và|đã)\b|\s*[,;.()\n]|$)/u.exec(rest);
  if (enterprise) {
    const name = `${enterprise[1].replace(/\s+/g, " ")} ${enterprise[2]}`;
    return { id: `body:org-${slugify(name)}`, name, bodyKind: "ENTERPRISE", level: "OTHER", jurisdictionId: null, start: at, end: at + enterprise[0].length };
  }
  return null;
}

function spanLengthOfFolded(original: string, foldedLength: number): number {
  let consumed = 0;
  let i = 0;
  while (i < original.length && consumed < foldedLength) {
    if (/\s/.test(original[i])) {
      while (i + 1 < original.length && /\s/.test(original[i + 1])) i += 1;
    }
    consumed += 1;
    i += 1;
  }
  return i;
}

function councilBody(m: RegExpExecArray, at: number, ctx: BodyContext): BodyMention | null {
  const organ = m[1];
  const isCouncil = /^(Hội|HĐND)/u.test(m[2]);
  const scope = m[3] ? SCOPE_WORDS[m[3].replace(/\s+/g, " ")] : undefined;
  let end = at + m[0].length;
  let unit: GazetteerUnit | null;
  if (scope) {
    unit = ctx.province;
  } else {
    const resolved = resolveLocalUnit(ctx, m[3]?.replace(/\s+/g, " "), m[4]);
    unit = resolved.unit;
    if (m[4] && !resolved.consumedName) {
      end = at + m[0].length - m[4].length;
      while (end > at && /\s/.test(m.input[end - at - 1])) end -= 1;
    }
  }
  if (!unit) return null;
  const base = isCouncil ? "hdnd" : "ubnd";
  const bodyName = isCouncil ? "Hội đồng nhân dân" : "Ủy ban nhân dân";
  const unitLabel = `${unit.level === "PROVINCE" ? provinceWord(unit) : unit.type === "huyen" ? "huyện" : unit.type === "quan" ? "quận" : unit.type === "tx" ? "thị xã" : "thành phố"} ${unit.name}`;
  let id = `body:${base}-${unit.code}`;
  let name = `${bodyName} ${unitLabel}`;
  let kind: BodyKind = isCouncil ? "PEOPLES_COUNCIL" : "PEOPLES_COMMITTEE";
  let level: AdminLevel = unit.level === "PROVINCE" ? "PROVINCE" : "DISTRICT";
  if (scope) {
    id += scope.suffix;
    name = `${bodyName} ${scope.label} (${unitLabel})`;
    level = scope.level;
  }
  if (organ && !/^Chủ tịch|^Phó Chủ tịch/u.test(organ)) {
    const organName = organ.replace(/\s+của$/u, "").replace(/\s+/g, " ");
    const folded = foldFast(organName);
    const organKey = folded.startsWith("thuong truc")
      ? "thuong-truc"
      : folded.startsWith("ban thuong vu")
        ? "ban-thuong-vu"
        : folded.includes("dai bieu")
          ? folded.includes("to ")
            ? "to-dai-bieu"
            : "dai-bieu"
          : folded === "cac ban" || folded === "ban"
            ? "cac-ban"
            : slugify(organName);
    id += `/${organKey}`;
    const organLabel = organKey === "cac-ban" ? "Các Ban" : organKey === "dai-bieu" ? "Đại biểu" : organKey === "to-dai-bieu" ? "Tổ đại biểu" : organName.replace(/^các\s+/u, "").replace(/^./u, (c) => c.toUpperCase());
    name = `${organLabel} ${name}`;
    kind = "COUNCIL_ORGAN";
  }
  return { id, name, bodyKind: kind, level, jurisdictionId: `place:${unit.code}`, start: at, end };
}

const BODY_START = /(?=[CPTBcđĐHUỦỦQSLVKNU])(?<![\p{L}])(Chủ\s+tịch|Phó\s+Chủ\s+tịch|Thường\s+trực|Ban|các\s+Ban|Tổ\s+đại\s+biểu|đại\s+biểu|Đại\s+biểu|Hội\s+đồng\s+nhân\s+dân|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND|Thủ\s+tướng|Chính\s+phủ|Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ|Uỷ\s+ban\s+Thường\s+vụ|Ủy\s+ban\s+MTTQ|Ủy\s+ban\s+Mặt\s+trận|Bộ|Sở|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thành\s+ủy|Liên\s+đoàn|Công\s+an|Thanh\s+tra|Văn\s+phòng|Kiểm\s+toán|Tổng\s+công\s+ty|Tổng\s+Công\s+ty|Công\s+ty|Tập\s+đoàn|Ngân\s+hàng)(?![\p{L}])/gu;

/** Every body named in the zones, outside the excluded spans (citations). */
export function findBodies(text: string, zones: Span[], excluded: Span[], ctx: BodyContext): BodyMention[] {
  const mentions: BodyMention[] = [];
  const excludedIndex = new SpanIndex(excluded);
  for (const zone of zones) {
    const slice = text.slice(zone.start, zone.end);
    BODY_START.lastIndex = 0;
    let m: RegExpExecArray | null;
    let coveredUntil = -1;
    while ((m = BODY_START.exec(slice))) {
      const at = zone.start + m.index;
      if (at < coveredUntil) continue;
      if (excludedIndex.covers(at)) continue;
      const body = matchBodyAt(text, at, ctx);
      if (!body || body.end > zone.end) continue;
      mentions.push(body);
      coveredUntil = body.end;
      BODY_START.lastIndex = body.end - zone.start;
    }
  }
  return mentions;
}
