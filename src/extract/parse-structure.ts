/**
 * Splits the normalised text into zones (header, preamble, operative part,
 * closing, annexes) and the operative part into provisions: Chương, roman
 * sections, Điều, khoản `1.`, `1.1.`, điểm `a)`, indents `-`/`+`.
 * Line breaks inside a sentence are whitespace; a structural marker at the
 * start of a line (or glued to the end of a heading line) starts a new unit.
 */
import type { ProvisionLevel } from "../domain/model.js";
import { POINT_LETTERS, UPPER, foldFast, romanToNumber, startsWithActionVerb } from "./vietnamese.js";

export interface Span {
  start: number;
  end: number;
}

export interface ParsedAttribute extends Span {
  key: "AGENCY" | "TIME" | "OTHER";
  /** Where the value starts (after `Label:`). */
  valueStart: number;
}

export interface ParsedProvision extends Span {
  level: ProvisionLevel;
  label: string;
  path: string;
  /** Slug of the path, for ids. */
  key: string;
  heading: string | null;
  /** Where the provision's own words start (after marker and heading). */
  bodyStart: number;
  /** Where the provision's own words end (first child or end). */
  ownEnd: number;
  parent: number | null;
  annex: number | null;
  attributes: ParsedAttribute[];
  /** A lead-in ending with `:` whose items follow. */
  leadIn: boolean;
}

export interface ParsedAnnex extends Span {
  label: string;
  title: string;
  /** Forms (Mẫu) carry no provisions. */
  isForm: boolean;
  bodyStart: number;
}

/** A footnote `[n] …` at the end of the text and the marker `[n]` that refers to it. */
export interface ParsedFootnote extends Span {
  marker: Span | null;
}

export interface ParsedStructure {
  operativeMarker: Span | null;
  /** Start of the first Điều (or section) of the main decision. */
  operativeStart: number;
  /** End of the main decision's operative part (closing formula, Nơi nhận, signature or first annex). */
  operativeEnd: number;
  closingStart: number;
  provisions: ParsedProvision[];
  annexes: ParsedAnnex[];
  footnotes: ParsedFootnote[];
}

const RANK: Record<ProvisionLevel, number> = {
  PART: 0,
  CHAPTER: 1,
  SECTION: 2,
  ARTICLE: 3,
  CLAUSE: 4,
  SUBCLAUSE: 5,
  POINT: 6,
  INDENT: 7,
};

interface Marker {
  level: ProvisionLevel;
  label: string;
  keyPart: string;
  /** Position of the marker. */
  start: number;
  /** Position after the marker. */
  end: number;
  depth: number;
}

const ARTICLE_RE = /^(?:Điều|ĐIỀU)\s+(\d+)\s*(?:[.:]|$)/;
const CHAPTER_RE = /^(?:Chương|CHƯƠNG)\s+([IVXLC]+|\d+)\b\.?/;
const SECTION_RE = /^([IVXL]{1,5})\.(?=\s|$)/;
const MUC_RE = /^(?:Mục|MỤC|Phần|PHẦN)\s+(\d+|[IVXL]+)\b\.?/;
const SUBCLAUSE_RE = /^(\d{1,2})\.(\d{1,2})\.(?:(\d{1,2})\.)?(?=\s|$)/;
const CLAUSE_RE = /^(\d{1,2})\.(?=\s|$)/;
const POINT_RE = /^([a-zđ])[).](?=\s|$)/;
const INDENT_RE = /^([-+•*–])(?=\s*[\p{Lu}\d“"(])/u;
const ATTRIBUTE_RE = /^(?:[-+•*–]\s*)?((?:Cơ quan|Đơn vị|Thời gian|Thời hạn|Kinh phí|Nguồn kinh phí|Sản phẩm|Trách nhiệm)[^:\n]{0,40}):/;

function matchMarker(text: string, at: number): Marker | null {
  const rest = text.slice(at, at + 40);
  let m: RegExpExecArray | null;
  if ((m = ARTICLE_RE.exec(rest))) return { level: "ARTICLE", label: `Điều ${m[1]}`, keyPart: `d${m[1]}`, start: at, end: at + m[0].length, depth: 0 };
  if ((m = CHAPTER_RE.exec(rest))) return { level: "CHAPTER", label: `Chương ${m[1]}`, keyPart: `c${m[1].toLowerCase()}`, start: at, end: at + m[0].length, depth: 0 };
  if ((m = MUC_RE.exec(rest))) return { level: "SECTION", label: `Mục ${m[1]}`, keyPart: `m${m[1].toLowerCase()}`, start: at, end: at + m[0].length, depth: 0 };
  if ((m = SECTION_RE.exec(rest)) && romanToNumber(m[1])) return { level: "SECTION", label: `Mục ${m[1]}`, keyPart: `m${m[1].toLowerCase()}`, start: at, end: at + m[0].length, depth: 0 };
  if ((m = SUBCLAUSE_RE.exec(rest))) {
    const number = [m[1], m[2], m[3]].filter(Boolean).join(".");
    return { level: "SUBCLAUSE", label: `điểm ${number}`, keyPart: `k${number}`, start: at, end: at + m[0].length, depth: m[3] ? 1 : 0 };
  }
  if ((m = CLAUSE_RE.exec(rest))) return { level: "CLAUSE", label: `khoản ${m[1]}`, keyPart: `k${m[1]}`, start: at, end: at + m[0].length, depth: 0 };
  if ((m = POINT_RE.exec(rest)) && POINT_LETTERS.includes(m[1])) {
    return { level: "POINT", label: `điểm ${m[1]}`, keyPart: m[1] === "đ" ? "dd" : m[1], start: at, end: at + m[0].length, depth: 0 };
  }
  if ((m = INDENT_RE.exec(rest))) return { level: "INDENT", label: "gạch đầu dòng", keyPart: "g", start: at, end: at + m[0].length, depth: m[1] === "+" ? 1 : 0 };
  return null;
}

const CAPS_END = new RegExp(`(?<=[${UPPER}]{2,} )(\\d{1,2}\\.)\\s*$`, "u");

/**
 * Positions where a unit may start: every line start, plus markers glued to
 * the end of a heading line or after it on the same line (`… tiến bộ 1.1.`,
 * `… đình công 3.1. Rà soát`, `TỔ CHỨC THỰC HIỆN 1.`).
 */
function findUnitStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 || newline > to ? to : newline;
    starts.push(lineStart);
    const line = text.slice(lineStart, lineEnd);
    const glued = /(?<=[\p{L}”"] )(\d{1,2}\.\d{1,2}\.)(?=\s*$|\s+[A-ZĐ\p{Lu}])/gu;
    let m: RegExpExecArray | null;
    while ((m = glued.exec(line))) starts.push(lineStart + m.index);
    const capsEnd = CAPS_END.exec(line);
    if (capsEnd) starts.push(lineStart + capsEnd.index);
    lineStart = lineEnd + 1;
  }
  return starts;
}

/** A line ending with one of these words continues on the next line. */
const OPEN_ENDING = /\s(?:các|của|và|về|với|những|trong|cho|để|tại|theo|đã|được|là|có|từ|đến|như|nhân|dân|đồng|ban)$/iu;

const TERMINAL = /[.;:!?…”"]\s*$|\/\.\s*$/;

interface RawUnit {
  marker: Marker | null;
  start: number;
  end: number;
  attribute: ParsedAttribute | null;
}

function buildUnits(text: string, from: number, to: number): RawUnit[] {
  const starts = findUnitStarts(text, from, to);
  const units: RawUnit[] = [];
  let previous = -1;
  for (const start of starts) {
    let at = start;
    while (at < to && (text[at] === " " || text[at] === "\n")) at += 1;
    if (at <= previous || at >= to) continue;
    previous = at;
    const marker = matchMarker(text, at);
    const attrMatch = ATTRIBUTE_RE.exec(text.slice(at, at + 80));
    const isIndentAttribute = attrMatch && (marker?.level === "INDENT" || marker === null) && /^[-+•*–]/.test(text.slice(at, at + 1));
    if (isIndentAttribute && attrMatch) {
      const label = attrMatch[1].toLowerCase();
      const key = label.startsWith("cơ quan") || label.startsWith("đơn vị") || label.startsWith("trách nhiệm") ? "AGENCY" : label.startsWith("thời") ? "TIME" : "OTHER";
      units.push({ marker: null, start: at, end: to, attribute: { key, start: at, end: to, valueStart: at + attrMatch[0].length } });
      continue;
    }
    if (marker || units.length === 0) units.push({ marker, start: at, end: to, attribute: null });
  }
  for (let i = 0; i < units.length; i += 1) {
    const next = units[i + 1];
    let end = next ? next.start : to;
    while (end > units[i].start && /\s/.test(text[end - 1])) end -= 1;
    units[i].end = end;
    if (units[i].attribute) units[i].attribute!.end = end;
  }
  return units.filter((unit) => unit.marker || unit.attribute);
}

/** Builds the provision tree of one zone. */
function parseProvisions(
  text: string,
  from: number,
  to: number,
  headingLineStarts: Set<number>,
  annexIndex: number | null,
  annexPrefix: { label: string; key: string; provision: number } | null,
  out: ParsedProvision[],
): void {
  const units = buildUnits(text, from, to);
  const stack: number[] = annexPrefix ? [annexPrefix.provision] : [];
  const rankOf = (p: ParsedProvision) => (p.level === "PART" ? -1 : (effectiveRank.get(p) ?? RANK[p.level]));
  const effectiveRank = new Map<ParsedProvision, number>();
  const siblingCounters = new Map<string, number>();
  const usedKeys = new Set(out.map((p) => p.key));
  /** Next free suffix per key, so a thousand repeated "Điều 1" cost one lookup each. */
  const nextSuffix = new Map<string, number>();

  for (let u = 0; u < units.length; u += 1) {
    const unit = units[u];
    if (unit.attribute) {
      const owner = stack.length ? out[stack[stack.length - 1]] : null;
      if (owner) {
        // An attribute belongs to the nearest provision that is not itself an indent.
        let ownerIndex = stack[stack.length - 1];
        while (out[ownerIndex].level === "INDENT" && out[ownerIndex].parent !== null) ownerIndex = out[ownerIndex].parent!;
        out[ownerIndex].attributes.push(unit.attribute);
      }
      continue;
    }
    const marker = unit.marker!;
    // Roman sections inside an article ("Điều 1. Thông qua Kế hoạch …: I. MỤC TIÊU …") belong to the article.
    const insideArticle = stack.some((i) => out[i].level === "ARTICLE");
    const rank = marker.level === "SECTION" && /^Mục [IVXL]+$/.test(marker.label) && insideArticle ? RANK.ARTICLE + 0.5 : RANK[marker.level] + marker.depth * 0.5;
    while (stack.length && rankOf(out[stack[stack.length - 1]]) >= rank && out[stack[stack.length - 1]].level !== "PART") stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : null;
    const parentProvision = parent !== null ? out[parent] : null;

    let label = marker.label;
    let keyPart = marker.keyPart;
    if (marker.level === "INDENT") {
      const counterKey = `${parent ?? "root"}|${marker.depth}`;
      const n = (siblingCounters.get(counterKey) ?? 0) + 1;
      siblingCounters.set(counterKey, n);
      label = `${label} ${n}`;
      keyPart = `g${marker.depth ? "g" : ""}${n}`;
    }

    // Heading: the rest of the marker's line when it has no closing punctuation
    // and a child marker follows, or when the line was a Markdown heading.
    const lineEnd = (() => {
      const nl = text.indexOf("\n", marker.end);
      return nl === -1 || nl > unit.end ? unit.end : nl;
    })();
    const firstLine = text.slice(marker.end, lineEnd).trim();
    const nextUnit = units[u + 1];
    const lineIsHeading = headingLineStarts.has(text.lastIndexOf("\n", marker.start - 1) + 1);
    const unitIsWholeLine = lineEnd >= unit.end;
    let heading: string | null = null;
    let bodyStart = marker.end;
    const upperLevel = marker.level === "CHAPTER" || marker.level === "SECTION";
    if (firstLine && lineIsHeading) {
      heading = firstLine;
      bodyStart = lineEnd;
    } else if (firstLine && !TERMINAL.test(firstLine)) {
      const followedByChild = unitIsWholeLine && nextUnit?.marker && RANK[nextUnit.marker.level] > RANK[marker.level];
      const shortTitle =
        (marker.level === "ARTICLE" ||
          ((marker.level === "CLAUSE" || marker.level === "SUBCLAUSE") &&
            firstLine.length <= 40 &&
            firstLine.split(" ").length <= 6 &&
            // "1. Triển khai thực hiện\nChương trình số …" is a wrapped sentence, "1. Mục tiêu" a title.
            (!startsWithActionVerb(foldFast(firstLine)) || /^(?:tổ chức thực hiện|kinh phí thực hiện)$/iu.test(firstLine)))) &&
        firstLine.length <= 60 &&
        !unitIsWholeLine &&
        !/[,\-–]$/.test(firstLine) &&
        !OPEN_ENDING.test(firstLine) &&
        /^\s*[\p{Lu}]/u.test(text.slice(lineEnd + 1, lineEnd + 8));
      // A hard-wrapped title ("2. Điều\nchỉnh kế hoạch vốn ĐTPT năm 2017") directly followed by its first child.
      const wholeUnit = text.slice(marker.end, unit.end).replace(/\s+/g, " ").trim();
      const wrappedTitle =
        !unitIsWholeLine &&
        wholeUnit.length <= 160 &&
        !TERMINAL.test(wholeUnit) &&
        !/[.;:]/.test(wholeUnit) &&
        nextUnit?.marker !== null &&
        nextUnit !== undefined &&
        RANK[nextUnit.marker!.level] > RANK[marker.level];
      if (wrappedTitle) {
        heading = wholeUnit;
        bodyStart = unit.end;
      } else if (lineIsHeading || followedByChild || upperLevel || shortTitle) {
        heading = firstLine;
        bodyStart = lineEnd;
      }
    } else if (!firstLine && upperLevel) {
      // `Chương I` then the chapter title on the next line.
      const nl2 = text.indexOf("\n", lineEnd + 1);
      const titleLine = text.slice(lineEnd + 1, nl2 === -1 ? unit.end : Math.min(nl2, unit.end)).trim();
      if (titleLine && (!TERMINAL.test(titleLine) || titleLine === titleLine.toUpperCase())) {
        heading = titleLine;
        bodyStart = nl2 === -1 ? unit.end : Math.min(nl2, unit.end);
      }
    }
    if (upperLevel && heading) {
      // Further all-caps title lines belong to the heading.
      let cursor = bodyStart;
      for (;;) {
        const nl = text.indexOf("\n", cursor + 1);
        const line = text.slice(cursor + 1, nl === -1 ? unit.end : Math.min(nl, unit.end)).trim();
        if (!line || line !== line.toUpperCase() || !/\p{L}/u.test(line) || cursor >= unit.end) break;
        heading = `${heading} ${line}`;
        cursor = nl === -1 ? unit.end : Math.min(nl, unit.end);
      }
      bodyStart = cursor;
    }
    while (bodyStart < unit.end && /\s/.test(text[bodyStart])) bodyStart += 1;
    const ownWords = text.slice(bodyStart, unit.end).trim();

    const path = parentProvision ? `${parentProvision.path} > ${label}` : annexPrefix ? `${annexPrefix.label} > ${label}` : label;
    const baseKey = parentProvision ? `${parentProvision.key}.${keyPart}` : keyPart;
    // A numbering mistake in the source (two "khoản 2" under one Điều) must not merge two provisions.
    let key = baseKey;
    if (usedKeys.has(key)) {
      let n = nextSuffix.get(baseKey) ?? 2;
      while (usedKeys.has(`${baseKey}~${n}`)) n += 1;
      key = `${baseKey}~${n}`;
      nextSuffix.set(baseKey, n + 1);
    }
    usedKeys.add(key);
    const provision: ParsedProvision = {
      level: marker.level,
      label,
      path,
      key,
      heading,
      start: marker.start,
      end: unit.end,
      bodyStart: Math.min(bodyStart, unit.end),
      ownEnd: unit.end,
      parent,
      annex: annexIndex,
      attributes: [],
      leadIn: /:\s*$/.test(ownWords),
    };
    out.push(provision);
    effectiveRank.set(provision, rank);
    const index = out.length - 1;
    stack.push(index);
    // Every ancestor's subtree now reaches at least this far.
    let ancestor = parent;
    while (ancestor !== null) {
      out[ancestor].end = Math.max(out[ancestor].end, unit.end);
      ancestor = out[ancestor].parent;
    }
  }
}

const ANNEX_KIND = /^(QUY CHẾ|QUY ĐỊNH|CHƯƠNG TRÌNH|KẾ HOẠCH|ĐỀ ÁN|PHỤ LỤC|DANH MỤC|HƯỚNG DẪN|ĐIỀU LỆ|MẪU|Mẫu số|Mẫu|Phụ lục|BIỂU|Biểu mẫu)(?!\p{L})/u;
const ANNEX_NOTE = /\((?:Ban hành |Được ban hành )?[Kk]èm theo[^)]*\)/g;

function sentenceCase(words: string): string {
  const lower = words.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function findAnnexes(text: string, from: number): ParsedAnnex[] {
  const annexes: ParsedAnnex[] = [];
  ANNEX_NOTE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = ANNEX_NOTE.exec(text))) {
    const noteStart = m.index;
    let titleStart = -1;
    // A title line a few lines above the note…
    let cursor = text.lastIndexOf("\n", noteStart - 1);
    for (let lines = 0; lines < 5 && cursor > from; lines += 1) {
      const lineStart = text.lastIndexOf("\n", cursor - 1) + 1;
      if (ANNEX_KIND.test(text.slice(lineStart, cursor))) {
        titleStart = lineStart;
        // "Mẫu số 01" above "MẪU BÁO CÁO …", "PHỤ LỤC I" above "DANH MỤC …": the title starts at the first of them.
        for (;;) {
          let previousEnd = text.lastIndexOf("\n", titleStart - 1);
          while (previousEnd > from && text[previousEnd - 1] === "\n") previousEnd -= 1;
          if (previousEnd <= from) break;
          const previousStart = text.lastIndexOf("\n", previousEnd - 1) + 1;
          if (!ANNEX_KIND.test(text.slice(previousStart, previousEnd))) break;
          titleStart = previousStart;
        }
        break;
      }
      cursor = lineStart - 1;
    }
    // …or an all-caps title glued to the signature on the note's own line.
    if (titleStart < 0) {
      const lineStart = text.lastIndexOf("\n", noteStart - 1) + 1;
      const line = text.slice(lineStart, noteStart);
      const caps = /(?:^|[^\p{Lu}\s“”"(),.\-–/0-9]\s+)((?:[\p{Lu}\d“”"(),.\-–/]+\s+)*[\p{Lu}\d“”"(),.\-–/]+)\s*$/u.exec(line);
      if (caps) {
        const relative = caps.index + caps[0].indexOf(caps[1]);
        const kind = /(QUY CHẾ|QUY ĐỊNH|CHƯƠNG TRÌNH|KẾ HOẠCH|ĐỀ ÁN|PHỤ LỤC|DANH MỤC|HƯỚNG DẪN)/u.exec(line.slice(relative));
        if (kind) titleStart = lineStart + relative + kind.index;
      }
    }
    if (titleStart < 0 || titleStart < from) continue;
    if (annexes.length && titleStart < annexes[annexes.length - 1].bodyStart) continue;
    const title = text.slice(titleStart, noteStart).replace(/\s+/g, " ").trim();
    const kindMatch = /^(Mẫu số \d+|Mẫu|MẪU|Phụ lục\s*[\dIVX]*|PHỤ LỤC\s*[\dIVX]*|QUY CHẾ|QUY ĐỊNH|CHƯƠNG TRÌNH|KẾ HOẠCH|ĐỀ ÁN|DANH MỤC|HƯỚNG DẪN|ĐIỀU LỆ|BIỂU|Biểu mẫu)/u.exec(title);
    const label = kindMatch ? sentenceCase(kindMatch[1]) : "Phụ lục";
    annexes.push({
      start: titleStart,
      end: text.length,
      label,
      title,
      isForm: /^(mẫu|biểu)/i.test(label),
      bodyStart: noteStart + m[0].length,
    });
  }
  for (let i = 0; i < annexes.length; i += 1) {
    const next = annexes[i + 1];
    annexes[i].end = next ? next.start : text.length;
  }
  const labels = new Map<string, number>();
  for (const annex of annexes) labels.set(annex.label, (labels.get(annex.label) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const annex of annexes) {
    if ((labels.get(annex.label) ?? 0) > 1) {
      const n = (seen.get(annex.label) ?? 0) + 1;
      seen.set(annex.label, n);
      annex.label = `${annex.label} ${n}`;
    }
  }
  return annexes;
}

const OPERATIVE_MARKER = /(?:^|[\s,.;:])(QUYẾT NGHỊ|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|KẾT LUẬN)\s*:/gu;
const CLOSING_FORMULA = /(?:^|\n)\s*(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kế\s+hoạch)\s+này\s+(?:đã\s+được|được)\s[\s\S]{0,300}?thông\s+qua/u;
const RECIPIENTS = /(?:^|\n)\s*(?:Nơi\s+nhận|NƠI\s+NHẬN)\s*:?/u;
const SIGNATURE = /(?:^|\n|\s)(?:TM\.|T\/M|KT\.|K\/T|TL\.|Q\.)\s*(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|THƯỜNG TRỰC)/u;
const FOOTNOTES = /\n\[\d+\]/u;

export function parseStructure(text: string, headingLineStarts: Set<number>): ParsedStructure {
  OPERATIVE_MARKER.lastIndex = 0;
  let operativeMarker: Span | null = null;
  let m: RegExpExecArray | null;
  while ((m = OPERATIVE_MARKER.exec(text))) {
    const start = m.index + m[0].indexOf(m[1]);
    operativeMarker = { start, end: m.index + m[0].length };
    break;
  }
  const firstArticle = /(?:^|\n)\s*(?:Điều|ĐIỀU)\s+1\s*[.:]/u.exec(text.slice(operativeMarker?.end ?? 0));
  const articleStart = firstArticle ? (operativeMarker?.end ?? 0) + firstArticle.index + firstArticle[0].search(/Điều|ĐIỀU/u) : -1;
  // Plans and programmes issued on their own have no Điều: their body starts at the first roman section.
  const firstSection = articleStart < 0 && !operativeMarker ? /(?:^|\n)\s*I\.\s/u.exec(text) : null;
  const sectionStart = firstSection ? firstSection.index + firstSection[0].indexOf("I.") : -1;
  const operativeStart = articleStart >= 0 ? articleStart : operativeMarker ? operativeMarker.end : sectionStart;

  const provisions: ParsedProvision[] = [];
  if (operativeStart < 0) {
    return { operativeMarker, operativeStart: -1, operativeEnd: -1, closingStart: text.length, provisions, annexes: [], footnotes: [] };
  }
  const tail = text.slice(operativeStart);
  const closingCandidates = [CLOSING_FORMULA, RECIPIENTS, SIGNATURE]
    .map((re) => re.exec(tail))
    .filter((x): x is RegExpExecArray => x !== null)
    .map((x) => operativeStart + x.index + (x[0].startsWith("\n") ? 1 : 0));
  // Annexes follow the closing (formula, recipients, signature); "(Kèm theo biểu số 1.1)" inside an article is no annex.
  const annexes = findAnnexes(text, closingCandidates.length ? Math.min(...closingCandidates) : operativeStart);
  const firstAnnex = annexes.length ? annexes[0].start : text.length;
  const closingStart = Math.min(firstAnnex, ...closingCandidates.filter((c) => c < firstAnnex));
  const footnote = FOOTNOTES.exec(text.slice(operativeStart));
  const footnoteStart = footnote ? operativeStart + footnote.index + 1 : text.length;

  let operativeEnd = Math.min(closingStart, footnoteStart);
  while (operativeEnd > operativeStart && /\s/.test(text[operativeEnd - 1])) operativeEnd -= 1;
  parseProvisions(text, operativeStart, operativeEnd, headingLineStarts, null, null, provisions);

  annexes.forEach((annex, index) => {
    if (annex.isForm) return;
    const end = Math.min(annex.end, footnoteStart > annex.bodyStart ? footnoteStart : annex.end);
    const partKey = `a${index + 1}`;
    provisions.push({
      level: "PART",
      label: annex.label,
      path: annex.label,
      key: partKey,
      heading: annex.title,
      start: annex.start,
      end: trimEnd(text, end),
      bodyStart: annex.bodyStart,
      ownEnd: trimEnd(text, end),
      parent: null,
      annex: index,
      attributes: [],
      leadIn: false,
    });
    const partIndex = provisions.length - 1;
    const before = provisions.length;
    parseProvisions(text, annex.bodyStart, trimEnd(text, end), headingLineStarts, index, { label: annex.label, key: partKey, provision: partIndex }, provisions);
    if (provisions.length > before) provisions[partIndex].ownEnd = provisions[before].start;
  });

  // A provision's own words stop where its first child starts.
  const firstChild = new Map<number, number>();
  provisions.forEach((p, index) => {
    if (p.parent !== null && !firstChild.has(p.parent)) firstChild.set(p.parent, index);
  });
  provisions.forEach((provision, index) => {
    const child = firstChild.get(index);
    if (child !== undefined) provision.ownEnd = Math.min(provision.ownEnd, provisions[child].start);
    provision.ownEnd = Math.max(provision.bodyStart, trimEnd(text, provision.ownEnd));
  });

  return { operativeMarker, operativeStart, operativeEnd, closingStart, provisions, annexes, footnotes: parseFootnotes(text, operativeStart, footnoteStart) };
}

function parseFootnotes(text: string, bodyStart: number, footnoteStart: number): ParsedFootnote[] {
  if (footnoteStart >= text.length) return [];
  const notes: ParsedFootnote[] = [];
  const re = /\[(\d{1,3})\]/g;
  re.lastIndex = footnoteStart;
  const heads: { n: string; at: number; textStart: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) heads.push({ n: m[1], at: m.index, textStart: m.index + m[0].length });
  heads.forEach((head, i) => {
    const end = trimEnd(text, i + 1 < heads.length ? heads[i + 1].at : text.length);
    const markerAt = text.slice(bodyStart, footnoteStart).indexOf(`[${head.n}]`);
    notes.push({ start: head.textStart, end, marker: markerAt >= 0 ? { start: bodyStart + markerAt, end: bodyStart + markerAt + head.n.length + 2 } : null });
  });
  return notes;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e -= 1;
  return e;
}
