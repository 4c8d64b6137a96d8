import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { InstrumentStandingDocument, TaskBasisStandingDocument } from "../generated/graphql.js";
import { type ApiServer, startApiServer } from "./api-server.js";

/**
 * Two real-shaped resolutions of one council: 08/2024 rests on ("Căn cứ") and
 * cites 15/2023, whose own "Căn cứ" names the laws and the decree it rests
 * on. Over the real GraphQL API, the legal basis of a task of 08/2024 walks
 * on through 15/2023 to those, each step named and quoted, whichever of the
 * two was ingested first.
 */
const CHAIN = path.resolve(import.meta.dirname, "../fixtures/chain");
const CITING = path.join(CHAIN, "ben-tre-08-2024-nq-hdnd.txt");
const CITED = path.join(CHAIN, "ben-tre-15-2023-nq-hdnd.txt");
const extract = (file: string) => extractDocument(readFileSync(file), { fileName: path.basename(file) });

let api: ApiServer | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** The legal basis of the citing resolution's task that names 15/2023, as the API answers it. */
async function chainFrom(server: ApiServer) {
  const citing = extract(CITING);
  const task = citing.nodes.find((node) => node.kind === "Task" && node.text.includes("Nghị quyết số 15/2023/NQ-HĐND"))!;
  const { task: answer } = await server.data(TaskBasisStandingDocument, { id: task.id, maxDepth: 8 });
  return answer!.legalBasis.map((path) => ({
    number: path.instrument.number,
    state: path.instrument.status.state,
    steps: path.steps.map((step) => `${step.relation} «${step.source?.text ?? ""}»`),
  }));
}

describe("a legal-basis chain across two documents", () => {
  it("walks from a task of one resolution through the resolution it cites to that one's own Căn cứ, each step quoted", async () => {
    api = await startApiServer({ documents: [CHAIN] });
    const chain = await chainFrom(api);
    const cited = chain.find((path) => path.number === "15/2023/NQ-HĐND");
    expect(cited?.steps).toEqual([expect.stringMatching(/^CITES «Nghị quyết số 15\/2023\/NQ-HĐND/)]);
    const decree = chain.find((path) => path.number === "98/2018/NĐ-CP");
    expect(decree?.steps).toEqual([
      expect.stringMatching(/^CITES «Nghị quyết số 15\/2023\/NQ-HĐND/),
      expect.stringMatching(/^BASED_ON «Nghị định số 98\/2018\/NĐ-CP/),
    ]);
    // The budget law is named only in 15/2023's Căn cứ: reached through it, not from 08/2024 itself.
    const viaCited = chain.filter((path) => path.steps.length === 2 && path.steps[0].startsWith("CITES «Nghị quyết số 15/2023"));
    expect(viaCited.length).toBeGreaterThanOrEqual(2);
    expect(chain.every((path) => path.state === "IN_FORCE")).toBe(true);

    const { legalInstrument } = await api.data(InstrumentStandingDocument, { id: extract(CITED).document.id });
    expect(legalInstrument?.basisOf).toEqual([{ id: extract(CITING).document.id }]);
  });

  it("gives the same chain whichever resolution was ingested first", async () => {
    api = await startApiServer({ documents: [CITED], batches: [extract(CITING)] });
    const citedFirst = await chainFrom(api);
    await api.close();
    api = await startApiServer({ documents: [CITING], batches: [extract(CITED)] });
    expect(await chainFrom(api)).toEqual(citedFirst);
    expect(citedFirst.length).toBeGreaterThanOrEqual(4);
  });
});
