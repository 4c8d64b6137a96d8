/**
 * The document's own facts: kind and title, number, issuer, term and session,
 * the "Căn cứ"/"Xét" preamble, adoption and effective dates, signer.
 */
import type { InstrumentKind } from "../domain/model.js";
import type { Span } from "./parse-structure.js";
import { DATE_PATTERN, parseDateMatch, squash, ws } from "./vietnamese.js";

export interface IssuerMention {
  body: "PEOPLES_COUNCIL" | "PEOPLES_COMMITTEE";
  placeWord: string;
  placeName: string;
  span: Span;
}

export interface PreambleBlock extends Span {
  relation: "BASED_ON" | "CONSIDERS";
}

export interface ParsedHeader {
  instrumentKind: InstrumentKind;
  kindWord: string;
  title: string;
  titleSpan: Span;
  number: { raw: string; normalized: string; span: Span } | null;
  /**
   * Where the text names its issuer, best first: a header line
   * (`HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE`), the header's other mentions, the
   * closing formula (`… đã được Hội đồng nhân dân tỉnh X … thông qua`), the
   * first council or committee the operative part names. The first whose
   * place the gazetteer knows is the issuer.
   */
  issuers: IssuerMention[];
  headerDate: string | null;
  term: string | null;
  session: string | null;
  preamble: PreambleBlock[];
  adoptedOn: string | null;
  effectiveFrom: string | null;
  signer: { name: string; title: string; span: Span } | null;
}

const KIND_WORDS: [string, InstrumentKind][] = [
  ["NGHỊ QUYẾT", "RESOLUTION"],
  ["QUYẾT ĐỊNH", "DECISION"],
  ["CHỈ THỊ", "DIRECTIVE"],
  ["KẾT LUẬN", "CONCLUSION"],
  ["KẾ HOẠCH", "PLAN"],
  ["CHƯƠNG TRÌNH", "PROGRAMME"],
  ["THÔNG TƯ", "CIRCULAR"],
  ["NGHỊ ĐỊNH", "DECREE"],
  ["ĐỀ ÁN", "SCHEME"],
  ["QUY CHẾ", "REGULATION"],
  ["QUY ĐỊNH", "REGULATION"],
];

const KIND_RE = new RegExp(`(?<![\\p{L}])(${KIND_WORDS.map(([w]) => w).join("|")})(?![\\p{L}])(?!\\s*:)`, "u");
// A name may hold a hyphen (`BÀ RỊA-VŨNG TÀU`, `BÀ RỊA - VŨNG TÀU`); a lone hyphen after it, or a rule of hyphens, ends it.
const ISSUER_RE = /(HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND|ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|UBND)\s+(TỈNH|THÀNH\s+PHỐ|TP\.?|HUYỆN|QUẬN|THỊ\s+XÃ)\s*([\p{Lu}](?:[\p{Lu} ]|\s?-\s?(?=[\p{Lu}]))*?[\p{Lu}])(?=\s*(?:\n|$|KHÓA|KHOÁ|-{2,}|[^\p{Lu}\s-]|-(?!\s?[\p{Lu}])))/gu;
const ISSUER_TEXT = "(Hội\\s+đồng\\s+nhân\\s+dân|Ủy\\s+ban\\s+nhân\\s+dân|Uỷ\\s+ban\\s+nhân\\s+dân)\\s+(tỉnh|thành\\s+phố|Tỉnh|Thành\\s+phố|huyện|quận|thị\\s+xã)\\s+((?:[\\p{Lu}][\\p{Ll}]*)(?:(?:\\s+|\\s*-\\s*)[\\p{Lu}][\\p{Ll}]*)*)";
const ISSUER_TEXT_RE = new RegExp(ISSUER_TEXT, "u");
/** The closing formula names the issuer that adopted the text: "Nghị quyết này đã được Hội đồng nhân dân tỉnh X … thông qua". */
const CLOSING_ISSUER_RE = new RegExp(`(?:Nghị\\s+quyết|Quyết\\s+định|Chỉ\\s+thị|Kế\\s+hoạch)\\s+này\\s+(?:đã\\s+được|được)\\s+${ISSUER_TEXT}`, "u");

function placeWordOf(raw: string): string {
  const word = raw.replace(/\s+/g, " ").toLowerCase();
  return word.startsWith("tp") ? "thành phố" : word;
}
const NUMBER_RE = /Số\s*:\s*(\d+\s*(?:\/\s*\d{4}\s*)?[/-]\s*[\p{Lu}][\p{L}\d]*(?:\s*[-/]\s*[\p{Lu}][\p{L}\d]*)*)/u;
const TERM_RE = /(?:KHÓA|KHOÁ|Khóa|khóa|khoá)\s+([IVXLC]+)[\s,\-–]*(?:KỲ\s+HỌP|Kỳ\s+họp|kỳ\s+họp)\s+(?:THỨ|thứ|Thứ)\s+([\p{L}\d]+)/u;
const PREAMBLE_START = /(?:^|\n|;\s)\s*(Căn cứ|Thực hiện|Xét|Theo đề nghị|Trên cơ sở|(?:Sau khi|Qua) (?:nghe|xem xét))(?![\p{L}])/gu;

/**
 * When converters dropped the kind line, the operative marker (`QUYẾT NGHỊ:` is
 * a council's resolution, `QUYẾT ĐỊNH:` a decision) or the number's type gives
 * the kind, and the title starts at the subject line (`VỀ …`, `V/v …`).
 */
function inferKind(text: string, header: string, operativeMarkerStart: number): { kindWord: string; subjectStart: number } | null {
  const marker = operativeMarkerStart >= 0 ? /^(QUYẾT NGHỊ|QUYẾT ĐỊNH)/u.exec(text.slice(operativeMarkerStart, operativeMarkerStart + 12)) : null;
  const numberType = /Số\s*:?\s*\d+[^\n]*?[/-](NQ|QĐ|CT|KH)-/u.exec(header)?.[1];
  const kindWord =
    marker?.[1] === "QUYẾT NGHỊ" || numberType === "NQ"
      ? "NGHỊ QUYẾT"
      : marker?.[1] === "QUYẾT ĐỊNH" || numberType === "QĐ"
        ? "QUYẾT ĐỊNH"
        : numberType === "CT"
          ? "CHỈ THỊ"
          : numberType === "KH"
            ? "KẾ HOẠCH"
            : null;
  const subject = /(?:^|\n)\s*(VỀ|Về|V\/v|V\/V)\s/u.exec(header);
  if (!kindWord || !subject) return null;
  return { kindWord, subjectStart: subject.index + subject[0].indexOf(subject[1]) };
}

export function parseHeader(text: string, operativeMarkerStart: number, operativeStart: number, closingStart: number, annexStart: number): ParsedHeader | null {
  const preambleEnd = operativeMarkerStart >= 0 ? operativeMarkerStart : operativeStart;
  const head = text.slice(0, Math.max(0, preambleEnd));
  const firstBlock = /(?:^|\n)\s*(?:Căn cứ|Thực hiện|Xét|Theo đề nghị|Trên cơ sở|(?:Sau khi|Qua) (?:nghe|xem xét))/u.exec(head);
  const headerEnd = firstBlock ? firstBlock.index : head.length;
  const header = text.slice(0, headerEnd);

  const written = KIND_RE.exec(header);
  const inferred = written ? null : inferKind(text, header, operativeMarkerStart);
  if (!written && !inferred) return null;
  const kindWord = written ? written[1] : inferred!.kindWord;
  const instrumentKind = KIND_WORDS.find(([w]) => w === kindWord)![1];
  const titleStart = written ? written.index : inferred!.subjectStart;
  const afterKind = written ? written.index + kindWord.length : inferred!.subjectStart;

  const titleStops = [headerEnd];
  // The issuer line closes the title: it starts a line ("…\nHỘI ĐỒNG NHÂN DÂN TỈNH X") or ends one ("…” ỦY BAN NHÂN DÂN TỈNH X\n");
  // "NỘI QUY KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH KHOÁ VI" inside the title is neither.
  const issuerAfterTitle =
    /\n\s*(?:HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|KH[ÓO]Á?\s+[IVXLC]+)/u.exec(header.slice(afterKind)) ??
    /(?:HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN)\s+(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ)\s+[\p{Lu} ]+\s*(?:\n|$)/u.exec(header.slice(afterKind));
  if (issuerAfterTitle) titleStops.push(afterKind + issuerAfterTitle.index);
  let titleEnd = Math.min(...titleStops);
  while (titleEnd > titleStart && /\s/.test(text[titleEnd - 1])) titleEnd -= 1;
  const title = squash(`${written ? "" : `${kindWord} `}${text.slice(titleStart, titleEnd)}`);

  const numberMatch = NUMBER_RE.exec(header);
  const number = numberMatch
    ? {
        raw: numberMatch[1],
        normalized: numberMatch[1].replace(/\s+/g, ""),
        span: { start: numberMatch.index + numberMatch[0].indexOf(numberMatch[1]), end: numberMatch.index + numberMatch[0].length },
      }
    : null;

  const issuers = findIssuers(text, header, operativeStart, closingStart);

  const headerDateMatch = new RegExp(`,\\s*${DATE_PATTERN}`, "u").exec(header);
  const headerDate = headerDateMatch ? parseDateMatch([...headerDateMatch]) : null;

  const closingText = text.slice(Math.max(0, operativeStart));
  const closingFormula = text.slice(Math.max(0, closingStart), annexStart);
  const termMatch = TERM_RE.exec(closingFormula) ?? TERM_RE.exec(header) ?? TERM_RE.exec(closingText);
  const term = termMatch ? `khóa ${termMatch[1].toUpperCase()}` : null;
  const session = termMatch ? `kỳ họp thứ ${/^\d+$/.test(termMatch[2]) ? termMatch[2] : termMatch[2].toLowerCase()}` : null;

  const preamble: PreambleBlock[] = [];
  PREAMBLE_START.lastIndex = headerEnd;
  const starts: { at: number; word: string }[] = [];
  let m: RegExpExecArray | null;
  while ((m = PREAMBLE_START.exec(head))) starts.push({ at: m.index + m[0].indexOf(m[1]), word: m[1] });
  starts.forEach((start, i) => {
    let end = i + 1 < starts.length ? starts[i + 1].at : preambleEnd;
    while (end > start.at && /[\s,;.]/.test(text[end - 1])) end -= 1;
    const relation = start.word === "Căn cứ" || start.word === "Thực hiện" ? "BASED_ON" : "CONSIDERS";
    preamble.push({ start: start.at, end, relation });
  });

  const adoption = new RegExp(`${ws("thông qua")}\\s+${DATE_PATTERN}`, "u").exec(closingText);
  const adoptedOn = adoption ? parseDateMatch([...adoption]) : headerDate;
  const effective = new RegExp(`${ws("có hiệu lực")}(?:\\s+${ws("thi hành")})?\\s+(?:kể\\s+)?từ\\s+(?:${DATE_PATTERN}|(${ws("ngày ký")}|${ws("ngày thông qua")}))`, "u").exec(closingText);
  let effectiveFrom: string | null = null;
  if (effective) effectiveFrom = effective[6] ? adoptedOn : parseDateMatch([...effective]);
  // "có hiệu lực (thi hành) sau 10 ngày kể từ ngày ký/thông qua".
  const after = new RegExp(`${ws("có hiệu lực")}(?:\\s+${ws("thi hành")})?\\s+sau\\s+(\\d+)\\s+ngày,?\\s+${ws("kể từ ngày")}\\s+(?:ký|${ws("thông qua")})`, "u").exec(closingText);
  if (!effectiveFrom && after && adoptedOn) effectiveFrom = addDays(adoptedOn, Number(after[1]));

  const signer = findSigner(text, closingStart, annexStart);
  return { instrumentKind, kindWord, title, titleSpan: { start: titleStart, end: titleEnd }, number, issuers, headerDate, term, session, preamble, adoptedOn, effectiveFrom, signer };
}

/** Every place the text names its issuer, best first (see ParsedHeader.issuers). */
function findIssuers(text: string, header: string, operativeStart: number, closingStart: number): IssuerMention[] {
  const inHeader = [...header.matchAll(ISSUER_RE)].map(
    (m): IssuerMention & { lineStart: boolean } => ({
      body: /^(HỘI|HĐND)/u.test(m[1]) ? "PEOPLES_COUNCIL" : "PEOPLES_COMMITTEE",
      placeWord: placeWordOf(m[2]),
      placeName: m[3].replace(/\s+/g, " "),
      span: { start: m.index, end: m.index + m[0].length },
      // On a line of its own, not inside the title ("CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018").
      lineStart: /(?:^|\n)[\s*#|]*$/u.test(header.slice(Math.max(0, m.index - 8), m.index)),
    }),
  );
  const found: IssuerMention[] = [...inHeader.filter((m) => m.lineStart), ...inHeader.filter((m) => !m.lineStart)].map(({ lineStart: _, ...m }) => m);
  const from = operativeStart >= 0 ? operativeStart : 0;
  for (const [re, at] of [
    [CLOSING_ISSUER_RE, from],
    [ISSUER_TEXT_RE, Math.max(from, closingStart)],
    [ISSUER_TEXT_RE, from],
  ] as const) {
    const m = re.exec(text.slice(at));
    if (!m) continue;
    const start = at + m.index + m[0].indexOf(m[1]);
    found.push({
      body: m[1].startsWith("Hội") ? "PEOPLES_COUNCIL" : "PEOPLES_COMMITTEE",
      placeWord: placeWordOf(m[2]),
      placeName: m[3].replace(/\s+/g, " "),
      span: { start, end: at + m.index + m[0].length },
    });
  }
  return found;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const SIGNER_TITLE = /(PHÓ CHỦ TỊCH|CHỦ TỊCH|PHÓ GIÁM ĐỐC|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|PHÓ TRƯỞNG BAN|TRƯỞNG BAN|BÍ THƯ|PHÓ BÍ THƯ|CHÁNH VĂN PHÒNG)(?![\p{L}])/gu;
const PERSON_NAME = /(?<![\p{L}])([\p{Lu}][\p{Ll}]+(?:[ \t]+[\p{Lu}][\p{Ll}]+){1,4})(?![\p{L}])/u;

function findSigner(text: string, from: number, to: number): ParsedHeader["signer"] {
  if (from < 0 || from >= to) return null;
  const zone = text.slice(from, to);
  SIGNER_TITLE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = SIGNER_TITLE.exec(zone))) last = m;
  if (!last) return null;
  const after = zone.slice(last.index + last[0].length, last.index + last[0].length + 300);
  // Skip stage directions such as "(Ký, ghi rõ họ tên)" or "Đóng dấu, ký tên".
  const cleaned = after.replace(/\([^)]*\)/g, (s) => " ".repeat(s.length));
  const name = PERSON_NAME.exec(cleaned);
  if (!name) return null;
  const start = from + last.index + last[0].length + name.index;
  return { name: name[1], title: last[1], span: { start, end: start + name[1].length } };
}
