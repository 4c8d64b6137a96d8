import { describe, expect, it } from "vitest";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { SortedIdSet } from "../../src/graph/memory/sorted-id-set.js";
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
