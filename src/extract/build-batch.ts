/**
 * Assembles the graph batch of one document, stage by stage: structure and
 * header, the issuer and the document's identity, its provisions, the
 * mentions in its operative text, the instruments and what the document does
 * to them, then its tasks and their links.
 */
import { BadDocumentError } from "../domain/errors.js";
import type { DocumentNode, GraphBatch, ProvisionNode } from "../domain/model.js";
import { BatchBuilder } from "./batch-builder.js";
import { stringFromCodeUnits } from "./code-units.js";
import { completenessWarnings } from "./check-completeness.js";
import { collectTasks } from "./collect-tasks.js";
import { type DocumentIdentity, type DocumentNumber, findDocumentNumber, identifyDocument } from "./document-identity.js";
import { type BodyContext, findBodies } from "./find-bodies.js";
import { findCitations } from "./find-citations.js";
import { findPlaces } from "./find-places.js";
import { findProjects } from "./find-projects.js";
import { RelationFinder } from "./find-relations.js";
import { attributeRoles, rolesOfTask } from "./inherit-roles.js";
import { addInstruments, linkPreamble } from "./link-instruments.js";
import { TaskLinker } from "./link-tasks.js";
import { type ParsedHeader, parseHeader } from "./parse-header.js";
import { type ParsedStructure, parseStructure } from "./parse-structure.js";
import { ProvisionTree } from "./provision-tree.js";
import { gazetteerOf, placeContextOf } from "./place-eras.js";
import type { ReferenceData } from "./reference-data.js";
import { type ResolvedIssuer, resolveIssuer } from "./resolve-issuer.js";
import { SpanIndex } from "./span-index.js";

export function buildBatch(text: string, headingLineStarts: Set<number>, fileName: string | null): GraphBatch {
  const structure = parseStructure(text, headingLineStarts);
  const annexStart = structure.annexes.length ? structure.annexes[0].start : text.length;
  const parsed = requireStructure(parseHeader(text, structure.operativeMarker?.start ?? -1, structure.operativeStart, structure.closingStart, annexStart), structure, fileName);
  const number = findDocumentNumber(text, parsed, structure);
  const header = withFactsOfNumber(parsed, number);
  const data = gazetteerOf(text, header, header.preamble);

  const issuer = resolveIssuer(data, header.issuers, text);
  const identity = identifyDocument(text, header, number, issuer);
  const b = new BatchBuilder(identity.id);
  const named = header.issuers[0];
  if (named && !issuer) {
    b.unresolved.push({ kind: "Place", text: `${named.placeWord} ${named.placeName}`, reason: "issuer's jurisdiction not found in the gazetteer", source: b.span(named.span)! });
  }
  const document = describeDocument(b, text, header, issuer, identity, fileName);

  const tree = new ProvisionTree(structure.provisions);
  const provisionIds = addProvisions(b, text, tree, identity);
  linkMentions(b, text, data, structure, header, issuer, identity, tree, provisionIds);
  b.addSuccession();

  return { document, ...b.toBatch(), warnings: completenessWarnings(text, structure, identity.id) };
}

/** What the number's own line adds when the header lost it: the date (`… ngày 14 tháng 7 năm 2017`) and the issuer (`của Hội đồng nhân dân tỉnh X`). */
function withFactsOfNumber(header: ParsedHeader, number: DocumentNumber | null): ParsedHeader {
  if (!number || number.source === "HEADER") return header;
  return {
    ...header,
    adoptedOn: header.adoptedOn ?? number.writtenOn,
    issuers: number.issuer ? [...header.issuers, number.issuer] : header.issuers,
  };
}

/** The header, or the reason the text is no document the extractor can read. */
function requireStructure(header: ParsedHeader | null, structure: ParsedStructure, fileName: string | null): ParsedHeader {
  const label = fileName ? ` (${fileName})` : "";
  if (!header && structure.provisions.length === 0) {
    throw new BadDocumentError(`The document${label} has no recognisable structure: no document kind (NGHỊ QUYẾT, QUYẾT ĐỊNH…) and no articles (Điều).`);
  }
  if (structure.provisions.length === 0) {
    throw new BadDocumentError(`The document${label} has no recognisable structure: no articles (Điều) or numbered sections were found.`);
  }
  if (!header) throw new BadDocumentError(`The document${label} has no recognisable structure: no document kind (NGHỊ QUYẾT, QUYẾT ĐỊNH…) was found in its header.`);
  return header;
}

function describeDocument(
  b: BatchBuilder,
  text: string,
  header: ParsedHeader,
  issuer: ResolvedIssuer | null,
  identity: DocumentIdentity,
  fileName: string | null,
): DocumentNode {
  const document: DocumentNode = {
    kind: "Document",
    id: identity.id,
    title: header.title,
    instrumentKind: header.instrumentKind,
    number: identity.number?.normalized ?? null,
    normalizedNumber: identity.number?.normalized ?? null,
    issuerId: issuer?.body.id ?? null,
    issuerName: issuer?.body.name ?? null,
    jurisdictionId: issuer ? `place:${issuer.jurisdiction.code}` : null,
    term: header.term,
    session: header.session,
    adoptedOn: header.adoptedOn,
    effectiveFrom: header.effectiveFrom,
    signer: header.signer?.name ?? null,
    signerTitle: header.signer?.title ?? null,
    sha256: identity.versionKey,
    fileName,
    text,
    source: b.span(header.titleSpan),
  };
  b.addNode(document);
  if (issuer) {
    b.addBody(issuer.body, issuer.mention.span);
    b.addEdge("ISSUED_BY", identity.id, issuer.body.id, issuer.mention.span);
    b.addPlaceChain(issuer.jurisdiction);
  }
  return document;
}

/** Provision nodes, each PART_OF its parent or the document; their ids, by index. */
function addProvisions(b: BatchBuilder, text: string, tree: ProvisionTree, identity: DocumentIdentity): string[] {
  const provisions = tree.provisions;
  const squashed = squashIndex(text);
  const ids = provisions.map((p) => `prov:${identity.key}/${p.key}`);
  provisions.forEach((p, i) => {
    const node: ProvisionNode = {
      kind: "Provision",
      id: ids[i],
      documentId: identity.id,
      level: p.level,
      path: p.path,
      label: p.label,
      heading: p.heading,
      text: squashed.slice(p.start, p.end),
      ordinal: i + 1,
      source: b.span(p),
    };
    b.addNode(node);
    b.addEdge("PART_OF", node.id, p.parent !== null ? ids[p.parent] : identity.id, p);
  });
  return ids;
}

/** Finds the mentions of the operative text and links the instruments, the provisions' statements and the tasks. */
function linkMentions(
  b: BatchBuilder,
  text: string,
  data: ReferenceData,
  structure: ParsedStructure,
  header: ParsedHeader,
  issuer: ResolvedIssuer | null,
  identity: DocumentIdentity,
  tree: ProvisionTree,
  provisionIds: string[],
): void {
  const provisions = tree.provisions;
  const jurisdiction = issuer?.jurisdiction ?? null;
  const province = issuer?.province ?? null;
  const bodyCtx: BodyContext = { data, province, local: jurisdiction };
  const ownZones = provisions.filter((p) => p.ownEnd > p.bodyStart).map((p) => ({ start: p.bodyStart, end: p.ownEnd }));
  const attributeZones = provisions.flatMap((p) => p.attributes.map((a) => ({ start: a.valueStart, end: a.end })));
  const footnotes = structure.footnotes.filter((f) => f.marker !== null);

  const citations = findCitations(text, [...header.preamble, ...ownZones, ...footnotes], bodyCtx).filter((c) => c.id !== identity.id);
  const citationSpans = citations.map((c) => ({ start: c.start, end: c.end }));
  const bodies = findBodies(text, [...ownZones, ...attributeZones], citationSpans, bodyCtx);
  // Place names inside an enterprise's name ("Công ty … Hội An") do not place the task.
  const enterpriseSpans = bodies.filter((x) => x.bodyKind === "ENTERPRISE").map((x) => ({ start: x.start, end: x.end }));
  const places = findPlaces(text, ownZones, [...citationSpans, ...enterpriseSpans], placeContextOf(data, province, jurisdiction));
  const projects = findProjects(text, ownZones, province?.code ?? null);
  for (const u of places.unresolved) b.unresolved.push({ kind: "Place", text: u.text, reason: u.reason, source: b.span(u)! });

  addInstruments(b, citations);
  linkPreamble(b, citations, header.preamble);

  const bodyIndex = new SpanIndex(bodies);
  const year = header.adoptedOn ? Number(header.adoptedOn.slice(0, 4)) : null;
  const collected = collectTasks({ text, tree, documentId: identity.id, documentKey: identity.key, provisionIds, year, bodies: bodyIndex, citations: new SpanIndex(citationSpans) });
  const linker = new TaskLinker(text, b, { citations, places: places.mentions, projects, footnotes, jurisdictionId: jurisdiction ? `place:${jurisdiction.code}` : null, documentKey: identity.key });
  for (const statement of collected.statements) linker.linkStatement(provisionIds[statement.provision], statement.sentence);
  const fromAttributes = attributeRoles(text, tree, bodyIndex);
  for (const task of collected.tasks) linker.link(task, rolesOfTask(task, tree, fromAttributes, collected));
  // Every place the text names is a place of the graph, whether or not a task stands in its sentence.
  for (const place of places.mentions) b.addPlace(place);

  const relations = new RelationFinder({
    text,
    documentId: identity.id,
    documentDate: header.effectiveFrom ?? header.adoptedOn,
    citations,
    tree,
    preamble: header.preamble,
    assigned: new Set(collected.provisionLeads.keys()),
  }).findAll();
  for (const r of relations) b.addRelation(r.type, r.from, r.to, r.source, { scope: r.scope, on: r.on });
}

/** Whitespace-collapsed slices of the text without collapsing it again for every provision. */
function squashIndex(text: string): { slice(start: number, end: number): string } {
  // One pass fills both the collapsed text (as code units) and, for every offset, where it lands in it.
  const map = new Int32Array(text.length + 1);
  const units = new Uint16Array(text.length);
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    map[i] = length + (pendingSpace && length > 0 ? 1 : 0);
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && length > 0) units[length++] = 32;
    pendingSpace = false;
    units[length++] = code;
  }
  map[text.length] = length;
  const out = stringFromCodeUnits(units, length);
  return { slice: (start, end) => out.slice(map[start], map[end]).trim() };
}
