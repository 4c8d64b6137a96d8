import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GraphBatch, GraphEdge, GraphNode, PlaceNode } from "../../src/domain/model.js";
import { extractDocument } from "../../src/extract/index.js";
import type { GraphStore, TaskFilter } from "../../src/graph/graph-store.js";
import { ingestFiles } from "../../src/graph/ingest-files.js";
import { buildSyntheticBatch, SYN } from "../fixtures/synthetic-batch.js";
import { allTaskIds, findTasks, SEED_FILE, useStore } from "./contract-support.js";

const VINH_LONG_2025 = path.resolve(path.dirname(SEED_FILE), "../../test/fixtures/post-2025/vinh-long-2025-qd-ubnd.txt");

/** Places the succession questions start from, found as the API finds them: by name, then by kind and era. */
async function placeNamed(store: GraphStore, name: string, kind: string, era: "before" | "2025"): Promise<string> {
  const places = (await store.findPlacesByName(name)).filter(
    (p) => p.kind === "Place" && p.placeKind === kind && (era === "2025" ? p.validFrom === "2025-07-01" : p.validTo === "2025-06-30"),
  );
  expect(places.map((p) => p.id), `${name} ${kind} ${era}`).toHaveLength(1);
  return places[0].id;
}

async function ingest(store: GraphStore, files: string[]): Promise<void> {
  for (const file of files) {
    const summary = await ingestFiles(store, [file]);
    expect(summary.failed).toEqual([]);
  }
}

/** What a store holds of the succession around some places: their SUCCEEDED_BY both ways, and the places themselves. */
async function successionAround(store: GraphStore, ids: string[]): Promise<{ out: GraphEdge[][]; in: GraphEdge[][]; nodes: (GraphNode | null)[] }> {
  return {
    out: await store.getEdges(ids, "SUCCEEDED_BY", "out"),
    in: await store.getEdges(ids, "SUCCEEDED_BY", "in"),
    nodes: await store.getNodes(ids),
  };
}

const NEW_PROVINCE = "place:2025-86";
const NEW_COMMUNE = "place:2025-28915";

/**
 * The hand-made resolution with the reorganisation of its places: tỉnh Bến Tre
 * and huyện Mỏ Cày Bắc went wholly to a new province; the district went in
 * part to a new commune, which took its town whole. The district's cluster
 * went to no commune the graph knows.
 */
function buildReorganisedBatch(): GraphBatch {
  const batch = buildSyntheticBatch();
  const place = (id: string, name: string, fullName: string, placeKind: PlaceNode["placeKind"], parentId: string | null): PlaceNode => ({
    kind: "Place", id, name, fullName, placeKind, code: id.slice("place:2025-".length), parentId, validFrom: "2025-07-01", validTo: null, source: null,
  });
  const succeeded = (from: string, to: string, whole: boolean): GraphEdge => ({ type: "SUCCEEDED_BY", from, to, role: null, source: null, on: "2025-07-01", whole });
  const { places: PL } = SYN;
  return {
    ...batch,
    nodes: [...batch.nodes, place(NEW_PROVINCE, "Vĩnh Long", "tỉnh Vĩnh Long", "PROVINCE", null), place(NEW_COMMUNE, "Phước Mỹ Trung", "xã Phước Mỹ Trung", "COMMUNE", NEW_PROVINCE)],
    edges: [
      ...batch.edges,
      { type: "PART_OF", from: NEW_COMMUNE, to: NEW_PROVINCE, role: null, source: null },
      succeeded(PL.province, NEW_PROVINCE, true),
      succeeded(PL.moCayBac, NEW_PROVINCE, true),
      succeeded(PL.moCayBac, NEW_COMMUNE, false),
      succeeded(PL.phuocMyTrung, NEW_COMMUNE, true),
    ],
  };
}

/**
 * Places on both sides of the 1 July 2025 reorganisation (issue 10): the
 * SUCCEEDED_BY edges every batch carries, kept with their day and wholeness,
 * whatever order the documents come in; tasks and counts asked in today's
 * geography. On the seed (2023) and a made-up decision of the new tỉnh Vĩnh
 * Long (December 2025, test/fixtures/post-2025).
 */
export function describeSuccessionContract(open: () => Promise<GraphStore>): void {
  describe("places across the 2025 reorganisation", () => {
    describe("on a hand-made reorganisation", () => {
      const store = useStore(open, async (s) => {
        await s.ingest(buildReorganisedBatch());
      });
      const { places: PL, tasks: T } = SYN;
      const ids = async (filter: TaskFilter) => allTaskIds(store(), filter);

      it("reads SUCCEEDED_BY back with its day and wholeness, both ways", async () => {
        const [out] = await store().getEdges([PL.moCayBac], "SUCCEEDED_BY", "out");
        expect(out.map((e) => [e.to, e.on, e.whole])).toEqual([
          [NEW_COMMUNE, "2025-07-01", false],
          [NEW_PROVINCE, "2025-07-01", true],
        ]);
        const [into] = await store().getNeighbours([NEW_COMMUNE], "SUCCEEDED_BY", "in");
        expect(into.map(({ edge, node }) => [node.id, edge.whole])).toEqual([[PL.moCayBac, false], [PL.phuocMyTrung, true]].sort());
        expect((await store().getNodes([NEW_COMMUNE]))[0]).toMatchObject({ validFrom: "2025-07-01", validTo: null });
      });

      it("takes the places below a predecessor only when it went whole", async () => {
        // The district went to the commune in part: the tasks naming it come, its cluster's do not; the town went whole.
        expect(await ids({ placeIds: [NEW_COMMUNE], includeSubPlaces: true, includePredecessors: true })).toEqual([T.road, T.towns].sort());
        expect(await ids({ placeIds: [NEW_COMMUNE], includePredecessors: true })).toEqual([T.road, T.towns].sort());
        expect(await ids({ placeIds: [NEW_COMMUNE], includeSubPlaces: true })).toEqual([]);
        const province = await ids({ placeIds: [PL.province], includeSubPlaces: true });
        expect(await ids({ placeIds: [NEW_PROVINCE], includeSubPlaces: true, includePredecessors: true })).toEqual(province);
        expect(province).toContain(T.wastewater);
      });

      it("counts tasks for today's places: through whole successions, none for the places the reform ended", async () => {
        const counts = new Map((await store().countTasks("PLACE", { geography: "CURRENT" })).map((c) => [c.key, c.count]));
        expect(counts.get(NEW_PROVINCE)).toBe((await ids({ placeIds: [PL.province], includeSubPlaces: true })).length);
        expect(counts.get(NEW_COMMUNE)).toBe(1);
        for (const ended of [PL.province, PL.moCayBac, PL.phuocMyTrung, PL.tanThanhBinh, PL.choLach]) expect(counts.has(ended), ended).toBe(false);
        expect(counts.get(PL.region)).toBe(counts.get(NEW_PROVINCE));
        expect(counts.get(PL.tienGiang)).toBeUndefined();
        const asWritten = await store().countTasks("PLACE");
        expect(asWritten.find((c) => c.key === PL.moCayBac)?.count).toBe(3);
        expect(asWritten.find((c) => c.key === NEW_PROVINCE)).toBeUndefined();
      });
    });

    it("keeps SUCCEEDED_BY with its day and wholeness, the same whatever order the documents come in, until no document states it", async () => {
      const probe = ["place:838", "place:83", "place:28915", "place:2025-86", "place:2025-28915", "place:2025-29734"];
      const forward = await open();
      let inOrder: Awaited<ReturnType<typeof successionAround>>;
      try {
        await ingest(forward, [SEED_FILE, VINH_LONG_2025]);
        inOrder = await successionAround(forward, probe);
      } finally {
        await forward.close();
      }
      const store = await open();
      try {
        await ingest(store, [VINH_LONG_2025, SEED_FILE]);
        expect(await successionAround(store, probe)).toEqual(inOrder);

        const moCayBac = await placeNamed(store, "Mỏ Cày Bắc", "DISTRICT", "before");
        const [successors] = await store.getNeighbours([moCayBac], "SUCCEEDED_BY", "out");
        expect(successors.map(({ node, edge }) => [node.kind === "Place" ? node.fullName : node.id, edge.on, edge.whole])).toEqual([
          ["phường Bến Tre", "2025-07-01", false],
          ["xã Hưng Khánh Trung", "2025-07-01", false],
          ["xã Phước Mỹ Trung", "2025-07-01", false],
          ["xã Tân Thành Bình", "2025-07-01", false],
          ["xã Nhuận Phú Tân", "2025-07-01", false],
          ["xã Hòa Hiệp", "2025-07-01", false],
          ["tỉnh Vĩnh Long", "2025-07-01", true],
        ]);
        const newProvince = await placeNamed(store, "Vĩnh Long", "PROVINCE", "2025");
        const [provinces] = await store.getNeighbours([newProvince], "SUCCEEDED_BY", "in");
        expect(provinces.filter(({ node }) => node.kind === "Place" && node.placeKind === "PROVINCE").map(({ node, edge }) => [node.id, edge.whole])).toEqual([
          ["place:83", true],
          ["place:84", true],
          ["place:86", true],
        ]);
        // The 2025 text names xã Phước Mỹ Trung; the seed knows it only as the successor of its town.
        const newCommune = await placeNamed(store, "Phước Mỹ Trung", "COMMUNE", "2025");
        expect((await store.getNodes([newCommune]))[0]).toMatchObject({ fullName: "xã Phước Mỹ Trung", validFrom: "2025-07-01", validTo: null, code: "28915" });

        const seedId = (await store.listNodes("Document")).find((d) => d.kind === "Document" && d.fileName === path.basename(SEED_FILE))!.id;
        const decisionId = (await store.listNodes("Document")).find((d) => d.kind === "Document" && d.fileName === path.basename(VINH_LONG_2025))!.id;
        const again = await store.ingest(extractDocument(readFileSync(SEED_FILE), { fileName: path.basename(SEED_FILE) }));
        expect(again.outcome).toBe("unchanged");
        await store.remove(decisionId);
        const [afterRemoval] = await store.getEdges([moCayBac], "SUCCEEDED_BY", "out");
        expect(afterRemoval.map((e) => [e.to, e.on, e.whole])).toEqual(inOrder.out[0].map((e) => [e.to, e.on, e.whole]));
        expect((await store.getNodes([newCommune]))[0]).toMatchObject({ fullName: "xã Phước Mỹ Trung", source: null });
        await store.remove(seedId);
        expect((await store.getEdges([moCayBac], "SUCCEEDED_BY", "out"))[0]).toEqual([]);
        expect((await store.stats()).edges.SUCCEEDED_BY).toBe(0);
      } finally {
        await store.close();
      }
    });

    describe("tasks and counts in today's geography", () => {
      const store = useStore(open, (s) => ingest(s, [SEED_FILE, VINH_LONG_2025]));

      it("finds under the new tỉnh Vĩnh Long the tasks of Bến Tre, Trà Vinh and Vĩnh Long of 2023 and of the 2025 decision", async () => {
        const newProvince = await placeNamed(store(), "Vĩnh Long", "PROVINCE", "2025");
        const old = await Promise.all(
          ["Bến Tre", "Trà Vinh", "Vĩnh Long"].map(async (name) => allTaskIds(store(), { placeIds: [await placeNamed(store(), name, "PROVINCE", "before")], includeSubPlaces: true })),
        );
        const ofTheDecision = await allTaskIds(store(), { placeIds: [newProvince], includeSubPlaces: true });
        expect(ofTheDecision.length).toBeGreaterThan(3);
        const expected = [...new Set([...old.flat(), ...ofTheDecision])].sort();
        expect(old[0].length).toBeGreaterThan(60);
        const found = await allTaskIds(store(), { placeIds: [newProvince], includeSubPlaces: true, includePredecessors: true });
        expect(found).toEqual(expected);
        const page = await findTasks(store(), { placeIds: [newProvince], includeSubPlaces: true, includePredecessors: true }, { first: 5, after: null });
        expect(page).toMatchObject({ totalCount: expected.length, hasNextPage: true, ids: expected.slice(0, 5) });
      });

      it("finds under the new xã Phước Mỹ Trung the tasks of its town of 2023, of xã Phú Mỹ, and those naming huyện Mỏ Cày Bắc", async () => {
        const commune = await placeNamed(store(), "Phước Mỹ Trung", "COMMUNE", "2025");
        const town = await placeNamed(store(), "Phước Mỹ Trung", "TOWN", "before");
        const district = await placeNamed(store(), "Mỏ Cày Bắc", "DISTRICT", "before");
        const townTasks = await allTaskIds(store(), { placeIds: [town], includeSubPlaces: true });
        expect(townTasks).toHaveLength(1);
        const own = await allTaskIds(store(), { placeIds: [commune], includeSubPlaces: true });
        const across = await allTaskIds(store(), { placeIds: [commune], includeSubPlaces: true, includePredecessors: true });
        // The district went to xã Phước Mỹ Trung only in part: the tasks that name it come, not all below it.
        const namingDistrict = await allTaskIds(store(), { placeIds: [district] });
        expect(across).toEqual([...new Set([...own, ...townTasks, ...namingDistrict, ...(await allTaskIds(store(), { placeIds: ["place:28889"] }))])].sort());
        expect(await allTaskIds(store(), { placeIds: [commune], includePredecessors: true })).toEqual(
          [...new Set([...(await allTaskIds(store(), { placeIds: [commune] })), ...(await allTaskIds(store(), { placeIds: [town, "place:28889", "place:28909", "place:28912", "place:838"] }))])].sort(),
        );
      });

      it("counts tasks for today's places only, each as the question in today's geography finds them", async () => {
        const counts = await store().countTasks("PLACE", { geography: "CURRENT" });
        expect(counts.length).toBeGreaterThan(5);
        const keys = counts.map((c) => c.key!);
        const successors = await store().getEdges(keys, "SUCCEEDED_BY", "out");
        expect(successors.every((list) => list.length === 0)).toBe(true);
        expect(keys).not.toContain("place:83");
        const newProvince = await placeNamed(store(), "Vĩnh Long", "PROVINCE", "2025");
        const found = await findTasks(store(), { placeIds: [newProvince], includeSubPlaces: true, includePredecessors: true }, { first: 1, after: null });
        expect(counts.find((c) => c.key === newProvince)?.count).toBe(found.totalCount);
        const written = await store().countTasks("PLACE");
        const below838 = await findTasks(store(), { placeIds: ["place:838"], includeSubPlaces: true }, { first: 1, after: null });
        expect(written.find((c) => c.key === "place:838")?.count).toBe(below838.totalCount);
        expect(await store().countTasks("PLACE", { geography: "AS_WRITTEN" })).toEqual(written);
      });
    });
  });
}
