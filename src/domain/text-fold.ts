/**
 * Folds Vietnamese text for matching: NFC-independent, case-insensitive and
 * tone-mark-insensitive (`Mỏ Cày Bắc`, `mo cay bac` and `MỎ CÀY BẮC` fold alike).
 * `đ` is not a combining mark, so it is mapped explicitly.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
