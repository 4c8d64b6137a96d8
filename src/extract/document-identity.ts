/**
 * The document's identity: its own number wherever the genre writes it, its
 * id, the key its provisions and tasks are named by, and its version key.
 *
 * Rules (docs/extraction.md, "Identity"):
 * - A numbered document gets the id a citation of it gets in any other
 *   document (`instrumentId`), so citing and cited documents meet in one node
 *   whatever the order they are ingested in.
 * - A document without a number is keyed by issuer, kind, date and a digest
 *   of its content: two texts of one council and one day never share an id,
 *   and the same text always gets the same one.
 * - Ids published under an earlier rule stay, listed by content digest in
 *   seed/reference/published-ids.json.
 * - The version key is the SHA-256 of the normalised text: two ingests of one
 *   id with different keys are two versions of one document.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { InstrumentKind, IsoDate } from "../domain/model.js";
import { NUMBER, instrumentId, isLocalNumber, normalizeNumber, yearOfNumber } from "./find-citations.js";
import type { IssuerMention, ParsedHeader } from "./parse-header.js";
import type { ParsedStructure, Span } from "./parse-structure.js";
import type { ResolvedIssuer } from "./resolve-issuer.js";
import { DATE_PATTERN, parseDateMatch, slugify, squash } from "./vietnamese.js";

/** Where the text writes its own number. */
export type NumberSource = "HEADER" | "CLOSING" | "ANNEX";

export interface DocumentNumber {
  raw: string;
  normalized: string;
  span: Span;
  source: NumberSource;
  /** The date written with it (the header's date line, the annex note's `ngày …`). */
  writtenOn: IsoDate | null;
  /** The issuer written with it (`… của Hội đồng nhân dân tỉnh X`). */
  issuer: IssuerMention | null;
}

export interface DocumentIdentity {
  id: string;
  /** The id without its prefix, in provision and task ids: `prov:<key>/d2.k1`, `task:<key>/0001`. */
  key: string;
  number: DocumentNumber | null;
  /** SHA-256 of the normalised text with its whitespace collapsed: what an unnumbered document is told apart by (a re-wrapped copy keeps it). */
  contentDigest: string;
  /** SHA-256 of the normalised text: same id and same key is the same version. */
  versionKey: string;
}

/** The kind words of a document and the type token its number carries. */
const OWN_KINDS: Partial<Record<InstrumentKind, { words: string; token: string }>> = {
  RESOLUTION: { words: "Nghị\\s+quyết|NGHỊ\\s+QUYẾT", token: "NQ" },
  DECISION: { words: "Quyết\\s+định|QUYẾT\\s+ĐỊNH", token: "QĐ" },
  DIRECTIVE: { words: "Chỉ\\s+thị|CHỈ\\s+THỊ", token: "CT" },
  PLAN: { words: "Kế\\s+hoạch|KẾ\\s+HOẠCH", token: "KH" },
  PROGRAMME: { words: "Chương\\s+trình|CHƯƠNG\\s+TRÌNH", token: "CTR" },
};

const ISSUER_WORDS = String.raw`(Hội\s+đồng\s+nhân\s+dân|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND)\s+(tỉnh|thành\s+phố|Thành\s+phố|Tỉnh|huyện|quận|thị\s+xã)\s+((?:[\p{Lu}][\p{Ll}]*)(?:(?:\s+|\s*-\s*)[\p{Lu}][\p{Ll}]*)*)`;

/**
 * The document's own number: the header's `Số: …` (also on the next line or
 * in a table cell), else the closing formula (`Nghị quyết số … đã được …
 * thông qua`), else an annex heading (`(Ban hành kèm theo Nghị quyết số
 * 124/2017/NQ-HĐND ngày …)`). A number written in the closing or an annex
 * counts only when its kind is the document's and its year and date agree
 * with the document's: an annex that reproduces another instrument's annex
 * names that instrument.
 */
export function findDocumentNumber(text: string, header: ParsedHeader, structure: ParsedStructure): DocumentNumber | null {
  if (header.number) return { ...header.number, source: "HEADER", writtenOn: header.headerDate, issuer: null };
  const own = OWN_KINDS[header.instrumentKind];
  if (!own) return null;
  const date = header.adoptedOn ?? header.headerDate;
  const candidates = [
    ...numbersWritten(text, own, "CLOSING", structure.closingStart, structure.annexes[0]?.start ?? text.length),
    ...numbersWritten(text, own, "ANNEX", structure.closingStart, text.length),
  ];
  return candidates.find((c) => agrees(c, date)) ?? null;
}

function numbersWritten(text: string, own: { words: string; token: string }, source: NumberSource, from: number, to: number): DocumentNumber[] {
  if (from < 0 || from >= to) return [];
  const after = String.raw`(?:\s*,?\s*(${DATE_PATTERN}))?(?:\s*,?\s*của\s+${ISSUER_WORDS})?`;
  const re =
    source === "ANNEX"
      ? new RegExp(String.raw`(?:^|\n|\()[\s*_]*\(?\s*(?:[Đđ]ược\s+)?(?:[Bb]an\s+hành\s+)?[Kk]èm\s+theo\s+(?:${own.words})\s+số\s*:?\s*(${NUMBER})${after}`, "gu")
      : new RegExp(String.raw`(?:${own.words})\s+số\s*:?\s*(${NUMBER})${after}\s+(?:này\s+)?(?:đã\s+được|được|có\s+hiệu\s+lực)`, "gu");
  const out: DocumentNumber[] = [];
  for (const m of text.slice(from, to).matchAll(re)) {
    const normalized = normalizeNumber(m[1]);
    if (!new RegExp(`^\\d+(?:[-/]\\d{4})?[-/]${own.token}[-/]`, "u").test(normalized)) continue;
    const numberStart = from + m.index + m[0].indexOf(m[1]);
    const issuer: IssuerMention | null = m[8]
      ? {
          body: /^(Hội|HĐND)/u.test(m[8]) ? "PEOPLES_COUNCIL" : "PEOPLES_COMMITTEE",
          placeWord: m[9].replace(/\s+/g, " ").toLowerCase(),
          placeName: m[10].replace(/\s+/g, " "),
          span: { start: from + m.index + m[0].indexOf(m[8]), end: from + m.index + m[0].length },
        }
      : null;
    out.push({
      raw: m[1].replace(/\s+/g, " ").trim(),
      normalized,
      span: { start: numberStart, end: numberStart + m[1].length },
      source,
      writtenOn: m[2] ? parseDateMatch([...m].slice(2)) : null,
      issuer,
    });
  }
  return out;
}

/** A number written after the operative part names this document only if its year and date do not contradict the document's. */
function agrees(candidate: DocumentNumber, documentDate: IsoDate | null): boolean {
  if (!documentDate) return true;
  if (candidate.writtenOn && candidate.writtenOn !== documentDate) return false;
  const year = yearOfNumber(candidate.normalized);
  return year === null || year === Number(documentDate.slice(0, 4));
}

export function identifyDocument(text: string, header: ParsedHeader, number: DocumentNumber | null, issuer: ResolvedIssuer | null): DocumentIdentity {
  const contentDigest = createHash("sha256").update(squash(text)).digest("hex");
  const versionKey = createHash("sha256").update(text).digest("hex");
  const id = number ? numberedId(header, number, issuer) : (publishedIds().get(contentDigest) ?? unnumberedId(header, issuer, contentDigest));
  return { id, key: id.replace(/^(?:doc|inst):/, "").replace(/@/g, "-"), number, contentDigest, versionKey };
}

/** The id a citation of this number gets from any document (find-citations.ts). */
function numberedId(header: ParsedHeader, number: DocumentNumber, issuer: ResolvedIssuer | null): string {
  const date = number.writtenOn ?? header.headerDate ?? header.adoptedOn;
  return instrumentId({
    instrumentKind: header.instrumentKind,
    normalizedNumber: number.normalized,
    name: null,
    year: yearOfNumber(number.normalized) ?? (date ? Number(date.slice(0, 4)) : null),
    scopeCode: issuer?.jurisdiction.code ?? null,
    local: isLocalNumber(header.instrumentKind, number.normalized),
  });
}

/** `doc:<issuer>-<kind>-<date>-<digest>`, e.g. `doc:hdnd-64-nghi-quyet-2017-07-13-3f9a1c2b7e`; parts the text lacks are left out. */
function unnumberedId(header: ParsedHeader, issuer: ResolvedIssuer | null, contentDigest: string): string {
  const parts = [issuer?.body.id.replace(/^body:/, ""), slugify(header.kindWord), header.adoptedOn ?? header.effectiveFrom, contentDigest.slice(0, 10)];
  return `doc:${parts.filter(Boolean).join("-")}`;
}

let published: Map<string, string> | null = null;

/** Ids published under an earlier identity rule, by content digest. */
function publishedIds(): Map<string, string> {
  if (!published) {
    const file = JSON.parse(readFileSync(new URL("../../seed/reference/published-ids.json", import.meta.url), "utf8")) as { documents: { contentDigest: string; id: string }[] };
    published = new Map(file.documents.map((d) => [d.contentDigest, d.id]));
  }
  return published;
}
