import type { GraphNode } from "../../domain/model.js";
import type { SearchResult } from "../graph-store.js";
import { rankSearchHits } from "../shared/search-ranking.js";
import { normalizeForMatch, searchFields, tokenize } from "../shared/search-text.js";
import { SortedIdSet } from "./sorted-id-set.js";

/**
 * The nodes holding one token, in the order they were added. A common word's
 * posting holds most of the graph, so removal does not search it: it counts
 * the id's entry as stale, and the next read of the posting (which visits
 * every entry anyway) drops stale entries in one pass. A node removed and
 * added again has its stale entry before its live one.
 */
interface Posting {
  ids: string[];
  counts: number[];
  /** Per id, how many of its earliest entries are stale. */
  stale: Map<string, number> | null;
  staleCount: number;
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
        posting = { ids: [], counts: [], stale: null, staleCount: 0 };
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
      posting.stale ??= new Map();
      posting.stale.set(node.id, (posting.stale.get(node.id) ?? 0) + 1);
      posting.staleCount += 1;
      // Bounds the memory stale entries hold when nothing reads the posting.
      if (posting.staleCount * 2 > posting.ids.length) this.livePosting(token);
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
      for (const token of this.postings.keys()) {
        const fits =
          openLeft && openRight
            ? token.includes(text)
            : openLeft
              ? token.endsWith(text)
              : openRight
                ? token.startsWith(text)
                : token === text;
        if (!fits) continue;
        const posting = this.livePosting(token);
        if (!posting) continue;
        for (const id of posting.ids) if (result === null || result.has(id)) ids.add(id);
      }
      result = ids;
      if (result.size === 0) break;
    }
    return result;
  }

  /** The token's posting without stale entries (dropped now, in one pass), or undefined when none is left. */
  private livePosting(token: string): Posting | undefined {
    const posting = this.postings.get(token);
    if (!posting?.stale) return posting;
    const stale = posting.stale;
    const ids: string[] = [];
    const counts: number[] = [];
    for (let at = 0; at < posting.ids.length; at += 1) {
      const id = posting.ids[at];
      const skip = stale.get(id);
      if (skip) {
        if (skip === 1) stale.delete(id);
        else stale.set(id, skip - 1);
        continue;
      }
      ids.push(id);
      counts.push(posting.counts[at]);
    }
    if (ids.length === 0) {
      this.postings.delete(token);
      return undefined;
    }
    posting.ids = ids;
    posting.counts = counts;
    posting.stale = null;
    posting.staleCount = 0;
    return posting;
  }

  search(text: string, first: number, getNode: (id: string) => GraphNode | undefined): SearchResult[] {
    return rankSearchHits(text, first, {
      documents: this.lengths.size,
      totalLength: this.totalLength,
      postingOf: (token) => this.livePosting(token),
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
