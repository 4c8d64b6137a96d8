import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphBatch, GraphEdge, GraphNode, NodeOfKind, RelationType, ResponsibilityRole } from "../../src/domain/model.js";
import { extractDocument } from "../../src/extract/index.js";

export const ROOT = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../..");
export const SEED_FILE = path.join(ROOT, "seed/documents/ben-tre-hdnd-2023-07-05.txt");
export const CORPUS_DIR = path.join(ROOT, "test/fixtures/corpus");

export function readBytes(file: string): Buffer {
  return readFileSync(file);
}

export function extractFile(file: string): GraphBatch {
  return extractDocument(readBytes(file), { fileName: path.basename(file) });
}

export function corpusFile(name: string): string {
  return path.join(CORPUS_DIR, name);
}

/** Query helpers over one batch, as a user of the graph would ask. */
export class BatchView {
  readonly byId: Map<string, GraphNode>;
  constructor(readonly batch: GraphBatch) {
    this.byId = new Map(batch.nodes.map((n) => [n.id, n]));
  }

  nodes<K extends GraphNode["kind"]>(kind: K): NodeOfKind<K>[] {
    return this.batch.nodes.filter((n): n is NodeOfKind<K> => n.kind === kind);
  }

  node<K extends GraphNode["kind"]>(kind: K, id: string): NodeOfKind<K> {
    const node = this.byId.get(id);
    if (!node || node.kind !== kind) throw new Error(`no ${kind} ${id}`);
    return node as NodeOfKind<K>;
  }

  edges(type: RelationType, filter: Partial<Pick<GraphEdge, "from" | "to" | "role">> = {}): GraphEdge[] {
    return this.batch.edges.filter(
      (e) => e.type === type && (filter.from === undefined || e.from === filter.from) && (filter.to === undefined || e.to === filter.to) && (filter.role === undefined || e.role === filter.role),
    );
  }

  targets(type: RelationType, from: string): GraphNode[] {
    return this.edges(type, { from }).map((e) => this.byId.get(e.to)!);
  }

  instrumentByNumber(number: string): NodeOfKind<"LegalInstrument"> {
    const found = this.nodes("LegalInstrument").find((i) => i.normalizedNumber === number);
    if (!found) throw new Error(`no instrument ${number}; have ${this.nodes("LegalInstrument").map((i) => i.normalizedNumber ?? i.title).join(", ")}`);
    return found;
  }

  instrumentByTitle(re: RegExp): NodeOfKind<"LegalInstrument"> {
    const found = this.nodes("LegalInstrument").find((i) => re.test(i.title ?? ""));
    if (!found) throw new Error(`no instrument titled ${re}; have ${this.nodes("LegalInstrument").map((i) => i.title).join(" | ")}`);
    return found;
  }

  place(name: string, kind?: string): NodeOfKind<"Place"> {
    const found = this.nodes("Place").find((p) => p.name === name && (kind === undefined || p.placeKind === kind));
    if (!found) throw new Error(`no place ${name}; have ${this.nodes("Place").map((p) => p.fullName).join(", ")}`);
    return found;
  }

  taskContaining(words: string): NodeOfKind<"Task"> {
    const found = this.nodes("Task").filter((t) => t.text.includes(words));
    if (found.length !== 1) throw new Error(`expected one task containing "${words}", found ${found.length}`);
    return found[0];
  }

  provisionPath(taskId: string): string {
    const task = this.node("Task", taskId);
    return this.node("Provision", task.provisionId).path;
  }

  /** Tasks located in the place or anywhere below it. */
  tasksIn(placeId: string): NodeOfKind<"Task">[] {
    const below = new Set([placeId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const e of this.edges("PART_OF")) {
        if (e.from.startsWith("place:") && below.has(e.to) && !below.has(e.from)) {
          below.add(e.from);
          grew = true;
        }
      }
    }
    const taskIds = new Set(this.edges("LOCATED_IN").filter((e) => e.from.startsWith("task:") && below.has(e.to)).map((e) => e.from));
    return this.nodes("Task").filter((t) => taskIds.has(t.id));
  }

  rolesOf(taskId: string): { role: ResponsibilityRole | null; name: string }[] {
    return this.edges("RESPONSIBLE", { from: taskId }).map((e) => ({ role: e.role, name: (this.byId.get(e.to) as NodeOfKind<"Body">).name }));
  }
}
