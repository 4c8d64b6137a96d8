import type { GraphNode } from "../../domain/model.js";
import type { SearchResult } from "../graph-store.js";
import { rankSearchHits } from "../shared/search-ranking.js";
import { normalizeForMatch, searchFields, tokenize } from "../shared/search-text.js";
import { SortedIdSet } from "./sorted-id-set.js";

interface Posting {
  ids: string[];
  counts: number[];
}

/**
 * Inverted index over folded tokens (BM25 statistics) plus an exact-name index,
 * ranked by the shared rule (rankSearchHits).
 */
export class SearchIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly lengths = new Map<string, number>();
  private readonly exactNames = new Map<string, SortedIdSet>();
  private totalLength = 0;

  add(node: GraphNode): void {
    const { names, texts } = searchFields(node);
    const nameTokens = names.map(tokenize);
    const counts = new Map<string, number>();
    let length = 0;
    for (const tokens of [...nameTokens, ...texts.map(tokenize)]) {
      for (const token of tokens) {
        counts.set(token, (counts.get(token) ?? 0) + 1);
        length += 1;
      }
    }
    if (length === 0) return;
    for (const [token, count] of counts) {
      let posting = this.postings.get(token);
      if (!posting) {
        posting = { ids: [], counts: [] };
        this.postings.set(token, posting);
      }
      posting.ids.push(node.id);
      posting.counts.push(count);
    }
    this.lengths.set(node.id, length);
    this.totalLength += length;
    for (const tokens of nameTokens) {
      const key = tokens.join(" ");
      let ids = this.exactNames.get(key);
      if (!ids) {
        ids = new SortedIdSet();
        this.exactNames.set(key, ids);
      }
      ids.add(node.id);
    }
  }

  /** Must receive the node exactly as it was added. */
  remove(node: GraphNode): void {
    const length = this.lengths.get(node.id);
    if (length === undefined) return;
    const { names, texts } = searchFields(node);
    const tokens = new Set<string>();
    for (const field of [...names, ...texts]) for (const token of tokenize(field)) tokens.add(token);
    for (const token of tokens) {
      const posting = this.postings.get(token);
      if (!posting) continue;
      const at = posting.ids.indexOf(node.id);
      if (at < 0) continue;
      const last = posting.ids.length - 1;
      posting.ids[at] = posting.ids[last];
      posting.counts[at] = posting.counts[last];
      posting.ids.pop();
      posting.counts.pop();
      if (posting.ids.length === 0) this.postings.delete(token);
    }
    this.lengths.delete(node.id);
    this.totalLength -= length;
    for (const name of names) {
      const key = normalizeForMatch(name);
      const ids = this.exactNames.get(key);
      ids?.delete(node.id);
      if (ids?.size === 0) this.exactNames.delete(key);
    }
  }

  /**
   * Ids of nodes holding some indexed token that could contain `folded` as a
   * substring: a superset of the nodes whose field text contains it, or null
   * when the query has no word characters (then nothing can be narrowed).
   */
  candidatesForSubstring(folded: string): Set<string> | null {
    const words = [...folded.matchAll(/[\p{L}\p{N}]+/gu)];
    if (words.length === 0) return null;
    let result: Set<string> | null = null;
    for (const word of words) {
      const text = word[0];
      const openLeft = word.index === 0;
      const openRight = word.index + text.length === folded.length;
      const ids = new Set<string>();
      for (const [token, posting] of this.postings) {
        const fits =
          openLeft && openRight
            ? token.includes(text)
            : openLeft
              ? token.endsWith(text)
              : openRight
                ? token.startsWith(text)
                : token === text;
        if (!fits) continue;
        for (const id of posting.ids) if (result === null || result.has(id)) ids.add(id);
      }
      result = ids;
      if (result.size === 0) break;
    }
    return result;
  }

  search(text: string, first: number, getNode: (id: string) => GraphNode | undefined): SearchResult[] {
    return rankSearchHits(text, first, {
      documents: this.lengths.size,
      totalLength: this.totalLength,
      postingOf: (token) => this.postings.get(token),
      lengthOf: (id) => this.lengths.get(id),
      containsPhrase: (id, query) => {
        const node = getNode(id);
        return node !== undefined && containsPhrase(node, query);
      },
      exactNameIds: (query) => this.exactNames.get(query)?.ids() ?? [],
    });
  }
}

function containsPhrase(node: GraphNode, normalizedQuery: string): boolean {
  const { names, texts } = searchFields(node);
  return [...names, ...texts].some((field) => ` ${normalizeForMatch(field)} `.includes(` ${normalizedQuery} `));
}
