import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "../../src/domain/errors.js";
import type { GraphNode, RelationType } from "../../src/domain/model.js";
import type { GraphStore, LegalBasisPath } from "../../src/graph/graph-store.js";
import { asNewVersion, buildCitedResolutionBatch, buildSyntheticBatch, CITED_RESOLUTION_TASK, SYN } from "../fixtures/synthetic-batch.js";
import { findTasks, useStore } from "./contract-support.js";
import { describeCorpusVersions } from "./corpus-versions.contract.js";
import { describeDocumentVersions } from "./document-versions.contract.js";
import { describeInstrumentRelations } from "./instrument-relations.contract.js";
import { describeRealDataContract } from "./real-data.contract.js";
import { describeSuccessionContract } from "./succession.contract.js";

export interface ContractOptions {
  /** Empties a store that outlives one test (a shared Neo4j database); called after every open. */
  clear?: (store: GraphStore) => Promise<void>;
}

/**
 * Registers the behaviour every GraphStore must show: on hand-made batches
 * (store semantics that must not depend on the extractor) and on the seed and
 * corpus read by the extractor (the questions of the issues).
 * `openStore` must give an empty store, or one `options.clear` empties.
 */
export function describeGraphStoreContract(storeName: string, openStore: () => Promise<GraphStore>, options: ContractOptions = {}): void {
  const open = async () => {
    const store = await openStore();
    await options.clear?.(store);
    return store;
  };

  describe(`${storeName}: GraphStore contract`, () => {
    describeSyntheticReads(open);
    describeIngestSemantics(open);
    describeDocumentVersions(open);
    describeInstrumentRelations(open);
    describeCorpusVersions(open);
    describe("on the seed and corpus", () => {
      describeRealDataContract(open);
    });
    describeSuccessionContract(open);
  });
}

const node = async (store: GraphStore, id: string): Promise<GraphNode | null> => (await store.getNodes([id]))[0];
const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);
const basisSummary = (paths: readonly LegalBasisPath[]) => paths.map((p): [number, string] => [p.depth, p.instrumentId]);
/** Expected legal-basis order: depth, then instrument id by code units. */
const byDepthThenId = (entries: [number, string][]) => [...entries].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
const relations = (path: LegalBasisPath) => path.steps.map((s) => (s.reversed ? `<${s.relation}` : s.relation));

function describeSyntheticReads(open: () => Promise<GraphStore>): void {
  describe("reads on a hand-made resolution", () => {
    const store = useStore(open, async (s) => {
      await s.ingest(buildSyntheticBatch());
    });
    const { tasks: T, places: PL, bodies: B, instruments: I, projects: PR, provisions: P } = SYN;

    it("answers whether it is ready", async () => {
      expect(await store().isReady()).toBe(true);
    });

    it("counts nodes per kind and edges per type, every kind and type present", async () => {
      const batch = buildSyntheticBatch();
      const stats = await store().stats();
      for (const kind of ["Document", "Provision", "Task", "LegalInstrument", "Body", "Place", "Project", "Target"] as const) {
        expect(stats.nodes[kind], kind).toBe(batch.nodes.filter((n) => n.kind === kind).length);
      }
      for (const type of Object.keys(stats.edges) as RelationType[]) {
        expect(stats.edges[type], type).toBe(batch.edges.filter((e) => e.type === type).length);
      }
      expect(Object.keys(stats.edges).sort()).toEqual(
        [
          "AMENDS", "BASED_ON", "CITES", "CONCERNS", "CONSIDERS", "GUIDES", "HAS_TARGET", "IMPLEMENTS", "INVESTED_BY",
          "ISSUED_BY", "LOCATED_IN", "PART_OF", "REPEALS", "REPLACES", "RESPONSIBLE", "SUCCEEDED_BY",
        ],
      );
    });

    it("gets nodes by id in key order, null where unknown, with every property intact", async () => {
      const [task, missing, place] = await store().getNodes([T.wastewater, "task:nope", PL.moCayBac]);
      expect(missing).toBeNull();
      expect(task).toMatchObject({ id: T.wastewater, kind: "Task", provisionId: P.d2k2c, sector: "INDUSTRY", documentId: SYN.document });
      expect(place).toMatchObject({ kind: "Place", name: "Mỏ Cày Bắc", fullName: "huyện Mỏ Cày Bắc", placeKind: "DISTRICT", code: "838", parentId: PL.province });
      const document = await node(store(), SYN.document);
      expect(document).toMatchObject({ kind: "Document", adoptedOn: "2023-07-05", effectiveFrom: "2023-07-15" });
      const quoted = (task as { source: { start: number; end: number } }).source;
      expect((document as { text: string }).text.slice(quoted.start, quoted.end)).toBe((task as { text: string }).text);
    });

    it("gets edges per key, ordered by the other end's id then role, with their source span", async () => {
      const [located, none] = await store().getEdges([T.towns, "task:nope"], "LOCATED_IN", "out");
      expect(none).toEqual([]);
      expect(located.map((e) => e.to)).toEqual([PL.tienThuy, PL.tiemTom, PL.phuocMyTrung].sort());
      const [children] = await store().getEdges([PL.moCayBac], "PART_OF", "in");
      expect(children.map((e) => e.from)).toEqual([PL.phuocMyTrung, PL.tanThanhBinh].sort());
      const [responsible] = await store().getEdges([T.bridge], "RESPONSIBLE", "out");
      expect(responsible.map((e) => [e.to, e.role])).toEqual([
        [B.evnSpc, "INVEST"],
        [B.ubnd, "LEAD"],
      ]);
      const [leads] = await store().getEdges([B.ubnd], "RESPONSIBLE", "in");
      expect(leads).toHaveLength(9);
      expect(leads.map((e) => e.from)).toEqual([...leads.map((e) => e.from)].sort());
      const [cites] = await store().getEdges([T.rotation], "CITES", "out");
      expect(cites).toEqual([
        expect.objectContaining({ type: "CITES", from: T.rotation, to: I.decree59, role: null, source: expect.objectContaining({ documentId: SYN.document }) }),
      ]);
    });

    it("gets each edge with the node at its other end, in getEdges order", async () => {
      const [amends, amendedBy] = await store().getNeighbours([I.amendment2019, I.budget2015], "AMENDS", "out");
      expect(amends.map((n) => n.node.id)).toEqual([I.budget2015, I.localGovernment2015, I.government2015].sort());
      expect(amends.every((n) => n.edge.from === I.amendment2019 && n.edge.to === n.node.id)).toBe(true);
      expect(amendedBy).toEqual([]);
      const [reverse] = await store().getNeighbours([I.budget2015], "AMENDS", "in");
      expect(reverse.map((n) => n.node.id)).toEqual([I.amendment2019, I.amendment2020]);
    });

    it("lists nodes of a kind by id, filtered by kind-specific fields, folded text, parent and document", async () => {
      const places = await store().listNodes("Place");
      expect(ids(places)).toEqual(Object.values(PL).sort());
      expect(ids(await store().listNodes("Place", { placeKind: "TOWN" }))).toEqual([PL.phuocMyTrung, PL.tienThuy, PL.tiemTom].sort());
      expect(ids(await store().listNodes("Place", { parentId: PL.moCayBac }))).toEqual([PL.phuocMyTrung, PL.tanThanhBinh].sort());
      expect(ids(await store().listNodes("Place", { parentId: PL.province, placeKind: "DISTRICT" }))).toEqual(
        [PL.chauThanh, PL.choLach, PL.baTri, PL.moCayBac].sort(),
      );
      expect(ids(await store().listNodes("Place", { text: "CAY BAC" }))).toEqual([PL.moCayBac]);
      expect(ids(await store().listNodes("Body", { bodyKind: "GOVERNMENT" }))).toEqual([B.government]);
      expect(ids(await store().listNodes("LegalInstrument", { instrumentKind: "DECREE" }))).toEqual([I.decree31, I.decree59].sort());
      expect(ids(await store().listNodes("LegalInstrument", { text: "nd-cp" }))).toEqual([I.decree31, I.decree59].sort());
      expect(ids(await store().listNodes("Project", { text: "rach mieu" }))).toEqual([PR.bridge]);
      expect(ids(await store().listNodes("Document"))).toEqual([SYN.document]);
      expect(ids(await store().listNodes("Place", { documentId: SYN.document }))).toHaveLength(Object.keys(PL).length);
      expect(await store().listNodes("Place", { documentId: "doc:unknown" })).toEqual([]);
      expect(await store().listNodes("Place", { text: "Hà Nội" })).toEqual([]);
    });

    it("finds places by name or full name, ignoring case and tone marks", async () => {
      for (const name of ["Mỏ Cày Bắc", "mo cay bac", "MỎ CÀY BẮC", "huyện Mỏ Cày Bắc", "  Mo   Cay Bac "]) {
        expect(ids(await store().findPlacesByName(name)), name).toEqual([PL.moCayBac]);
      }
      expect(ids(await store().findPlacesByName("PHUOC MY TRUNG"))).toEqual([PL.phuocMyTrung]);
      expect(await store().findPlacesByName("Mỏ Cày")).toEqual([]);
    });

    it("finds instruments by number however it is spaced, cased or written with Đ or D", async () => {
      for (const number of ["59/2019/NĐ-CP", "59/2019/nd-cp", "59/2019/ND-CP", " 59/2019/NĐ - CP "]) {
        expect(ids(await store().findInstrumentsByNumber(number)), number).toEqual([I.decree59]);
      }
      expect(ids(await store().findInstrumentsByNumber("416/QĐ- TTg"))).toEqual([I.decision416]);
      expect(ids(await store().findInstrumentsByNumber("31/2022/NQ-HĐND"))).toEqual([I.resolution31]);
      expect(await store().findInstrumentsByNumber("59/2020/NĐ-CP")).toEqual([]);
    });

    describe("findTaskPages", () => {
      const all = { first: 100, after: null };

      it("answers a batch with one page per request, in request order, each as if asked alone", async () => {
        expect(await store().findTaskPages([])).toEqual([]);
        const requests = [
          { filter: { placeIds: [PL.moCayBac], includeSubPlaces: true }, page: all },
          { filter: { bodyId: B.ubnd }, page: { first: 4, after: null } },
          { filter: { placeIds: [PL.tienGiang] }, page: all },
          { filter: { bodyId: B.ubnd }, page: { first: 4, after: T.bridge } },
          { filter: { placeIds: [PL.moCayBac], includeSubPlaces: true }, page: { first: 1, after: T.wastewater } },
          { filter: { instrumentId: I.decree59, text: "chuyển đổi vị trí" }, page: all },
          { filter: { placeIds: [PL.moCayBac], includeSubPlaces: true }, page: all },
        ];
        const pages = await store().findTaskPages(requests);
        expect(pages).toHaveLength(requests.length);
        expect(pages[0]).toEqual({ ids: [T.wastewater, T.road, T.towns].sort(), totalCount: 3, hasNextPage: false });
        expect(pages[2]).toEqual({ ids: [], totalCount: 0, hasNextPage: false });
        expect(pages[4]).toEqual({ ids: [T.road], totalCount: 3, hasNextPage: true });
        expect(pages[5]).toEqual({ ids: [T.rotation], totalCount: 1, hasNextPage: false });
        expect(pages[6]).toEqual(pages[0]);
        for (const [i, { filter, page }] of requests.entries()) {
          expect(pages[i], JSON.stringify(requests[i])).toEqual(await findTasks(store(), filter, page));
        }
      });

      it("finds the tasks a place names, and with includeSubPlaces those below it, never those above", async () => {
        expect((await findTasks(store(), { placeIds: [PL.moCayBac] }, all)).ids).toEqual([T.road]);
        const below = await findTasks(store(), { placeIds: [PL.moCayBac], includeSubPlaces: true }, all);
        expect(below.ids).toEqual([T.wastewater, T.road, T.towns].sort());
        expect(below.totalCount).toBe(3);
        expect(below.hasNextPage).toBe(false);
        const province = await findTasks(store(), { placeIds: [PL.province], includeSubPlaces: true }, all);
        expect(province.totalCount).toBe(10);
        expect((await findTasks(store(), { placeIds: [PL.phuocMyTrung], includeSubPlaces: true }, all)).ids).toEqual([T.towns]);
        expect((await findTasks(store(), { placeIds: [PL.tienGiang], includeSubPlaces: true }, all)).totalCount).toBe(0);
        expect((await findTasks(store(), { placeIds: [] }, all)).totalCount).toBe(0);
        expect((await findTasks(store(), { placeIds: [PL.choLach, PL.tiemTom] }, all)).ids).toEqual([T.choLach, T.towns].sort());
      });

      it("filters by body, by body and role, by role, by project, by sector, by document", async () => {
        expect((await findTasks(store(), { bodyId: B.ubnd }, all)).totalCount).toBe(9);
        expect((await findTasks(store(), { bodyId: B.evnSpc }, all)).ids).toEqual([T.bridge]);
        expect((await findTasks(store(), { bodyId: B.evnSpc, role: "LEAD" }, all)).ids).toEqual([]);
        expect((await findTasks(store(), { bodyId: B.hdnd, role: "SUPERVISE" }, all)).ids).toEqual([T.supervise]);
        expect((await findTasks(store(), { role: "INVEST" }, all)).ids).toEqual([T.bridge]);
        expect((await findTasks(store(), { projectId: PR.wastewater }, all)).ids).toEqual([T.wastewater]);
        expect((await findTasks(store(), { sector: "ADMINISTRATION" }, all)).ids).toEqual([T.rotation, T.towns].sort());
        expect((await findTasks(store(), { documentId: SYN.document }, all)).totalCount).toBe(10);
        expect((await findTasks(store(), { documentId: "doc:unknown" }, all)).totalCount).toBe(0);
      });

      it("finds the tasks citing an instrument in their own sentence or through an enclosing provision", async () => {
        expect((await findTasks(store(), { instrumentId: I.decree59 }, all)).ids).toEqual([T.rotation]);
        const underArticle2 = await findTasks(store(), { instrumentId: I.resolution31 }, all);
        expect(underArticle2.ids).toEqual([T.bridge, T.coconut, T.choLach, T.wastewater, T.road, T.interest, T.rotation, T.towns].sort());
        expect((await findTasks(store(), { instrumentId: I.localGovernment2015 }, all)).totalCount).toBe(0);
      });

      it("matches text as a folded substring of the task's words", async () => {
        expect((await findTasks(store(), { text: "rach mieu" }, all)).ids).toEqual([T.bridge]);
        expect((await findTasks(store(), { text: "NƯỚC THẢI" }, all)).ids).toEqual([T.wastewater]);
        expect((await findTasks(store(), { text: "ach mie" }, all)).ids).toEqual([T.bridge]);
        expect((await findTasks(store(), { text: "59/2019/nd-cp" }, all)).ids).toEqual([T.rotation]);
        expect((await findTasks(store(), { text: "1.300 ha" }, all)).ids).toEqual([T.coconut]);
        expect((await findTasks(store(), { text: "Cày Bắc" }, all)).ids).toEqual([T.wastewater, T.road, T.towns].sort());
        expect((await findTasks(store(), { text: "rach mieu 3" }, all)).ids).toEqual([]);
      });

      it("combines criteria: every one must hold", async () => {
        const found = await findTasks(store(), { placeIds: [PL.moCayBac], includeSubPlaces: true, bodyId: B.ubnd, role: "LEAD", sector: "INFRASTRUCTURE" }, all);
        expect(found.ids).toEqual([T.road]);
        expect(found.totalCount).toBe(1);
        const withText = await findTasks(store(), { placeIds: [PL.moCayBac], includeSubPlaces: true, text: "tan thanh binh" }, all);
        expect(withText.ids).toEqual([T.wastewater, T.road].sort());
        expect((await findTasks(store(), { instrumentId: I.resolution31, sector: "AGRICULTURE", text: "cho lach" }, all)).ids).toEqual([T.choLach]);
        expect((await findTasks(store(), { bodyId: B.hdnd, sector: "INDUSTRY" }, all)).totalCount).toBe(0);
      });

      it("pages by id after a cursor, with an exact total and hasNextPage", async () => {
        const everything = (await findTasks(store(), {}, all)).ids;
        expect(everything).toEqual(Object.values(T).sort());
        const seen: string[] = [];
        let after: string | null = null;
        for (let pageNumber = 0; pageNumber < 10; pageNumber += 1) {
          const page = await findTasks(store(), { bodyId: B.ubnd }, { first: 4, after });
          expect(page.totalCount).toBe(9);
          seen.push(...page.ids);
          if (!page.hasNextPage) break;
          after = page.ids[page.ids.length - 1];
        }
        expect(seen).toEqual([...everything.filter((id) => id !== T.supervise)]);
        const afterLast = await findTasks(store(), { bodyId: B.ubnd }, { first: 4, after: seen[seen.length - 1] });
        expect(afterLast).toEqual({ ids: [], totalCount: 9, hasNextPage: false });
        const filtered = await findTasks(store(), { placeIds: [PL.moCayBac], includeSubPlaces: true, sector: "INFRASTRUCTURE" }, { first: 1, after: null });
        expect(filtered).toEqual({ ids: [T.road], totalCount: 1, hasNextPage: false });
        const twoOfThree = await findTasks(store(), { placeIds: [PL.moCayBac], includeSubPlaces: true }, { first: 2, after: T.wastewater });
        expect(twoOfThree).toEqual({ ids: [T.road, T.towns], totalCount: 3, hasNextPage: false });
        const oneOfThree = await findTasks(store(), { placeIds: [PL.moCayBac], includeSubPlaces: true }, { first: 1, after: T.wastewater });
        expect(oneOfThree).toEqual({ ids: [T.road], totalCount: 3, hasNextPage: true });
      });
    });

    describe("search", () => {
      it("matches ignoring case and tone marks, best match first, with a float score", async () => {
        const moCayBac = await store().search("mo cay bac", 10);
        expect(moCayBac[0].id).toBe(PL.moCayBac);
        expect(ids(moCayBac)).toEqual(expect.arrayContaining([T.wastewater, T.road, T.towns]));
        expect((await store().search("PHUOC MY TRUNG", 5))[0].id).toBe(PL.phuocMyTrung);
        const rachMieu = await store().search("rach mieu", 5);
        expect(rachMieu[0].id).toBe(PR.bridge);
        expect(ids(rachMieu)).toContain(T.bridge);
        for (const hit of rachMieu) expect(typeof hit.score).toBe("number");
      });

      it("ranks an exact name above a text that holds every word, and that above a short name holding some", async () => {
        const hits = await store().search("Chợ Lách", 20);
        expect(hits[0].id).toBe(PL.choLach);
        expect(hits.findIndex((h) => h.id === T.choLach)).toBeGreaterThan(0);
        for (const query of ["hoa kiểng Chợ Lách", "Chợ Lách hoa kiểng"]) {
          const every = await store().search(query, 20);
          expect(every[0].id, query).toBe(T.choLach);
          expect(every.findIndex((h) => h.id === PL.choLach), query).toBeGreaterThan(0);
        }
      });

      it("finds instruments by number and documents by title", async () => {
        expect((await store().search("59/2019/NĐ-CP", 3))[0].id).toBe(I.decree59);
        expect((await store().search("bo sung mot so nhiem vu giai phap", 3))[0].id).toBe(SYN.document);
      });

      it("orders by score descending then id, honours `first`, and finds nothing for no words", async () => {
        const hits = await store().search("huyện", 50);
        expect(hits.length).toBeGreaterThan(3);
        for (let i = 1; i < hits.length; i += 1) {
          const [a, b] = [hits[i - 1], hits[i]];
          expect(a.score > b.score || (a.score === b.score && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
        }
        expect(await store().search("huyện", 2)).toEqual(hits.slice(0, 2));
        expect(await store().search("  -- ", 10)).toEqual([]);
        expect(await store().search("xyzzy", 10)).toEqual([]);
        expect(await store().search("mo cay bac", 10)).toEqual(await store().search("mo cay bac", 10));
      });
    });

    describe("legalBasis", () => {
      it("follows the structure up to Điều 2's citation and the document's Căn cứ, then amendments, ordered by (depth, id)", async () => {
        const [basis] = await store().legalBasis([T.wastewater], 10);
        expect(basisSummary(basis)).toEqual(
          byDepthThenId([
            [4, I.resolution31],
            [5, I.localGovernment2015],
            [5, I.legislation2015],
            [5, I.amendment2019],
            [5, I.amendment2020],
            [6, I.government2015],
            [6, I.budget2015],
          ]),
        );
        const byInstrument = new Map(basis.map((p) => [p.instrumentId, p]));
        expect(relations(byInstrument.get(I.resolution31)!)).toEqual(["PART_OF", "PART_OF", "PART_OF", "CITES"]);
        expect(byInstrument.get(I.resolution31)!.steps.map((s) => s.nodeId)).toEqual([P.d2k2c, P.d2k2, P.d2, I.resolution31]);
        expect(relations(byInstrument.get(I.localGovernment2015)!)).toEqual(["PART_OF", "PART_OF", "PART_OF", "PART_OF", "BASED_ON"]);
        expect(relations(byInstrument.get(I.government2015)!)).toEqual(["PART_OF", "PART_OF", "PART_OF", "PART_OF", "BASED_ON", "AMENDS"]);
        expect(byInstrument.get(I.government2015)!.steps[4].nodeId).toBe(I.amendment2019);
        for (const path of basis) {
          expect(path.depth).toBe(path.steps.length);
          expect(path.steps[path.steps.length - 1].nodeId).toBe(path.instrumentId);
        }
        expect(byInstrument.has(I.submission3253)).toBe(false);
      });

      it("breaks ties between equally short paths by the smaller (relation, reversed, node id) at the first difference", async () => {
        const [basis] = await store().legalBasis([T.wastewater], 10);
        const budget = basis.find((p) => p.instrumentId === I.budget2015)!;
        expect(budget.steps[4]).toMatchObject({ relation: "BASED_ON", reversed: false, nodeId: [I.amendment2019, I.amendment2020].sort()[0] });
        expect(budget.steps[5]).toMatchObject({ relation: "AMENDS", reversed: false, nodeId: I.budget2015 });
      });

      it("starts with the task's own citations and carries each edge's source span", async () => {
        const [basis] = await store().legalBasis([T.road], 10);
        expect(basis[0]).toMatchObject({ instrumentId: I.decision416, depth: 1 });
        expect(basis[0].steps).toEqual([
          { relation: "CITES", reversed: false, nodeId: I.decision416, source: expect.objectContaining({ documentId: SYN.document }) },
        ]);
        const document = (await node(store(), SYN.document)) as { text: string };
        const span = basis[0].steps[0].source!;
        expect(document.text.slice(span.start, span.end)).toBe("Quyết định số 416/QĐ-TTg");
      });

      it("stops at maxDepth and answers per key in key order, empty for unknown or non-task ids", async () => {
        const [shallow, unknown, notATask] = await store().legalBasis([T.wastewater, "task:nope", PL.moCayBac], 4);
        const [deep] = await store().legalBasis([T.bridge], 3);
        expect(await store().legalBasis([T.road], 0)).toEqual([[]]);
        expect(basisSummary(shallow)).toEqual([[4, I.resolution31]]);
        expect(unknown).toEqual([]);
        expect(notATask).toEqual([]);
        expect(basisSummary(deep)).toEqual([[3, I.resolution31]]);
        const [article3] = await store().legalBasis([T.implement], 10);
        expect(article3.map((p) => p.instrumentId)).not.toContain(I.resolution31);
        expect(article3[0]).toMatchObject({ depth: 4, steps: [expect.anything(), expect.anything(), expect.anything(), expect.objectContaining({ relation: "BASED_ON" })] });
      });
    });

    describe("findPaths", () => {
      it("returns every shortest path, edges followed either way, ordered by the node ids along them", async () => {
        const paths = await store().findPaths(PL.choLach, B.government, 6, 20);
        expect(paths.length).toBeGreaterThan(0);
        const lengths = new Set(paths.map((p) => p.steps.length));
        expect(lengths.size).toBe(1);
        expect([...lengths][0]).toBe(4);
        for (const path of paths) {
          expect(path.steps[path.steps.length - 1].nodeId).toBe(B.government);
          expect(path.steps[0]).toMatchObject({ relation: "PART_OF", reversed: false, nodeId: PL.province });
        }
        const sequences = paths.map((p) => p.steps.map((s) => s.nodeId).join(" "));
        expect(sequences).toEqual([...sequences].sort());
        expect(new Set(paths.map((p) => JSON.stringify(p.steps.map((s) => [s.nodeId, s.relation, s.reversed])))).size).toBe(paths.length);
        expect(sequences).toEqual(
          expect.arrayContaining([[PL.province, T.interest, I.decree31, B.government].join(" "), [PL.province, T.rotation, I.decree59, B.government].join(" ")]),
        );
        const reversedStep = paths[0].steps[1];
        expect(reversedStep).toMatchObject({ relation: "LOCATED_IN", reversed: true });
      });

      it("honours maxHops and limit; a node to itself is one empty path; unknown ids give none", async () => {
        expect(await store().findPaths(PL.choLach, B.government, 3, 20)).toEqual([]);
        expect(await store().findPaths(PL.choLach, B.government, 6, 1)).toHaveLength(1);
        expect(await store().findPaths(PL.choLach, PL.choLach, 3, 5)).toEqual([{ steps: [] }]);
        expect(await store().findPaths(PL.choLach, "body:nope", 6, 5)).toEqual([]);
        const direct = await store().findPaths(PL.moCayBac, PL.province, 3, 5);
        expect(direct).toEqual([{ steps: [expect.objectContaining({ relation: "PART_OF", reversed: false, nodeId: PL.province })] }]);
        const back = await store().findPaths(PL.province, PL.moCayBac, 3, 5);
        expect(back).toEqual([{ steps: [expect.objectContaining({ relation: "PART_OF", reversed: true, nodeId: PL.moCayBac })] }]);
      });
    });

    describe("countTasks", () => {
      it("by place, rolled up the hierarchy, a task once per place however many of its children it names", async () => {
        const counts = await store().countTasks("PLACE");
        const of = (id: string) => counts.find((c) => c.key === id)?.count;
        expect(of(PL.moCayBac)).toBe(3);
        expect(of(PL.tanThanhBinh)).toBe(2);
        expect(of(PL.phuocMyTrung)).toBe(1);
        expect(of(PL.province)).toBe(10);
        expect(of(PL.region)).toBe(10);
        expect(of(PL.baTri)).toBe(1);
        expect(of(PL.tienGiang)).toBeUndefined();
        expect(counts.every((c) => c.role === null)).toBe(true);
        expect(counts).toEqual(sortedCounts(counts));
      });

      it("by body and role, by sector (null for none), by document", async () => {
        const byRole = await store().countTasks("BODY_ROLE");
        expect(byRole).toEqual([
          { key: B.ubnd, role: "LEAD", count: 9 },
          ...sortedCounts([
            { key: B.evnSpc, role: "INVEST", count: 1 },
            { key: B.hdnd, role: "SUPERVISE", count: 1 },
          ]),
        ]);
        const bySector = await store().countTasks("SECTOR");
        expect(bySector).toEqual([
          { key: "ADMINISTRATION", role: null, count: 2 },
          { key: "AGRICULTURE", role: null, count: 2 },
          { key: "INFRASTRUCTURE", role: null, count: 2 },
          { key: null, role: null, count: 2 },
          { key: "FINANCE_BUDGET", role: null, count: 1 },
          { key: "INDUSTRY", role: null, count: 1 },
        ]);
        expect(await store().countTasks("DOCUMENT")).toEqual([{ key: SYN.document, role: null, count: 10 }]);
      });
    });
  });
}

function sortedCounts<T extends { key: string | null; role: string | null; count: number }>(counts: T[]): T[] {
  return [...counts].sort(
    (a, b) =>
      b.count - a.count ||
      (a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1) ||
      String(a.role).localeCompare(String(b.role), "en"),
  );
}

function describeIngestSemantics(open: () => Promise<GraphStore>): void {
  describe("ingest", () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const { tasks: T, places: PL, instruments: I, bodies: B } = SYN;

    it("reports what it created, and nothing the second time: same batch, same graph", async () => {
      const batch = buildSyntheticBatch();
      const first = await store.ingest(batch);
      expect(first).toEqual({
        documentId: SYN.document,
        outcome: "new",
        previousFileName: null,
        nodesCreated: batch.nodes.length,
        edgesCreated: batch.edges.length,
        nodesDeleted: 0,
        edgesDeleted: 0,
      });
      const before = await store.stats();
      const second = await store.ingest({ ...buildSyntheticBatch(), document: { ...buildSyntheticBatch().document, fileName: "copy.txt" } });
      expect(second).toEqual({ documentId: SYN.document, outcome: "unchanged", previousFileName: null, nodesCreated: 0, edgesCreated: 0, nodesDeleted: 0, edgesDeleted: 0 });
      expect(await store.stats()).toEqual(before);
      expect((await findTasks(store, { placeIds: [PL.moCayBac], includeSubPlaces: true }, { first: 10, after: null })).totalCount).toBe(3);
      expect((await store.search("rach mieu", 10)).filter((h) => h.id === SYN.projects.bridge)).toHaveLength(1);
      expect(await store.countTasks("DOCUMENT")).toEqual([{ key: SYN.document, role: null, count: 10 }]);
    });

    it("rejects a batch with an edge to a node that exists nowhere, and writes none of it", async () => {
      const batch = buildSyntheticBatch();
      batch.edges.push({ type: "LOCATED_IN", from: T.coconut, to: "place:nowhere", role: null, source: null });
      await expectBadInput(store.ingest(batch));
      expect(await totalNodes(store)).toBe(0);
      expect(await store.getNodes([SYN.document, T.coconut])).toEqual([null, null]);
    });

    it("rejects duplicate node ids and leaves what was there before untouched", async () => {
      await store.ingest(buildSyntheticBatch());
      const before = await store.stats();
      const cited = buildCitedResolutionBatch();
      cited.nodes.push({ ...cited.nodes[cited.nodes.length - 1] });
      await expectBadInput(store.ingest(cited));
      expect(await store.stats()).toEqual(before);
      expect((await node(store, SYN.provinceDoc))?.kind).toBe("LegalInstrument");
      const changed = buildSyntheticBatch();
      changed.nodes = changed.nodes.filter((n) => n.id !== T.choLach);
      changed.edges.push({ type: "CITES", from: T.coconut, to: "li:not-there", role: null, source: null });
      await expectBadInput(store.ingest(changed));
      expect(await store.stats()).toEqual(before);
      expect(await node(store, T.choLach)).not.toBeNull();
    });

    it("rejects an edge to a task the new version of the document drops", async () => {
      await store.ingest(buildSyntheticBatch());
      const changed = buildSyntheticBatch();
      changed.nodes = changed.nodes.filter((n) => n.id !== T.choLach);
      changed.edges = changed.edges.filter((e) => e.from !== T.choLach || e.type === "LOCATED_IN");
      await expectBadInput(store.ingest(changed));
      expect(await node(store, T.choLach)).not.toBeNull();
    });

    it("a new text of a document replaces its provisions, tasks, targets and edges, and keeps shared nodes", async () => {
      await store.ingest(buildSyntheticBatch());
      const before = await store.stats();
      const changed = asNewVersion(buildSyntheticBatch());
      changed.nodes = changed.nodes
        .filter((n) => n.id !== T.choLach && n.id !== SYN.targets.coconut)
        .map((n) => (n.id === T.rotation && n.kind === "Task" ? { ...n, text: "Thực hiện chuyển đổi vị trí công tác theo Nghị định số 31/2022/NĐ-CP." } : n));
      changed.edges = changed.edges
        .filter((e) => e.from !== T.choLach && e.to !== SYN.targets.coconut)
        .map((e) => (e.from === T.rotation && e.type === "CITES" ? { ...e, to: I.decree31 } : e));
      const result = await store.ingest(changed);
      const droppedEdges = buildSyntheticBatch().edges.filter((e) => e.from === T.choLach || e.to === SYN.targets.coconut).length;
      // The rotation task's citation moved from one decree to another: one edge out, one in.
      expect(result).toEqual({
        documentId: SYN.document,
        outcome: "replaced",
        previousFileName: null,
        nodesCreated: 0,
        edgesCreated: 1,
        nodesDeleted: 2,
        edgesDeleted: droppedEdges + 1,
      });

      const after = await store.stats();
      expect(after.nodes.Task).toBe(before.nodes.Task - 1);
      expect(after.nodes.Target).toBe(before.nodes.Target - 1);
      expect(after.nodes.Place).toBe(before.nodes.Place);
      expect(after.nodes.LegalInstrument).toBe(before.nodes.LegalInstrument);
      expect(after.edges.HAS_TARGET).toBe(0);
      expect(after.edges.LOCATED_IN).toBe(before.edges.LOCATED_IN - 1);
      expect(await store.getNodes([T.choLach, SYN.targets.coconut])).toEqual([null, null]);
      expect(await node(store, PL.choLach)).toMatchObject({ name: "Chợ Lách" });
      expect(await node(store, T.rotation)).toMatchObject({ text: expect.stringContaining("31/2022/NĐ-CP") });

      const all = { first: 100, after: null };
      expect((await findTasks(store, { placeIds: [PL.choLach] }, all)).totalCount).toBe(0);
      expect((await findTasks(store, { instrumentId: I.decree59 }, all)).ids).toEqual([]);
      expect((await findTasks(store, { instrumentId: I.decree31 }, all)).ids).toEqual([T.interest, T.rotation].sort());
      expect((await findTasks(store, { text: "hoa kiểng" }, all)).ids).toEqual([]);
      expect((await store.search("hoa kieng", 10)).map((h) => h.id)).not.toContain(T.choLach);
      expect((await store.getEdges([PL.choLach], "LOCATED_IN", "in"))[0]).toEqual([]);
      expect((await store.countTasks("PLACE")).find((c) => c.key === PL.choLach)).toBeUndefined();
      expect((await findTasks(store, { bodyId: B.ubnd }, all)).totalCount).toBe(8);
    });

    it("merges nodes shared across documents: stored values kept, missing ones filled", async () => {
      const synthetic = buildSyntheticBatch();
      const cited = buildCitedResolutionBatch();
      synthetic.nodes = synthetic.nodes.map((n) => (n.id === B.ubnd && n.kind === "Body" ? { ...n, jurisdictionId: null } : n));
      cited.nodes = cited.nodes.map((n) =>
        n.id === B.ubnd && n.kind === "Body" ? { ...n, jurisdictionId: PL.province } : n.id === PL.province && n.kind === "Place" ? { ...n, fullName: "Tỉnh Bến Tre" } : n,
      );
      await store.ingest(synthetic);
      await store.ingest(cited);
      expect(await node(store, PL.province)).toMatchObject({ name: "Bến Tre", fullName: "tỉnh Bến Tre", code: "83", parentId: PL.region });
      expect(await node(store, B.ubnd)).toMatchObject({ jurisdictionId: PL.province });
      expect(ids(await store.findPlacesByName("tinh ben tre"))).toEqual([PL.province]);
      const lawIds = (await store.listNodes("LegalInstrument", { text: "to chuc chinh quyen dia phuong" })).map((n) => n.id);
      expect(lawIds).toEqual([I.localGovernment2015, I.amendment2019].sort());
      const [basedOn] = await store.getEdges([I.localGovernment2015], "BASED_ON", "in");
      expect(basedOn.map((e) => e.from)).toEqual([SYN.document, SYN.provinceDoc].sort());
      expect(await store.countTasks("DOCUMENT")).toEqual([
        { key: SYN.document, role: null, count: 10 },
        { key: SYN.provinceDoc, role: null, count: 1 },
      ]);
      expect((await findTasks(store, { placeIds: [PL.province] }, { first: 100, after: null })).totalCount).toBe(7);
      expect(ids(await store.listNodes("Task", { documentId: SYN.provinceDoc }))).toEqual([CITED_RESOLUTION_TASK]);
    });

    it("turns a cited instrument into a Document when that document arrives, and the legal basis walks on through its Căn cứ", async () => {
      await store.ingest(buildSyntheticBatch());
      const instruments = (await store.stats()).nodes.LegalInstrument;
      await store.ingest(buildCitedResolutionBatch());
      const stats = await store.stats();
      expect(stats.nodes.Document).toBe(2);
      // 31/2022/NQ-HĐND became a Document; its Căn cứ brought one new law.
      expect(stats.nodes.LegalInstrument).toBe(instruments);
      expect(await node(store, SYN.provinceDoc)).toMatchObject({ kind: "Document", number: "31/2022/NQ-HĐND", adoptedOn: "2022-12-08" });
      expect(ids(await store.findInstrumentsByNumber("31/2022/nq-hdnd"))).toEqual([SYN.provinceDoc]);
      expect(ids(await store.listNodes("Document"))).toEqual([SYN.document, SYN.provinceDoc].sort());

      const [basis] = await store.legalBasis([T.wastewater], 10);
      const byInstrument = new Map(basis.map((p) => [p.instrumentId, p]));
      expect(byInstrument.get(SYN.provinceDoc)).toMatchObject({ depth: 4 });
      expect(relations(byInstrument.get(I.publicInvestment2019)!)).toEqual(["PART_OF", "PART_OF", "PART_OF", "CITES", "BASED_ON"]);
      expect(byInstrument.get(I.localGovernment2015)).toMatchObject({ depth: 5 });
      const [ownBasis] = await store.legalBasis([CITED_RESOLUTION_TASK], 10);
      expect(ownBasis.map((p) => p.instrumentId)).not.toContain(SYN.provinceDoc);
      expect(basisSummary(ownBasis)).toEqual(
        byDepthThenId([
          [3, I.localGovernment2015],
          [3, I.publicInvestment2019],
          [4, I.amendment2019],
          [5, I.government2015],
          [5, I.budget2015],
          // Amendments are followed both ways, transitively: 2020 amends the budget law too.
          [6, I.amendment2020],
          [7, I.legislation2015],
        ]),
      );
      expect(relations(ownBasis.find((p) => p.instrumentId === I.amendment2019)!)).toEqual(["PART_OF", "PART_OF", "BASED_ON", "<AMENDS"]);
    });

    it("keeps a Document when a later batch names it only as a cited instrument", async () => {
      await store.ingest(buildCitedResolutionBatch());
      await store.ingest(buildSyntheticBatch());
      expect(await node(store, SYN.provinceDoc)).toMatchObject({ kind: "Document", title: expect.stringContaining("năm 2023"), adoptedOn: "2022-12-08" });
      expect((await store.stats()).nodes.Document).toBe(2);
      const [cited] = await store.getEdges([SYN.provinceDoc], "CITES", "in");
      expect(cited.map((e) => e.from)).toEqual([SYN.provisions.d2]);
      expect((await findTasks(store, { instrumentId: SYN.provinceDoc }, { first: 100, after: null })).totalCount).toBe(8);
    });
  });
}

async function expectBadInput(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe("BAD_USER_INPUT");
}

async function totalNodes(store: GraphStore): Promise<number> {
  const stats = await store.stats();
  return Object.values(stats.nodes).reduce((sum, n) => sum + n, 0);
}

