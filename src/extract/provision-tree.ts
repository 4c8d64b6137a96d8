/**
 * Questions about the provision tree that several stages ask: what lies above
 * a provision, which article holds it, whether it has children.
 */
import type { ParsedProvision } from "./parse-structure.js";

export class ProvisionTree {
  private readonly childrenByParent = new Map<number, number[]>();

  constructor(readonly provisions: readonly ParsedProvision[]) {
    provisions.forEach((p, index) => {
      if (p.parent === null) return;
      const siblings = this.childrenByParent.get(p.parent) ?? [];
      siblings.push(index);
      this.childrenByParent.set(p.parent, siblings);
    });
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
    return this.childrenByParent.has(index);
  }

  /** The provisions directly under `index`, in reading order. */
  children(index: number): readonly number[] {
    return this.childrenByParent.get(index) ?? [];
  }
}
