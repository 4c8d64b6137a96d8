/**
 * Which gazetteer a document's places come from, and the succession between
 * the eras that a batch carries for the places it mentions, so that every
 * store holds it without loading anything besides batches.
 */
import type { GraphEdge, IsoDate, PlaceNode } from "../domain/model.js";
import { FORMER_RE, type PlaceContext } from "./find-places.js";
import type { Span } from "./parse-structure.js";
import {
  type GazetteerEra,
  type GazetteerUnit,
  type ReferenceData,
  type SuccessionLink,
  eraOfDate,
  findUnit,
  loadReferenceData,
  placeKindOfUnit,
  predecessorsOf,
  successorsOf,
  typeWordOfUnit,
  validityOfUnit,
} from "./reference-data.js";
import { DATE_PATTERN, foldFast, parseDateMatch } from "./vietnamese.js";

/**
 * The gazetteer of the document's time: by its adoption date, else the date
 * it was signed (the header's place and date line), else the dates its
 * preamble cites when one is on or after 1 July 2025 ("Căn cứ … ngày
 * 01/8/2025"). A text that gives no date of its own and cites only earlier
 * ones may still be later (a decision of 2026 cites the law of 16 June 2025):
 * the names of the units it writes out decide then (eraOfNames).
 */
export function gazetteerOf(text: string, dates: { adoptedOn: IsoDate | null; headerDate: IsoDate | null }, preamble: readonly Span[]): ReferenceData {
  const own = dates.adoptedOn ?? dates.headerDate;
  if (own) return loadReferenceData(eraOfDate(own));
  const cited = latestDate(text, preamble);
  if (cited !== null && eraOfDate(cited) === "2025") return loadReferenceData("2025");
  return loadReferenceData(eraOfNames(text));
}

function latestDate(text: string, blocks: readonly Span[]): IsoDate | null {
  let latest: IsoDate | null = null;
  const re = new RegExp(DATE_PATTERN, "gu");
  for (const block of blocks) {
    for (const match of text.slice(block.start, block.end).matchAll(re)) {
      const date = parseDateMatch([...match]);
      if (date && (latest === null || date > latest)) latest = date;
    }
  }
  return latest;
}

const NAMED_UNIT_RE = /(?<![\p{L}])([Xx]ã|[Pp]hường|[Đđ]ặc khu|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn)[ \t]+(\p{Lu}\p{Ll}*(?:[ \t]+[\p{Lu}\d]\p{Ll}*){0,3})/gu;
const COMMUNE_WORDS = new Set(["xã", "phường", "đặc khu"]);

/**
 * The era whose gazetteer knows more of the units the text writes out with
 * their type word: a district or town (`huyện …`, `thị trấn …`) counts for the
 * earlier list unless marked former (`cũ`); a commune, ward or special zone
 * for the era that has a unit of that name when the other has none. The
 * earlier era on a tie.
 */
export function eraOfNames(text: string): GazetteerEra {
  const before = loadReferenceData("before-2025");
  const after = loadReferenceData("2025");
  const knows = (data: ReferenceData, name: string) => {
    const words = name.split(/[ \t]+/);
    for (let n = words.length; n >= 1; n -= 1) {
      if ((data.byFoldedName.get(foldFast(words.slice(0, n).join(" "))) ?? []).some((u) => u.level === "COMMUNE")) return true;
    }
    return false;
  };
  let score = 0;
  for (const match of text.matchAll(NAMED_UNIT_RE)) {
    const [whole, word, name] = match;
    if (COMMUNE_WORDS.has(word.toLowerCase())) score += (knows(after, name) ? 1 : 0) - (knows(before, name) ? 1 : 0);
    else if (!FORMER_RE.test(text.slice(match.index + whole.length, match.index + whole.length + 8))) score -= 1;
  }
  return score > 0 ? "2025" : "before-2025";
}

/**
 * Where place names are looked up: the gazetteer of the document's time and,
 * for a document of the 2025 list, the earlier list among the old provinces
 * its province took over (for `huyện …`, `… cũ`, and names the new list lacks).
 */
export function placeContextOf(data: ReferenceData, province: GazetteerUnit | null, jurisdiction: GazetteerUnit | null): PlaceContext {
  const ctx: PlaceContext = { data, provinceCode: province?.code ?? null, jurisdictionCode: jurisdiction?.code ?? null };
  if (data.era === "2025") {
    const provinceCodes = province ? predecessorsOf(province).filter((link) => link.from.level === "PROVINCE").map((link) => link.from.code) : [];
    ctx.earlier = { data: loadReferenceData("before-2025"), provinceCodes };
  }
  return ctx;
}

export function placeIdOfUnit(unit: GazetteerUnit): string {
  return `place:${unit.code}`;
}

/** The node of a gazetteer unit, named and typed as the gazetteer has it. */
export function placeNodeOfUnit(unit: GazetteerUnit): PlaceNode {
  return {
    kind: "Place",
    id: placeIdOfUnit(unit),
    name: unit.name,
    fullName: `${typeWordOfUnit(unit)} ${unit.name}`,
    placeKind: placeKindOfUnit(unit),
    code: unit.gsoCode,
    parentId: unit.parentCode ? `place:${unit.parentCode}` : null,
    ...validityOfUnit(unit),
    source: null,
  };
}

/** The gazetteer unit a place id names, if it names one (not a park, cluster, region or unlisted commune). */
export function unitOfPlaceId(id: string): GazetteerUnit | undefined {
  const key = /^place:((?:2025-)?\d+)$/.exec(id)?.[1];
  return key ? findUnit(key) : undefined;
}

export interface SuccessionPart {
  /** The units on the other side of each link, with the units above them. */
  nodes: PlaceNode[];
  /** SUCCEEDED_BY between the eras, PART_OF up the added units' hierarchy. */
  edges: GraphEdge[];
}

/**
 * The succession of each gazetteer place among `placeIds`: an old unit's
 * successors, a 2025 unit's predecessors, each with its chain of parents.
 * The same places give the same part whichever document names them, so
 * ingesting documents in any order leaves the same graph.
 */
export function successionOfPlaces(placeIds: Iterable<string>): SuccessionPart {
  const nodes = new Map<string, PlaceNode>();
  const edges = new Map<string, GraphEdge>();
  const addChain = (unit: GazetteerUnit) => {
    let current: GazetteerUnit | undefined = unit;
    while (current && !nodes.has(placeIdOfUnit(current))) {
      const node = placeNodeOfUnit(current);
      nodes.set(node.id, node);
      if (!node.parentId) break;
      edges.set(`PART_OF|${node.id}|${node.parentId}`, { type: "PART_OF", from: node.id, to: node.parentId, role: null, source: null });
      current = findUnit(current.parentCode!);
    }
  };
  const addLink = (link: SuccessionLink) => {
    const from = placeIdOfUnit(link.from);
    const to = placeIdOfUnit(link.to);
    edges.set(`SUCCEEDED_BY|${from}|${to}`, { type: "SUCCEEDED_BY", from, to, role: null, source: null, on: link.on, whole: link.whole });
  };
  for (const id of placeIds) {
    const unit = unitOfPlaceId(id);
    if (!unit) continue;
    for (const link of successorsOf(unit)) {
      addChain(link.to);
      addLink(link);
    }
    for (const link of predecessorsOf(unit)) {
      addChain(link.from);
      addLink(link);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
