import { describe, expect, it } from "vitest";
import type { GraphBatch } from "../../src/domain/model.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { resolveDocument } from "../../src/graph/resolve-document.js";
import { asNewVersion, buildCitedResolutionBatch, buildSyntheticBatch, SYN } from "../fixtures/synthetic-batch.js";

/** The cited resolution again under another id (another province's council uses the same number). */
function sameNumberElsewhere(): GraphBatch {
  const batch = asNewVersion(buildCitedResolutionBatch(), "tra-vinh.txt");
  const id = "li:nq-31-2022-hdnd-84";
  return JSON.parse(JSON.stringify(batch).split(SYN.provinceDoc).join(id)) as GraphBatch;
}

describe("naming a stored document to remove", () => {
  it("finds it by id or by number however written, and refuses what is not a stored document", async () => {
    const store = new MemoryGraphStore();
    await store.ingest(buildSyntheticBatch());
    await store.ingest(buildCitedResolutionBatch());
    expect((await resolveDocument(store, SYN.provinceDoc)).id).toBe(SYN.provinceDoc);
    expect((await resolveDocument(store, " 31/2022/nq-hdnd ")).id).toBe(SYN.provinceDoc);
    await expect(resolveDocument(store, SYN.instruments.decree59)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: `${SYN.instruments.decree59} is a LegalInstrument, not an ingested document`,
    });
    await expect(resolveDocument(store, "12/2099/NQ-HĐND")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a number several documents share, naming each", async () => {
    const store = new MemoryGraphStore();
    await store.ingest(buildCitedResolutionBatch());
    await store.ingest(sameNumberElsewhere());
    const refusal = resolveDocument(store, "31/2022/NQ-HĐND");
    await expect(refusal).rejects.toMatchObject({ code: "BAD_USER_INPUT", details: { documentIds: [SYN.provinceDoc, "li:nq-31-2022-hdnd-84"] } });
    await expect(refusal).rejects.toThrow(/2 documents have the number 31\/2022\/NQ-HĐND: li:nq-31-2022-hdnd-83 \(file name unknown, 2022-12-08\); li:nq-31-2022-hdnd-84 \(tra-vinh\.txt, 2022-12-08\); give the id/);
  });
});
