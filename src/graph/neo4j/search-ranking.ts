import type { GraphNode } from "../../domain/model.js";
import type { SearchResult } from "../graph-store.js";
import { normalizeForMatch, searchFields, tokenize } from "../memory/search-text.js";
import { compareIds } from "../memory/sorted-id-set.js";

/**
 * Search on Neo4j ranks exactly as the embedded SearchIndex does (tiers, then
 * BM25 over the same tokens), so both stores return the same hits with the
 * same scores. Neo4j's full-text index only finds the candidates; Lucene's own
 * scores are not used.
 */

const K1 = 1.2;
const B = 0.75;
const PHRASE_CHECK_LIMIT = 5000;

/** What each node stores for search: its tokens in field order, its exact names, its fields as phrases. */
export interface SearchProps {
  searchText: string;
  searchLength: number;
  searchNames: string[];
  searchPhrases: string[];
}

export function toSearchProps(node: GraphNode): SearchProps | null {
  const { names, texts } = searchFields(node);
  const tokens = [...names, ...texts].flatMap((field) => tokenize(field));
  if (tokens.length === 0) return null;
  return {
    searchText: tokens.join(" "),
    searchLength: tokens.length,
    searchNames: [...new Set(names.map(normalizeForMatch))],
    searchPhrases: [...names, ...texts].map(normalizeForMatch),
  };
}

export interface SearchCandidate {
  id: string;
  searchText: string;
  searchNames: readonly string[];
  searchPhrases: readonly string[];
}

export interface SearchStatistics {
  /** Nodes with at least one search token. */
  documents: number;
  /** Sum of their token counts. */
  totalLength: number;
}

/** The query's distinct tokens as a Lucene query for the whitespace-analysed index (any token matches). */
export function toCandidateQuery(text: string): { normalized: string; tokens: string[]; lucene: string } | null {
  const normalized = normalizeForMatch(text);
  if (normalized.length === 0) return null;
  const tokens = [...new Set(normalized.split(" "))];
  return { normalized, tokens, lucene: tokens.join(" ") };
}

/**
 * Ranks candidates: every node holding at least one query token must be among
 * them (they are the df of each token), and the statistics cover all nodes.
 */
export function rankCandidates(
  text: string,
  first: number,
  candidates: readonly SearchCandidate[],
  stats: SearchStatistics,
): SearchResult[] {
  const query = normalizeForMatch(text);
  const queryTokens = query.length > 0 ? query.split(" ") : [];
  const distinct = [...new Set(queryTokens)];
  if (distinct.length === 0 || first <= 0) return [];

  const termCounts = new Map<string, Map<string, number>>();
  const lengths = new Map<string, number>();
  const documentFrequency = new Map<string, number>();
  const wanted = new Set(distinct);
  for (const candidate of candidates) {
    const tokens = candidate.searchText.split(" ");
    lengths.set(candidate.id, tokens.length);
    const counts = new Map<string, number>();
    for (const token of tokens) if (wanted.has(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    termCounts.set(candidate.id, counts);
    for (const token of counts.keys()) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  }

  const documents = stats.documents;
  const averageLength = documents > 0 ? stats.totalLength / documents : 1;
  const bm25 = new Map<string, number>();
  const matched = new Map<string, number>();
  for (const token of distinct) {
    const df = documentFrequency.get(token);
    if (!df) continue;
    const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    for (const candidate of candidates) {
      const tf = termCounts.get(candidate.id)?.get(token);
      if (!tf) continue;
      const length = lengths.get(candidate.id) ?? averageLength;
      const weight = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
      bm25.set(candidate.id, (bm25.get(candidate.id) ?? 0) + weight);
      matched.set(candidate.id, (matched.get(candidate.id) ?? 0) + 1);
    }
  }

  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
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
      const phrases = byId.get(id)?.searchPhrases ?? [];
      if (phrases.some((phrase) => ` ${phrase} `.includes(` ${query} `))) tiers.set(id, 2);
    }
  }
  for (const candidate of candidates) if (candidate.searchNames.includes(query)) tiers.set(candidate.id, 3);

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
