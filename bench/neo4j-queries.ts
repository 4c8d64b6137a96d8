import { FLAGSHIP_QUERY } from "./queries.js";

/**
 * The five questions of issue 12, asked of the seed and corpus on Neo4j: the
 * project, @neo4j/graphql and the bare Cypher floor each answer them
 * (bench/neo4j-peer.bench.ts), and test/neo4j/round-trips.test.ts holds the
 * project to a number of transactions and statements for each.
 */
export interface PeerQuery {
  name: string;
  /** The project's GraphQL. */
  query: string;
  /** Most read transactions and statements the project may spend on it (one transaction per level of the query). */
  budget: { transactions: number; statements: number };
}

export const PEER_QUERIES: readonly PeerQuery[] = [
  {
    name: "tasks directly in a district, with their places",
    query: `{ tasks(where: {placeName: "Mỏ Cày Bắc"}, first: 100) { totalCount edges { node { id text places { id name } } } } }`,
    // The place by name, the page with its tasks, their places.
    budget: { transactions: 3, statements: 3 },
  },
  {
    name: "an instrument by number, with the tasks citing it",
    query: `{ legalInstrument(number: "416/QĐ-TTg") { id number title citedBy(first: 100) { totalCount edges { node { id text } } } } }`,
    // The instrument by number, the page with its tasks.
    budget: { transactions: 2, statements: 2 },
  },
  {
    name: "the flagship (sub-places, legal basis)",
    query: FLAGSHIP_QUERY,
    // The place by name, the page with its tasks, the legal-basis walk with the instruments it reaches.
    budget: { transactions: 3, statements: 3 },
  },
  {
    name: "60 tasks of a province, with places",
    query: `{ tasks(where: {placeName: "Bến Tre"}, first: 60) { totalCount edges { node { id text places { id name } } } } }`,
    budget: { transactions: 3, statements: 3 },
  },
  {
    name: "67 tasks citing a resolution through provisions",
    query: `{ legalInstrument(number: "31/2022/NQ-HĐND") { id number citedBy(first: 100) { totalCount edges { node { id text } } } } }`,
    budget: { transactions: 2, statements: 2 },
  },
];
