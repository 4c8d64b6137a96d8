import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { DEFAULT_DOCUMENTS_DIR } from "../src/config/config.js";
import { ingestFiles } from "../src/graph/ingest-files.js";
import { MemoryGraphStore } from "../src/graph/memory/memory-store.js";
import type { RunningServer } from "./bare-server.js";
import { summariseCpuProfile, type CpuProfile, type ProfileBreakdown } from "./cpu-profile.js";
import { createGraphqlPipeline, type PhaseTimes } from "./graphql-pipeline.js";
import { buildServer, startTarget, TARGET_SCRIPT, type Dataset, type TargetSpec } from "./http-target.js";
import { loadSyntheticGraph } from "./load-synthetic.js";
import { formatNumber, formatTable, summarise } from "./measure.js";
import { FLAGSHIP_QUERY, SHALLOW_QUERY } from "./queries.js";
import { planSyntheticGraph } from "./synthetic-graph.js";

export const HTTP_TARGET_RATIO = 0.6;

interface Case {
  name: string;
  dataset: Dataset;
  query: string;
}

const CASES: readonly Case[] = [
  { name: "flagship · seed", dataset: "seed", query: FLAGSHIP_QUERY },
  { name: "shallow · seed", dataset: "seed", query: SHALLOW_QUERY },
  { name: "flagship · synthetic 1k (20 tasks)", dataset: "synthetic:1000", query: FLAGSHIP_QUERY },
];

export interface HttpThroughputOptions {
  smoke?: boolean;
  /** Also CPU-profile the real server under the flagship load and break the time down. */
  profile?: boolean;
  rounds?: number;
  secondsPerRun?: number;
  connections?: number;
  onProgress?: (message: string) => void;
}

export interface RunFigures {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  /** Non-2xx, errors, timeouts and bodies that differ from the expected bytes. */
  failures: number;
  /** CPU seconds per wall second of the load generator (this process). */
  clientCpu: number;
  /** CPU seconds per wall second of the server process, when it runs in a child. */
  serverCpu: number | null;
  wallSeconds: number;
}

export interface CaseResult {
  name: string;
  dataset: Dataset;
  /** Whether the real server kept and replayed whole responses (its default) or executed every request. */
  responseCache: boolean;
  responseBytes: number;
  /** Errors in the GraphQL response: a benchmark of an error is no benchmark. */
  graphqlErrors: number;
  /** The bare server answered with exactly the bytes the real server sent. */
  identicalBytes: boolean;
  rounds: { real: RunFigures; bare: RunFigures }[];
  realRequestsPerSecond: number;
  bareRequestsPerSecond: number;
  ratio: number;
  /** Ratio per round (real ÷ the bare run right after it). */
  roundRatios: number[];
  phases: PhaseTimes & { total: number };
}

export interface HttpThroughputResult {
  mode: "in child processes" | "in-process";
  connections: number;
  secondsPerRun: number;
  cases: CaseResult[];
  skipped: { name: string; reason: string }[];
  profile?: ProfileBreakdown & { case: string; seconds: number };
}

/**
 * Real server (Apollo on node:http, embedded store, production mode) versus a
 * bare node:http server replaying the real server's exact bytes, alternating
 * runs A B A B with autocannon on loopback. In full mode each server runs in
 * its own process, so the load generator (this process) does not share its
 * event loop; smoke mode runs everything in-process for speed.
 */
export async function runHttpThroughput(options: HttpThroughputOptions = {}): Promise<HttpThroughputResult> {
  const smoke = options.smoke ?? false;
  const rounds = options.rounds ?? (smoke ? 1 : 5);
  const secondsPerRun = options.secondsPerRun ?? (smoke ? 0.3 : 5);
  const connections = options.connections ?? 10;
  const progress = options.onProgress ?? (() => {});
  const useChildren = !smoke;
  const workDir = await mkdtemp(path.join(os.tmpdir(), "policy-graph-bench-"));
  const result: HttpThroughputResult = {
    mode: useChildren ? "in child processes" : "in-process",
    connections,
    secondsPerRun,
    cases: [],
    skipped: [],
  };

  try {
    const datasets = [...new Set(CASES.map((c) => c.dataset))];
    // Smoke mode: the server as configured only. Full mode: also with every request executed.
    const modes = smoke ? [true] : [true, false];
    const phasesByDataset = new Map<Dataset, Map<string, PhaseTimes & { total: number }>>();
    for (const dataset of datasets) for (const responseCache of modes) {
      const cases = CASES.filter((c) => c.dataset === dataset);
      let real: Target;
      try {
        real = await launch({ kind: "real", dataset, responseCache }, useChildren, workDir);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        for (const c of cases) result.skipped.push({ name: describeCase(c.name, responseCache), reason });
        continue;
      }
      let bare: Target | undefined;
      try {
        const captured = await Promise.all(cases.map(async (c) => ({ c, request: requestBody(c.query), ...(await post(real.url, requestBody(c.query))) })));
        for (const { c, status } of captured) {
          if (status !== 200) throw new Error(`${c.name}: the real server answered ${status}`);
        }
        bare = await launch(
          {
            kind: "bare",
            responses: captured.map(({ request, body, contentType }) => ({ request, bodyBase64: body.toString("base64"), contentType })),
          },
          useChildren,
          workDir,
        );
        const phases = phasesByDataset.get(dataset) ?? (await measurePhases(dataset, cases, smoke));
        phasesByDataset.set(dataset, phases);
        for (const { c, request, body } of captured) {
          const fromBare = await post(bare.url, request);
          const identicalBytes = fromBare.body.equals(body) && (await post(real.url, request)).body.equals(body);
          progress(`http: ${describeCase(c.name, responseCache)}`);
          const load = (target: Target) => runLoad(target, request, body.toString("utf8"), connections, secondsPerRun, smoke);
          if (!smoke) {
            await load(real);
            await load(bare);
          }
          const measured: { real: RunFigures; bare: RunFigures }[] = [];
          // An autocannon run lasts at least a second whatever its duration: smoke mode loads one case only.
          const caseRounds = smoke && result.cases.length > 0 ? 0 : rounds;
          for (let round = 0; round < caseRounds; round += 1) {
            const realRun = await load(real);
            const bareRun = await load(bare);
            measured.push({ real: realRun, bare: bareRun });
          }
          const realRps = mean(measured.map((m) => m.real.requestsPerSecond));
          const bareRps = mean(measured.map((m) => m.bare.requestsPerSecond));
          result.cases.push({
            name: c.name,
            dataset,
            responseCache,
            responseBytes: body.length,
            graphqlErrors: (JSON.parse(body.toString("utf8")) as { errors?: unknown[] }).errors?.length ?? 0,
            identicalBytes,
            rounds: measured,
            realRequestsPerSecond: realRps,
            bareRequestsPerSecond: bareRps,
            ratio: realRps / bareRps,
            roundRatios: measured.map((m) => m.real.requestsPerSecond / m.bare.requestsPerSecond),
            phases: phases.get(c.name)!,
          });
        }
      } finally {
        await real.stop();
        await bare?.stop();
      }
    }

    if (options.profile && !smoke) {
      // Profile the executed path: a cache hit only replays bytes.
      const profiled = result.cases.find((c) => !c.responseCache);
      if (profiled) {
        progress(`http: profiling the real server under "${profiled.name}"`);
        result.profile = await profileRealServer(profiled, connections, workDir);
      }
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return result;
}

function describeCase(name: string, responseCache: boolean): string {
  return `${name} · ${responseCache ? "response cache on (default)" : "every request executed"}`;
}

function requestBody(query: string): string {
  return JSON.stringify({ query });
}

async function post(url: string, body: string): Promise<{ status: number; body: Buffer; contentType: string }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get("content-type") ?? "application/json",
  };
}

export interface Target {
  url: string;
  pid: number | null;
  /** Waits a moment for the child to act on the signal. */
  signal(signal: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

export async function launch(spec: TargetSpec, child: boolean, workDir: string): Promise<Target> {
  if (!child) {
    const server: RunningServer = await startTarget(spec);
    return { url: server.url, pid: null, signal: async () => {}, stop: () => server.close() };
  }
  // A child runs the project's server compiled, as `npm start` does.
  buildServer();
  const specFile = path.join(workDir, `target-${spec.kind}-${Date.now()}.json`);
  await writeFile(specFile, JSON.stringify(spec));
  // Keep the loader flags (tsx) but not the benchmark runner's own heap and GC flags.
  const inherited = process.execArgv.filter((flag) => !flag.startsWith("--max-old-space-size") && flag !== "--expose-gc");
  const proc = spawn(process.execPath, [...inherited, TARGET_SCRIPT, specFile], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  const url = await waitForReady(proc);
  return {
    url,
    pid: proc.pid ?? null,
    signal: async (signal) => {
      proc.kill(signal);
      await new Promise((resolve) => setTimeout(resolve, 200));
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once("exit", () => resolve());
        proc.kill("SIGTERM");
      }),
  };
}

function waitForReady(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill("SIGTERM");
      reject(new Error("server process did not start within 120 s"));
    }, 120_000);
    const lines = createInterface({ input: proc.stdout! });
    lines.on("line", (line) => {
      if (!line.startsWith("READY ")) return;
      clearTimeout(timer);
      resolve(line.slice("READY ".length).trim());
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited with code ${code} before it was ready`));
    });
  });
}

export async function runLoad(
  target: Target,
  body: string,
  expected: string,
  connections: number,
  seconds: number,
  smoke: boolean,
): Promise<RunFigures> {
  const serverBefore = target.pid ? readProcessCpuSeconds(target.pid) : null;
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  const run = await autocannon({
    url: target.url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections,
    ...(smoke ? { amount: 50 } : { duration: seconds }),
    expectBody: expected,
  });
  const wall = (performance.now() - started) / 1000;
  const client = process.cpuUsage(clientBefore);
  const serverAfter = target.pid ? readProcessCpuSeconds(target.pid) : null;
  return {
    requestsPerSecond: run["2xx"] / wall,
    latencyP50: run.latency.p50,
    latencyP99: run.latency.p99,
    failures: run.non2xx + run.errors + run.timeouts + run.mismatches,
    clientCpu: (client.user + client.system) / 1e6 / wall,
    serverCpu: serverBefore !== null && serverAfter !== null ? (serverAfter - serverBefore) / wall : null,
    wallSeconds: wall,
  };
}

/** utime + stime of a process from /proc (Linux); null elsewhere. */
function readProcessCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Mean milliseconds per phase over many in-process runs of each case's query on the same dataset. */
async function measurePhases(dataset: Dataset, cases: readonly Case[], smoke: boolean): Promise<Map<string, PhaseTimes & { total: number }>> {
  const store = new MemoryGraphStore();
  if (dataset === "seed") await ingestFiles(store, [DEFAULT_DOCUMENTS_DIR]);
  else await loadSyntheticGraph(store, planSyntheticGraph(Number(dataset.slice("synthetic:".length))));
  const pipeline = await createGraphqlPipeline(store);
  const iterations = smoke ? 5 : 1000;
  const phases = new Map<string, PhaseTimes & { total: number }>();
  for (const c of cases) {
    for (let i = 0; i < Math.min(iterations, 100); i += 1) await pipeline.run(c.query);
    const runs: PhaseTimes[] = [];
    for (let i = 0; i < iterations; i += 1) runs.push((await pipeline.run(c.query)).phases);
    // Medians: on a busy machine a preempted run would drag a mean far from the work itself.
    const median = (phase: keyof PhaseTimes) => summarise(runs.map((run) => run[phase])).p50;
    const typical: PhaseTimes = { parse: median("parse"), validate: median("validate"), execute: median("execute"), serialise: median("serialise") };
    phases.set(c.name, { ...typical, total: typical.parse + typical.validate + typical.execute + typical.serialise });
  }
  await store.close();
  return phases;
}

/** Profiles the real server's main thread during the load only: start-up and warm-up stay out of the figures. */
async function profileRealServer(profiled: CaseResult, connections: number, workDir: string): Promise<ProfileBreakdown & { case: string; seconds: number }> {
  const profileFile = path.join(workDir, "server.cpuprofile");
  const seconds = 10;
  const target = await launch({ kind: "real", dataset: profiled.dataset, responseCache: profiled.responseCache, profileFile }, true, workDir);
  const c = CASES.find((item) => item.name === profiled.name)!;
  const request = requestBody(c.query);
  const expected = (await post(target.url, request)).body.toString("utf8");
  await runLoad(target, request, expected, connections, 2, false);
  await target.signal("SIGUSR2");
  await runLoad(target, request, expected, connections, seconds, false);
  await target.stop();
  const profile = JSON.parse(await readFile(profileFile, "utf8")) as CpuProfile;
  return { case: describeCase(profiled.name, profiled.responseCache), seconds, ...summariseCpuProfile(profile) };
}

export function formatHttpThroughput(result: HttpThroughputResult): string {
  const lines: string[] = [
    `Servers ${result.mode}; autocannon in the runner process, ${result.connections} connections, ` +
      `${result.secondsPerRun} s per run, runs alternate real, bare, real, bare…`,
    "",
    formatTable(
      ["case", "response bytes", "identical bytes", "real req/s", "bare req/s", "real ÷ bare", "per round", "real p50/p99 ms", "bare p50/p99 ms", "failures", "client CPU real/bare", "server CPU real/bare", "server CPU µs/request real/bare", "bare ÷ real CPU per request"],
      result.cases.map((c) => {
        const last = c.rounds[c.rounds.length - 1];
        const failures = c.rounds.reduce((sum, round) => sum + round.real.failures + round.bare.failures, 0);
        const cpu = (pick: (figures: RunFigures) => number | null) =>
          c.rounds.length === 0 ? "n/a" : `${formatNumber(mean(c.rounds.map((r) => pick(r.real) ?? Number.NaN)))} / ${formatNumber(mean(c.rounds.map((r) => pick(r.bare) ?? Number.NaN)))}`;
        return [
          describeCase(c.name, c.responseCache),
          c.responseBytes,
          c.identicalBytes ? "yes" : "NO",
          formatNumber(c.realRequestsPerSecond, 0),
          formatNumber(c.bareRequestsPerSecond, 0),
          formatNumber(c.ratio),
          c.roundRatios.map((ratio) => formatNumber(ratio)).join(" "),
          `${last?.real.latencyP50 ?? "n/a"} / ${last?.real.latencyP99 ?? "n/a"}`,
          `${last?.bare.latencyP50 ?? "n/a"} / ${last?.bare.latencyP99 ?? "n/a"}`,
          failures,
          cpu((figures) => figures.clientCpu),
          cpu((figures) => figures.serverCpu),
          `${formatNumber(cpuPerRequest(c, "real"), 0)} / ${formatNumber(cpuPerRequest(c, "bare"), 0)}`,
          formatNumber(cpuPerRequest(c, "bare") / cpuPerRequest(c, "real")),
        ];
      }),
    ),
    "",
    "In-process phases, median ms per request (graphql-js on the same schema and data, no HTTP; Apollo caches parse and validate per query, so the server pays execute and JSON.stringify):",
    "",
    formatTable(
      ["case", "parse", "validate", "execute", "JSON.stringify", "total", "implied max req/s on one core"],
      result.cases.filter((c) => c.responseCache).map((c) => [
        c.name,
        formatNumber(c.phases.parse, 3),
        formatNumber(c.phases.validate, 3),
        formatNumber(c.phases.execute, 3),
        formatNumber(c.phases.serialise, 3),
        formatNumber(c.phases.total, 3),
        Math.round(1000 / c.phases.total),
      ]),
    ),
  ];
  for (const flagship of result.cases.filter((c) => c.name.startsWith("flagship") && c.rounds.length > 0)) {
    const verdict = flagship.ratio >= HTTP_TARGET_RATIO ? "met" : "NOT met";
    lines.push("", `Target real ÷ bare ≥ ${HTTP_TARGET_RATIO}, ${describeCase(flagship.name, flagship.responseCache)}: ${verdict} (${formatNumber(flagship.ratio)}).`);
  }
  for (const skipped of result.skipped) lines.push("", `Skipped ${skipped.name}: ${skipped.reason}`);
  if (result.profile) {
    lines.push(
      "",
      `CPU profile of the real server under "${result.profile.case}" for ${result.profile.seconds} s (self time, share of busy samples):`,
      "",
      formatTable(
        ["where", "share"],
        result.profile.categories.map((category) => [category.name, `${formatNumber(category.share * 100, 1)} %`]),
      ),
      "",
      "Hottest functions (self time):",
      "",
      formatTable(
        ["function", "where", "share"],
        result.profile.functions.map((fn) => [fn.name, fn.location, `${formatNumber(fn.share * 100, 1)} %`]),
      ),
    );
  }
  return lines.join("\n");
}

/** Server CPU microseconds per request: unlike req/s, it holds up when other processes take CPU from the server. */
function cpuPerRequest(c: CaseResult, side: "real" | "bare"): number {
  const cpu = c.rounds.reduce((sum, round) => sum + (round[side].serverCpu ?? Number.NaN) * round[side].wallSeconds, 0);
  const requests = c.rounds.reduce((sum, round) => sum + round[side].requestsPerSecond * round[side].wallSeconds, 0);
  return (cpu / requests) * 1e6;
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
