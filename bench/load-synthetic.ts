import type { GraphStore } from "../src/graph/graph-store.js";
import { generateSyntheticBatches, type SyntheticGraphPlan } from "./synthetic-graph.js";

export interface LoadFigures {
  documents: number;
  /** Milliseconds spent generating batches. */
  generateMs: number;
  /** Milliseconds spent in store.ingest. */
  ingestMs: number;
}

/** Streams the plan's documents from `startDocument` on into the store, one batch at a time. */
export async function loadSyntheticGraph(
  store: GraphStore,
  plan: SyntheticGraphPlan,
  startDocument = 0,
  onProgress: (documentsDone: number) => void = () => {},
): Promise<LoadFigures> {
  const figures: LoadFigures = { documents: 0, generateMs: 0, ingestMs: 0 };
  const batches = generateSyntheticBatches(plan, startDocument);
  for (;;) {
    let start = performance.now();
    const next = batches.next();
    figures.generateMs += performance.now() - start;
    if (next.done) break;
    start = performance.now();
    await store.ingest(next.value);
    figures.ingestMs += performance.now() - start;
    figures.documents += 1;
    if (figures.documents % 1000 === 0) onProgress(startDocument + figures.documents);
  }
  return figures;
}
