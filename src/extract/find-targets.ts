/**
 * Quantified goals inside a task sentence. A quantity with a unit of measure
 * (ha, MW, %, tỷ đồng, km, tấn…) is a target; a count of things (`10 xã`,
 * `04 dự án`) is a target only in a goal clause (`phấn đấu`, `công nhận thêm`,
 * `đạt`, `ít nhất`…). Dates, years, document numbers, ordinals (`lớp 4`),
 * durations and technical specifications (`110 kV`) are never targets.
 */
import type { Comparator } from "../domain/model.js";
import type { Span } from "./parse-structure.js";
import { measureSquashedSpan, parseVietnameseNumber } from "./vietnamese.js";

export interface TargetMention extends Span {
  value: number;
  unit: string | null;
  metric: string;
  comparator: Comparator;
  text: string;
}

const MEASURE_UNITS = ["tỷ đồng", "triệu đồng", "nghìn tỷ đồng", "ngàn tỷ đồng", "triệu USD", "tỷ USD", "USD", "ha", "héc-ta", "km2", "m2", "MW", "kW", "GW", "%", "km", "tấn", "m3", "m³", "người", "lao động", "doanh nghiệp", "hộ", "giường bệnh", "bác sĩ", "lượt khách", "lượt người", "học sinh"];
const COUNT_UNITS = ["xã", "huyện", "dự án", "công trình", "cá nhân", "sản phẩm", "trường", "cụm công nghiệp", "khu công nghiệp", "thôn", "ấp", "mô hình", "hợp tác xã", "chợ", "làng", "điểm", "sự kiện"];
const GOAL_CUE = /(phấn đấu|công nhận thêm|(?<![\p{L}])đạt(?![\p{L}])|ít nhất|tối thiểu|(?<![\p{L}])thêm(?![\p{L}])|xây dựng mới|phát triển mới|hoàn thành|không quá|tối đa)/u;

const UNIT_ALTERNATION = [...MEASURE_UNITS, ...COUNT_UNITS]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
const QUANTITY_RE = new RegExp(`(?<![\\d/.,\\p{L}])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?:\\s*)(${UNIT_ALTERNATION})(?![\\p{L}\\d])`, "gu");

function comparatorBefore(before: string, after: string): Comparator {
  if (/^\s*(?:trở lên|trở lại)/u.test(after)) return "AT_LEAST";
  if (/(?<![\p{L}])(ít nhất|tối thiểu|trên|hơn|vượt)\s*$/u.test(before)) return "AT_LEAST";
  if (/(không quá|tối đa|dưới|không vượt quá)\s*$/u.test(before)) return "AT_MOST";
  if (/(khoảng|gần|xấp xỉ|trên dưới)\s*$/u.test(before)) return "ABOUT";
  return "EXACTLY";
}

function metricAfter(text: string, from: number, limit: number): string {
  const rest = text.slice(from, Math.min(limit, from + 120)).replace(/\s+/g, " ");
  const m = /^\s*((?:[\p{Ll}\p{Lu}\d-]+)(?:\s+[\p{Ll}\p{Lu}\d-]+){0,9})/u.exec(rest);
  if (!m) return "";
  const words = m[1].split(" ");
  const kept: string[] = [];
  for (const word of words) {
    if (/^(để|nhằm|được|đã|theo|trong|tại|so|với|và|từ|xuống|lên|trở|tính|trên|của|do|cho|đến|năm|vào|thì|tương)$/u.test(word)) break;
    kept.push(word);
  }
  return kept.join(" ");
}

function metricBefore(text: string, from: number, lowerBound: number): string {
  const before = text.slice(Math.max(lowerBound, from - 80), from).replace(/\s+/g, " ");
  const afterQuantity = before.split(/\d[\d.,]*\s*(?:tỷ đồng|triệu đồng|%|ha|MW|km|tấn)?/u).pop() ?? "";
  const clause = afterQuantity.split(/(?<!\d)[,;:]|[,;:](?!\d)/u).pop() ?? "";
  const ratio = /tỷ lệ[^,;:]*/u.exec(clause);
  if (ratio) return ratio[0].replace(/\s+(?:từ|đạt|là|trên|ít nhất)\s*$/u, "").split(" ").slice(0, 10).join(" ");
  return clause
    .replace(/(?<![\p{L}])(?:đạt|là|ít nhất|tối thiểu|trên|khoảng|không quá|tối đa|từ|xuống còn|lên đến|lên|còn)\s*$/u, "")
    .trim()
    .replace(/^(?:với|tương đương|nâng|tăng|giảm|đưa|phấn đấu)\s+/u, "")
    .split(" ")
    .slice(-8)
    .join(" ")
    .trim();
}

export function findTargets(text: string, sentence: Span, excluded: Span[]): TargetMention[] {
  const targets: TargetMention[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  QUANTITY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY_RE.exec(slice))) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (excluded.some((s) => start < s.end && s.start < end)) continue;
    const unit = m[2];
    const before = text.slice(Math.max(sentence.start, start - 40), start);
    const clauseStart = Math.max(sentence.start, ...[",", ";"].map((c) => text.lastIndexOf(c, start)).filter((i) => i >= sentence.start));
    const clause = text.slice(clauseStart, start);
    const isMeasure = MEASURE_UNITS.includes(unit);
    if (!isMeasure && !GOAL_CUE.test(clause) && !/phấn đấu/u.test(text.slice(sentence.start, start))) continue;
    if (!isMeasure && /\s*:\s*$/u.test(text.slice(end, end + 2))) continue;
    const value = parseVietnameseNumber(m[1]);
    if (!Number.isFinite(value)) continue;
    const tail = metricAfter(text, end, sentence.end);
    const previous = targets[targets.length - 1];
    const metric = isMeasure ? tail || metricBefore(text, start, sentence.start) || (previous?.unit === unit ? previous.metric : "") : tail ? `${unit} ${tail}` : unit;
    const metricEnd = tail ? end + measureSquashedSpan(text, end, tail) : end;
    targets.push({
      start,
      end: metricEnd,
      value,
      unit: isMeasure ? unit : null,
      metric: metric || unit,
      comparator: comparatorBefore(before, text.slice(end, end + 12)),
      text: text.slice(start, metricEnd).replace(/\s+/g, " "),
    });
  }
  return targets;
}

