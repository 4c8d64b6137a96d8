/**
 * Named works: `dự án <Name>`, `cầu <Name>`, `Đường …`, `Nhà máy …`,
 * `công trình <N> kV`, `hạ tầng Khu công nghiệp <Name>`, wind and solar power
 * projects. A project id is keyed by the province of the document, so the
 * same work named in two documents of one province is one node.
 */
import type { Span } from "./parse-structure.js";
import { TakenSpans } from "./span-index.js";
import { CAP_WORD, foldFast, measureSquashedSpan, slugify, startsWithActionVerb } from "./vietnamese.js";

export interface ProjectMention extends Span {
  id: string;
  name: string;
  projectKind: string;
}

const NAME_WORDS = `(?:${CAP_WORD}|\\d+)(?:[ \\t]+(?:${CAP_WORD}|\\d+))*`;

const PATTERNS: { re: RegExp; kind: string; name: (m: RegExpExecArray) => string; open?: boolean }[] = [
  { re: new RegExp(`(?<![\\p{L}])[Dd]ự án\\s+(?!này)([\\p{Lu}](?:[^,;.()\\n]|\\n(?!\\n))*)`, "gu"), kind: "PROJECT", name: (m) => m[1], open: true },
  { re: new RegExp(`(?<![\\p{L}])(?:[Hh]ạ tầng)\\s+(Khu công nghiệp|khu công nghiệp|Cụm công nghiệp|cụm công nghiệp)\\s+(${NAME_WORDS})`, "gu"), kind: "INDUSTRIAL_INFRASTRUCTURE", name: (m) => `Hạ tầng ${m[1].replace(/^k/u, "K").replace(/^c/u, "C")} ${m[2]}` },
  { re: /(?<![\p{L}])(Đường (?:gom|vào|tránh|nối|tỉnh|huyện|cao tốc|ven)[^,;.()\n]*)/gu, kind: "ROAD", name: (m) => m[1], open: true },
  { re: /(?<![\p{L}])([Tt]uyến đường(?: bộ)? (?:ven biển|cao tốc|tránh|nối)[^,;.()\n]*)/gu, kind: "ROAD", name: (m) => m[1].replace(/^t/u, "T"), open: true },
  { re: /(?<![\p{L}])(?:tuyến\s+)?(?:[Đđ]ường\s+)?((?:ĐT|QL|ĐH|ĐX|Quốc lộ|quốc lộ|Tỉnh lộ|tỉnh lộ)\s*\.?\s*\d+[A-Z]?)(?![\p{L}\d])/gu, kind: "ROAD", name: (m) => `Đường ${m[1].replace(/\s+/g, " ")}` },
  { re: /(?<![\p{L}])(?:tuyến\s+)?[Đđ]ường\s+(tỉnh|huyện|xã)\s+(\d+[A-Z]?)(?![\p{L}\d])/gu, kind: "ROAD", name: (m) => `Đường ${m[1]} ${m[2]}` },
  { re: /(?<![\p{L}])(Nhà máy [^,;.()\n]+)/gu, kind: "PLANT", name: (m) => m[1], open: true },
  { re: new RegExp(`(?<![\\p{L}])nhà máy\\s+(${NAME_WORDS})`, "gu"), kind: "PLANT", name: (m) => `Nhà máy ${m[1]}` },
  { re: /(?<![\p{L}])(?:các\s+)?(công trình|Công trình|đường dây|trạm biến áp)\s+(\d+)\s*kV/gu, kind: "POWER_GRID", name: (m) => `Các ${m[1].toLowerCase()} ${m[2]} kV` },
  { re: /(?<![\p{L}])(?:các\s+)?dự án (điện gió|điện mặt trời|điện sinh khối|điện khí)/gu, kind: "POWER_PLANT", name: (m) => `Dự án ${m[1]}` },
  { re: new RegExp(`(?<![\\p{L}])[Cc]ầu\\s+(${NAME_WORDS})`, "gu"), kind: "BRIDGE", name: (m) => `Cầu ${m[1]}` },
];

/** Where an open-ended name stops: before a verb, `do X`, `và`, `đã`, `được`… */
function trimOpenName(raw: string): string {
  const words = raw.split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const rest = words.slice(i).join(" ");
    const folded = foldFast(rest);
    if (i > 0 && /^(do|va (?!tinh|huyen|thanh pho)|da|duoc|de|nham|tai|theo|thuc hien|trien khai|lam|thay the|dang|se|can|phai|cua cac|nhu|trong nam|nam \d{4})\b/.test(folded)) break;
    if (i > 1 && startsWithActionVerb(folded) && !/^(xu ly|phat trien|ket noi|xay dung|bao ve|nang cap)/.test(folded)) break;
    kept.push(words[i]);
    if (kept.length >= 24) break;
  }
  return kept.join(" ");
}

export function findProjects(text: string, zones: Span[], provinceCode: string | null): ProjectMention[] {
  const mentions: ProjectMention[] = [];
  const taken = new TakenSpans();
  for (const zone of zones) {
    const slice = text.slice(zone.start, zone.end);
    for (const pattern of PATTERNS) {
      pattern.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.re.exec(slice))) {
        let name = pattern.name(m).replace(/\s+/g, " ").trim();
        if (pattern.open) name = trimOpenName(name);
        if (name.split(" ").length < 2) continue;
        const nameStartInMatch = m[0].indexOf(pattern.open ? name.split(" ")[0] : m[0].trim().split(/\s+/)[0]);
        const start = zone.start + m.index + Math.max(0, pattern.open ? m[0].indexOf(name.slice(0, 8)) : nameStartInMatch);
        let end = start + (pattern.open ? measureSquashedSpan(text, start, name) : m[0].length - Math.max(0, nameStartInMatch));
        // Keep a parenthesised acronym: "… biến đổi khí hậu (CSAT)".
        const acronym = /^\s*\(([A-Z][A-Z0-9-]{1,12})\)/.exec(text.slice(end, end + 20));
        if (acronym) {
          name = `${name} (${acronym[1]})`;
          end += acronym[0].length;
        }
        if (taken.overlaps({ start, end })) continue;
        taken.add({ start, end });
        mentions.push({ id: `proj:${provinceCode ?? "vn"}/${slugify(name.replace(/\s*\([A-Z0-9-]+\)$/, ""))}`, name, projectKind: pattern.kind, start, end });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

