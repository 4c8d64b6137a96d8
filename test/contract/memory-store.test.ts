import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { SortedIdSet } from "../../src/graph/memory/sorted-id-set.js";
import { SEED_FILE } from "./contract-support.js";
import { describeGraphStoreContract } from "./graph-store.contract.js";

describeGraphStoreContract("memory", async () => new MemoryGraphStore());

describe("SortedIdSet (the memory store's index lists)", () => {
  it("stays sorted and duplicate-free through interleaved adds, deletes, re-adds and reads", () => {
    const set = new SortedIdSet();
    const reference = new Set<string>();
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 2000; round += 1) {
      const id = `task:${next() % 300}`;
      if (next() % 3 === 0) {
        set.delete(id);
        reference.delete(id);
      } else {
        set.add(id);
        reference.add(id);
      }
      if (round % 97 === 0) expect(set.ids()).toEqual([...reference].sort());
      if (round % 89 === 0) expect(set.has(id)).toBe(reference.has(id));
    }
    expect(set.ids()).toEqual([...reference].sort());
    expect(set.size).toBe(reference.size);
  });
});

describe("SortedIdSet pages and visits", () => {
  it("skip deleted ids and keep order while deletions wait as tombstones", () => {
    const set = new SortedIdSet();
    const reference = new Set<string>();
    const ids = Array.from({ length: 1000 }, (_, i) => `task:${String(i).padStart(4, "0")}`);
    for (const id of [...ids].reverse()) set.add(id);
    for (const id of ids) reference.add(id);
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 300; round += 1) {
      const id = ids[next() % ids.length];
      if (next() % 4 === 0) {
        set.add(id);
        reference.add(id);
      } else {
        set.delete(id);
        reference.delete(id);
      }
      const expected = [...reference].sort();
      expect(set.size).toBe(expected.length);
      const after = expected[next() % expected.length] ?? null;
      const start = after === null ? 0 : expected.indexOf(after) + 1;
      expect(set.page(after, 7)).toEqual({ ids: expected.slice(start, start + 7), hasNextPage: start + 7 < expected.length });
      if (round % 50 === 0) {
        const visited: string[] = [];
        set.forEach((member) => visited.push(member));
        expect(visited).toEqual(expected);
        expect(set.has(id)).toBe(reference.has(id));
      }
    }
    expect(set.ids()).toEqual([...reference].sort());
  });
});

describe("MemoryGraphStore.revision (what the server's response cache is valid for)", () => {
  const seed = () => extractDocument(readFileSync(SEED_FILE), { fileName: path.basename(SEED_FILE) });

  it("changes with every ingest that changes the graph, and only then", async () => {
    const store = new MemoryGraphStore();
    const empty = store.revision;
    const batch = seed();
    await store.ingest(batch);
    const loaded = store.revision;
    expect(loaded).not.toBe(empty);

    await store.ingest(seed());
    expect(store.revision).toBe(loaded);

    const [dropped, ...kept] = batch.edges;
    await store.ingest({ ...batch, edges: kept });
    const withdrawn = store.revision;
    expect(withdrawn).not.toBe(loaded);
    expect((await store.getEdges([dropped.from], dropped.type, "out"))[0]).not.toContainEqual(expect.objectContaining({ to: dropped.to }));

    await store.ingest(batch);
    expect(store.revision).not.toBe(withdrawn);
  });
});

describe("MemoryGraphStore search after re-ingesting changed tasks", () => {
  it("finds the new words and forgets the old, in postings long and short", async () => {
    const batch = extractDocument(readFileSync(SEED_FILE), { fileName: path.basename(SEED_FILE) });
    const fresh = new MemoryGraphStore();
    await fresh.ingest(batch);
    const store = new MemoryGraphStore();
    await store.ingest(batch);
    const tasks = batch.nodes.filter((node) => node.kind === "Task");
    const changed = { ...batch, nodes: batch.nodes.map((node) => (node.kind === "Task" ? { ...node, text: `${node.text} zzqx` } : node)) };
    await store.ingest(changed);
    // One posting per word: "zzqx" now holds every task, long enough to be indexed by position on removal.
    expect(tasks.length).toBeGreaterThan(64);
    expect((await store.search("zzqx", 100)).length).toBe(tasks.length);

    await store.ingest(batch);
    expect(await store.search("zzqx", 100)).toEqual([]);
    expect(await store.search("thực hiện", 100)).toEqual(await fresh.search("thực hiện", 100));
    expect((await fresh.search("thực hiện", 100)).length).toBeGreaterThan(10);
  });
});
