import { MemoryGraphStore } from "../src/graph/memory/memory-store.js";
import { generateSyntheticBatches, planSyntheticGraph } from "./synthetic-graph.js";
const store = new MemoryGraphStore();
const plan = planSyntheticGraph(Number(process.argv[2]));
let t = performance.now(); let i = 0; let ing = 0;
for (const b of generateSyntheticBatches(plan)) {
  const s = performance.now(); await store.ingest(b); ing += performance.now() - s;
  if (++i % 500 === 0) { console.log(i, "docs; last 500 docs wall ms", (performance.now() - t).toFixed(0), "ingest ms", ing.toFixed(0)); t = performance.now(); ing = 0; }
}
