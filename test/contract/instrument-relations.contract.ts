import { describe, expect, it } from "vitest";
import type { GraphStore, LegalBasisPath } from "../../src/graph/graph-store.js";
import { buildCitedResolutionBatch, buildReplacingResolutionBatch, buildSyntheticBatch, REPLACING, SYN } from "../fixtures/synthetic-batch.js";
import { snapshotGraph, useStore } from "./contract-support.js";

const { instruments: I, tasks: T } = SYN;
const R = REPLACING;
const relations = (path: LegalBasisPath) => path.steps.map((s) => (s.reversed ? `<${s.relation}` : s.relation));

/** Replacement, repeal, guidance and implementation between instruments, with scopes, across documents. */
export function describeInstrumentRelations(open: () => Promise<GraphStore>): void {
  describe("instrument relations across documents", () => {
    const store = useStore(open, async (s) => {
      for (const batch of [buildSyntheticBatch(), buildCitedResolutionBatch(), buildReplacingResolutionBatch()]) await s.ingest(batch);
    });

    it("keeps each relation type and its scope", async () => {
      const { stats } = await snapshotGraph(store());
      expect(stats.edges).toMatchObject({ REPLACES: 1, REPEALS: 1, GUIDES: 1, IMPLEMENTS: 1, AMENDS: 5 });
      const [[repeal]] = await store().getEdges([R.document], "REPEALS", "out");
      const [[guide]] = await store().getEdges([R.circular01], "GUIDES", "out");
      expect(repeal).toMatchObject({ from: R.document, to: R.resolution05, scope: "khoản 2 Điều 1", source: expect.objectContaining({ documentId: R.document }) });
      expect(guide).toMatchObject({ scope: "Điều 3" });
      const [replace] = (await store().getEdges([R.document], "REPLACES", "out"))[0];
      expect(replace).not.toHaveProperty("scope");
    });

    it("gets every relation of several instruments both ways in one call, in the documented order", async () => {
      const types = ["AMENDS", "REPLACES", "REPEALS", "GUIDES", "IMPLEMENTS"] as const;
      const [decree, replaced, amended, none] = await store().getRelations([I.decree31, SYN.provinceDoc, I.budget2015, "li:nope"], types);
      expect(decree.map((r) => [r.edge.type, r.direction, r.node.id])).toEqual([
        ["GUIDES", "in", R.circular01],
        ["IMPLEMENTS", "in", R.document],
      ]);
      expect(replaced.map((r) => [r.edge.type, r.direction, r.node.kind])).toEqual([["REPLACES", "in", "Document"]]);
      expect(amended.map((r) => [r.edge.type, r.direction, r.node.id])).toEqual([
        ["AMENDS", "in", I.amendment2019],
        ["AMENDS", "in", I.amendment2020],
      ]);
      expect(none).toEqual([]);
      const [replacing] = await store().getRelations([R.document], ["REPEALS", "REPLACES"]);
      expect(replacing.map((r) => r.edge.type)).toEqual(["REPEALS", "REPLACES"]);
    });

    it("walks the legal basis on to what replaced an instrument, and through what a document implements", async () => {
      const [[ofSynthetic], [ofReplacing]] = await Promise.all([store().legalBasis([T.wastewater], 10), store().legalBasis([R.task], 10)]);
      const toReplacing = ofSynthetic.find((p) => p.instrumentId === R.document)!;
      expect(relations(toReplacing)).toEqual(["PART_OF", "PART_OF", "PART_OF", "CITES", "<REPLACES"]);
      expect(toReplacing.steps.at(-1)?.source).toMatchObject({ documentId: R.document });
      const byInstrument = new Map(ofReplacing.map((p) => [p.instrumentId, relations(p)]));
      expect(byInstrument.get(I.decree31)).toEqual(["CITES"]);
      expect(byInstrument.get(R.circular01)).toEqual(["PART_OF", "PART_OF", "BASED_ON"]);
      // Replacing or repealing is not resting on: the replaced resolution is not the new one's basis.
      expect(byInstrument.has(SYN.provinceDoc)).toBe(false);
      expect(byInstrument.has(R.resolution05)).toBe(false);
    });
  });
}
