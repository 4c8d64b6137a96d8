import type { SearchResult } from "../graph-store.js";
import { normalizeForMatch } from "./search-text.js";
import { compareIds } from "./sort-order.js";

const K1 = 1.2;
const B = 0.75;
/** Beyond this many candidates holding every query token, only the best by BM25 are checked for a phrase. */
const PHRASE_CHECK_LIMIT = 5000;

/** The nodes holding one token, each with the token's count in it. */
export interface TokenPosting {
  ids: readonly string[];
  counts: readonly number[];
}

/** What ranking needs to know of the indexed nodes; each store answers from its own storage. */
export interface RankingSource {
  /** Nodes with at least one search token. */
  documents: number;
  /** Sum of their token counts. */
  totalLength: number;
  /** Every node holding the token; undefined or empty when none does. */
  postingOf(token: string): TokenPosting | undefined;
  /** A node's token count. */
  lengthOf(id: string): number | undefined;
  /** Whether one of the node's fields holds the normalised query as a phrase (whole tokens, in order). */
  containsPhrase(id: string, normalizedQuery: string): boolean;
  /** Nodes with a name, title or number equal to the normalised query. */
  exactNameIds(normalizedQuery: string): Iterable<string>;
}

/**
 * Ranking is in tiers, then BM25 within a tier:
 *   3  the whole query equals a name, title or number of the node
 *   2  every query token, contiguous and in order, in one field (a phrase)
 *   1  every query token somewhere
 *   0  some query tokens
 * score = tier + bm25 / (1 + bm25), rounded to 6 decimals, so a higher tier
 * always wins and shorter fields win within a tier. Equal scores are ordered by id.
 */
export function rankSearchHits(text: string, first: number, source: RankingSource): SearchResult[] {
  const query = normalizeForMatch(text);
  const queryTokens = query.length > 0 ? query.split(" ") : [];
  const distinct = [...new Set(queryTokens)];
  if (distinct.length === 0 || first <= 0) return [];

  const documents = source.documents;
  const averageLength = documents > 0 ? source.totalLength / documents : 1;
  const bm25 = new Map<string, number>();
  const matched = new Map<string, number>();
  for (const token of distinct) {
    const posting = source.postingOf(token);
    if (!posting || posting.ids.length === 0) continue;
    const df = posting.ids.length;
    const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    for (let i = 0; i < posting.ids.length; i += 1) {
      const id = posting.ids[i];
      const tf = posting.counts[i];
      const length = source.lengthOf(id) ?? averageLength;
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
      if (source.containsPhrase(id, query)) tiers.set(id, 2);
    }
  }
  for (const id of source.exactNameIds(query)) tiers.set(id, 3);

  const scored = [...tiers].map(([id, tier]) => {
    const relevance = bm25.get(id) ?? 0;
    return { id, score: roundScore(tier + relevance / (1 + relevance)) };
  });
  scored.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
  return scored.slice(0, first);
}

function roundScore(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
