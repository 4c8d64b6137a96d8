/**
 * Whether a sentence of an operative provision is a commitment (a task), and
 * its sector and deadline.
 *
 * A commitment is a sentence that directs action: it opens with an action verb
 * (`Tiếp tục…`, `Hỗ trợ…`), possibly after its actor (`Ủy ban nhân dân tỉnh tổ
 * chức thực hiện…`) or a purpose clause (`Để …, `), or it carries a directive
 * (`phải`, `có trách nhiệm`, `chịu trách nhiệm`, `giao`, `đề nghị`).
 * Not commitments: headings, lead-ins ending with `:`, statements about the
 * instrument itself (`Nghị quyết này…`, `Quy chế này quy định…`), the
 * enacting formula (`Ban hành kèm theo…`), endorsements and assessments
 * (`Thống nhất với báo cáo…`, and every sentence of an article whose lead-in
 * endorses an assessment of results), and sections stating purposes
 * (`MỤC ĐÍCH, YÊU CẦU`).
 */
import type { Sector } from "../domain/model.js";
import { isoDate, startsWithActionVerb, foldFast } from "./vietnamese.js";

const SELF_REFERENCE = /^(?:nghi quyet|quyet dinh|quy che|quy dinh|chuong trinh|ke hoach|chi thi|de an|thong tu) nay\b/;
const ENACTING = /^(?:ban hanh kem theo|thong nhat (?:voi|danh gia)|nhat tri (?:voi|danh gia))/;
const DIRECTIVES = /\b(?:phai|co trach nhiem|chiu trach nhiem|chu tri|chu dong|de nghi (?:cac|uy ban|ubnd|so|ban))\b|^(?:giao|de nghi|yeu cau)\b/;
const ASSESSMENT_LEAD = /\b(?:thong nhat|nhat tri|tan thanh|thong qua)(?: voi)?(?: (?:noi dung|cac|phan))? (?:danh gia|ket qua|bao cao)\b/;
const RESULTS_HEADING = /^(?:ve )?(?:tinh hinh|ket qua|danh gia)\b/;

/** A clause reviewing results ("1. Về tình hình kinh tế xã hội 5 năm 2010 - 2015:"): its sentences are assessments. */
export function isResultsSection(text: string | null): boolean {
  return text !== null && RESULTS_HEADING.test(foldFast(text));
}
const NON_TASK_SECTION = /^(?:muc dich|yeu cau|muc dich, yeu cau|quan diem|can cu|pham vi|doi tuong|giai thich tu ngu)/;

export function isAssessmentLeadIn(text: string): boolean {
  const folded = foldFast(text);
  return ASSESSMENT_LEAD.test(folded);
}

const DUTY_LEAD_IN = /\b(?:nhiem vu|giai phap|noi dung cong viec|cong viec|muc tieu|chi tieu)\b[^.]*:\s*$/;
const GOALS_HEADING = /^(?:ve |cac )?(?:muc tieu|chi tieu|nhiem vu|to chuc thuc hien)/;

export function isDutyLeadIn(text: string): boolean {
  return DUTY_LEAD_IN.test(foldFast(text));
}

/** A heading announcing goals, duties or the implementation ("Mục tiêu, chỉ tiêu chủ yếu năm 2023", "TỔ CHỨC THỰC HIỆN"): its items are commitments. */
export function isGoalsHeading(heading: string | null): boolean {
  return heading !== null && GOALS_HEADING.test(foldFast(heading));
}

export function isNonTaskSection(heading: string | null): boolean {
  return heading !== null && NON_TASK_SECTION.test(foldFast(heading));
}

/** Strips a leading actor or purpose clause: what remains should open with the predicate. */
function predicateStart(folded: string, actorEnd: number): string {
  let rest = folded.slice(actorEnd).replace(/^[\s,;:]+/, "");
  // A purpose or circumstance opens the sentence ("Để …,", "Căn cứ vào điều kiện thực tế …,"): the predicate follows the comma.
  if (/^(?:de|nham|can cu|tren co so|trong qua trinh|doi voi|tuy theo|truong hop)\s/.test(rest) && rest.includes(",")) rest = rest.slice(rest.indexOf(",") + 1).trim();
  rest = rest.replace(/^(?:dong thoi|rieng|hang nam|dinh ky|truoc mat|trong (?:nam|thoi gian) [^,]*|tu nay den cuoi nam)[,\s]+/, "");
  return rest;
}

/**
 * `listedDuty`: the sentence is an item of a list whose lead-in announces
 * duties (`Nhiệm vụ chi của ngân sách tỉnh:`), so it is a commitment even when
 * it opens with a noun (`Hoạt động của hệ thống quan trắc…`).
 */
/** A lead-in that opens with an action ("Điều chỉnh, bổ sung:", "Giao Sở X:"): its items complete the action. */
export function opensWithAction(leadIn: string): boolean {
  const folded = foldFast(leadIn.replace(/^[\s\-–+•*“"]+/, ""));
  if (SELF_REFERENCE.test(folded) || ENACTING.test(folded)) return false;
  return startsWithActionVerb(folded) || /^(?:giao|de nghi|yeu cau)\b/.test(folded);
}

export function isCommitment(sentence: string, actorPrefixLength: number, listedDuty = false): boolean {
  const trimmed = sentence.replace(/^[\s\-–+•*“"]+/, "");
  if (/:\s*$/.test(trimmed)) return false;
  const folded = foldFast(trimmed);
  if (SELF_REFERENCE.test(folded) || ENACTING.test(folded)) return false;
  if (/^(?:trong do|tuy nhien|ben canh|mac du|nhin chung)\b/.test(folded)) return false;
  // "Tổ chức, cá nhân …" names who is concerned; it is not the verb "tổ chức".
  if (/^to chuc(?:,| va| hoac) (?:ca nhan|co quan|don vi)/.test(folded)) return false;
  if (ASSESSMENT_LEAD.test(folded.slice(0, 120)) && !/:\s*$/.test(trimmed)) return false;
  if (listedDuty) return true;
  // A heading glued to its first sentence by a hard wrap: "Mục tiêu tổng quát Phấn đấu tốc độ tăng trưởng …".
  const glued = /^[^.,;:]{3,60}?\s([\p{Lu}][\p{Ll}]*(?:\s[\p{Ll}]+){0,2})/u.exec(trimmed);
  if (glued && startsWithActionVerb(foldFast(trimmed.slice(glued.index + glued[0].length - glued[1].length)))) return true;
  const predicate = predicateStart(folded, actorPrefixLength > 0 ? foldFast(trimmed.slice(0, actorPrefixLength)).length : 0);
  if (startsWithActionVerb(predicate) || startsWithActionVerb(folded)) return true;
  return DIRECTIVES.test(folded);
}

const SECTOR_KEYWORD_SOURCES: [Sector, RegExp][] = [
  ["DEFENCE_SECURITY", /\b(quoc phong|an ninh|toi pham|ma tuy|phong chay|chua chay|bien phong|quan su|nhap ngu|dien tap|canh sat|cong an|khai thac iuu|tai nan giao thong|luc luong vu trang|huan luyen)\b/],
  ["ENERGY", /\b(dien gio|dien mat troi|nang luong|hydro|luoi dien|110 kv|220 kv)/],
  ["INDUSTRY", /\b(khu cong nghiep|cum cong nghiep|kcn|ccn|cong nghiep)\b/],
  ["INFRASTRUCTURE", /\b(xay dung cau|nang cap cau|cau duong|duong tinh|duong huyen|quoc lo|nang cap duong|duong bo|duong gom|giao thong|ha tang|tuyen duong|cang bien|cang ca|cong trinh)\b/],
  ["AGRICULTURE", /\b(nong nghiep|thuy san|dua huu co|cay dua|san pham dua|nuoi tom|tom bien|lua gao|cay lua|san xuat lua|cay trong|vat nuoi|cay giong|hoa kieng|nong thon moi|thien tai|nong dan|lam nghiep|chan nuoi)\b/],
  ["TRADE_TOURISM", /\b(du lich|thuong mai|xuc tien|ocop|hoi cho|thi truong|xuat khau|doanh nghiep)\b/],
  ["FINANCE_BUDGET", /\b(ngan sach|thue|giai ngan|von dau tu|von|lai suat|tai chinh|chi thuong xuyen|no thue|kinh phi|tien thuong|thanh toan)\b/],
  ["LAND_ENVIRONMENT", /\b(dat dai|su dung dat|moi truong|rac thai|o nhiem|khai thac cat|mo cat|tai nguyen|chat thai|nuoc thai|bien doi khi hau)\b/],
  ["EDUCATION", /\b(giao duc|nam hoc|truong hoc|sach giao khoa|dao tao|khai giang|hoc sinh)\b/],
  ["HEALTH", /\b(y te|covid|dich benh|tiem chung|vac xin|kham chua benh|benh vien)\b/],
  ["LABOUR_WELFARE", /\b(lao dong|viec lam|bao hiem xa hoi|nguoi co cong|thuong binh|giam ngheo|an sinh|bao tro xa hoi|cong doan)\b/],
  ["DIGITAL", /\b(chuyen doi so|dien tu|cong nghe thong tin|an toan thong tin|so hoa|dinh danh)\b/],
  ["PLANNING", /\b(quy hoach)\b/],
  ["ADMINISTRATION", /\b(cai cach hanh chinh|thu tuc hanh chinh|cong chuc|can bo|bo may|don vi hanh chinh|chinh quyen|ky luat|thi dua|khen thuong|danh hieu|khieu nai|to cao|tiep cong dan|doi thoai)\b/],
  ["CULTURE_SOCIETY", /\b(van hoa|le ky niem|ky niem|the thao|gia dinh|bao chi|tuyen truyen|karaoke|tuong dai)\b/],
  ["ECONOMY", /\b(kinh te|dau tu|tang truong|doi ngoai|hoi nhap)\b/],
];

/** One pass over the sentence: every keyword of every sector in one alternation. */
const SECTOR_OF_KEYWORD = new Map<string, Sector>();
for (const [sector, re] of SECTOR_KEYWORD_SOURCES) {
  const alternation = /\\b\((.*)\)(?:\\b)?$/.exec(re.source)?.[1] ?? "";
  for (const keyword of alternation.split("|")) if (!SECTOR_OF_KEYWORD.has(keyword)) SECTOR_OF_KEYWORD.set(keyword, sector);
}
const SECTOR_RE = new RegExp(`\\b(${[...SECTOR_OF_KEYWORD.keys()].sort((a, b) => b.length - a.length).join("|")})\\b`, "g");

const HEADING_SECTORS: [Sector, RegExp][] = [
  ["DEFENCE_SECURITY", /quoc phong|an ninh/],
  ["ADMINISTRATION", /cai cach hanh chinh|cong vu|cong chuc/],
  ["CULTURE_SOCIETY", /van hoa|xa hoi/],
  ["ECONOMY", /kinh te/],
  ["FINANCE_BUDGET", /ngan sach|tai chinh|von/],
  ["LAND_ENVIRONMENT", /moi truong|dat dai/],
  ["EDUCATION", /giao duc/],
  ["HEALTH", /y te/],
];

/** Keywords of the sentence decide; the section heading decides when they are silent. */
export function classifySector(sentence: string, headings: string[]): Sector | null {
  const folded = foldFast(sentence);
  const scores = new Map<Sector, number>();
  let best: Sector | null = null;
  let bestScore = 0;
  SECTOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SECTOR_RE.exec(folded))) {
    const sector = SECTOR_OF_KEYWORD.get(m[1])!;
    const score = (scores.get(sector) ?? 0) + 1;
    scores.set(sector, score);
    if (score > bestScore || (score === bestScore && sectorRank(sector) < sectorRank(best!))) {
      best = sector;
      bestScore = score;
    }
  }
  if (best) return best;
  for (const heading of headings) {
    const h = foldFast(heading);
    for (const [sector, re] of HEADING_SECTORS) if (re.test(h)) return sector;
  }
  return null;
}

function sectorRank(sector: Sector): number {
  return SECTOR_KEYWORD_SOURCES.findIndex(([s]) => s === sector);
}

const QUARTER_END: Record<string, string> = { I: "03-31", II: "06-30", III: "09-30", IV: "12-31", "1": "03-31", "2": "06-30", "3": "09-30", "4": "12-31" };

/**
 * A deadline written with a cue (`trước ngày`, `đến cuối năm`, `hoàn thành
 * trong quý II/2020`, `trong năm 2023`, `đến năm 2025`). Without a year in the
 * text, `cuối năm` means the end of the document's year.
 */
export function findDeadline(sentence: string, documentYear: number | null): string | null {
  const s = sentence.replace(/\s+/g, " ");
  let m = /(?:trước|chậm nhất|hạn chót|hoàn thành trong|hoàn thành trước|đến)\s+ngày\s+(\d{1,2})\s*(?:tháng\s+(\d{1,2})\s+năm\s+(\d{4})|\/(\d{1,2})\/(\d{4}))/u.exec(s);
  if (m) return isoDate(Number(m[3] ?? m[5]), Number(m[2] ?? m[4]), Number(m[1]));
  m = /(?:trong|trước|hết|đến hết|cuối)\s+quý\s+([IV]+|[1-4])\s*(?:\/|năm\s+)(\d{4})/u.exec(s);
  if (m) return `${m[2]}-${QUARTER_END[m[1]]}`;
  m = /(?:trước|đến|trong|hết)\s+tháng\s+(\d{1,2})\s*(?:\/|năm\s+)(\d{4})/u.exec(s);
  if (m) {
    const month = Number(m[1]);
    const last = new Date(Date.UTC(Number(m[2]), month, 0)).getUTCDate();
    return isoDate(Number(m[2]), month, last);
  }
  m = /(?:phấn đấu|hoàn thành)[^.;]{0,40}?(?:đến|trước|trong)\s+(?:hết\s+|cuối\s+)?năm\s+(\d{4})/u.exec(s) ?? /(?:^|\s)(?:đến hết|đến cuối|trước hết)\s+năm\s+(\d{4})/u.exec(s);
  if (m) return `${m[1]}-12-31`;
  if (documentYear && /(?:đến|trước|từ nay đến)\s+cuối năm(?!\s+\d)/u.test(s)) return `${documentYear}-12-31`;
  return null;
}
