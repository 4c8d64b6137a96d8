/**
 * Whether the text reached its end: a document of the genre closes with a
 * formula (`Nghị quyết này đã được … thông qua ngày …`), a signature or its
 * recipients (`Nơi nhận:`). A copy cut off on its way (a page saved half
 * loaded, a converter that stopped) has none of them, and often stops in the
 * middle of a sentence. It is still extracted as far as it goes; the batch
 * says so.
 */
import type { BatchWarning } from "../domain/model.js";
import type { ParsedStructure } from "./parse-structure.js";

/** The last article often holds the closing itself: "Điều 3. Nghị quyết này đã được … thông qua …", "… có hiệu lực từ ngày …". */
const CLOSING_WORDS = /(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kế\s+hoạch|Chương\s+trình)\s+này\s+(?:đã\s+được|được)\s[\s\S]{0,300}?thông\s+qua|(?:này|[Vv]ăn\s+bản)\s+có\s+hiệu\s+lực|có\s+hiệu\s+lực\s+(?:thi\s+hành\s+)?(?:kể\s+)?(?:từ|sau)\s/u;

/** A sentence, a list item or a heading ends like this; a cut one does not. */
const FINISHED = /(?:[.;:!?…”"'»)\]*]|\.\/\.)\s*$/u;

export function completenessWarnings(text: string, structure: ParsedStructure, documentId: string): BatchWarning[] {
  if (structure.closingStart < text.length || structure.operativeEnd <= structure.operativeStart) return [];
  if (CLOSING_WORDS.test(text.slice(structure.operativeStart))) return [];
  const tail = lastLine(text, structure.operativeEnd);
  const what = "no closing formula, signature or list of recipients";
  if (!FINISHED.test(text.slice(tail.start, tail.end)) && !/^[\p{Lu}\d\s,\-–]+$/u.test(text.slice(tail.start, tail.end))) {
    const words = text.slice(Math.max(tail.start, tail.end - 60), tail.end).replace(/\s+/g, " ").trim();
    return [
      {
        code: "TRUNCATED",
        message: `The text stops mid-sentence ("…${words}") and has ${what}: it looks like a truncated copy. What it holds was extracted; the rest of the document is missing.`,
        source: { documentId, start: tail.start, end: tail.end },
      },
    ];
  }
  return [{ code: "NO_CLOSING", message: `The text has ${what}: it may be incomplete.`, source: null }];
}

function lastLine(text: string, end: number): { start: number; end: number } {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e -= 1;
  return { start: text.lastIndexOf("\n", e - 1) + 1, end: e };
}
