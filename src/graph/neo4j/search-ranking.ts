import type { GraphNode } from "../../domain/model.js";
import type { SearchResult } from "../graph-store.js";
import { rankSearchHits } from "../shared/search-ranking.js";
import { normalizeForMatch, searchFields, tokenize } from "../shared/search-text.js";

/**
 * Search on Neo4j ranks with the embedded store's rule (rankSearchHits) over
 * the same tokens, so both stores return the same hits with the same scores.
 * Neo4j's full-text index only finds the candidates; Lucene's own scores are
 * not used.
 */

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
 * Ranks candidates with the shared rule: every node holding at least one query
 * token must be among them (they give each token's df), and the statistics
 * cover all nodes.
 */
export function rankCandidates(
  text: string,
  first: number,
  candidates: readonly SearchCandidate[],
  stats: SearchStatistics,
): SearchResult[] {
  const wanted = new Set(normalizeForMatch(text).split(" "));
  const postings = new Map<string, { ids: string[]; counts: number[] }>();
  const lengths = new Map<string, number>();
  const byId = new Map<string, SearchCandidate>();
  for (const candidate of candidates) {
    byId.set(candidate.id, candidate);
    const tokens = candidate.searchText.split(" ");
    lengths.set(candidate.id, tokens.length);
    const counts = new Map<string, number>();
    for (const token of tokens) if (wanted.has(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const [token, count] of counts) {
      let posting = postings.get(token);
      if (!posting) {
        posting = { ids: [], counts: [] };
        postings.set(token, posting);
      }
      posting.ids.push(candidate.id);
      posting.counts.push(count);
    }
  }
  return rankSearchHits(text, first, {
    documents: stats.documents,
    totalLength: stats.totalLength,
    postingOf: (token) => postings.get(token),
    lengthOf: (id) => lengths.get(id),
    containsPhrase: (id, query) => (byId.get(id)?.searchPhrases ?? []).some((phrase) => ` ${phrase} `.includes(` ${query} `)),
    exactNameIds: (query) => candidates.filter((candidate) => candidate.searchNames.includes(query)).map((candidate) => candidate.id),
  });
}
