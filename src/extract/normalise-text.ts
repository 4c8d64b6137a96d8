/**
 * Turns input bytes or a string into the document's normalised text: the one
 * every span points into. Rejects what cannot be a document, with the reason.
 */
import { BadDocumentError } from "../domain/errors.js";
import { stringFromCodeUnits } from "./code-units.js";

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
  const utf16 = utf16ByteOrder(input);
  if (utf16) throw new BadDocumentError(`The document${label} is UTF-16 (${utf16}) text: re-save it as UTF-8.`);
  if (input.includes(0)) throw new BadDocumentError(`The document${label} is binary: it contains NUL bytes.`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    throw new BadDocumentError(`The document${label} is not valid UTF-8 text (re-save it as UTF-8).`);
  }
}

/**
 * UTF-16 text, by its byte order mark or, without one, by the zero bytes that
 * ASCII letters, digits and spaces leave on one side of every code unit.
 */
function utf16ByteOrder(bytes: Uint8Array): "little-endian" | "big-endian" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "little-endian";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "big-endian";
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const units = sample / 2;
  if (oddZeros >= units * 0.2 && evenZeros <= units * 0.02) return "little-endian";
  if (evenZeros >= units * 0.2 && oddZeros <= units * 0.02) return "big-endian";
  return null;
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

/** A line that shows the body has begun: tables after it are data, not the page header. */
const BODY_STARTED = /^\s*[#*\s]*(?:Căn cứ|QUYẾT NGHỊ|QUYẾT ĐỊNH\s*:|Điều\s+1\b)/u;

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

/**
 * Characters outside these ranges may change under NFC (combining marks, NFD
 * text, canonical singletons); text made only of them is already NFC, and
 * skipping the normaliser saves a pass over a long document.
 */
const NEEDS_COMPOSITION = /[^\u0000-\u02FF\u1E00-\u1EFF\u2000-\u206F]/;

/**
 * In one pass: drops a leading BOM, turns CRLF and CR into LF, exotic spaces
 * and tabs into spaces, typographic dashes into `-`.
 */
function substituteCharacters(raw: string): string {
  const units = new Uint16Array(raw.length);
  let length = 0;
  for (let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (code === 13) {
      units[length++] = 10;
      if (raw.charCodeAt(i + 1) === 10) i += 1;
    } else if (code === 9 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000) {
      units[length++] = 32;
    } else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) {
      units[length++] = 45;
    } else {
      units[length++] = code;
    }
  }
  return stringFromCodeUnits(units, length);
}

export function normaliseText(raw: string, fileName?: string): NormalisedText {
  const label = fileName ? ` (${fileName})` : "";
  if (raw.trim().length === 0) throw new BadDocumentError(`The document${label} is empty or contains only whitespace.`);
  const substituted = substituteCharacters(raw);
  const unified = NEEDS_COMPOSITION.test(substituted) ? substituted.normalize("NFC") : substituted;

  const rawLines = unified.split("\n");
  const lines: { text: string; heading: boolean }[] = [];
  let bodyStarted = false;
  for (let i = 0; i < rawLines.length; i += 1) {
    const line = rawLines[i];
    if (/\|/.test(line) && (/^\s*\|/.test(line) || TABLE_SEPARATOR.test(rawLines[i + 1] ?? "") || /\|/.test(rawLines[i + 1] ?? "") || /\|/.test(rawLines[i - 1] ?? ""))) {
      const rows: string[] = [];
      while (i < rawLines.length && /\|/.test(rawLines[i])) rows.push(rawLines[i++]);
      i -= 1;
      for (const cell of flattenTable(rows, bodyStarted)) lines.push({ text: stripInlineMarkup(cell), heading: false });
      bodyStarted ||= rows.some((row) => BODY_STARTED.test(row));
      continue;
    }
    bodyStarted ||= BODY_STARTED.test(line);
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
