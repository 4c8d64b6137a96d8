/**
 * Reference data shipped in seed/reference (see scripts/build-reference.ts):
 * the gazetteers of both eras of Vietnam's administrative units, the
 * succession between them, regions, and bodies. Each part is read on first
 * use and kept for the process: a document of one era never pays for the other.
 *
 * Eras. Before 1 July 2025: 63 provinces, districts, communes (GSO codes,
 * `place:<code>`). From 1 July 2025: 34 provinces and the communes, wards
 * and special zones directly under them. The reform reused codes (80 was Long
 * An and is now Tây Ninh), so a unit of the 2025 list is keyed `2025-<code>`:
 * ids built from a key (`place:2025-86`, `body:ubnd-2025-86`) never collide
 * with those of the earlier list.
 */
import { readFileSync } from "node:fs";
import type { BodyKind, IsoDate, PlaceKind } from "../domain/model.js";
import { foldFast } from "./vietnamese.js";

export type GazetteerEra = "before-2025" | "2025";

/** The day the 2025 list took effect (Nghị quyết 202/2025/QH15 and the communes' resolutions of June 2025). */
export const REORGANISATION_DATE: IsoDate = "2025-07-01";
/** The last day of the earlier list. */
export const LAST_DAY_BEFORE_REORGANISATION: IsoDate = "2025-06-30";
const ERA_2025_PREFIX = "2025-";

export interface GazetteerUnit {
  /** The unit's key in ids: its GSO code before 1 July 2025 (`838`), `2025-<code>` on the 2025 list (`2025-86`). */
  code: string;
  /** The GSO code as published (`86`). */
  gsoCode: string;
  era: GazetteerEra;
  name: string;
  /** tinh, tp, huyen, quan, tx, xa, phuong, tt; dk (đặc khu) on the 2025 list. */
  type: string;
  /** A type the unit took later (Đồng Nai became a thành phố on 30 April 2026); its type word also names it. */
  laterType?: string;
  parentCode: string | null;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  folded: string;
}

export interface Region {
  key: string;
  name: string;
  aliases: string[];
}

export interface CentralBody {
  key: string;
  name: string;
  kind: BodyKind;
  aliases: string[];
}

export interface NamedBody {
  key: string;
  name: string;
  abbr?: string[];
  kind?: BodyKind;
}

/** Who issues an instrument whose number carries a token (bodies.json, numberSuffixes). */
export type NumberSuffix = { body: string } | { local: "PEOPLES_COUNCIL" | "PEOPLES_COMMITTEE" } | { party: "CENTRAL" | "PROVINCE" | "DISTRICT" };

export interface ReferenceData {
  era: GazetteerEra;
  units: Map<string, GazetteerUnit>;
  provinces: GazetteerUnit[];
  byFoldedName: Map<string, GazetteerUnit[]>;
  childrenOf: Map<string, GazetteerUnit[]>;
  regions: Region[];
  central: CentralBody[];
  ministries: NamedBody[];
  departments: NamedBody[];
  /** By token in upper case (`TTG`, `HĐND`, `TU`, `THU`). */
  numberSuffixes: Map<string, NumberSuffix>;
}

const REFERENCE_DIR = new URL("../../seed/reference/", import.meta.url);

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, REFERENCE_DIR), "utf8")) as T;
}

interface SharedData {
  regions: Region[];
  central: CentralBody[];
  ministries: NamedBody[];
  departments: NamedBody[];
  numberSuffixes: Map<string, NumberSuffix>;
}

let shared: SharedData | null = null;

function loadShared(): SharedData {
  if (shared) return shared;
  const bodies = readJson<{ central: CentralBody[]; ministries: NamedBody[]; departments: NamedBody[]; numberSuffixes: Record<string, NumberSuffix> }>("bodies.json");
  const regions = readJson<{ regions: Region[] }>("regions.json").regions;
  const numberSuffixes = new Map(Object.entries(bodies.numberSuffixes).map(([token, suffix]) => [token.toUpperCase(), suffix]));
  shared = { regions, central: bodies.central, ministries: bodies.ministries, departments: bodies.departments, numberSuffixes };
  return shared;
}

const cache = new Map<GazetteerEra, ReferenceData>();

/** The gazetteer of an era (the earlier one by default), with the bodies and regions every era shares. */
export function loadReferenceData(era: GazetteerEra = "before-2025"): ReferenceData {
  const cached = cache.get(era);
  if (cached) return cached;
  const data: ReferenceData = {
    era,
    units: new Map(),
    provinces: [],
    byFoldedName: new Map(),
    childrenOf: new Map(),
    ...loadShared(),
  };
  const keyOf = era === "2025" ? (code: string) => `${ERA_2025_PREFIX}${code}` : (code: string) => code;
  const add = (row: string[], level: GazetteerUnit["level"], laterType?: string) => {
    const unit: GazetteerUnit = {
      code: keyOf(row[0]),
      gsoCode: row[0],
      era,
      name: row[1],
      type: row[2],
      parentCode: row[3] ? keyOf(row[3]) : null,
      level,
      folded: foldFast(row[1]),
    };
    if (laterType && laterType !== unit.type) unit.laterType = laterType;
    data.units.set(unit.code, unit);
    pushTo(data.byFoldedName, unit.folded, unit);
    if (unit.parentCode) pushTo(data.childrenOf, unit.parentCode, unit);
    return unit;
  };
  if (era === "2025") {
    const places = readJson<{ provinces: string[][]; communes: string[][]; later: string[][] }>("places-2025.json");
    const later = new Map(places.later.map(([code, type]) => [code, type]));
    data.provinces = places.provinces.map((row) => add(row, "PROVINCE", later.get(row[0])));
    places.communes.forEach((row) => add(row, "COMMUNE", later.get(row[0])));
  } else {
    const places = readJson<{ provinces: string[][]; districts: string[][]; communes: string[][] }>("places.json");
    data.provinces = places.provinces.map((row) => add(row, "PROVINCE"));
    places.districts.forEach((row) => add(row, "DISTRICT"));
    places.communes.forEach((row) => add(row, "COMMUNE"));
  }
  cache.set(era, data);
  return data;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The era whose gazetteer names the places of a document of this date (the earlier one when the date is unknown). */
export function eraOfDate(date: IsoDate | null): GazetteerEra {
  return date !== null && date >= REORGANISATION_DATE ? "2025" : "before-2025";
}

export function eraOfCode(code: string): GazetteerEra {
  return code.startsWith(ERA_2025_PREFIX) ? "2025" : "before-2025";
}

/** A unit of either era by its key. */
export function findUnit(code: string): GazetteerUnit | undefined {
  return loadReferenceData(eraOfCode(code)).units.get(code);
}

/** The days a unit of the gazetteer was in force, as far as the reference data tells. */
export function validityOfUnit(unit: GazetteerUnit): { validFrom: IsoDate | null; validTo: IsoDate | null } {
  return unit.era === "2025" ? { validFrom: REORGANISATION_DATE, validTo: null } : { validFrom: null, validTo: LAST_DAY_BEFORE_REORGANISATION };
}

export function placeKindOfUnit(unit: GazetteerUnit): PlaceKind {
  switch (unit.type) {
    case "tinh":
      return "PROVINCE";
    case "tp":
      return unit.level === "PROVINCE" ? "MUNICIPALITY" : "PROVINCIAL_CITY";
    case "huyen":
      return "DISTRICT";
    case "quan":
      return "URBAN_DISTRICT";
    case "tx":
      return "TOWNSHIP";
    case "tt":
      return "TOWN";
    case "phuong":
      return "WARD";
    case "dk":
      return "SPECIAL_ZONE";
    default:
      return "COMMUNE";
  }
}

const TYPE_WORD: Record<string, string> = {
  tinh: "tỉnh",
  tp: "thành phố",
  huyen: "huyện",
  quan: "quận",
  tx: "thị xã",
  tt: "thị trấn",
  phuong: "phường",
  xa: "xã",
  dk: "đặc khu",
};

export function typeWordOfUnit(unit: GazetteerUnit): string {
  return TYPE_WORD[unit.type] ?? "";
}

function unitIn(data: ReferenceData, code: string): GazetteerUnit | undefined {
  return data.units.get(code) ?? findUnit(code);
}

/** The province a unit belongs to (itself for a province). */
export function provinceOf(data: ReferenceData, unit: GazetteerUnit): GazetteerUnit {
  let current = unit;
  while (current.parentCode) current = unitIn(data, current.parentCode)!;
  return current;
}

export function isWithin(data: ReferenceData, unit: GazetteerUnit, ancestorCode: string): boolean {
  let current: GazetteerUnit | undefined = unit;
  while (current) {
    if (current.code === ancestorCode) return true;
    current = current.parentCode ? unitIn(data, current.parentCode) : undefined;
  }
  return false;
}

// -------------------------------------------------------------- succession

/** `from` was taken over, wholly or in part, by `to` on `on`. */
export interface SuccessionLink {
  from: GazetteerUnit;
  to: GazetteerUnit;
  on: IsoDate;
  /** False when `to` took only a piece of `from` (a split commune, a district shared among communes). */
  whole: boolean;
}

interface SuccessionFile {
  on: IsoDate;
  provinces: string[][];
  districts: string[][];
  communes: string[][];
}

/** The succession table as read: old key → its successors' 2025 codes, `~` marking a piece (see scripts/build-reference.ts). */
interface SuccessionTable {
  on: IsoDate;
  pieces: Map<string, string>;
  newProvinceOf: Map<string, string>;
  /** 2025 key → old keys, built on the first question about a 2025 unit. */
  predecessors: Map<string, string[]> | null;
}

let successionTable: SuccessionTable | null = null;

function loadSuccessionTable(): SuccessionTable {
  if (successionTable) return successionTable;
  const file = readJson<SuccessionFile>("succession-2025.json");
  const pieces = new Map<string, string>(file.districts.map(([code, codes]) => [code, codes]));
  for (const [code, codes] of file.communes) pieces.set(code, codes);
  successionTable = { on: file.on, pieces, newProvinceOf: new Map(file.provinces.map(([code, next]) => [code, next])), predecessors: null };
  return successionTable;
}

function predecessorIndex(table: SuccessionTable): Map<string, string[]> {
  if (table.predecessors) return table.predecessors;
  const index = new Map<string, string[]>();
  for (const [oldCode, next] of table.newProvinceOf) pushTo(index, `${ERA_2025_PREFIX}${next}`, oldCode);
  for (const [oldCode, codes] of table.pieces) {
    for (const piece of codes.split(" ")) pushTo(index, `${ERA_2025_PREFIX}${piece.replace(PIECE_MARK, "")}`, oldCode);
  }
  const before = loadReferenceData("before-2025");
  // A district is also succeeded by its new province.
  for (const [oldCode] of table.pieces) {
    const unit = before.units.get(oldCode);
    if (unit?.level === "DISTRICT") pushTo(index, `${ERA_2025_PREFIX}${table.newProvinceOf.get(unit.parentCode!)}`, oldCode);
  }
  table.predecessors = index;
  return index;
}

const PIECE_MARK = "~";

/**
 * Old units to the 2025 units that took them over: a commune to the communes
 * it went to (each piece of a split one); a district to the communes its
 * communes went to and to its new province; a province to its new province.
 */
function successorLinks(unit: GazetteerUnit): SuccessionLink[] {
  const table = loadSuccessionTable();
  const after = loadReferenceData("2025");
  const links: SuccessionLink[] = [];
  const link = (code: string, whole: boolean) => {
    const to = after.units.get(`${ERA_2025_PREFIX}${code}`);
    if (to) links.push({ from: unit, to, on: table.on, whole });
  };
  if (unit.level === "PROVINCE") link(table.newProvinceOf.get(unit.code)!, true);
  for (const piece of table.pieces.get(unit.code)?.split(" ") ?? []) link(piece.replace(PIECE_MARK, ""), !piece.endsWith(PIECE_MARK));
  if (unit.level === "DISTRICT") link(table.newProvinceOf.get(unit.parentCode!)!, true);
  return links.sort((a, b) => compareCodes(a.to.code, b.to.code));
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The units that took this one over (a unit of the earlier list), ordered by key. */
export function successorsOf(unit: GazetteerUnit): SuccessionLink[] {
  return unit.era === "2025" ? [] : successorLinks(unit);
}

/** The units this one took over (a unit of the 2025 list), ordered by key. */
export function predecessorsOf(unit: GazetteerUnit): SuccessionLink[] {
  if (unit.era !== "2025") return [];
  const before = loadReferenceData("before-2025");
  const links: SuccessionLink[] = [];
  for (const oldCode of predecessorIndex(loadSuccessionTable()).get(unit.code) ?? []) {
    const from = before.units.get(oldCode);
    const link = from && successorLinks(from).find((l) => l.to.code === unit.code);
    if (link) links.push(link);
  }
  return links.sort((a, b) => compareCodes(a.from.code, b.from.code));
}
