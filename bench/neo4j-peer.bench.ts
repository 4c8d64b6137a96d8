import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DEFAULT_DOCUMENTS_DIR, loadConfig } from "../src/config/config.js";
import { ingestFiles } from "../src/graph/ingest-files.js";
import { connectNeo4jStore } from "../src/graph/neo4j/neo4j-store.js";
import { launch, runLoad, type RunFigures, type Target } from "./http-throughput.bench.js";
import { formatNumber, formatTable } from "./measure.js";
import { PEER_QUERIES } from "./neo4j-queries.js";

/** What the bench loads into an empty database: the seed and the corpus fixtures (with their sessions). */
const DOCUMENTS = [DEFAULT_DOCUMENTS_DIR, path.resolve(path.dirname(new URL(import.meta.url).pathname), "../test/fixtures/corpus")];
const SERVERS = ["project", "peer", "floor"] as const;
type ServerName = (typeof SERVERS)[number];

export interface Neo4jPeerOptions {
  smoke?: boolean;
  rounds?: number;
  secondsPerRun?: number;
  connections?: number;
  onProgress?: (message: string) => void;
}

export interface Neo4jPeerQueryResult {
  name: string;
  /** Tasks (or instruments) each server's answer holds: the same question answered alike. */
  rows: Record<ServerName, number>;
  bytes: Record<ServerName, number>;
  rounds: Record<ServerName, RunFigures>[];
  requestsPerSecond: Record<ServerName, number>;
  projectOverPeer: number;
  projectOverFloor: number;
  /** Server CPU per request, µs. */
  cpuMicros: Record<ServerName, number | null>;
}

export interface Neo4jPeerResult {
  skipped?: string;
  ingest?: { documents: number; seconds: number; documentsPerSecond: number; concurrency: number } | { reused: number };
  connections: number;
  secondsPerRun: number;
  queries: Neo4jPeerQueryResult[];
}

/**
 * The project against @neo4j/graphql and a hand-written Cypher floor, on the
 * same Neo4j (NEO4J_URI…) holding the seed and corpus: the five questions of
 * issue 12, each server in its own process, autocannon alternating project,
 * peer, floor in rounds. An empty database is loaded first (which also
 * measures ingest); one that already holds the seed is used as it is.
 */
export async function runNeo4jPeer(options: Neo4jPeerOptions = {}): Promise<Neo4jPeerResult> {
  const connections = options.connections ?? 10;
  const secondsPerRun = options.secondsPerRun ?? (options.smoke ? 1 : 5);
  const rounds = options.rounds ?? (options.smoke ? 1 : 5);
  const progress = options.onProgress ?? (() => {});
  const empty: Neo4jPeerResult = { connections, secondsPerRun, queries: [] };
  if (!process.env.NEO4J_URI) return { ...empty, skipped: "NEO4J_URI is not set: the Neo4j comparison (project, @neo4j/graphql, Cypher floor) was skipped." };

  const ingest = await loadDocuments(progress);
  if ("skipped" in ingest) return { ...empty, skipped: ingest.skipped };
  const workDir = await mkdtemp(path.join(os.tmpdir(), "policy-graph-neo4j-peer-"));
  const targets: Partial<Record<ServerName, Target>> = {};
  try {
    for (const name of SERVERS) targets[name] = await launch({ kind: `neo4j-${name}` }, true, workDir);
    const queries: Neo4jPeerQueryResult[] = [];
    for (const question of PEER_QUERIES) {
      progress(`neo4j: ${question.name}`);
      const requests: Record<ServerName, string> = {
        project: JSON.stringify({ query: question.query }),
        peer: JSON.stringify({ query: question.peer }),
        floor: question.name,
      };
      const answers = {} as Record<ServerName, string>;
      for (const name of SERVERS) answers[name] = await answer(targets[name]!, requests[name]);
      const load = (name: ServerName) => runLoad(targets[name]!, requests[name], answers[name], connections, secondsPerRun, false);
      for (const name of SERVERS) await load(name);
      const measured: Record<ServerName, RunFigures>[] = [];
      for (let round = 0; round < rounds; round += 1) {
        const figures = {} as Record<ServerName, RunFigures>;
        for (const name of SERVERS) figures[name] = await load(name);
        measured.push(figures);
      }
      queries.push(summariseQuestion(question.name, answers, measured));
    }
    return { connections, secondsPerRun, ingest, queries };
  } finally {
    for (const target of Object.values(targets)) await target?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

async function loadDocuments(progress: (message: string) => void): Promise<NonNullable<Neo4jPeerResult["ingest"]> | { skipped: string }> {
  const config = loadConfig(process.env);
  let store;
  try {
    store = await connectNeo4jStore(config.neo4j!);
  } catch (error) {
    return { skipped: `Neo4j at ${process.env.NEO4J_URI} could not be used: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const stats = await store.stats();
    const nodes = Object.values(stats.nodes).reduce((sum, count) => sum + count, 0);
    if (nodes > 0) {
      const tasks = await store.findPlacesByName("Mỏ Cày Bắc");
      if (tasks.length === 0) {
        return { skipped: `Neo4j database "${config.neo4j!.database}" holds ${nodes} nodes but not the seed; use an empty one (CREATE DATABASE bench, NEO4J_DATABASE=bench).` };
      }
      return { reused: nodes };
    }
    progress("neo4j: ingesting the seed and the corpus");
    const started = performance.now();
    const summary = await ingestFiles(store, DOCUMENTS, { concurrency: config.ingest.concurrency });
    const seconds = (performance.now() - started) / 1000;
    if (summary.failed.length > 0) return { skipped: `ingest failed: ${summary.failed.map((f) => `${f.file}: ${f.error.message}`).join("; ")}` };
    return { documents: summary.ingested, seconds, documentsPerSecond: summary.ingested / seconds, concurrency: config.ingest.concurrency };
  } finally {
    await store.close();
  }
}

async function answer(target: Target, body: string): Promise<string> {
  const response = await fetch(target.url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${target.url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

/** Rows of an answer: its task ids or texts, whichever it carries. */
function countRows(answer: string): number {
  const ids = new Set(answer.match(/"task:[^"]+"/g) ?? []);
  return ids.size > 0 ? ids.size : (answer.match(/"text":/g) ?? []).length;
}

function summariseQuestion(name: string, answers: Record<ServerName, string>, rounds: Record<ServerName, RunFigures>[]): Neo4jPeerQueryResult {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const per = <T>(pick: (server: ServerName) => T) => Object.fromEntries(SERVERS.map((server) => [server, pick(server)])) as Record<ServerName, T>;
  const requestsPerSecond = per((server) => mean(rounds.map((round) => round[server].requestsPerSecond)));
  return {
    name,
    rows: per((server) => countRows(answers[server])),
    bytes: per((server) => Buffer.byteLength(answers[server])),
    rounds,
    requestsPerSecond,
    projectOverPeer: requestsPerSecond.project / requestsPerSecond.peer,
    projectOverFloor: requestsPerSecond.project / requestsPerSecond.floor,
    cpuMicros: per((server) => {
      const cpu = rounds.map((round) => round[server].serverCpu);
      return cpu.every((value) => value !== null) ? (mean(cpu as number[]) / requestsPerSecond[server]) * 1e6 : null;
    }),
  };
}

export function formatNeo4jPeer(result: Neo4jPeerResult): string {
  if (result.skipped) return result.skipped;
  const ingest = result.ingest && "documents" in result.ingest
    ? `Ingest of the seed and corpus into the empty database: ${result.ingest.documents} documents in ${formatNumber(result.ingest.seconds, 1)} s, ` +
      `${formatNumber(result.ingest.documentsPerSecond, 1)} documents/s (concurrency ${result.ingest.concurrency}).`
    : `Database reused as found (${result.ingest && "reused" in result.ingest ? result.ingest.reused : "?"} nodes); ingest not measured.`;
  const table = formatTable(
    ["question", "rows project / peer / floor", "bytes project / peer / floor", "project req/s", "peer req/s", "floor req/s", "project ÷ peer", "project ÷ floor", "per round ÷ peer", "CPU µs/request project / peer / floor"],
    result.queries.map((q) => [
      q.name,
      `${q.rows.project} / ${q.rows.peer} / ${q.rows.floor}`,
      `${q.bytes.project} / ${q.bytes.peer} / ${q.bytes.floor}`,
      Math.round(q.requestsPerSecond.project),
      Math.round(q.requestsPerSecond.peer),
      Math.round(q.requestsPerSecond.floor),
      `**${formatNumber(q.projectOverPeer)}**`,
      formatNumber(q.projectOverFloor),
      q.rounds.map((round) => formatNumber(round.project.requestsPerSecond / round.peer.requestsPerSecond)).join(" "),
      SERVERS.map((server) => (q.cpuMicros[server] === null ? "n/a" : Math.round(q.cpuMicros[server]!))).join(" / "),
    ]),
  );
  return [
    `Each server in its own process on the same Neo4j; autocannon in the runner, ${result.connections} connections, ${result.secondsPerRun} s per run, ` +
      "after a warm-up run each, rounds alternating project, peer, floor. Every response was checked byte for byte against the first.",
    "",
    ingest,
    "",
    table,
  ].join("\n");
}
