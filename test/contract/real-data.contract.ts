import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  RELATION_TYPES,
  type DocumentNode,
  type GraphNode,
  type LegalInstrumentNode,
  type ProvisionNode,
  type TaskNode,
} from "../../src/domain/model.js";
import { foldText } from "../../src/domain/text-fold.js";
import type { GraphStore, LegalBasisPath } from "../../src/graph/graph-store.js";
import { ingestFiles } from "../../src/graph/ingest-files.js";
import { allTaskIds, CORPUS_FILES, findTasks, SEED_FILE, useStore } from "./contract-support.js";

/**
 * The questions of the issues, asked of the store on the real seed and corpus
 * as the extractor reads them. Nodes are found the way the API finds them (by
 * name, number, text), never by an id the extractor happens to give.
 */
export function describeRealDataContract(open: () => Promise<GraphStore>): void {
  describeSeed(open);
  describeWholeCorpus(open);
}

const DISTRICTS = ["Mỏ Cày Nam", "Mỏ Cày Bắc", "Giồng Trôm", "Ba Tri", "Thạnh Phú", "Chợ Lách", "Châu Thành"];
const LEGAL_BASIS_DEPTH = 10;

function describeSeed(open: () => Promise<GraphStore>): void {
  describe("the seed resolution", () => {
    const store = useStore(open, async (s) => {
      const summary = await ingestFiles(s, [SEED_FILE]);
      expect(summary.failed).toEqual([]);
      expect(summary.ingested).toBe(1);
    });

    it("holds one Document, its tasks, and one place for each district the text names", async () => {
      const stats = await store().stats();
      expect(stats.nodes.Document).toBe(1);
      expect(stats.nodes.Task).toBeGreaterThan(30);
      for (const name of DISTRICTS) {
        const places = await store().findPlacesByName(name);
        expect(named(places).map((p) => p.kind), name).toEqual(["Place"]);
        expect(await store().findPlacesByName(foldText(name).toUpperCase()), name).toEqual(places);
      }
    });

    it("finds exactly the two tasks the text places in Mỏ Cày Bắc or below it", async () => {
      const tasks = await tasksIn(store(), "mo cay bac");
      expect(tasks).toHaveLength(2);
      const texts = tasks.map((t) => foldText(t.text));
      expect(texts.some((t) => t.includes("tan thanh binh") && t.includes("nuoc thai"))).toBe(true);
      expect(texts.some((t) => t.includes("phuoc my trung"))).toBe(true);
      const page = await findTasks(store(), { placeIds: [await placeId(store(), "Mỏ Cày Bắc")], includeSubPlaces: true }, { first: 1, after: null });
      expect(page).toMatchObject({ totalCount: 2, hasNextPage: true });
      const rest = await findTasks(store(), { placeIds: [await placeId(store(), "Mỏ Cày Bắc")], includeSubPlaces: true }, { first: 1, after: page.ids[0] });
      expect(rest).toMatchObject({ totalCount: 2, hasNextPage: false });
      expect([...page.ids, ...rest.ids]).toEqual(tasks.map((t) => t.id));
    });

    it("traces each Mỏ Cày Bắc task to Nghị quyết 31/2022/NQ-HĐND through Điều 2, and to the 2015 local government law and its 2019 amendment through Căn cứ", async () => {
      const resolution = await instrumentByNumber(store(), "31/2022/NQ-HĐND");
      const localGovernment = await lawNamed(store(), LOCAL_GOVERNMENT_LAW, 2015);
      const amendment = await lawNamed(store(), LOCAL_GOVERNMENT_AMENDMENT, 2019);
      const [amended] = await store().getEdges([amendment.id], "AMENDS", "out");
      expect(amended.map((e) => e.to)).toContain(localGovernment.id);

      const tasks = await tasksIn(store(), "Mỏ Cày Bắc");
      const bases = await store().legalBasis(tasks.map((t) => t.id), LEGAL_BASIS_DEPTH);
      expect(bases).toHaveLength(2);
      for (const [i, basis] of bases.entries()) {
        await expectWellFormedBasis(store(), tasks[i], basis);

        const viaArticle = basis.find((p) => p.instrumentId === resolution.id);
        expect(viaArticle, "31/2022/NQ-HĐND").toBeDefined();
        expect(stepNames(viaArticle!)).toEqual([...viaArticle!.steps.slice(0, -1).map(() => "PART_OF"), "CITES"]);
        const citing = (await store().getNodes([viaArticle!.steps[viaArticle!.steps.length - 2].nodeId]))[0] as ProvisionNode;
        expect(citing).toMatchObject({ kind: "Provision", path: "Điều 2" });

        for (const law of [localGovernment, amendment]) {
          const viaPreamble = basis.find((p) => p.instrumentId === law.id);
          expect(viaPreamble, law.title ?? law.id).toBeDefined();
          const names = stepNames(viaPreamble!);
          expect(names[names.length - 1]).toBe("BASED_ON");
          expect(names.slice(0, -1).every((n) => n === "PART_OF")).toBe(true);
          expect(viaPreamble!.steps[viaPreamble!.steps.length - 2].nodeId).toBe(tasks[i].documentId);
        }
      }
    });

    it("answers the same questions for Thạnh Phú, Chợ Lách and Ba Tri, a place's tasks including those of the places below it", async () => {
      const choLach = await tasksIn(store(), "Chợ Lách");
      expect(choLach.some((t) => foldText(t.text).includes("hoa kieng cho lach"))).toBe(true);

      const thanhPhu = await tasksIn(store(), "Thạnh Phú");
      const thanhPhuTexts = thanhPhu.map((t) => foldText(t.text));
      expect(thanhPhuTexts.some((t) => t.includes("an nhon"))).toBe(true);
      expect(thanhPhuTexts.some((t) => t.includes("an dien"))).toBe(true);
      expect(thanhPhuTexts.every((t) => t.includes("thanh phu"))).toBe(true);

      const baTri = (await tasksIn(store(), "Ba Tri")).map((t) => t.id);
      const moCayBac = (await tasksIn(store(), "Mỏ Cày Bắc")).map((t) => t.id);
      // Both sentences name places in Ba Tri too (Thị trấn - An Đức, Tiệm Tôm).
      expect(baTri).toEqual(expect.arrayContaining(moCayBac));

      for (const name of DISTRICTS) {
        const id = await placeId(store(), name);
        const direct = await allTaskIds(store(), { placeIds: [id] });
        const below = await allTaskIds(store(), { placeIds: [id], includeSubPlaces: true });
        expect(below, name).toEqual(expect.arrayContaining(direct));
        const [children] = await store().getEdges([id], "PART_OF", "in");
        for (const child of children) {
          expect(below, `${name} ⊇ ${child.from}`).toEqual(expect.arrayContaining(await allTaskIds(store(), { placeIds: [child.from] })));
        }
        for (const basis of await store().legalBasis(below, LEGAL_BASIS_DEPTH)) expect(basis.length, name).toBeGreaterThan(0);
      }
    });

    it("does not count province-wide tasks as tasks of a district", async () => {
      const wholeProvince = await allTaskIds(store(), { placeIds: [await provinceId(store(), "Bến Tre")], includeSubPlaces: true });
      const districtsTotal = new Set<string>();
      for (const name of DISTRICTS) for (const id of await allTaskIds(store(), { placeIds: [await placeId(store(), name)], includeSubPlaces: true })) districtsTotal.add(id);
      expect(wholeProvince.length).toBeGreaterThan(districtsTotal.size);
      expect(wholeProvince).toEqual(expect.arrayContaining([...districtsTotal]));
    });

    it("finds the tasks citing 59/2019/NĐ-CP however the number is written", async () => {
      const decree = await instrumentByNumber(store(), "59/2019/NĐ-CP");
      expect(decree).toMatchObject({ kind: "LegalInstrument", instrumentKind: "DECREE" });
      for (const written of ["59/2019/nd-cp", "59/2019/ND-CP", "59/2019/NĐ- CP"]) {
        expect((await store().findInstrumentsByNumber(written)).map((n) => n.id), written).toEqual([decree.id]);
      }
      const [issuer] = await store().getNeighbours([decree.id], "ISSUED_BY", "out");
      expect(issuer.map((n) => foldText((n.node as { name: string }).name))).toEqual(["chinh phu"]);
      const citing = await tasksById(store(), await allTaskIds(store(), { instrumentId: decree.id }));
      expect(citing.some((t) => t.text.includes("59/2019/NĐ-CP"))).toBe(true);
      for (const task of citing) {
        const provision = (await store().getNodes([task.provisionId]))[0] as ProvisionNode;
        expect(provision.path.startsWith("Điều 2 > khoản 5"), provision.path).toBe(true);
      }
    });

    it("finds what depends on Tổng Công ty Điện lực miền Nam", async () => {
      const bodies = (await store().listNodes("Body", { text: "dien luc mien nam" })).filter((b) => b.kind === "Body");
      expect(bodies).toHaveLength(1);
      const direct = await allTaskIds(store(), { bodyId: bodies[0].id });
      const [invested] = await store().getEdges([bodies[0].id], "INVESTED_BY", "in");
      const viaProjects = (await Promise.all(invested.map((e) => allTaskIds(store(), { projectId: e.from })))).flat();
      const tasks = await tasksById(store(), [...new Set([...direct, ...viaProjects])]);
      expect(tasks.some((t) => foldText(t.text).includes("110 kv"))).toBe(true);
    });

    it("connects Chợ Lách to Chính phủ by shortest paths whose every step is a stored edge", async () => {
      const from = await placeId(store(), "Chợ Lách");
      const government = (await store().listNodes("Body", { text: "chinh phu" })).filter((b) => b.kind === "Body" && foldText(b.name) === "chinh phu");
      expect(government).toHaveLength(1);
      const to = government[0].id;
      const paths = await store().findPaths(from, to, 6, 20);
      expect(paths.length).toBeGreaterThan(0);
      expect(new Set(paths.map((p) => p.steps.length)).size).toBe(1);
      const sequences = paths.map((p) => p.steps.map((s) => s.nodeId));
      expect(sequences.map((s) => s.join("\u0000"))).toEqual(sequences.map((s) => s.join("\u0000")).sort());
      for (const pathSteps of paths) {
        let at = from;
        for (const step of pathSteps.steps) {
          expect(RELATION_TYPES).toContain(step.relation);
          const [edges] = await store().getEdges([at], step.relation, step.reversed ? "in" : "out");
          expect(edges.some((e) => (step.reversed ? e.from : e.to) === step.nodeId), `${at} ${step.relation} ${step.nodeId}`).toBe(true);
          at = step.nodeId;
        }
        expect(at).toBe(to);
      }
      expect(await store().findPaths(from, to, paths[0].steps.length - 1, 20)).toEqual([]);
    });

    it("searches ignoring case and tone marks, the named place first", async () => {
      const moCayBac = await store().search("mo cay bac", 10);
      expect(moCayBac[0].id).toBe(await placeId(store(), "Mỏ Cày Bắc"));
      // Two places bear the name: the town the text names and the commune of 2025 that succeeded it.
      const phuocMyTrung = await store().search("PHUOC MY TRUNG", 10);
      const named = (await store().findPlacesByName("Phước Mỹ Trung")).map((p) => p.id).sort();
      expect(named).toContain(await placeId(store(), "Phước Mỹ Trung"));
      expect(phuocMyTrung.slice(0, named.length).map((hit) => hit.id).sort()).toEqual(named);
      const rachMieu = await store().search("rach mieu", 20);
      const hits = await store().getNodes(rachMieu.map((h) => h.id));
      expect(hits.every((n) => n !== null)).toBe(true);
      expect(foldText(describeNode(hits[0]!))).toContain("rach mieu");
      expect(hits.some((n) => n?.kind === "Project")).toBe(true);
      expect(hits.some((n) => n?.kind === "Task")).toBe(true);
      for (let i = 1; i < rachMieu.length; i += 1) {
        expect(rachMieu[i - 1].score > rachMieu[i].score || (rachMieu[i - 1].score === rachMieu[i].score && rachMieu[i - 1].id < rachMieu[i].id)).toBe(true);
      }
    });

    it("counts tasks by place rolled up (as includeSubPlaces finds them), by body and role, by sector, by document", async () => {
      const stats = await store().stats();
      const byPlace = await store().countTasks("PLACE");
      const province = await provinceId(store(), "Bến Tre");
      for (const id of [province, ...(await Promise.all(DISTRICTS.map((name) => placeId(store(), name))))]) {
        const expected = (await findTasks(store(), { placeIds: [id], includeSubPlaces: true }, { first: 1, after: null })).totalCount;
        expect(byPlace.find((c) => c.key === id)?.count ?? 0, id).toBe(expected);
      }
      const moCayBac = await placeId(store(), "Mỏ Cày Bắc");
      expect(byPlace.find((c) => c.key === moCayBac)?.count).toBe(2);
      for (let i = 1; i < byPlace.length; i += 1) {
        const [a, b] = [byPlace[i - 1], byPlace[i]];
        expect(a.count > b.count || (a.count === b.count && a.key! < b.key!)).toBe(true);
      }

      const documents = await store().listNodes("Document");
      expect(await store().countTasks("DOCUMENT")).toEqual([{ key: documents[0].id, role: null, count: stats.nodes.Task }]);
      const bySector = await store().countTasks("SECTOR");
      expect(bySector.reduce((sum, c) => sum + c.count, 0)).toBe(stats.nodes.Task);

      const committee = (await store().listNodes("Body", { bodyKind: "PEOPLES_COMMITTEE" })).filter((b) => b.kind === "Body" && b.level === "PROVINCE");
      expect(committee).toHaveLength(1);
      const resolution = await instrumentByNumber(store(), "31/2022/NQ-HĐND");
      const underArticle2 = (await findTasks(store(), { instrumentId: resolution.id }, { first: 1, after: null })).totalCount;
      expect(underArticle2).toBeGreaterThan(20);
      const lead = (await store().countTasks("BODY_ROLE")).find((c) => c.key === committee[0].id && c.role === "LEAD");
      expect(lead?.count ?? 0).toBeGreaterThanOrEqual(underArticle2);
      expect((await findTasks(store(), { bodyId: committee[0].id, role: "LEAD" }, { first: 1, after: null })).totalCount).toBe(lead!.count);
    });

    it("resolves every id it hands out", async () => {
      const ids = new Set<string>();
      for (const hit of await store().search("tinh Ben Tre", 50)) ids.add(hit.id);
      const all = await allTaskIds(store(), {});
      for (const id of all) ids.add(id);
      for (const basis of await store().legalBasis(all, LEGAL_BASIS_DEPTH)) for (const p of basis) for (const s of p.steps) ids.add(s.nodeId);
      const nodes = await store().getNodes([...ids]);
      expect(nodes.filter((n) => n === null)).toEqual([]);
      expect(nodes.map((n) => n!.id)).toEqual([...ids]);
    });
  });
}

function describeWholeCorpus(open: () => Promise<GraphStore>): void {
  describe("the seed and the five corpus documents together", () => {
    let firstRun: Awaited<ReturnType<typeof ingestFiles>>;
    const store = useStore(open, async (s) => {
      firstRun = await ingestFiles(s, [SEED_FILE, ...CORPUS_FILES]);
    });

    it("ingests all six, each document's tasks counted under it", async () => {
      expect(firstRun.failed.map((f) => `${path.basename(f.file)}: ${f.error.message}`)).toEqual([]);
      expect(firstRun.ingested).toBe(6);
      const stats = await store().stats();
      expect(stats.nodes.Document).toBe(6);
      const byDocument = await store().countTasks("DOCUMENT");
      expect(byDocument.reduce((sum, c) => sum + c.count, 0)).toBe(stats.nodes.Task);
      expect(byDocument.length).toBeGreaterThanOrEqual(5);
      expect(firstRun.nodesCreated).toBe(Object.values(stats.nodes).reduce((sum, n) => sum + n, 0));
    });

    it("changes nothing when every document is ingested again", async () => {
      const before = await store().stats();
      const again = await ingestFiles(store(), [...CORPUS_FILES, SEED_FILE]);
      expect(again.failed).toEqual([]);
      expect({ nodes: again.nodesCreated, edges: again.edgesCreated }).toEqual({ nodes: 0, edges: 0 });
      expect(await store().stats()).toEqual(before);
    });

    it("keeps one node for a law that several documents rest on", async () => {
      const law = await lawNamed(store(), LOCAL_GOVERNMENT_LAW, 2015);
      const [basedOn] = await store().getEdges([law.id], "BASED_ON", "in");
      const documents = new Set(basedOn.map((e) => e.from));
      expect(documents.size).toBeGreaterThanOrEqual(5);
      const nodes = await store().getNodes([...documents]);
      expect(nodes.every((n) => n?.kind === "Document")).toBe(true);
    });

    it("finds instruments and documents by number as written in any of them", async () => {
      expect(await store().findInstrumentsByNumber("416/QĐ- TTg")).toHaveLength(1);
      expect(await store().findInstrumentsByNumber("416/qd-ttg")).toEqual(await store().findInstrumentsByNumber("416/QĐ-TTg"));
      const haNoi = await store().findInstrumentsByNumber("35/2024/QĐ-UBND");
      expect(haNoi.map((n) => n.kind)).toEqual(["Document"]);
      expect(await store().findInstrumentsByNumber("35 /2024/QĐ-UBND")).toEqual(haNoi);
    });

    it("still finds exactly the two Mỏ Cày Bắc tasks among six documents", async () => {
      expect(await tasksIn(store(), "Mỏ Cày Bắc")).toHaveLength(2);
      const seed = (await store().listNodes("Document")).find((d) => (d as DocumentNode).fileName === path.basename(SEED_FILE));
      expect(seed).toBeDefined();
      const all = await findTasks(store(), {}, { first: 1, after: null });
      const seedOnly = await findTasks(store(), { documentId: seed!.id }, { first: 1, after: null });
      expect(seedOnly.totalCount).toBeLessThan(all.totalCount);
    });
  });
}

// ------------------------------------------------------------------ helpers

/**
 * The places a document names: the graph also holds, from reference data, their
 * successors and predecessors across the 2025 reorganisation, some of the same
 * name (xã Chợ Lách of 2025 succeeds huyện Chợ Lách).
 */
function named(places: readonly GraphNode[]): GraphNode[] {
  return places.filter((p) => p.source !== null);
}

async function placeId(store: GraphStore, name: string): Promise<string> {
  const places = named(await store.findPlacesByName(name));
  expect(places.map((p) => p.kind), name).toEqual(["Place"]);
  return places[0].id;
}

async function provinceId(store: GraphStore, name: string): Promise<string> {
  const provinces = named(await store.findPlacesByName(name)).filter((p) => p.kind === "Place" && p.placeKind === "PROVINCE");
  expect(provinces, name).toHaveLength(1);
  return provinces[0].id;
}

async function instrumentByNumber(store: GraphStore, number: string): Promise<LegalInstrumentNode | DocumentNode> {
  const found = await store.findInstrumentsByNumber(number);
  expect(found, number).toHaveLength(1);
  return found[0] as LegalInstrumentNode | DocumentNode;
}

interface LawDescription {
  /** Folded words the title holds. */
  holds: string[];
  /** Folded words it must not hold (an amending law holds its target's title). */
  lacks: string[];
}

const LOCAL_GOVERNMENT_LAW: LawDescription = { holds: ["to chuc chinh quyen dia phuong"], lacks: ["sua doi"] };
const LOCAL_GOVERNMENT_AMENDMENT: LawDescription = { holds: ["sua doi", "to chuc chinh phu", "to chuc chinh quyen dia phuong"], lacks: [] };

/** The one LAW of that year whose title fits the description. */
async function lawNamed(store: GraphStore, law: LawDescription, year: number): Promise<LegalInstrumentNode> {
  const candidates = await store.listNodes("LegalInstrument", { instrumentKind: "LAW", text: law.holds[0] });
  const matching = candidates.filter((n): n is LegalInstrumentNode => {
    const instrument = n as LegalInstrumentNode;
    const title = foldText(instrument.title ?? "");
    const inYear = instrument.year === year || instrument.issuedOn?.startsWith(String(year)) === true;
    return inYear && law.holds.every((w) => title.includes(w)) && !law.lacks.some((w) => title.includes(w));
  });
  expect(matching.map((n) => `${n.id}: ${n.title}`), `${law.holds.join(" + ")} ${year}`).toHaveLength(1);
  return matching[0];
}

async function tasksById(store: GraphStore, ids: string[]): Promise<TaskNode[]> {
  const nodes = await store.getNodes(ids);
  for (const n of nodes) expect(n?.kind).toBe("Task");
  return nodes as TaskNode[];
}

async function tasksIn(store: GraphStore, placeName: string): Promise<TaskNode[]> {
  return tasksById(store, await allTaskIds(store, { placeIds: [await placeId(store, placeName)], includeSubPlaces: true }));
}

function stepNames(path: LegalBasisPath): string[] {
  return path.steps.map((s) => (s.reversed ? `<${s.relation}` : s.relation));
}

/** Port rules that hold for any legal basis, whatever the extractor finds. */
async function expectWellFormedBasis(store: GraphStore, task: TaskNode, basis: LegalBasisPath[]): Promise<void> {
  const document = (await store.getNodes([task.documentId]))[0] as DocumentNode;
  expect(basis.length).toBeGreaterThan(0);
  for (let i = 0; i < basis.length; i += 1) {
    const p = basis[i];
    if (i > 0) expect(basis[i - 1].depth < p.depth || (basis[i - 1].depth === p.depth && basis[i - 1].instrumentId < p.instrumentId)).toBe(true);
    expect(p.depth).toBe(p.steps.length);
    expect(p.steps[p.steps.length - 1].nodeId).toBe(p.instrumentId);
    expect(p.instrumentId).not.toBe(task.documentId);
    for (const step of p.steps) {
      expect(["PART_OF", "CITES", "BASED_ON", "AMENDS"]).toContain(step.relation);
      if (step.relation !== "AMENDS") expect(step.reversed).toBe(false);
      if (step.source?.documentId === document.id) {
        expect(document.text.slice(step.source.start, step.source.end).trim().length).toBeGreaterThan(0);
      }
    }
  }
  const instruments = await store.getNodes(basis.map((p) => p.instrumentId));
  for (const instrument of instruments) expect(["LegalInstrument", "Document"]).toContain(instrument?.kind);
  expect(instruments.some((n) => n?.kind === "LegalInstrument" && n.instrumentKind === "SUBMISSION")).toBe(false);
}

function describeNode(node: GraphNode): string {
  switch (node.kind) {
    case "Task":
    case "Target":
      return node.text;
    case "Document":
      return node.title;
    case "LegalInstrument":
      return `${node.number ?? ""} ${node.title ?? ""}`;
    case "Provision":
      return node.path;
    default:
      return `${node.name} ${node.kind === "Place" ? node.fullName : ""}`;
  }
}
