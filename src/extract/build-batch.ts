/**
 * Assembles the graph batch of one document from the parsed structure and the
 * mentions found in it: ids, provenance spans, and the links between them
 * (tasks to provisions, places, bodies, projects, instruments and targets).
 */
import { createHash } from "node:crypto";
import { BadDocumentError } from "../domain/errors.js";
import type {
  BodyNode,
  DocumentNode,
  GraphBatch,
  GraphEdge,
  GraphNode,
  LegalInstrumentNode,
  PlaceNode,
  ProjectNode,
  ProvisionNode,
  RelationType,
  ResponsibilityRole,
  SourceSpan,
  TargetNode,
  TaskNode,
  UnresolvedMention,
} from "../domain/model.js";
import { edgeKey } from "../domain/model.js";
import { assignRoles, findActors, type RoleAssignment } from "./assign-roles.js";
import { classifySector, findDeadline, isAssessmentLeadIn, isCommitment, isDutyLeadIn, isGoalsHeading, isNonTaskSection, isResultsSection, opensWithAction } from "./classify-sentence.js";
import { type BodyContext, type BodyRef, findBodies } from "./find-bodies.js";
import { type CitationMention, findCitations, instrumentId } from "./find-citations.js";
import { type PlaceMention, findPlaces } from "./find-places.js";
import { findProjects } from "./find-projects.js";
import { findTargets } from "./find-targets.js";
import { parseHeader } from "./parse-header.js";
import { type ParsedProvision, type Span, parseStructure } from "./parse-structure.js";
import { documentDate, gazetteerAt, placeContextOf, placeNodeOfUnit, successionOfPlaces } from "./place-eras.js";
import { type GazetteerUnit, type ReferenceData, findUnit, provinceOf, typeWordOfUnit, validityOfUnit } from "./reference-data.js";
import { splitSentences } from "./split-sentences.js";
import { slugify, squash, foldFast } from "./vietnamese.js";

interface Builder {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  unresolved: UnresolvedMention[];
  documentId: string;
}

function span(b: Builder, s: Span | null): SourceSpan | null {
  return s ? { documentId: b.documentId, start: s.start, end: s.end } : null;
}

function addNode(b: Builder, node: GraphNode) {
  if (!b.nodes.has(node.id)) b.nodes.set(node.id, node);
}

function addEdge(b: Builder, type: RelationType, from: string, to: string, source: Span | null, role: ResponsibilityRole | null = null) {
  if (from === to) return;
  const edge: GraphEdge = { type, from, to, role, source: span(b, source) };
  const key = edgeKey(edge);
  if (!b.edges.has(key)) b.edges.set(key, edge);
}

function addBody(b: Builder, body: BodyRef, source: Span | null) {
  const node: BodyNode = { kind: "Body", id: body.id, name: body.name, bodyKind: body.bodyKind, level: body.level, jurisdictionId: body.jurisdictionId, source: span(b, source) };
  addNode(b, node);
}

function addPlaceChain(b: Builder, unit: GazetteerUnit | null | undefined) {
  let current = unit;
  while (current) {
    const node = placeNodeOfUnit(current);
    addNode(b, node);
    if (node.parentId) addEdge(b, "PART_OF", node.id, node.parentId, null);
    current = current.parentCode ? findUnit(current.parentCode) : undefined;
  }
}

/** Each gazetteer place's successors or predecessors across the 2025 reorganisation, with their hierarchy. */
function addSuccession(b: Builder) {
  const { nodes, edges } = successionOfPlaces(b.nodes.keys());
  for (const node of nodes) addNode(b, node);
  for (const edge of edges) if (!b.edges.has(edgeKey(edge))) b.edges.set(edgeKey(edge), edge);
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function buildBatch(text: string, headingLineStarts: Set<number>, fileName: string | null): GraphBatch {
  const structure = parseStructure(text, headingLineStarts);
  const annexStart = structure.annexes.length ? structure.annexes[0].start : text.length;
  const header = parseHeader(text, structure.operativeMarker?.start ?? -1, structure.operativeStart, structure.closingStart, annexStart);
  const label = fileName ? ` (${fileName})` : "";
  if (!header && structure.provisions.length === 0) {
    throw new BadDocumentError(`The document${label} has no recognisable structure: no document kind (NGHỊ QUYẾT, QUYẾT ĐỊNH…) and no articles (Điều).`);
  }
  if (structure.provisions.length === 0) {
    throw new BadDocumentError(`The document${label} has no recognisable structure: no articles (Điều) or numbered sections were found.`);
  }
  if (!header) throw new BadDocumentError(`The document${label} has no recognisable structure: no document kind (NGHỊ QUYẾT, QUYẾT ĐỊNH…) was found in its header.`);
  const data = gazetteerAt(documentDate(text, header, header.preamble));

  const jurisdiction = header.issuer ? resolveJurisdiction(data, header.issuer.placeWord, header.issuer.placeName, text) : null;
  const province = jurisdiction ? provinceOf(data, jurisdiction) : null;
  const b0unresolved: { kind: "Place"; text: string; reason: string; span: Span }[] = [];
  const bodyCtx: BodyContext = { data, province, local: jurisdiction };
  const sha256 = createHash("sha256").update(text).digest("hex");
  const year = header.adoptedOn ? Number(header.adoptedOn.slice(0, 4)) : null;
  const issuerBody: BodyRef | null =
    header.issuer && jurisdiction
      ? {
          id: `body:${header.issuer.body === "PEOPLES_COUNCIL" ? "hdnd" : "ubnd"}-${jurisdiction.code}`,
          name: `${header.issuer.body === "PEOPLES_COUNCIL" ? "Hội đồng nhân dân" : "Ủy ban nhân dân"} ${typeWordOfUnit(jurisdiction)} ${jurisdiction.name}`,
          bodyKind: header.issuer.body,
          level: jurisdiction.level === "PROVINCE" ? "PROVINCE" : "DISTRICT",
          jurisdictionId: `place:${jurisdiction.code}`,
        }
      : null;
  if (header.issuer && !jurisdiction) {
    b0unresolved.push({ kind: "Place", text: `${header.issuer.placeWord} ${header.issuer.placeName}`, reason: "issuer's jurisdiction not found in the gazetteer", span: header.issuer.span });
  }

  let documentId: string;
  if (header.number) {
    const tokens = header.number.normalized.replace(/^\d+(?:-\d{4})?(?:\/\d{4})?/, "").split(/[-/]/).filter(Boolean);
    const local = !tokens.some((t) => ["CP", "TTG", "TW", "QH"].includes(t.toUpperCase()));
    documentId = instrumentId({ instrumentKind: header.instrumentKind, normalizedNumber: header.number.normalized, name: null, year, scopeCode: jurisdiction?.code ?? null, local });
  } else if (issuerBody && header.adoptedOn) {
    documentId = `doc:${issuerBody.id.replace(/^body:/, "")}-${slugify(header.kindWord)}-${header.adoptedOn}`;
  } else {
    documentId = `doc:${sha256.slice(0, 16)}`;
  }
  const docKey = documentId.replace(/^(?:doc|inst):/, "").replace(/@/g, "-");
  const b: Builder = { nodes: new Map(), edges: new Map(), unresolved: [], documentId };
  for (const u of b0unresolved) b.unresolved.push({ kind: u.kind, text: u.text, reason: u.reason, source: { documentId, start: u.span.start, end: u.span.end } });

  const document: DocumentNode = {
    kind: "Document",
    id: documentId,
    title: header.title,
    instrumentKind: header.instrumentKind,
    number: header.number?.normalized ?? null,
    normalizedNumber: header.number?.normalized ?? null,
    issuerId: issuerBody?.id ?? null,
    issuerName: issuerBody?.name ?? null,
    jurisdictionId: jurisdiction ? `place:${jurisdiction.code}` : null,
    term: header.term,
    session: header.session,
    adoptedOn: header.adoptedOn,
    effectiveFrom: header.effectiveFrom,
    signer: header.signer?.name ?? null,
    signerTitle: header.signer?.title ?? null,
    sha256,
    fileName,
    text,
    source: { documentId, start: header.titleSpan.start, end: header.titleSpan.end },
  };
  addNode(b, document);
  if (issuerBody) {
    addBody(b, issuerBody, header.issuer!.span);
    addEdge(b, "ISSUED_BY", documentId, issuerBody.id, header.issuer!.span);
  }
  if (jurisdiction) addPlaceChain(b, jurisdiction);

  // Provisions.
  const provisions = structure.provisions;
  const squashed = squashIndex(text);
  const provisionIds = provisions.map((p) => `prov:${docKey}/${p.key}`);
  provisions.forEach((p, i) => {
    const node: ProvisionNode = {
      kind: "Provision",
      id: provisionIds[i],
      documentId,
      level: p.level,
      path: p.path,
      label: p.label,
      heading: p.heading,
      text: squashed.slice(p.start, p.end),
      ordinal: i + 1,
      source: span(b, { start: p.start, end: p.end }),
    };
    addNode(b, node);
    addEdge(b, "PART_OF", node.id, p.parent !== null ? provisionIds[p.parent] : documentId, { start: p.start, end: p.end });
  });

  // Mentions.
  const ownZones = provisions.filter((p) => p.ownEnd > p.bodyStart).map((p) => ({ start: p.bodyStart, end: p.ownEnd }));
  const attributeZones = provisions.flatMap((p) => p.attributes.map((a) => ({ start: a.valueStart, end: a.end })));
  const footnotes = structure.footnotes.filter((f) => f.marker !== null);
  const citationZones = [...header.preamble, ...ownZones, ...footnotes];
  const citations = findCitations(text, citationZones, bodyCtx).filter((c) => c.id !== documentId);
  const citationSpans = citations.map((c) => ({ start: c.start, end: c.end }));
  const bodies = findBodies(text, [...ownZones, ...attributeZones], citationSpans, bodyCtx);
  // Place names inside an enterprise's name ("Công ty … Hội An") do not place the task.
  const enterpriseSpans = bodies.filter((x) => x.bodyKind === "ENTERPRISE").map((x) => ({ start: x.start, end: x.end }));
  const places = findPlaces(text, ownZones, [...citationSpans, ...enterpriseSpans], placeContextOf(data, province, jurisdiction));
  const projects = findProjects(text, ownZones, province?.code ?? null);

  for (const u of places.unresolved) b.unresolved.push({ kind: "Place", text: u.text, reason: u.reason, source: { documentId, start: u.start, end: u.end } });

  // Instruments.
  const addInstrument = (c: CitationMention) => {
    const node: LegalInstrumentNode = {
      kind: "LegalInstrument",
      id: c.id,
      instrumentKind: c.instrumentKind,
      number: c.number,
      normalizedNumber: c.normalizedNumber,
      title: c.title ?? c.name,
      issuedOn: c.issuedOn,
      year: c.year,
      issuerId: c.issuer?.id ?? null,
      issuerName: c.issuer?.name ?? null,
      source: span(b, c),
    };
    addNode(b, node);
    if (c.issuer) {
      addBody(b, c.issuer, c.issuer);
      addEdge(b, "ISSUED_BY", c.id, c.issuer.id, c.issuer);
    }
    for (const target of c.amends) if (target !== documentId) addEdge(b, "AMENDS", c.id, target, c);
  };
  citations.forEach(addInstrument);
  for (const block of header.preamble) {
    for (const c of citations) {
      if (c.amendTarget || !within(c, block)) continue;
      addEdge(b, block.relation, documentId, c.id, c);
    }
  }

  // Tasks.
  const ancestors = (index: number): number[] => {
    const list: number[] = [];
    let p = provisions[index].parent;
    while (p !== null) {
      list.push(p);
      p = provisions[p].parent;
    }
    return list;
  };
  const articleOf = (index: number): number | null => [index, ...ancestors(index)].find((i) => provisions[i].level === "ARTICLE") ?? null;
  const assessmentArticles = new Set<number>();
  // An article that endorses an assessment and has no clauses is a narrative of results, not commitments.
  provisions.forEach((p, i) => {
    if (p.level !== "ARTICLE" || provisions.some((c) => c.parent === i)) return;
    const first = splitSentences(text, p.bodyStart, p.ownEnd)[0];
    if (first && isAssessmentLeadIn(text.slice(first.start, first.end))) assessmentArticles.add(i);
  });

  // Sections that state purposes, scope or addressees hold no tasks, nor does anything under them.
  const nonTaskChain: boolean[] = [];
  provisions.forEach((p) => {
    const own = p.leadIn ? text.slice(p.bodyStart, Math.min(p.ownEnd, p.bodyStart + 80)) : null;
    const opening = text.slice(p.bodyStart, Math.min(p.ownEnd, p.bodyStart + 80));
    const self = isNonTaskSection(p.heading) || isNonTaskSection(own) || isResultsSection(p.heading) || (p.leadIn && isResultsSection(opening));
    nonTaskChain.push(self || (p.parent !== null && nonTaskChain[p.parent]));
  });

  interface PendingTask {
    node: TaskNode;
    sentence: Span;
    provision: number;
    roles: RoleAssignment[];
  }
  const tasks: PendingTask[] = [];
  const provisionLeads = new Map<number, RoleAssignment[]>();
  const documentLeads: RoleAssignment[] = [];
  const documentSupervisors: RoleAssignment[] = [];
  let ordinal = 0;

  provisions.forEach((p, index) => {
    const sentences = p.ownEnd > p.bodyStart ? splitSentences(text, p.bodyStart, p.ownEnd) : [];
    const article = articleOf(index);
    const blocked = (article !== null && assessmentArticles.has(article)) || nonTaskChain[index];
    const parent = p.parent !== null ? provisions[p.parent] : null;
    const parentWords = parent && parent.level !== "PART" && parent.leadIn ? text.slice(parent.bodyStart, parent.ownEnd) : "";
    // Items completing a lead-in that announces duties or opens with an action ("Điều chỉnh, bổ sung:", "Giao Sở X:").
    const listedDuty =
      (parentWords !== "" && (isDutyLeadIn(parentWords) || opensWithAction(parentWords))) || (parent !== null && p.level !== "ARTICLE" && isGoalsHeading(parent.heading));
    let actionLeadIn = false;
    for (const sentence of sentences) {
      const words = text.slice(sentence.start, sentence.end);
      const roles = assignRoles(text, sentence, bodies, citationSpans);
      const { predicateAt } = findActors(text, sentence, bodies);
      // A numbered table row under "Thông qua danh mục … như sau:" is one item of that action.
      const tableRow = words.includes(" | ");
      const rowItem = tableRow && actionLeadIn && /^\s*(?:\d+|[IVX]+|[a-zđ])\s*\|/u.test(words);
      const commitment = !blocked && (rowItem || (!tableRow && isCommitment(words, predicateAt - sentence.start, listedDuty)));
      if (!tableRow) actionLeadIn = /:\s*$/.test(words) && opensWithAction(words);
      collectScopeRoles(text, sentence, roles, documentLeads, documentSupervisors);
      // A lead-in or an assignment assigns its actor to the items under it
      // ("Giao Sở X:", "yêu cầu Ủy ban nhân dân tỉnh chỉ đạo …", "Giao Sở X chủ trì, …").
      if (!commitment || /^\s*(?:Giao|Yêu cầu|Đề nghị)\s/u.test(words)) {
        const leads = roles.filter((r) => r.role === "LEAD");
        if (leads.length) provisionLeads.set(index, [...(provisionLeads.get(index) ?? []), ...leads]);
      }
      if (!commitment) {
        for (const c of citations) if (!c.amendTarget && within(c, sentence)) addEdge(b, "CITES", provisionIds[index], c.id, c);
        continue;
      }
      ordinal += 1;
      const id = `task:${docKey}/${String(ordinal).padStart(4, "0")}`;
      const headings = [index, ...ancestors(index)].map((i) => provisions[i].heading).filter((h): h is string => Boolean(h));
      const node: TaskNode = {
        kind: "Task",
        id,
        documentId,
        provisionId: provisionIds[index],
        text: squash(words),
        sector: classifySector(words, headings),
        deadline: findDeadline(words, year) ?? attributeDeadline(text, provisions, index, year),
        ordinal,
        source: span(b, sentence),
      };
      tasks.push({ node, sentence, provision: index, roles });
    }
  });

  // Attributes of a provision ("Cơ quan thực hiện: …") cover it and the siblings before it that have none.
  const attributeRoles = new Map<number, RoleAssignment[]>();
  provisions.forEach((p, index) => {
    const agency = p.attributes.find((a) => a.key === "AGENCY");
    if (!agency) return;
    const valueSpan = { start: agency.valueStart, end: agency.end };
    let roles = assignRoles(text, valueSpan, bodies);
    if (!roles.some((r) => r.role === "LEAD")) {
      const listed = bodies.filter((x) => within(x, valueSpan));
      roles = [...roles, ...listed.filter((x) => !roles.some((r) => r.body.id === x.id)).map((x) => ({ body: x, role: "LEAD" as const, cueStart: x.start }))];
    }
    attributeRoles.set(index, roles);
    for (let s = index - 1; s >= 0; s -= 1) {
      if (provisions[s].parent !== p.parent) {
        if (provisions[s].parent === null || (p.parent !== null && s <= p.parent)) break;
        continue;
      }
      if (provisions[s].attributes.some((a) => a.key === "AGENCY")) break;
      attributeRoles.set(s, roles);
    }
  });

  for (const task of tasks) {
    const { node, sentence, provision } = task;
    addNode(b, node);
    addEdge(b, "PART_OF", node.id, node.provisionId, sentence);

    for (const c of citations) if (!c.amendTarget && within(c, sentence)) addEdge(b, "CITES", node.id, c.id, c);
    // A footnote marker in the sentence ("… của Tỉnh ủy[1]") brings the footnote's instruments.
    for (const note of footnotes) {
      if (!within(note.marker!, sentence)) continue;
      for (const c of citations) if (!c.amendTarget && within(c, note)) addEdge(b, "CITES", node.id, c.id, c);
    }

    const placesHere = places.mentions.filter((m) => within(m, sentence));
    for (const place of placesHere) {
      addPlaceNode(b, place);
      addEdge(b, "LOCATED_IN", node.id, place.id, place);
    }
    if (placesHere.length === 0 && jurisdiction) addEdge(b, "LOCATED_IN", node.id, `place:${jurisdiction.code}`, null);

    const projectsHere = projects.filter((m) => within(m, sentence));
    for (const project of projectsHere) {
      const projectNode: ProjectNode = { kind: "Project", id: project.id, name: project.name, projectKind: project.projectKind, source: span(b, project) };
      addNode(b, projectNode);
      addEdge(b, "CONCERNS", node.id, project.id, project);
      for (const place of places.mentions.filter((m) => within(m, project))) {
        addPlaceNode(b, place);
        addEdge(b, "LOCATED_IN", project.id, place.id, place);
      }
    }

    const excluded = [...citations.filter((c) => within(c, sentence)), ...places.mentions.filter((m) => within(m, sentence))];
    findTargets(text, sentence, excluded).forEach((t, k) => {
      const target: TargetNode = {
        kind: "Target",
        id: `target:${docKey}/${String(node.ordinal).padStart(4, "0")}-${k + 1}`,
        value: t.value,
        unit: t.unit,
        metric: t.metric,
        comparator: t.comparator,
        text: t.text,
        source: span(b, t),
      };
      addNode(b, target);
      addEdge(b, "HAS_TARGET", node.id, target.id, t);
    });

    const roles = [...task.roles];
    const inherited = [provision, ...ancestors(provision)];
    const hasLead = () => roles.some((r) => r.role === "LEAD" || r.role === "IMPLEMENT");
    for (const i of inherited) {
      if (hasLead()) break;
      const fromAttributes = attributeRoles.get(i);
      if (fromAttributes) roles.push(...fromAttributes);
    }
    for (const i of inherited) {
      if (hasLead()) break;
      const fromLeadIn = provisionLeads.get(i);
      if (fromLeadIn && i !== provision) roles.push(...fromLeadIn);
    }
    if (!hasLead() && task.roles.length === 0) roles.push(...documentLeads);
    if (!task.roles.some((r) => r.role === "SUPERVISE")) roles.push(...documentSupervisors);
    for (const role of roles) {
      addBody(b, role.body, role.body);
      addEdge(b, "RESPONSIBLE", node.id, role.body.id, role.body, role.role);
      if (role.role === "INVEST") {
        const project = [...projectsHere].reverse().find((p) => p.end <= role.cueStart);
        if (project) addEdge(b, "INVESTED_BY", project.id, role.body.id, role.body);
      }
    }
  }

  // The document replaces or amends an earlier instrument: "Nghị quyết này thay thế Nghị quyết số …",
  // "…, thay thế Quyết định số …", "Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số …", "Bãi bỏ …".
  for (const c of citations) {
    if (c.start < structure.operativeStart || c.nested || c.amendTarget) continue;
    const before = text.slice(Math.max(structure.operativeStart, c.start - 200), c.start);
    const sentenceBefore = before.slice(Math.max(0, before.search(/[.:;]\s[^.:;]*$/u) + 1));
    if (/(?:này[^.;]*|,)\s*thay\s+thế\s*$/u.test(before) || /^\s*(?:Sửa\s+đổi|Bãi\s+bỏ|Thay\s+thế|Bổ\s+sung\s+một\s+số)/u.test(sentenceBefore)) {
      addEdge(b, "AMENDS", documentId, c.id, c);
    }
  }

  // Every place the text names is a place of the graph, whether or not a task stands in its sentence.
  for (const place of places.mentions) addPlaceNode(b, place);
  addSuccession(b);
  const batchNodes = [...b.nodes.values()];
  const nodeIds = new Set(batchNodes.map((n) => n.id));
  const edges = [...b.edges.values()].filter((e) => nodeIds.has(e.from) && nodeIds.has(e.to));
  return { document, nodes: batchNodes, edges, unresolved: b.unresolved };
}

function addPlaceNode(b: Builder, place: PlaceMention) {
  if (!b.nodes.has(place.id)) {
    const node: PlaceNode = {
      kind: "Place",
      id: place.id,
      name: place.name,
      fullName: place.fullName,
      placeKind: place.placeKind,
      code: place.code,
      parentId: place.parentId,
      ...(place.unit ? validityOfUnit(place.unit) : { validFrom: null, validTo: null }),
      source: span(b, place),
    };
    addNode(b, node);
  } else {
    const existing = b.nodes.get(place.id) as PlaceNode;
    if (!existing.source) {
      b.nodes.set(place.id, { ...existing, placeKind: place.placeKind, fullName: place.fullName, source: span(b, place) });
    }
  }
  if (place.parentId) {
    addEdge(b, "PART_OF", place.id, place.parentId, null);
    addPlaceChain(b, findUnit(place.parentId.replace(/^place:/, "")));
  }
}

function attributeDeadline(text: string, provisions: ParsedProvision[], index: number, year: number | null): string | null {
  let i: number | null = index;
  while (i !== null) {
    const time = provisions[i].attributes.find((a) => a.key === "TIME");
    if (time) return findDeadline(text.slice(time.valueStart, time.end), year);
    i = provisions[i].parent;
  }
  return null;
}

/** The implementation clause: who carries out and who supervises the whole instrument. */
function collectScopeRoles(text: string, sentence: Span, roles: RoleAssignment[], leads: RoleAssignment[], supervisors: RoleAssignment[]) {
  if (roles.length === 0) return;
  const words = foldFast(text.slice(sentence.start, sentence.end));
  const wholeInstrument =
    /(?:to chuc|trien khai)(?: trien khai)? thuc hien (?:nghi quyet|quyet dinh|chi thi|ke hoach)|(?:to chuc|trien khai)(?: trien khai)? thuc hien\.?$/.test(words) ||
    /^(?:[^.]*\s)?(?:giao|yeu cau) .*(?:to chuc|trien khai)(?: trien khai)? thuc hien/.test(words) ||
    /(?:theo doi|don doc|to chuc|trien khai)[^.]* thuc hien (?:nghi quyet|quyet dinh|ke hoach|chuong trinh|chi thi) nay/.test(words);
  if (wholeInstrument) {
    for (const r of roles) if (r.role === "LEAD" && !leads.some((l) => l.body.id === r.body.id)) leads.push(r);
  }
  if (/giam sat/.test(words) && /thuc hien (?:nghi quyet|quyet dinh|chuong trinh|ke hoach)/.test(words)) {
    for (const r of roles) if (r.role === "SUPERVISE" && !supervisors.some((l) => l.body.id === r.body.id)) supervisors.push(r);
  }
}

/** Whitespace-collapsed slices of the text without collapsing it again for every provision. */
function squashIndex(text: string): { slice(start: number, end: number): string } {
  const map = new Int32Array(text.length + 1);
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    map[i] = out.length + (pendingSpace && out.length > 0 ? 1 : 0);
    const ch = text[i];
    if (ch === " " || ch === "\n" || ch === "\t" || ch === "\r") {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out.length > 0) out += " ";
    pendingSpace = false;
    out += ch;
  }
  map[text.length] = out.length;
  return { slice: (start, end) => out.slice(map[start], map[end]).trim() };
}

/**
 * The unit the issuer governs: a province or municipality, or a district
 * whose name, when several provinces have one, is settled by the province the
 * text names.
 */
function resolveJurisdiction(data: ReferenceData, placeWord: string, placeName: string, text: string): GazetteerUnit | null {
  const folded = foldFast(placeName);
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

