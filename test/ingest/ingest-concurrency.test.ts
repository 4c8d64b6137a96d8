import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DOCUMENTS_DIR } from "../../src/config/config.js";
import type { GraphStore } from "../../src/graph/graph-store.js";
import { ingestFiles, type IngestProgress } from "../../src/graph/ingest-files.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { CORPUS_DIR } from "../contract/contract-support.js";
import { overriding } from "../fixtures/override-store.js";

/** The store, its writes made slow (as a database's are), counting how many are in flight at once. */
function slowStore(): { store: GraphStore; memory: MemoryGraphStore; mostInFlight: () => number } {
  const memory = new MemoryGraphStore();
  let inFlight = 0;
  let most = 0;
  const store = overriding(memory, "ingest", async (batch) => {
    inFlight += 1;
    most = Math.max(most, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return await memory.ingest(batch);
    } finally {
      inFlight -= 1;
    }
  });
  return { store, memory, mostInFlight: () => most };
}

/** A few documents: enough for three to be in flight at once, few enough to extract quickly. */
const CORPUS_FILES = ["dong-thap-110-2017-nq-hdnd.md", "gia-lai-59-2017-nq-hdnd.md", "hau-giang-01-2017-nq-hdnd.md", "kon-tum-435-2020-qd-ubnd.txt"];

describe("ingesting several documents at once", { timeout: 30_000 }, () => {
  it("keeps at most `concurrency` documents in flight, reports them in file order, and builds the same graph", async () => {
    const inputs = [DEFAULT_DOCUMENTS_DIR, ...CORPUS_FILES.map((name) => path.join(CORPUS_DIR, name))];
    const one = slowStore();
    const sequential: IngestProgress[] = [];
    const alone = await ingestFiles(one.store, inputs, { onProgress: (p) => sequential.push(p) });
    const three = slowStore();
    const together: IngestProgress[] = [];
    const concurrent = await ingestFiles(three.store, inputs, { concurrency: 3, onProgress: (p) => together.push(p) });

    expect(one.mostInFlight()).toBe(1);
    expect(three.mostInFlight()).toBe(3);
    expect(together.map((p) => p.index)).toEqual(together.map((_, i) => i));
    expect(together.map((p) => [p.file, p.result?.outcome])).toEqual(sequential.map((p) => [p.file, p.result?.outcome]));
    expect(concurrent).toEqual(alone);
    expect(alone.new).toBe(1 + CORPUS_FILES.length);
    expect(await three.memory.stats()).toEqual(await one.memory.stats());
  });
});
