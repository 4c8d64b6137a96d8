import type { GraphNode } from "../../domain/model.js";
import { foldText } from "../../domain/text-fold.js";

/**
 * What search sees of each node, and how text becomes tokens. Pure functions,
 * so another adapter can rank exactly as the embedded store does.
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
  const present = (values: (string | null)[]) => values.filter((v): v is string => typeof v === "string" && v.length > 0);
  switch (node.kind) {
    case "Document":
      return { names: present([node.title, node.number, node.normalizedNumber]), texts: present([node.issuerName]) };
    case "Provision":
      return { names: present([node.path]), texts: present([node.heading]) };
    case "Task":
      return { names: [], texts: present([node.text]) };
    case "LegalInstrument":
      return { names: present([node.number, node.normalizedNumber, node.title]), texts: present([node.issuerName]) };
    case "Body":
      return { names: present([node.name]), texts: [] };
    case "Place":
      return { names: present([node.name, node.fullName]), texts: [] };
    case "Project":
      return { names: present([node.name]), texts: [] };
    case "Target":
      return { names: [], texts: present([node.text, node.metric]) };
  }
}
