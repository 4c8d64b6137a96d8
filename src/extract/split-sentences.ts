/**
 * Sentence split for Vietnamese legal prose. A sentence ends at `.`, `!` or
 * `?` followed by whitespace and a capital letter, a quote or a structural
 * marker, or at the end of the span. Not a boundary: decimals and thousands
 * (`1.300 ha`), dates and numbers (`27/7/2023`, `31/2022/NĐ-CP`), ellipses
 * (`…,...`), abbreviations (`TP.`, `TT.`, `ThS.`) and initials.
 */
import type { Span } from "./parse-structure.js";

const ABBREVIATIONS = new Set(["tp", "tx", "tt", "kt", "tm", "tl", "q", "p", "ths", "ts", "gs", "pgs", "bs", "ks", "cn", "đ/c", "v.v", "vv", "th", "ub", "st", "ng", "mr", "ms", "no", "tr", "pct", "ct", "ctr"]);

export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = skipSpace(text, start, end);
  for (let i = sentenceStart; i < end; i += 1) {
    const ch = text[i];
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "\n") continue;
    if (ch === "\n") {
      // A blank line, or a line break after a closing colon, ends a paragraph.
      if (text[i + 1] === "\n" || (endsWithColon(text, sentenceStart, i) && /^\s*[\p{Lu}“"]/u.test(text.slice(i + 1, i + 3)))) {
        pushSpan(spans, text, sentenceStart, i);
        sentenceStart = skipSpace(text, i + 1, end);
      }
      continue;
    }
    if (ch === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    if (ch === "." && text[i + 1] === ".") {
      while (text[i + 1] === ".") i += 1;
      if (/^[,;]/.test(text[i + 1] ?? "")) continue;
    }
    let j = i + 1;
    while (j < end && (text[j] === "/" || text[j] === "." || text[j] === "”" || text[j] === "\"" || text[j] === ")")) j += 1;
    if (j < end && !/\s/.test(text[j])) continue;
    const wordBefore = /([\p{L}./]+)$/u.exec(text.slice(Math.max(start, i - 8), i))?.[1] ?? "";
    if (ch === "." && (ABBREVIATIONS.has(wordBefore.toLowerCase()) || /^[\p{Lu}]$/u.test(wordBefore))) continue;
    const next = skipSpace(text, j, end);
    if (next < end && !/[\p{Lu}\d“"(\-–+•*]/u.test(text[next])) continue;
    pushSpan(spans, text, sentenceStart, j);
    sentenceStart = next;
    i = next - 1;
  }
  if (sentenceStart < end) pushSpan(spans, text, sentenceStart, end);
  return spans;
}

/** Whether text[from, to) ends with `:` or `;` before trailing whitespace (looking back from the end only). */
function endsWithColon(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && /\s/.test(text[i])) i -= 1;
  return i >= from && (text[i] === ":" || text[i] === ";");
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && /\s/.test(text[i])) i += 1;
  return i;
}

function pushSpan(spans: Span[], text: string, start: number, end: number) {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e -= 1;
  if (e > start && /[\p{L}\d]/u.test(text.slice(start, e))) spans.push({ start, end: e });
}
