import { beforeEach, afterEach, describe, expect, it } from "vitest";
import { DomainError } from "../../src/domain/errors.js";
import type { GraphBatch, GraphNode } from "../../src/domain/model.js";
import type { GraphStore } from "../../src/graph/graph-store.js";
import { asNewVersion, buildCitedResolutionBatch, buildSyntheticBatch, CITED_RESOLUTION_TASK, SYN } from "../fixtures/synthetic-batch.js";
import { findTasks, snapshotGraph } from "./contract-support.js";

const { instruments: I, places: PL, bodies: B, tasks: T } = SYN;
const node = async (store: GraphStore, id: string): Promise<GraphNode | null> => (await store.getNodes([id]))[0];
const all = { first: 100, after: null };

/** Versions, not merges: new, unchanged, replaced and removed documents on hand-made batches. */
export function describeDocumentVersions(open: () => Promise<GraphStore>): void {
  describe("document versions", () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it("says new, then unchanged for the same text under another name, then replaced with the previous file name", async () => {
      const first = asNewVersion(buildSyntheticBatch(), "ben-tre-2023.txt");
      expect(await store.ingest(first)).toMatchObject({ outcome: "new", previousFileName: null });
      const before = await snapshotGraph(store);
      const copy = { ...first, document: { ...first.document, fileName: "copy of ben-tre-2023.txt" } };
      expect(await store.ingest(copy)).toMatchObject({ outcome: "unchanged", previousFileName: "ben-tre-2023.txt", nodesCreated: 0, edgesCreated: 0 });
      expect(await snapshotGraph(store)).toEqual(before);
      expect(await node(store, SYN.document)).toMatchObject({ fileName: "ben-tre-2023.txt" });

      const corrected = asNewVersion(buildSyntheticBatch(), "ben-tre-2023-corrected.txt");
      expect(await store.ingest(corrected)).toMatchObject({ outcome: "replaced", previousFileName: "ben-tre-2023.txt" });
      expect(await node(store, SYN.document)).toMatchObject({ fileName: "ben-tre-2023-corrected.txt", sha256: corrected.document.sha256 });
    });

    it("a replacing text takes away the shared nodes only the old text named, and keeps those others name", async () => {
      await store.ingest(buildSyntheticBatch());
      await store.ingest(buildCitedResolutionBatch());
      const changed = asNewVersion(buildCitedResolutionBatch());
      changed.nodes = changed.nodes.filter((n) => n.id !== I.publicInvestment2019 && n.id !== I.localGovernment2015);
      changed.edges = changed.edges.filter((e) => e.type !== "BASED_ON");
      const result = await store.ingest(changed);
      expect(result).toMatchObject({ outcome: "replaced", nodesCreated: 0, nodesDeleted: 1 });
      // Only the cited resolution named the public investment law; the synthetic one still names the other.
      expect(await node(store, I.publicInvestment2019)).toBeNull();
      expect(await node(store, I.localGovernment2015)).toMatchObject({ kind: "LegalInstrument" });
      const [basedOn] = await store.getEdges([I.localGovernment2015], "BASED_ON", "in");
      expect(basedOn.map((e) => e.from)).toEqual([SYN.document]);
      const [ownBasis] = await store.legalBasis([CITED_RESOLUTION_TASK], 10);
      expect(ownBasis).toEqual([]);
    });

    it("removes a document: its own nodes and edges go, a cited one stays as the instrument its citers name", async () => {
      await store.ingest(buildSyntheticBatch());
      const withCited = await snapshotGraph(store);
      await store.ingest(buildCitedResolutionBatch());
      expect(await node(store, SYN.provinceDoc)).toMatchObject({ kind: "Document" });

      const removed = await store.remove(SYN.provinceDoc);
      expect(removed).toMatchObject({ documentId: SYN.provinceDoc, fileName: null, nodesDeleted: 3 });
      // Exactly the graph before it came: the instrument as the citing resolution names it, its values and source.
      expect(await snapshotGraph(store)).toEqual(withCited);
      expect(await node(store, SYN.provinceDoc)).toMatchObject({
        kind: "LegalInstrument",
        number: "31/2022/NQ-HĐND",
        title: "về nhiệm vụ phát triển kinh tế - xã hội tỉnh Bến Tre năm 2023",
        source: expect.objectContaining({ documentId: SYN.document }),
      });
      expect((await findTasks(store, { instrumentId: SYN.provinceDoc }, all)).totalCount).toBe(8);
      expect(await store.getNodes([CITED_RESOLUTION_TASK])).toEqual([null]);
    });

    it("removing every document leaves an empty store, and NOT_FOUND for one it does not hold", async () => {
      await store.ingest(buildCitedResolutionBatch());
      await store.ingest(buildSyntheticBatch());
      await store.remove(SYN.document);
      // Still a Document: the removed resolution named it, but it is what its own text says.
      expect(await node(store, SYN.provinceDoc)).toMatchObject({ kind: "Document", title: expect.stringContaining("năm 2023") });
      expect(await node(store, PL.moCayBac)).toBeNull();
      // The province stays, now as the cited resolution alone says it (no GSO code there), quoting that text.
      expect(await node(store, PL.province)).toMatchObject({ code: null, parentId: null, source: expect.objectContaining({ documentId: SYN.provinceDoc }) });
      await store.remove(SYN.provinceDoc);
      const { stats } = await snapshotGraph(store);
      expect(Object.values(stats.nodes).every((count) => count === 0)).toBe(true);
      expect(Object.values(stats.edges).every((count) => count === 0)).toBe(true);
      await expectCode(store.remove(SYN.provinceDoc), "NOT_FOUND");
      await expectCode(store.remove(PL.province), "NOT_FOUND");
    });

    it("does not depend on the order documents arrive in, nor on a document leaving and coming back", async () => {
      const batches = (): GraphBatch[] => [buildSyntheticBatch(), buildCitedResolutionBatch()];
      for (const batch of batches()) await store.ingest(batch);
      const forward = await snapshotGraph(store);
      for (const batch of batches()) await store.remove(batch.document.id);

      for (const batch of batches().reverse()) await store.ingest(batch);
      expect(await snapshotGraph(store)).toEqual(forward);

      await store.remove(SYN.document);
      await store.ingest(buildSyntheticBatch());
      expect(await snapshotGraph(store)).toEqual(forward);
      // The shared values: the first document by id gives its own, the others fill what it lacks.
      expect(await node(store, PL.province)).toMatchObject({ code: "83", fullName: "tỉnh Bến Tre", source: expect.objectContaining({ documentId: SYN.document }) });
      expect(await node(store, B.ubnd)).toMatchObject({ jurisdictionId: PL.province });
    });

    it("a replacement that is refused changes nothing", async () => {
      await store.ingest(buildSyntheticBatch());
      const before = await snapshotGraph(store);
      const broken = asNewVersion(buildSyntheticBatch());
      broken.nodes = broken.nodes.filter((n) => n.id !== T.choLach);
      broken.edges.push({ type: "CITES", from: T.coconut, to: "li:not-there", role: null, source: null });
      await expectCode(store.ingest(broken), "BAD_USER_INPUT");
      expect(await snapshotGraph(store)).toEqual(before);
    });
  });
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
}
