import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CountedStore, countStoreCalls } from "../fixtures/count-store-calls.js";
import { buildCitedResolutionBatch, buildReplacingResolutionBatch, buildSyntheticBatch, REPLACING, SYN } from "../fixtures/synthetic-batch.js";
import { InstrumentStandingDocument, TaskBasisStandingDocument } from "../generated/graphql.js";
import { type ApiServer, startApiServer } from "./api-server.js";

/**
 * What an auditor sees over the real API: each instrument's relations both
 * ways with scope and quote, whether it still stands, and that from the legal
 * basis of a task resting on a replaced resolution.
 */
let api: ApiServer;
let counted: CountedStore;
beforeAll(async () => {
  api = await startApiServer({
    batches: [buildSyntheticBatch(), buildCitedResolutionBatch(), buildReplacingResolutionBatch()],
    wrapStore: (store) => {
      counted = countStoreCalls(store);
      return counted.store;
    },
  });
});
afterAll(() => api.close());

const R = REPLACING;

describe("instrument relations and status over GraphQL", () => {
  it("a replaced resolution says REPLACED, by which instrument, since when, quoting the words", async () => {
    const { legalInstrument } = await api.data(InstrumentStandingDocument, { id: SYN.provinceDoc });
    expect(legalInstrument?.status).toEqual({
      state: "REPLACED",
      since: "2024-07-20",
      decidedBy: [
        {
          relation: "REPLACED_BY",
          instrument: { id: R.document, number: "12/2024/NQ-HĐND" },
          on: "2024-07-20",
          scope: null,
          source: { text: "thay thế Nghị quyết số 31/2022/NQ-HĐND" },
        },
      ],
      changes: [{ relation: "REPLACED_BY", instrument: { id: R.document }, on: "2024-07-20", scope: null }],
    });
    expect(legalInstrument?.replacedBy).toEqual([{ id: R.document }]);
    expect(legalInstrument?.basisOf).toEqual([]);
  });

  it("a partly repealed resolution stands, AMENDED, with the scope repealed", async () => {
    const { legalInstrument } = await api.data(InstrumentStandingDocument, { id: R.resolution05 });
    expect(legalInstrument?.status).toMatchObject({
      state: "AMENDED",
      since: "2024-07-20",
      decidedBy: [{ relation: "REPEALED_BY", scope: "khoản 2 Điều 1", source: { text: "bãi bỏ khoản 2 Điều 1 Nghị quyết số 05/2020/NQ-HĐND" } }],
    });
    expect(legalInstrument?.repealedBy).toEqual([{ id: R.document }]);
  });

  it("lists every relation both ways, named from this instrument, each with scope and quote", async () => {
    const { legalInstrument: replacing } = await api.data(InstrumentStandingDocument, { id: R.document });
    expect(replacing?.relations.map((r) => [r.relation, r.instrument.id, r.scope])).toEqual([
      ["REPLACES", SYN.provinceDoc, null],
      ["REPEALS", R.resolution05, "khoản 2 Điều 1"],
      ["IMPLEMENTS", SYN.instruments.decree31, null],
    ]);
    expect(replacing?.replaces).toEqual([{ id: SYN.provinceDoc }]);
    expect(replacing?.repeals).toEqual([{ id: R.resolution05 }]);
    expect(replacing?.implements).toEqual([{ id: SYN.instruments.decree31 }]);
    expect(replacing?.status.state).toBe("IN_FORCE");

    const { legalInstrument: decree } = await api.data(InstrumentStandingDocument, { id: SYN.instruments.decree31 });
    expect(decree?.guidedBy).toEqual([{ id: R.circular01 }]);
    expect(decree?.implementedBy).toEqual([{ id: R.document }]);
    expect(decree?.relations.find((r) => r.relation === "GUIDED_BY")).toMatchObject({
      type: "GUIDES",
      reversed: true,
      scope: "Điều 3",
      source: { documentId: R.document, text: "quy định chi tiết Điều 3 Nghị định số 31/2022/NĐ-CP" },
    });
    expect(decree?.status).toMatchObject({ state: "IN_FORCE", since: null, decidedBy: [] });

    const { legalInstrument: law } = await api.data(InstrumentStandingDocument, { id: SYN.instruments.government2015 });
    expect(law?.status).toMatchObject({ state: "AMENDED", since: "2019-11-22", decidedBy: [{ relation: "AMENDED_BY" }] });
  });

  it("shows from a task's legal basis that a resolution it rests on was replaced, and by what", async () => {
    const { task } = await api.data(TaskBasisStandingDocument, { id: SYN.tasks.wastewater, maxDepth: 6 });
    const paths = task?.legalBasis ?? [];
    const cited = paths.find((path) => path.instrument.id === SYN.provinceDoc);
    expect(cited?.instrument.status).toEqual({ state: "REPLACED", since: "2024-07-20", decidedBy: [{ relation: "REPLACED_BY", instrument: { id: R.document } }] });
    const replacing = paths.find((path) => path.instrument.id === R.document);
    expect(replacing?.steps.map((step) => step.relation)).toEqual(["PART_OF", "PART_OF", "PART_OF", "CITES", "REPLACED_BY"]);
    expect(replacing?.steps.at(-1)?.source?.text).toBe("thay thế Nghị quyết số 31/2022/NQ-HĐND");
  });

  it("resolves every relation field and the status of a whole list of instruments with one store call per level", async () => {
    counted.reset();
    const { body } = await api.ask(
      "{ legalInstruments { id amends { id } amendedBy { id } replaces { id } replacedBy { id } repeals { id } repealedBy { id } " +
        "guides { id } guidedBy { id } implements { id } implementedBy { id } relations { scope instrument { status { state } } } " +
        "status { state decidedBy { instrument { id } } } } }",
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.legalInstruments.length).toBeGreaterThan(10);
    // The list, then one getRelations per level: the instruments', then their related instruments' status.
    expect(counted.calls()).toEqual({ listNodes: 1, getRelations: 2 });
  });
});
