/** Small facts about written Vietnamese that every extraction stage needs. */
import { foldText } from "../domain/text-fold.js";

/** Letters used for điểm (points) in legal drafting, in order: no f, j, w, z; đ follows d. */
export const POINT_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

export const UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
export const LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
/** A capitalised syllable, e.g. `Mỏ`, `Thạnh`. */
export const CAP_WORD = `[${UPPER}][${LOWER}]*`;
/** A run of capitalised syllables, e.g. `Tân Thành Bình`. */
export const CAP_RUN = `${CAP_WORD}(?:[ \\t]+${CAP_WORD})*`;

export function isUpperLetter(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerLetter(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const FOLD_TABLE_SIZE = 0x2000;
/** Folded form of every code unit below U+2000 (Latin, Latin Extended, Vietnamese letters), built once. */
const FOLD_TABLE: string[] = Array.from({ length: FOLD_TABLE_SIZE }, (_, code) =>
  String.fromCharCode(code).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase(),
);

/**
 * Same result as foldText for NFC text, computed with a lookup table: the
 * extractor folds many short phrases and this is its hot path.
 */
export function foldFast(text: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += " ";
    space = false;
    out += code < FOLD_TABLE_SIZE ? FOLD_TABLE[code] : text[i].toLowerCase();
  }
  return out;
}

/** ASCII slug for ids: `Mỏ Cày Bắc` → `mo-cay-bac`. */
export function slugify(text: string): string {
  return foldFast(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Lets every space of a pattern match any run of whitespace: hard-wrapped
 * documents break lines between any two words (`có hiệu\nlực`).
 */
export function ws(source: string): string {
  return source.replace(/ /g, "\\s+");
}

/** Collapses whitespace (hard-wrapped lines) into single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * Length in the source of `squashed` (the words of text[from…] with whitespace
 * runs collapsed to one space, as `squash` gives them), so a span can quote the
 * hard-wrapped original. Leading whitespace at `from` is part of the span.
 */
export function measureSquashedSpan(text: string, from: number, squashed: string): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i += 1;
  let j = 0;
  while (j < squashed.length && i < text.length) {
    if (squashed[j] === " ") {
      while (i < text.length && /\s/.test(text[i])) i += 1;
      j += 1;
      continue;
    }
    i += 1;
    j += 1;
  }
  return i - from;
}

export function romanToNumber(roman: string): number | null {
  let total = 0;
  const chars = roman.toUpperCase().split("");
  for (let i = 0; i < chars.length; i += 1) {
    const value = ROMAN[chars[i]];
    if (!value) return null;
    const next = ROMAN[chars[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `ngày 05 tháng 7 năm 2023`, `ngày 14/9/2015`, `ngày 21-02-2018` (line breaks, and spaces lost in conversion: `tháng11`). */
export const DATE_PATTERN = String.raw`ngày\s*(\d{1,2})\s*(?:tháng\s*(\d{1,2})\s*năm\s*(\d{4})|[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4}))`;

export function parseDateMatch(groups: (string | undefined)[], offset = 1): string | null {
  const day = Number(groups[offset]);
  const month = Number(groups[offset + 1] ?? groups[offset + 3]);
  const year = Number(groups[offset + 2] ?? groups[offset + 4]);
  return isoDate(year, month, day);
}

export function parseDate(text: string): string | null {
  const match = new RegExp(DATE_PATTERN).exec(text);
  return match ? parseDateMatch([...match]) : null;
}

/**
 * Vietnamese numerals: `.` groups thousands and `,` marks decimals
 * (`1.300` → 1300, `29,5` → 29.5, `557,480` → 557.48).
 */
export function parseVietnameseNumber(raw: string): number {
  const cleaned = raw.replace(/\s/g, "");
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned)) return Number(cleaned.replace(/\./g, "").replace(",", "."));
  if (/^\d+,\d+$/.test(cleaned)) return Number(cleaned.replace(",", "."));
  if (/^\d+\.\d+$/.test(cleaned)) return Number(cleaned);
  return Number(cleaned.replace(/[.,]/g, ""));
}

/**
 * Verbs that open a commitment in this genre ("Tiếp tục đẩy nhanh…", "Hỗ trợ…").
 * Matched against the folded start of a clause, so tone marks and case do not matter.
 */
const ACTION_VERBS = [
  "tiep tuc", "day nhanh", "day manh", "tap trung", "hoan thien", "hoan thanh", "theo doi", "trien khai", "thuc hien",
  "van dong", "tang cuong", "ho tro", "thong qua", "to chuc", "chuan bi", "quan tam", "nang cao", "nang cap", "nang chat",
  "phat huy", "khan truong", "tai khoi dong", "xay dung", "siet chat", "ban hanh", "chi dao", "ra soat", "phan dau",
  "tien hanh", "bo tri", "de xuat", "kien nghi", "huong dan", "giai quyet", "phat dong", "huy dong", "kiem soat", "han che",
  "chu dong", "ung dung", "tich cuc", "dam bao", "bao dam", "chu trong", "triet de", "phat trien", "dieu chinh", "giu nguyen",
  "bo sung", "quan ly", "hinh thanh", "tuyen truyen", "thong ke", "cai thien", "cai cach", "kiem tra", "thanh tra", "giam sat",
  "don doc", "xu ly", "khac phuc", "thuc day", "mo rong", "nhan rong", "da dang hoa", "sap xep", "kien toan", "cung co",
  "dao tao", "boi duong", "tuyen chon", "thu hut", "keu goi", "xuc tien", "quang ba", "dau tu", "giai ngan", "phan bo",
  "uu tien", "lam dau moi", "lam ro", "phoi hop", "chu tri", "tham muu", "trinh", "bao cao", "cap nhat", "dieu tra",
  "danh gia", "tong ket", "so ket", "nghien cuu", "lap ke hoach", "lap quy hoach", "lap du an", "phe duyet", "cong bo",
  "cong khai", "thuc thi", "thi hanh", "duy tri", "van hanh", "sua chua", "cai tao", "mua sam", "trang bi", "ngan chan",
  "phong ngua", "phong chong", "dau tranh", "tran ap", "kiem che", "keo giam", "giam thieu", "giam ngheo", "tang thu",
  "tao dieu kien", "tao moi truong", "dua vao", "dua ra", "gan ket", "gan voi", "ket hop", "lien ket", "hop tac",
  "tranh thu", "tan dung", "khuyen khich", "vinh danh", "bieu duong", "khen thuong", "xet duyet", "xet tang", "tham dinh",
  "tiep nhan", "tong hop", "lay y kien", "tap huan", "phan dinh", "phan cap", "xac nhan", "xac dinh", "dinh huong",
  "thong tin", "phat hien", "ket noi", "dang ky", "cap phep", "gioi thieu", "de nghi", "yeu cau", "giao", "phai",
  "tiet kiem", "rut ngan", "hoan tat", "tam dung", "dinh chi", "thu hoi", "chuyen doi", "so hoa", "quy hoach", "tiep can",
  "dam nhan", "tham gia", "khoi cong", "thi cong", "dieu hanh", "bao ve", "giu vung", "giu gin", "chan chinh", "tu van",
  "cham lo", "thuong xuyen", "kip thoi", "nghiem tuc", "quyet liet", "tai co cau", "co cau lai", "ra quyet dinh",
];

const ACTION_VERB_SET = new Set(ACTION_VERBS);
const MAX_VERB_WORDS = 3;

/** True when the folded text starts with an action verb of the genre. */
export function startsWithActionVerb(foldedClause: string): boolean {
  const words = foldedClause.slice(0, 60).replace(/^[^a-z0-9]+/, "").split(/[\s,;:.()]+/).filter(Boolean);
  for (let n = Math.min(MAX_VERB_WORDS, words.length); n >= 1; n -= 1) {
    if (ACTION_VERB_SET.has(words.slice(0, n).join(" "))) return true;
  }
  return false;
}

export { foldText };
