import type { NodeKind, RelationType, SourceSpan } from "../../domain/model.js";
import type { LegalBasisPath, PathStepRef } from "../graph-store.js";
import { compareIds, compareSteps } from "./sort-order.js";

/** An edge leaving a node as the walk could take it: forwards, or against an AMENDS, REPLACES or REPEALS edge. */
export interface CandidateStep {
  fromId: string;
  relation: RelationType;
  reversed: boolean;
  toId: string;
  toKind: NodeKind;
  source: SourceSpan | null;
}

export interface WalkStart {
  taskId: string;
  /** The task's own document: reached on the way up, never an instrument of its own basis. */
  documentId: string;
}

/**
 * The steps out of each given node (BASIS_FORWARD outgoing, BASIS_BACKWARD incoming), in any
 * order. Synchronous: both stores have the graph the walk needs in memory by then (the embedded
 * store holds it, the Neo4j store read the reachable part in one statement), and a walk runs
 * under every legal-basis answer, where a promise per level costs more than the level's work.
 */
export type FetchSteps = (nodes: readonly { id: string; kind: NodeKind }[]) => CandidateStep[];

const STRUCTURE: ReadonlySet<NodeKind> = new Set(["Task", "Provision"]);
const INSTRUMENT: ReadonlySet<NodeKind> = new Set(["LegalInstrument", "Document"]);

/** Relationships the walk may follow in their own direction. */
export const BASIS_FORWARD: readonly RelationType[] = ["PART_OF", "CITES", "BASED_ON", "AMENDS", "GUIDES", "IMPLEMENTS"];
/** Relationships the walk may follow backwards: to what amended, replaced or repealed an instrument. */
export const BASIS_BACKWARD: readonly RelationType[] = ["AMENDS", "REPLACES", "REPEALS"];

/**
 * The step rule of GraphStore.legalBasis. Between instruments: what one amends
 * and what amends it; what it guides or implements (it rests on them); and
 * what replaced or repealed it, so a basis that no longer stands shows the
 * step that ended it.
 */
export function isBasisStep(fromKind: NodeKind, relation: RelationType, reversed: boolean, toKind: NodeKind): boolean {
  const betweenInstruments = INSTRUMENT.has(fromKind) && INSTRUMENT.has(toKind);
  switch (relation) {
    case "AMENDS":
      return betweenInstruments;
    case "GUIDES":
    case "IMPLEMENTS":
      return !reversed && betweenInstruments;
    case "REPLACES":
    case "REPEALS":
      return reversed && betweenInstruments;
  }
  if (reversed) return false;
  switch (relation) {
    case "PART_OF":
      return STRUCTURE.has(fromKind) && (toKind === "Provision" || toKind === "Document");
    case "CITES":
      return STRUCTURE.has(fromKind) && INSTRUMENT.has(toKind);
    case "BASED_ON":
      return fromKind === "Document" && INSTRUMENT.has(toKind);
    default:
      return false;
  }
}

function comparePaths(a: readonly PathStepRef[], b: readonly PathStepRef[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const order = compareSteps(a[i], b[i]);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

interface Reached {
  kind: NodeKind;
  steps: PathStepRef[];
}

/** One task's walk: the nodes it has reached, each with its path, and those reached at the last level. */
interface TaskWalk {
  start: WalkStart;
  reached: Map<string, Reached>;
  frontier: string[];
}

/** Takes a walk one level further; false when it reached nothing new. */
function stepOnce(walk: TaskWalk, stepsByNode: ReadonlyMap<string, readonly CandidateStep[]>): boolean {
  const { reached } = walk;
  const level = new Map<string, Reached>();
  for (const fromId of walk.frontier) {
    const from = reached.get(fromId)!;
    for (const step of stepsByNode.get(fromId) ?? []) {
      if (reached.has(step.toId) || !isBasisStep(from.kind, step.relation, step.reversed, step.toKind)) continue;
      const steps = [...from.steps, { relation: step.relation, reversed: step.reversed, nodeId: step.toId, source: step.source }];
      const current = level.get(step.toId);
      if (!current || comparePaths(steps, current.steps) < 0) level.set(step.toId, { kind: step.toKind, steps });
    }
  }
  for (const [id, entry] of level) reached.set(id, entry);
  walk.frontier = [...level.keys()];
  return level.size > 0;
}

/**
 * GraphStore.legalBasis for both stores. Breadth-first, one fetch per level for
 * all tasks at once (the step rule depends on each node's kind and on direction
 * per relationship type, and expanding from a frontier never walks down into the
 * tasks that cite a popular law). Each node keeps its shortest path, ties broken
 * by the smaller (relation, reversed, nodeId) at the first step that differs.
 */
export function walkLegalBasis(starts: readonly WalkStart[], maxDepth: number, fetchSteps: FetchSteps): Map<string, LegalBasisPath[]> {
  const walks: TaskWalk[] = starts.map((start) => ({ start, reached: new Map([[start.taskId, { kind: "Task", steps: [] }]]), frontier: [start.taskId] }));
  const stepsByNode = new Map<string, CandidateStep[]>();
  let walking = walks;
  for (let depth = 1; depth <= maxDepth && walking.length > 0; depth += 1) {
    const unfetched: { id: string; kind: NodeKind }[] = [];
    for (const { reached, frontier } of walking) {
      for (const id of frontier) {
        if (stepsByNode.has(id)) continue;
        stepsByNode.set(id, []);
        unfetched.push({ id, kind: reached.get(id)!.kind });
      }
    }
    if (unfetched.length > 0) for (const step of fetchSteps(unfetched)) stepsByNode.get(step.fromId)?.push(step);
    walking = walking.filter((walk) => stepOnce(walk, stepsByNode));
  }

  const result = new Map<string, LegalBasisPath[]>();
  for (const { start, reached } of walks) {
    const paths: LegalBasisPath[] = [];
    for (const [id, entry] of reached) {
      const isInstrument = entry.kind === "LegalInstrument" || (entry.kind === "Document" && id !== start.documentId);
      if (isInstrument && entry.steps.length > 0) {
        paths.push({ instrumentId: id, steps: entry.steps, depth: entry.steps.length });
      }
    }
    paths.sort((a, b) => a.depth - b.depth || compareIds(a.instrumentId, b.instrumentId));
    result.set(start.taskId, paths);
  }
  return result;
}
