/**
 * Questions about the provision tree that several stages ask: what lies above
 * a provision, which article holds it, whether it has children.
 */
import type { ParsedProvision } from "./parse-structure.js";

export class ProvisionTree {
  private readonly parents: Set<number | null>;

  constructor(readonly provisions: readonly ParsedProvision[]) {
    this.parents = new Set(provisions.map((p) => p.parent));
  }

  /** The provisions above `index`, nearest first. */
  ancestors(index: number): number[] {
    const list: number[] = [];
    let p = this.provisions[index].parent;
    while (p !== null) {
      list.push(p);
      p = this.provisions[p].parent;
    }
    return list;
  }

  /** `index` and the provisions above it, nearest first. */
  selfAndAncestors(index: number): number[] {
    return [index, ...this.ancestors(index)];
  }

  /** The article that holds the provision (itself when it is one). */
  articleOf(index: number): number | null {
    return this.selfAndAncestors(index).find((i) => this.provisions[i].level === "ARTICLE") ?? null;
  }

  hasChildren(index: number): boolean {
    return this.parents.has(index);
  }
}
