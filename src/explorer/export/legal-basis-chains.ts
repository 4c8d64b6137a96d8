import type { ExplorerDocumentBasisQuery, ExplorerTaskQuery, NodeLabelFragment, StatusLabelFragment } from "../generated/graphql.js";

/** Where a quote was read: the words, their document and provision, their offsets. */
export interface Quote {
  text: string;
  documentId: string;
  provisionPath: string | null;
  start: number;
  end: number;
}

export interface ChainStep {
  /** Named in the direction of travel: CITES, BASED_ON, AMENDED_BY… */
  relation: string;
  node: NodeLabelFragment;
  quote: Quote | null;
}

/** From a task, a provision or a document to an instrument it rests on, each step with its words. */
export interface Chain {
  start: NodeLabelFragment;
  instrument: NodeLabelFragment;
  /** Whether the instrument still stands, as far as the graph knows. */
  status: StatusLabelFragment;
  steps: ChainStep[];
}

type TaskData = NonNullable<ExplorerTaskQuery["task"]>;
type BasisTask = ExplorerDocumentBasisQuery["tasks"]["edges"][number]["node"];

/** The task's chains exactly as the API gives them, one per instrument. */
export function taskChains(task: TaskData): Chain[] {
  const start: NodeLabelFragment = { __typename: "Task", id: task.id, text: task.text, sector: task.sector };
  return task.legalBasis.map((path) => ({
    start,
    instrument: path.instrument,
    status: path.instrument.status,
    steps: path.steps.map((step) => ({
      relation: step.relation,
      node: step.node,
      quote: step.source
        ? {
            text: step.source.text,
            documentId: step.source.documentId,
            provisionPath: step.source.provision?.path ?? null,
            start: step.source.start,
            end: step.source.end,
          }
        : null,
    })),
  }));
}

/** A chain shared by several tasks of one document, with the tasks that rest on it. */
export interface SharedChain extends Chain {
  tasks: { id: string; provisionPath: string }[];
}

/**
 * A document's legal basis from its tasks' chains: each chain is cut where it
 * leaves the document's structure (the provision or document whose words cite
 * or rest on the instrument), and chains that agree from there on are one,
 * listing the tasks that share it. Quotes come from the documents' texts by
 * their offsets, so the API need not send a provision's words once per task.
 */
export function documentChains(tasks: readonly BasisTask[], texts: ReadonlyMap<string, string>, taskLabel: (id: string) => NodeLabelFragment): SharedChain[] {
  const chains = new Map<string, SharedChain>();
  for (const task of tasks) {
    for (const path of task.legalBasis) {
      let cut = 0;
      while (cut < path.steps.length - 1 && path.steps[cut].relation === "PART_OF") cut += 1;
      const start = cut === 0 ? taskLabel(task.id) : path.steps[cut - 1].node;
      const steps: ChainStep[] = path.steps.slice(cut).map((step) => ({
        relation: step.relation,
        node: step.node,
        quote: step.source
          ? {
              text: texts.get(step.source.documentId)?.slice(step.source.start, step.source.end) ?? "",
              documentId: step.source.documentId,
              provisionPath: step.source.provision?.path ?? null,
              start: step.source.start,
              end: step.source.end,
            }
          : null,
      }));
      const key = [start.id, ...steps.map((step) => `${step.relation}>${step.node.id}`)].join("|");
      let chain = chains.get(key);
      if (!chain) {
        chain = { start, instrument: path.instrument, status: path.instrument.status, steps, tasks: [] };
        chains.set(key, chain);
      }
      chain.tasks.push({ id: task.id, provisionPath: task.provision.path });
    }
  }
  return [...chains.values()].sort((a, b) => b.tasks.length - a.tasks.length || a.steps.length - b.steps.length || a.instrument.id.localeCompare(b.instrument.id));
}

/** The documents whose words the chains quote. */
export function quotedDocumentIds(tasks: readonly BasisTask[]): string[] {
  const ids = new Set<string>();
  for (const task of tasks) for (const path of task.legalBasis) for (const step of path.steps) if (step.source) ids.add(step.source.documentId);
  return [...ids];
}
