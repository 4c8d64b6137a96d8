import type { GraphNode, NodeKind, NodeOfKind } from "../../domain/model.js";
import { foldText } from "../../domain/text-fold.js";

/**
 * What search and text filters see of each node, and how text becomes tokens.
 * Both stores index and match with these, so they find the same nodes.
 */

const TOKEN = /[\p{L}\p{N}]+/gu;

export interface FoldedToken {
  token: string;
  start: number;
  end: number;
}

/** Tokens of already-folded text, with their offsets. */
export function tokenizeFolded(folded: string): FoldedToken[] {
  const tokens: FoldedToken[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    tokens.push({ token: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

export function tokenize(text: string): string[] {
  return tokenizeFolded(foldText(text)).map((t) => t.token);
}

/**
 * Folded text with every run of non-word characters collapsed to one space, so
 * `59/2019/NĐ-CP`, `59/2019/nd-cp` and `59 / 2019 / ND - CP` compare equal.
 */
export function normalizeForMatch(text: string): string {
  return tokenize(text).join(" ");
}

/**
 * The fields a node is found by. Names come first: an exact match on one of
 * them ranks highest. Provision bodies are left out (each sentence is already
 * a Task, so indexing both would return every hit twice), and so is a
 * Document's full text (its tasks carry it).
 */
export function searchFields(node: GraphNode): { names: string[]; texts: string[] } {
  const fields = SEARCH_FIELDS[node.kind] as { names: readonly string[]; texts: readonly string[] };
  return { names: presentTexts(node, fields.names), texts: presentTexts(node, fields.texts) };
}

/** Texts NodeFilter.text looks in: names, titles, numbers; a task's or target's own words. */
export function filterTexts(node: GraphNode): string[] {
  return presentTexts(node, FILTER_FIELDS[node.kind] as readonly string[]);
}

/** The fields of a kind that hold text. */
type TextField<K extends NodeKind> = {
  [F in keyof NodeOfKind<K>]: NodeOfKind<K>[F] extends string | null ? F : never;
}[keyof NodeOfKind<K>];

const SEARCH_FIELDS: { [K in NodeKind]: { names: readonly TextField<K>[]; texts: readonly TextField<K>[] } } = {
  Document: { names: ["title", "number", "normalizedNumber"], texts: ["issuerName"] },
  Provision: { names: ["path"], texts: ["heading"] },
  Task: { names: [], texts: ["text"] },
  LegalInstrument: { names: ["number", "normalizedNumber", "title"], texts: ["issuerName"] },
  Body: { names: ["name"], texts: [] },
  Place: { names: ["name", "fullName"], texts: [] },
  Project: { names: ["name"], texts: [] },
  Target: { names: [], texts: ["text", "metric"] },
};

const FILTER_FIELDS: { [K in NodeKind]: readonly TextField<K>[] } = {
  Document: ["title", "number", "normalizedNumber"],
  LegalInstrument: ["title", "number", "normalizedNumber"],
  Body: ["name"],
  Project: ["name"],
  Place: ["name", "fullName"],
  Provision: ["path", "label", "heading"],
  Task: ["text"],
  Target: ["text"],
};

/** The node's non-empty texts in the given fields, in field order. */
function presentTexts(node: GraphNode, fields: readonly string[]): string[] {
  const record = node as unknown as Record<string, unknown>;
  const values: string[] = [];
  for (const field of fields) {
    const value = record[field];
    if (typeof value === "string" && value.length > 0) values.push(value);
  }
  return values;
}
