/**
 * The issuer the header names (`HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE`), resolved to
 * the unit it governs in the gazetteer and to its body node.
 */
import type { BodyRef } from "./find-bodies.js";
import type { IssuerMention } from "./parse-header.js";
import { type GazetteerUnit, type ReferenceData, provinceOf, typeWordOfUnit } from "./reference-data.js";
import { foldFast } from "./vietnamese.js";

export interface ResolvedIssuer {
  /** Where the text names it. */
  mention: IssuerMention;
  /** The unit the issuer governs: a province or municipality, or a district. */
  jurisdiction: GazetteerUnit;
  /** The province of that unit. */
  province: GazetteerUnit;
  body: BodyRef;
}

/** The first of the mentions (best first) whose place the gazetteer knows. */
export function resolveIssuer(data: ReferenceData, mentions: readonly IssuerMention[], text: string): ResolvedIssuer | null {
  for (const mention of mentions) {
    const jurisdiction = resolveJurisdiction(data, mention.placeWord, mention.placeName, text);
    if (jurisdiction) return describeIssuer(data, mention, jurisdiction);
  }
  return null;
}

function describeIssuer(data: ReferenceData, issuer: IssuerMention, jurisdiction: GazetteerUnit): ResolvedIssuer {
  const council = issuer.body === "PEOPLES_COUNCIL";
  return {
    mention: issuer,
    jurisdiction,
    province: provinceOf(data, jurisdiction),
    body: {
      id: `body:${council ? "hdnd" : "ubnd"}-${jurisdiction.code}`,
      name: `${council ? "Hội đồng nhân dân" : "Ủy ban nhân dân"} ${typeWordOfUnit(jurisdiction)} ${jurisdiction.name}`,
      bodyKind: issuer.body,
      level: jurisdiction.level === "PROVINCE" ? "PROVINCE" : "DISTRICT",
      jurisdictionId: `place:${jurisdiction.code}`,
    },
  };
}

/** A place name folded for lookup; hyphens spaced as the gazetteer writes them (`BÀ RỊA-VŨNG TÀU` → `ba ria - vung tau`). */
export function foldPlaceName(name: string): string {
  return foldFast(name).replace(/\s*-\s*/g, " - ");
}

/**
 * The unit the issuer governs: a province or municipality, or a district
 * whose name, when several provinces have one, is settled by the province the
 * text names.
 */
export function resolveJurisdiction(data: ReferenceData, placeWord: string, placeName: string, text: string): GazetteerUnit | null {
  const folded = foldPlaceName(placeName);
  const named = data.byFoldedName.get(folded) ?? [];
  if (placeWord === "tỉnh" || placeWord === "thành phố") {
    const province = named.find((u) => u.level === "PROVINCE") ?? data.provinces.find((p) => folded.startsWith(p.folded));
    if (province) return province;
    if (placeWord === "tỉnh") return null;
  }
  const districts = named.filter((u) => u.level === "DISTRICT");
  if (districts.length <= 1) return districts[0] ?? null;
  const foldedText = foldFast(text);
  const inNamedProvince = districts.filter((d) => {
    const p = provinceOf(data, d);
    return foldedText.includes(`${p.type === "tp" ? "thanh pho" : "tinh"} ${p.folded}`);
  });
  return inNamedProvince.length === 1 ? inNamedProvince[0] : null;
}
