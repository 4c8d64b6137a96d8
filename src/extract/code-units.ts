/**
 * Strings built from UTF-16 code units. The extractor's passes over the whole
 * text write code units into a typed array and decode it once, instead of
 * running a global regex replace (slow with a million matches) or growing a
 * string one character at a time.
 */

const UTF16 = new TextDecoder("utf-16le");
const SURROGATE = /[\uD800-\uDFFF]/;

/** The string of `units[0, length)`, exactly (lone surrogates included). */
export function stringFromCodeUnits(units: Uint16Array, length = units.length): string {
  const text = UTF16.decode(units.subarray(0, length));
  // The decoder replaces a lone surrogate; only then is the exact path by chunks needed.
  if (!SURROGATE.test(text) && !text.includes("\uFFFD")) return text;
  const chunks: string[] = [];
  for (let i = 0; i < length; i += 8192) chunks.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]));
  return chunks.join("");
}
