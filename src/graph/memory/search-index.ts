import type { GraphNode } from "../../domain/model.js";
import type { SearchResult } from "../graph-store.js";
import { compareIds, SortedIdSet } from "./sorted-id-set.js";
import { normalizeForMatch, searchFields, tokenize } from "./search-text.js";

interface Posting {
  ids: string[];
  counts: number[];
}

const K1 = 1.2;
const B = 0.75;
/** Beyond this many candidates holding every query token, only the best by BM25 are checked for a phrase. */
const PHRASE_CHECK_LIMIT = 5000;

/**
 * Inverted index over folded tokens (BM25 statistics) plus an exact-name index.
 *
 * Ranking is in tiers, then BM25 within a tier:
 *   3  the whole query equals a name, title or number of the node
 *   2  every query token, contiguous and in order, in one field (a phrase)
 *   1  every query token somewhere
 *   0  some query tokens
 * score = tier + bm25 / (1 + bm25), so a higher tier always wins and shorter
 * fields win within a tier. Equal scores are ordered by id.
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
    const query = normalizeForMatch(text);
    const queryTokens = query.length > 0 ? query.split(" ") : [];
    const distinct = [...new Set(queryTokens)];
    if (distinct.length === 0 || first <= 0) return [];

    const documents = this.lengths.size;
    const averageLength = documents > 0 ? this.totalLength / documents : 1;
    const bm25 = new Map<string, number>();
    const matched = new Map<string, number>();
    for (const token of distinct) {
      const posting = this.postings.get(token);
      if (!posting) continue;
      const df = posting.ids.length;
      const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      for (let i = 0; i < posting.ids.length; i += 1) {
        const id = posting.ids[i];
        const tf = posting.counts[i];
        const length = this.lengths.get(id) ?? averageLength;
        const weight = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
        bm25.set(id, (bm25.get(id) ?? 0) + weight);
        matched.set(id, (matched.get(id) ?? 0) + 1);
      }
    }

    const tiers = new Map<string, number>();
    const complete: string[] = [];
    for (const [id, count] of matched) {
      tiers.set(id, count === distinct.length ? 1 : 0);
      if (count === distinct.length) complete.push(id);
    }
    if (queryTokens.length === 1) {
      for (const id of complete) tiers.set(id, 2);
    } else {
      complete.sort((a, b) => bm25.get(b)! - bm25.get(a)! || compareIds(a, b));
      for (const id of complete.slice(0, PHRASE_CHECK_LIMIT)) {
        const node = getNode(id);
        if (node && containsPhrase(node, query)) tiers.set(id, 2);
      }
    }
    for (const id of this.exactNames.get(query)?.ids() ?? []) tiers.set(id, 3);

    const scored = [...tiers].map(([id, tier]) => {
      const relevance = bm25.get(id) ?? 0;
      return { id, score: roundScore(tier + relevance / (1 + relevance)) };
    });
    scored.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
    return scored.slice(0, first);
  }
}

function containsPhrase(node: GraphNode, normalizedQuery: string): boolean {
  const { names, texts } = searchFields(node);
  return [...names, ...texts].some((field) => ` ${normalizeForMatch(field)} `.includes(` ${normalizedQuery} `));
}

function roundScore(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
