/**
 * Reference data shipped in seed/reference: the GSO gazetteer of the time of
 * the documents (see scripts/build-reference.ts), regions, and bodies.
 * Loaded once per process and indexed by folded name.
 */
import { readFileSync } from "node:fs";
import type { BodyKind, PlaceKind } from "../domain/model.js";
import { foldFast } from "./vietnamese.js";

export interface GazetteerUnit {
  code: string;
  name: string;
  /** tinh, tp, huyen, quan, tx, xa, phuong, tt */
  type: string;
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

export interface ReferenceData {
  units: Map<string, GazetteerUnit>;
  provinces: GazetteerUnit[];
  byFoldedName: Map<string, GazetteerUnit[]>;
  childrenOf: Map<string, GazetteerUnit[]>;
  regions: Region[];
  central: CentralBody[];
  ministries: NamedBody[];
  departments: NamedBody[];
}

const REFERENCE_DIR = new URL("../../seed/reference/", import.meta.url);

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, REFERENCE_DIR), "utf8")) as T;
}

let cached: ReferenceData | null = null;

export function loadReferenceData(): ReferenceData {
  if (cached) return cached;
  const places = readJson<{ provinces: string[][]; districts: string[][]; communes: string[][] }>("places.json");
  const units = new Map<string, GazetteerUnit>();
  const byFoldedName = new Map<string, GazetteerUnit[]>();
  const childrenOf = new Map<string, GazetteerUnit[]>();
  const add = (row: string[], level: GazetteerUnit["level"]) => {
    const unit: GazetteerUnit = { code: row[0], name: row[1], type: row[2], parentCode: row[3] ?? null, level, folded: foldFast(row[1]) };
    units.set(unit.code, unit);
    const list = byFoldedName.get(unit.folded) ?? [];
    list.push(unit);
    byFoldedName.set(unit.folded, list);
    if (unit.parentCode) {
      const siblings = childrenOf.get(unit.parentCode) ?? [];
      siblings.push(unit);
      childrenOf.set(unit.parentCode, siblings);
    }
    return unit;
  };
  const provinces = places.provinces.map((row) => add(row, "PROVINCE"));
  places.districts.forEach((row) => add(row, "DISTRICT"));
  places.communes.forEach((row) => add(row, "COMMUNE"));
  const bodies = readJson<{ central: CentralBody[]; ministries: NamedBody[]; departments: NamedBody[] }>("bodies.json");
  const regions = readJson<{ regions: Region[] }>("regions.json").regions;
  cached = { units, provinces, byFoldedName, childrenOf, regions, central: bodies.central, ministries: bodies.ministries, departments: bodies.departments };
  return cached;
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
};

export function typeWordOfUnit(unit: GazetteerUnit): string {
  return TYPE_WORD[unit.type] ?? "";
}

/** The province a unit belongs to (itself for a province). */
export function provinceOf(data: ReferenceData, unit: GazetteerUnit): GazetteerUnit {
  let current = unit;
  while (current.parentCode) current = data.units.get(current.parentCode)!;
  return current;
}

export function isWithin(data: ReferenceData, unit: GazetteerUnit, ancestorCode: string): boolean {
  let current: GazetteerUnit | undefined = unit;
  while (current) {
    if (current.code === ancestorCode) return true;
    current = current.parentCode ? data.units.get(current.parentCode) : undefined;
  }
  return false;
}
