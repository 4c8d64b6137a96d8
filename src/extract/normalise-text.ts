/**
 * Turns input bytes or a string into the document's normalised text: the one
 * every span points into. Rejects what cannot be a document, with the reason.
 */
import { BadDocumentError } from "../domain/errors.js";

export interface NormalisedText {
  text: string;
  /** Offsets of line starts that were Markdown headings (`# …`): they end a unit even without punctuation. */
  headingLineStarts: Set<number>;
}

export function decodeInput(input: string | Uint8Array, fileName?: string): string {
  const label = fileName ? ` (${fileName})` : "";
  if (typeof input === "string") {
    if (input.includes("\u0000")) throw new BadDocumentError(`The document${label} is binary: it contains NUL characters.`);
    return input;
  }
  if (input.length === 0) throw new BadDocumentError(`The document${label} is empty.`);
  if (input.includes(0)) throw new BadDocumentError(`The document${label} is binary: it contains NUL bytes.`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    throw new BadDocumentError(`The document${label} is not valid UTF-8 text (re-save it as UTF-8).`);
  }
}

const HTML_TAG = /<\/?(?:center|div|br|p|span|b|i|u|strong|em|sup|sub|jsontable)\b[^>]*>/gi;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * A Markdown table (a run of lines with `|`). Before the body starts it is the
 * page header (issuer | motto, number | place and date): its cells are read
 * column by column, giving back the two blocks the page showed side by side.
 * In the body it is data: one paragraph per row, cells joined by ` | `, so a
 * row is never glued to the next one as a sentence.
 */
function flattenTable(rows: string[], inBody: boolean): string[] {
  const cells = rows
    .filter((row) => !TABLE_SEPARATOR.test(row))
    .map((row) => row.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((cell) => cell.trim()));
  if (inBody) {
    return cells.map((row) => row.filter(Boolean).join(" | ")).filter(Boolean).flatMap((row) => [row, ""]);
  }
  const width = Math.max(0, ...cells.map((row) => row.length));
  const out: string[] = [];
  for (let column = 0; column < width; column += 1) {
    for (const row of cells) {
      const cell = row[column];
      if (cell) out.push(cell);
    }
  }
  return out;
}

const BODY_STARTED = /(?:^|\n)\s*[#*\s]*(?:Căn cứ|QUYẾT NGHỊ|QUYẾT ĐỊNH\s*:|Điều\s+1\b)/u;

function stripInlineMarkup(line: string): string {
  return line
    .replace(IMAGE, "")
    .replace(HTML_TAG, " ")
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s(“"])\*(?=\S)/g, "$1")
    .replace(/(\S)\*(?=$|[\s.,;:)”"])/g, "$1")
    .replace(/\\([*_#|])/g, "$1");
}

const LONG_LINE = 1500;
/** Where a page flattened to one line had its line breaks: before a marker that follows a sentence's end. */
const COLLAPSED_BREAK =
  /(?<=[\p{Ll}]) (?=[a-zđ]\) [\p{Lu}])|(?<=\S) (?=Căn cứ |QUYẾT NGHỊ:|QUYẾT ĐỊNH:|Nơi nhận)|(?<=[.:;!?”"]) (?=(?:Điều|ĐIỀU) \d+[.:]|Chương [IVXLC]+\b|[IVX]{1,4}\. [\p{Lu}]|\d{1,2}\. [\p{Lu}]|\d{1,2}\.\d{1,2}\. |[a-zđ]\) |- [\p{Lu}]|Xét )/gu;

/**
 * A very long line is a page whose line breaks were lost (copied from a web page
 * into one paragraph); structure markers after a sentence's end start lines again.
 */
function restoreLineBreaks(line: string): string {
  return line.length > LONG_LINE ? line.replace(COLLAPSED_BREAK, "\n") : line;
}

export function normaliseText(raw: string, fileName?: string): NormalisedText {
  const label = fileName ? ` (${fileName})` : "";
  if (raw.trim().length === 0) throw new BadDocumentError(`The document${label} is empty or contains only whitespace.`);
  const unified = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[\u00A0\u2000-\u200B\u202F\u3000]/g, " ")
    .replace(/\t/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-");

  const rawLines = unified.split("\n");
  const lines: { text: string; heading: boolean }[] = [];
  for (let i = 0; i < rawLines.length; i += 1) {
    const line = rawLines[i];
    if (/\|/.test(line) && (/^\s*\|/.test(line) || TABLE_SEPARATOR.test(rawLines[i + 1] ?? "") || /\|/.test(rawLines[i + 1] ?? "") || /\|/.test(rawLines[i - 1] ?? ""))) {
      const rows: string[] = [];
      while (i < rawLines.length && /\|/.test(rawLines[i])) rows.push(rawLines[i++]);
      i -= 1;
      const inBody = BODY_STARTED.test(rawLines.slice(0, i - rows.length + 1).join("\n"));
      for (const cell of flattenTable(rows, inBody)) lines.push({ text: stripInlineMarkup(cell), heading: false });
      continue;
    }
    if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
      lines.push({ text: "", heading: false });
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s/.test(line);
    const withoutHashes = heading ? line.replace(/^\s{0,3}#{1,6}\s+/, "") : line;
    lines.push({ text: stripInlineMarkup(withoutHashes), heading });
  }

  const out: string[] = [];
  const headingLineStarts = new Set<number>();
  let offset = 0;
  let blank = 0;
  for (const { text, heading } of lines) {
    const cleaned = restoreLineBreaks(text.replace(/ {2,}/g, " ").trim());
    if (cleaned === "") {
      blank += 1;
      continue;
    }
    if (out.length > 0) {
      const separator = blank > 0 ? "\n\n" : "\n";
      out.push(separator);
      offset += separator.length;
    }
    blank = 0;
    if (heading) headingLineStarts.add(offset);
    out.push(cleaned);
    offset += cleaned.length;
  }
  const text = out.join("");
  if (text.trim().length === 0) throw new BadDocumentError(`The document${label} has no text once markup is removed.`);
  return { text, headingLineStarts };
}
