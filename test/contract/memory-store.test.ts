import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { SortedIdSet } from "../../src/graph/memory/sorted-id-set.js";
import { asNewVersion, buildCitedResolutionBatch, buildSyntheticBatch } from "../fixtures/synthetic-batch.js";
import { SEED_FILE, snapshotGraph } from "./contract-support.js";
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
    await store.ingest({ ...asNewVersion(batch), edges: kept });
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
    const changed = asNewVersion({ ...batch, nodes: batch.nodes.map((node) => (node.kind === "Task" ? { ...node, text: `${node.text} zzqx` } : node)) });
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

describe("MemoryGraphStore writes are all or nothing", () => {
  const seed = () => extractDocument(readFileSync(SEED_FILE), { fileName: path.basename(SEED_FILE) });

  /** What a reader sees, indexes included: the graph, searches, task filters, counts, the revision. */
  async function observe(store: MemoryGraphStore) {
    const tasks = (await store.listNodes("Task")).map((task) => task.id);
    const places = (await store.listNodes("Place")).map((place) => place.id);
    return {
      graph: await snapshotGraph(store),
      search: await store.search("phát triển kinh tế", 50),
      byPlace: await store.findTaskPages(places.map((id) => ({ filter: { placeIds: [id], includeSubPlaces: true }, page: { first: 100, after: null } }))),
      byInstrument: await store.findTaskPages(
        (await store.listNodes("LegalInstrument")).map((li) => ({ filter: { instrumentId: li.id }, page: { first: 100, after: null } })),
      ),
      counts: await Promise.all((["PLACE", "BODY_ROLE", "SECTOR", "DOCUMENT"] as const).map((by) => store.countTasks(by))),
      basis: await store.legalBasis(tasks, 10),
      revision: store.revision,
    };
  }

  /** Makes the store's `method` throw on its `nth` call from now on. */
  function failOn(store: MemoryGraphStore, method: string, nth: number): void {
    const target = store as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = target[method].bind(store);
    let calls = 0;
    target[method] = (...args: unknown[]) => {
      calls += 1;
      if (calls === nth) throw new Error(`injected failure in ${method}`);
      return original(...args);
    };
  }

  it.each([
    ["stateEdge", 40],
    ["removeNode", 5],
    ["setVersion", 12],
    ["refreshCitations", 1],
  ])("a replacement failing in %s (call %i) leaves the store exactly as it was", async (method, nth) => {
    const store = new MemoryGraphStore();
    await store.ingest(buildSyntheticBatch());
    await store.ingest(seed());
    const before = await observe(store);

    const batch = seed();
    const tasks = batch.nodes.filter((node) => node.kind === "Task");
    const dropped = new Set(tasks.slice(0, 10).map((task) => task.id));
    const changed = asNewVersion({
      ...batch,
      nodes: batch.nodes.filter((node) => !dropped.has(node.id)).map((node) => (node.kind === "Task" ? { ...node, text: `${node.text} zzqx` } : node)),
      edges: batch.edges.filter((edge) => !dropped.has(edge.from) && !dropped.has(edge.to)),
    });
    failOn(store, method, nth);
    await expect(store.ingest(changed)).rejects.toThrow(/injected failure/);
    expect(await observe(store)).toEqual(before);

    // The store still works: the same replacement, without the failure, lands whole.
    const clean = new MemoryGraphStore();
    await clean.ingest(buildSyntheticBatch());
    await clean.ingest(changed);
    const retried = new MemoryGraphStore();
    await retried.ingest(buildSyntheticBatch());
    await retried.ingest(seed());
    await retried.ingest(changed);
    expect((await observe(retried)).graph).toEqual((await observe(clean)).graph);
  });

  it("a removal failing half way leaves the store exactly as it was", async () => {
    const store = new MemoryGraphStore();
    await store.ingest(buildSyntheticBatch());
    await store.ingest(buildCitedResolutionBatch());
    await store.ingest(seed());
    const before = await observe(store);
    failOn(store, "dropEdge", 30);
    await expect(store.remove(seed().document.id)).rejects.toThrow(/injected failure/);
    expect(await observe(store)).toEqual(before);
  });
});
