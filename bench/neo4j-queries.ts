import { foldText } from "../src/domain/text-fold.js";
import { normalizeForMatch } from "../src/graph/shared/search-text.js";
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
  /** The same question to @neo4j/graphql over bench/neo4j-peer/type-defs.graphql. */
  peer: string;
  /** The floor: one hand-written Cypher statement (values as parameters) whose one row is the answer. */
  floor: { cypher: string; params: Record<string, unknown> };
  /** Most read transactions and statements the project may spend on it (one transaction per level of the query). */
  budget: { transactions: number; statements: number };
}

export const PEER_QUERIES: readonly PeerQuery[] = [
  {
    name: "tasks directly in a district, with their places",
    query: `{ tasks(where: {placeName: "Mỏ Cày Bắc"}, first: 100) { totalCount edges { node { id text places { id name } } } } }`,
    peer: `{ tasks(where: {places: {some: {name: {eq: "Mỏ Cày Bắc"}}}}, limit: 100, sort: [{id: ASC}]) { id text places { id name } } }`,
    floor: {
      cypher: `MATCH (:Place {foldedName: $name})<-[:LOCATED_IN]-(t:Task) WITH DISTINCT t ORDER BY t.id LIMIT 100
RETURN collect(t {.id, .text, places: [(t)-[:LOCATED_IN]->(p:Place) | p {.id, .name}]}) AS tasks`,
      params: { name: foldText("Mỏ Cày Bắc") },
    },
    // The place by name, the page with its tasks, their places.
    budget: { transactions: 3, statements: 3 },
  },
  {
    name: "an instrument by number, with the tasks citing it",
    query: `{ legalInstrument(number: "416/QĐ-TTg") { id number title citedBy(first: 100) { totalCount edges { node { id text } } } } }`,
    peer: `{ legalInstruments(where: {number: {eq: "416/QĐ-TTg"}}) { id number title citedBy(limit: 100, sort: [{id: ASC}]) { id text } } }`,
    floor: {
      cypher: `MATCH (i:LegalInstrument {numberKey: $number}) WITH i ORDER BY i.id LIMIT 1
RETURN i {.id, .number, .title, citedBy: [(i)<-[:CITES]-(t:Task) | t {.id, .text}]} AS instrument`,
      params: { number: normalizeForMatch("416/QĐ-TTg") },
    },
    // The instrument by number, the page with its tasks.
    budget: { transactions: 2, statements: 2 },
  },
  {
    name: "the flagship (sub-places, legal basis)",
    query: FLAGSHIP_QUERY,
    peer: `{ tasks(where: {places: {some: {OR: [{name: {eq: "Mỏ Cày Bắc"}}, {parent: {some: {name: {eq: "Mỏ Cày Bắc"}}}}]}}}, limit: 20, sort: [{id: ASC}]) { text legalBasis { number title depth } } }`,
    floor: {
      cypher: `MATCH (t:Task)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..10]->(:Place {foldedName: $name}) WITH DISTINCT t ORDER BY t.id LIMIT 20
OPTIONAL MATCH up = (t)-[:PART_OF*0..10]->(holder)
OPTIONAL MATCH basis = (holder)-[first:CITES|BASED_ON]->(:LegalInstrument)-[:AMENDS*0..6]-(instrument:LegalInstrument)
WHERE instrument.id <> t.documentId AND (type(first) = 'CITES') = (NOT holder:Document)
WITH t, instrument, min(length(up) + length(basis)) AS depth ORDER BY t.id, depth, instrument.id
WITH t, collect(CASE WHEN instrument IS NULL THEN null ELSE instrument {.number, .title, depth: depth} END) AS basis ORDER BY t.id
RETURN collect(t {.text, legalBasis: basis}) AS tasks`,
      params: { name: foldText("Mỏ Cày Bắc") },
    },
    // The place by name, the page with its tasks, the legal-basis walk with the instruments it reaches.
    budget: { transactions: 3, statements: 3 },
  },
  {
    name: "60 tasks of a province, with places",
    query: `{ tasks(where: {placeName: "Bến Tre"}, first: 60) { totalCount edges { node { id text places { id name } } } } }`,
    peer: `{ tasks(where: {places: {some: {name: {eq: "Bến Tre"}}}}, limit: 60, sort: [{id: ASC}]) { id text places { id name } } }`,
    floor: {
      cypher: `MATCH (:Place {foldedName: $name})<-[:LOCATED_IN]-(t:Task) WITH DISTINCT t ORDER BY t.id LIMIT 60
RETURN collect(t {.id, .text, places: [(t)-[:LOCATED_IN]->(p:Place) | p {.id, .name}]}) AS tasks`,
      params: { name: foldText("Bến Tre") },
    },
    budget: { transactions: 3, statements: 3 },
  },
  {
    name: "67 tasks citing a resolution through provisions",
    query: `{ legalInstrument(number: "31/2022/NQ-HĐND") { id number citedBy(first: 100) { totalCount edges { node { id text } } } } }`,
    peer:
      `{ tasks(where: {OR: [{cites: {some: {number: {eq: "31/2022/NQ-HĐND"}}}}, {provision: {some: {cites: {some: {number: {eq: "31/2022/NQ-HĐND"}}}}}}, ` +
      `{provision: {some: {partOf: {some: {cites: {some: {number: {eq: "31/2022/NQ-HĐND"}}}}}}}}]}, limit: 100, sort: [{id: ASC}]) { id text } }`,
    floor: {
      cypher: `MATCH (i:LegalInstrument {numberKey: $number}) WITH i ORDER BY i.id LIMIT 1
MATCH (t:Task)-[:PART_OF*0..10]->(citing)-[:CITES]->(i) WHERE citing = t OR citing:Provision
WITH i, t ORDER BY t.id LIMIT 100
RETURN i.id AS id, i.number AS number, collect(t {.id, .text}) AS citedBy`,
      params: { number: normalizeForMatch("31/2022/NQ-HĐND") },
    },
    budget: { transactions: 2, statements: 2 },
  },
];
