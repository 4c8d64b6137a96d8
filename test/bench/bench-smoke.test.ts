import { describe, expect, it } from "vitest";
import { runApolloOverhead } from "../../bench/apollo-overhead.bench.js";
import { runExplorerFirstView } from "../../bench/explorer-first-view.bench.js";
import { runExtractScaling } from "../../bench/extract-scaling.bench.js";
import { runExtractThroughput } from "../../bench/extract-throughput.bench.js";
import { runGrowth, SMOKE_GROWTH_SIZES } from "../../bench/growth.bench.js";
import { runHttpThroughput } from "../../bench/http-throughput.bench.js";
import { runStoreCalls } from "../../bench/store-calls.bench.js";
import { formatVersions, runVersions, SMOKE_COPIES } from "../../bench/versions.bench.js";
import {
  generateSyntheticBatches,
  planSyntheticGraph,
  PROBE_PLACE_NAME,
  PROBE_TASK_COUNT,
} from "../../bench/synthetic-graph.js";
import { foldText } from "../../src/domain/text-fold.js";

// Each benchmark's smoke mode, so `npm run bench` cannot rot. Structure only: timings are not asserted.

describe("synthetic graph generator", () => {
  const tasksBelowProbe = (size: number) => {
    const plan = planSyntheticGraph(size);
    const below = new Set([plan.probe.placeId]);
    const probeTasks = new Set<string>();
    let tasks = 0;
    const batches = [...generateSyntheticBatches(plan)];
    for (const batch of batches) {
      for (const node of batch.nodes) {
        if (node.kind === "Task") tasks += 1;
        if (node.kind === "Place" && node.parentId && below.has(node.parentId)) below.add(node.id);
      }
      for (const edge of batch.edges) {
        if (edge.type === "LOCATED_IN" && edge.from.startsWith("task:") && below.has(edge.to)) probeTasks.add(edge.from);
      }
    }
    return { plan, tasks, probeTasks, batches };
  };

  it("puts the same probe tasks in Mỏ Cày Bắc at every size, however many tasks surround them", () => {
    const small = tasksBelowProbe(200);
    const larger = tasksBelowProbe(5_000);
    expect(small.tasks).toBe(small.plan.tasks);
    expect(larger.tasks).toBe(5_000);
    expect(small.probeTasks.size).toBe(PROBE_TASK_COUNT);
    expect([...larger.probeTasks].sort()).toEqual([...small.probeTasks].sort());
  });

  it("is deterministic, and each size's documents begin the next size's", () => {
    const small = [...generateSyntheticBatches(planSyntheticGraph(300))];
    const larger = [...generateSyntheticBatches(planSyntheticGraph(1_000))];
    expect(JSON.stringify(larger.slice(0, small.length))).toBe(JSON.stringify(small));
  });

  it("writes self-contained batches whose spans quote the words they stand for", () => {
    const { batches } = tasksBelowProbe(500);
    for (const batch of batches) {
      const ids = new Set(batch.nodes.map((node) => node.id));
      for (const edge of batch.edges) {
        expect(ids.has(edge.from) && ids.has(edge.to), `${edge.type} ${edge.from} → ${edge.to}`).toBe(true);
      }
      for (const node of batch.nodes) {
        if (node.kind === "Task") expect(batch.document.text.slice(node.source!.start, node.source!.end)).toBe(node.text);
        if (node.kind === "Place" && node.source) {
          expect(foldText(batch.document.text.slice(node.source.start, node.source.end))).toContain(foldText(node.name));
        }
      }
    }
    const probeNames = batches.flatMap((batch) => batch.nodes).filter((node) => node.kind === "Place" && foldText(node.name) === foldText(PROBE_PLACE_NAME));
    expect(new Set(probeNames.map((node) => node.id)).size).toBe(1);
  });
});

// Generous: the suite shares the machine with other suites, and a smoke run still starts servers and load.
describe("benchmark smoke modes", { timeout: 60_000 }, () => {
  it("store calls follow the nesting depth, not the number of rows", async () => {
    const result = await runStoreCalls({ smoke: true });
    for (const row of result.nested) expect(row.errors).toBe(0);
    for (let depth = 1; depth <= 5; depth += 1) {
      const rows = result.nested.filter((row) => row.depth === depth);
      expect(rows).toHaveLength(2);
      const [few, many] = rows;
      expect(many.rows).toBeGreaterThan(few.rows);
      // The root level costs two calls (a page of ids, then their nodes); each level below costs at most one.
      for (const row of rows) expect(row.calls).toBeLessThanOrEqual(depth + 1);
    }
    expect(result.flagship.errors).toBe(0);
    expect(result.flagship.calls).toBeLessThanOrEqual(6);
    // A connection inside a list (Place.tasks under each task's places) is batched too.
    const [fewParents, manyParents] = result.connectionInList;
    expect(manyParents.rows).toBeGreaterThan(fewParents.rows);
    expect(manyParents.calls).toBe(fewParents.calls);
  });

  it("extraction throughput runs on the seed and the corpus", async () => {
    const result = await runExtractThroughput({ smoke: true });
    expect(result.sets.map((set) => set.name)).toEqual(["seed", "corpus", "sessions"]);
    const seed = result.sets[0];
    expect(seed.failures).toEqual([]);
    expect(seed.files).toHaveLength(1);
    expect(seed.files[0].tasks).toBeGreaterThan(0);
    expect(seed.deterministic).toBe(true);
    expect(result.sets[1].files.length + result.sets[1].failures.length).toBe(5);
    expect(result.sets[2].files.length + result.sets[2].failures.length).toBe(45);
  });

  it("extraction scaling measures every shape at three sizes, each larger than the last", () => {
    const result = runExtractScaling({ smoke: true });
    const shapes = [...new Set(result.rows.map((row) => row.shape))];
    expect(shapes).toHaveLength(4);
    for (const shape of shapes) {
      const rows = result.rows.filter((row) => row.shape === shape);
      expect(rows).toHaveLength(3);
      expect(rows[1].bytes).toBeGreaterThan(rows[0].bytes);
      expect(rows[2].bytes).toBeGreaterThan(rows[1].bytes);
    }
    // The generated resolutions are real enough to hold tasks, more of them the longer they are.
    const resolution = result.rows.filter((row) => row.shape === "real-looking resolution");
    expect(resolution[2].tasks).toBeGreaterThan(resolution[0].tasks);
  });

  it("growth answers the flagship query for the probe identically at every size", async () => {
    const result = await runGrowth({ smoke: true });
    expect(result.sizes.map((size) => size.tasks)).toEqual(SMOKE_GROWTH_SIZES);
    for (const size of result.sizes) {
      expect(size.probeTasks).toBe(PROBE_TASK_COUNT);
      expect(size.basisPaths).toBeGreaterThanOrEqual(PROBE_TASK_COUNT);
    }
    expect(result.sizes[1].nodes).toBeGreaterThan(result.sizes[0].nodes);
    expect(result.identicalAnswers).toBe(true);
  });

  it("versions ingests the corpus and replaces, removes and adds back one document at every store size", async () => {
    const result = await runVersions({ smoke: true });
    expect(result.corpus.documents).toBeGreaterThanOrEqual(50);
    expect(result.corpus.storeDocumentsPerSecond).toBeGreaterThan(0);
    expect(result.sizes.map((size) => size.copies)).toEqual(SMOKE_COPIES);
    expect(result.sizes[1].documents).toBeGreaterThan(result.sizes[0].documents);
    for (const size of result.sizes) expect(size.replace.n).toBe(size.remove.n * 2);
    expect(formatVersions(result)).toContain("replace p50 ms");
  });

  it("the bare server replays the real server's exact bytes, and every request under load got them", async () => {
    const result = await runHttpThroughput({ smoke: true });
    expect(result.cases.length).toBeGreaterThan(0);
    expect(result.cases.some((c) => c.rounds.length > 0)).toBe(true);
    for (const c of result.cases) {
      expect(c.identicalBytes).toBe(true);
      expect(c.graphqlErrors).toBe(0);
      for (const round of c.rounds) {
        expect(round.real.failures).toBe(0);
        expect(round.bare.failures).toBe(0);
        expect(round.real.requestsPerSecond).toBeGreaterThan(0);
      }
    }
  });

  it("the prepared request and the Apollo variants answer byte for byte alike (else the comparison throws)", async () => {
    const result = await runApolloOverhead({ smoke: true });
    expect(result.cases.map((c) => c.name)).toContain("flagship · seed");
    for (const c of result.cases) {
      expect(c.variants).toHaveLength(5);
      expect(c.variants[0].relative).toBe(1);
    }
  });

  it.skipIf(Boolean(process.env.NEO4J_URI))("the Neo4j growth benchmark says why it did not run when NEO4J_URI is unset", async () => {
    const result = await runGrowth({ smoke: true, store: "neo4j" });
    expect(result.skipped).toMatch(/NEO4J_URI/);
  });
});

describe("explorer first-view benchmark, smoke mode", () => {
  it("opens the home and a task view in chromium and times each", { timeout: 60_000 }, async () => {
    const result = await runExplorerFirstView({ smoke: true });
    expect(result.views.map((view) => view.name)).toEqual(["home", "task"]);
    for (const view of result.views) expect(view.first).toBeGreaterThan(0);
  });
});
