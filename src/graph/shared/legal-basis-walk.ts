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

/**
 * GraphStore.legalBasis for both stores. Breadth-first, one fetch per level for
 * all tasks at once (the step rule depends on each node's kind and on direction
 * per relationship type, and expanding from a frontier never walks down into the
 * tasks that cite a popular law). Each node keeps its shortest path, ties broken
 * by the smaller (relation, reversed, nodeId) at the first step that differs.
 */
export function walkLegalBasis(starts: readonly WalkStart[], maxDepth: number, fetchSteps: FetchSteps): Map<string, LegalBasisPath[]> {
  const reachedByTask = new Map<string, Map<string, Reached>>();
  let frontiers = new Map<string, string[]>();
  for (const start of starts) {
    reachedByTask.set(start.taskId, new Map([[start.taskId, { kind: "Task", steps: [] }]]));
    frontiers.set(start.taskId, [start.taskId]);
  }

  const stepsByNode = new Map<string, CandidateStep[]>();
  for (let depth = 1; depth <= maxDepth; depth += 1) {
    const unknown = new Map<string, NodeKind>();
    for (const [taskId, frontier] of frontiers) {
      const reached = reachedByTask.get(taskId)!;
      for (const id of frontier) if (!stepsByNode.has(id)) unknown.set(id, reached.get(id)!.kind);
    }
    if (unknown.size > 0) {
      const fetched = fetchSteps([...unknown].map(([id, kind]) => ({ id, kind })));
      for (const id of unknown.keys()) stepsByNode.set(id, []);
      for (const step of fetched) stepsByNode.get(step.fromId)?.push(step);
    }

    const next = new Map<string, string[]>();
    for (const [taskId, frontier] of frontiers) {
      const reached = reachedByTask.get(taskId)!;
      const level = new Map<string, Reached>();
      for (const fromId of frontier) {
        const from = reached.get(fromId)!;
        for (const step of stepsByNode.get(fromId) ?? []) {
          if (reached.has(step.toId) || !isBasisStep(from.kind, step.relation, step.reversed, step.toKind)) continue;
          const steps = [...from.steps, { relation: step.relation, reversed: step.reversed, nodeId: step.toId, source: step.source }];
          const current = level.get(step.toId);
          if (!current || comparePaths(steps, current.steps) < 0) level.set(step.toId, { kind: step.toKind, steps });
        }
      }
      for (const [id, entry] of level) reached.set(id, entry);
      if (level.size > 0) next.set(taskId, [...level.keys()]);
    }
    frontiers = next;
    if (frontiers.size === 0) break;
  }

  const result = new Map<string, LegalBasisPath[]>();
  for (const start of starts) {
    const paths: LegalBasisPath[] = [];
    for (const [id, entry] of reachedByTask.get(start.taskId)!) {
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
