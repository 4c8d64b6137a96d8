import { execFileSync } from "node:child_process";
import { connect } from "node:net";
import path from "node:path";
import {
  aliasedPlacePages,
  deeplyNestedVariablesBody,
  doublingFragments,
  unusedVariableBody,
} from "../test/fixtures/hostile-requests.js";
import { PROJECT_ROOT, residentBytes, type ServerProcess, spawnServer } from "../test/fixtures/server-process.js";

/**
 * Issue 8's attacks in bursts against a real server process (`node dist/cli/serve.js` on the
 * seed): what each request got back, how long the burst took, how long /healthz made another
 * client wait meanwhile, and the server's resident memory before and after.
 */

export interface AttackOptions {
  smoke?: boolean;
  onProgress?: (message: string) => void;
}

export interface AttackBurst {
  name: string;
  requests: number;
  /** Bytes of request bodies sent. */
  bytesSent: number;
  /** How the requests were answered: `HTTP status CODE` → count. */
  answers: Record<string, number>;
  ms: number;
  /** Longest a /healthz request waited while the burst ran. */
  slowestHealthzMs: number;
  rssBeforeMiB: number;
  rssAfterMiB: number;
  /** An ordinary query answered correctly after the burst. */
  servedAfter: boolean;
}

export interface AttackResult {
  bursts: AttackBurst[];
}

/** Settings of the server under attack: the defaults, except slow clients are cut sooner so the run stays short. */
export const ATTACK_SERVER_ENV = { REQUEST_TIMEOUT_MS: "2000", HEADERS_TIMEOUT_MS: "1000" };

const FLAGSHIP_COUNT = JSON.stringify({ query: '{ tasks(where: {placeName: "Mỏ Cày Bắc", includeSubPlaces: true}) { totalCount } }' });

export async function runAttacks(options: AttackOptions = {}): Promise<AttackResult> {
  const smoke = options.smoke ?? false;
  buildServer();
  const server = await spawnServer({ via: "node", env: ATTACK_SERVER_ENV });
  try {
    await waitUntilReady(server.url);
    const bursts: AttackBurst[] = [];
    const run = async (name: string, requests: number, concurrency: number, body: (i: number) => string) => {
      options.onProgress?.(name);
      bursts.push(await burst(server, name, requests, concurrency, body));
    };
    const bombs = smoke ? 4 : 20;
    await run("cost bypass: 14 levels of doubled fragments + a refused query (≈1 kB)", bombs, 4, () =>
      JSON.stringify({ query: doublingFragments(14, "__typename", aliasedPlacePages(1, 40)) }),
    );
    await run("fragment bomb: 26 levels of doubled fragments (≈1.6 kB)", bombs, 4, () =>
      JSON.stringify({ query: doublingFragments(26, "stats { nodes { kind } }") }),
    );
    await run("variables nested 40 000 levels deep (≈80 kB)", smoke ? 10 : 200, 4, () => deeplyNestedVariablesBody(40_000));
    await run(
      `distinct queries, each with a 90 kB unused variable`,
      smoke ? 200 : 3_000,
      8,
      (i) => unusedVariableBody(i, 90_000),
    );
    options.onProgress?.("slow uploads");
    bursts.push(await slowUploads(server, smoke ? 20 : 200));
    return { bursts };
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
}

/** `npm start` builds dist/ itself; a benchmark run directly makes sure it is there and current. */
function buildServer(): void {
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, "scripts", "build-server.mjs")], { cwd: PROJECT_ROOT, stdio: "ignore" });
}

export async function waitUntilReady(url: string): Promise<void> {
  for (let tries = 0; tries < 600; tries += 1) {
    const status = await fetch(`${url}/readyz`).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} never became ready`);
}

/** Polls /healthz until `done` settles; resolves to the longest wait. */
async function watchHealthz(url: string, done: Promise<unknown>): Promise<number> {
  let finished = false;
  void done.finally(() => (finished = true));
  let slowest = 0;
  while (!finished) {
    const started = performance.now();
    await fetch(`${url}/healthz`).then((response) => response.arrayBuffer());
    slowest = Math.max(slowest, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return slowest;
}

/** Sends `requests` bodies from `concurrency` clients while another client polls /healthz. */
export async function burst(server: ServerProcess, name: string, requests: number, concurrency: number, body: (i: number) => string): Promise<AttackBurst> {
  const rssBefore = residentBytes(server.serverPid);
  const answers: Record<string, number> = {};
  let bytesSent = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      const payload = body(next);
      next += 1;
      bytesSent += Buffer.byteLength(payload);
      const answer = await postJson(server.url, payload);
      answers[answer] = (answers[answer] ?? 0) + 1;
    }
  };
  const work = Promise.all(Array.from({ length: concurrency }, worker));
  const slowestHealthzMs = await watchHealthz(server.url, work);
  await work;
  const ms = performance.now() - started;
  return finish(server, { name, requests, bytesSent, answers, ms, slowestHealthzMs, rssBeforeMiB: mib(rssBefore) });
}

async function postJson(url: string, body: string): Promise<string> {
  try {
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const text = await response.text();
    const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
    return `HTTP ${response.status}${code ? ` ${code}` : ""}`;
  } catch (error) {
    return `failed: ${(error as Error).message}`;
  }
}

/**
 * `count` connections each send their headers, then their body a byte every 200 ms:
 * the server cuts each after REQUEST_TIMEOUT_MS (408) and answers others meanwhile.
 */
async function slowUploads(server: ServerProcess, count: number): Promise<AttackBurst> {
  const rssBefore = residentBytes(server.serverPid);
  const { port } = new URL(server.url);
  const answers: Record<string, number> = {};
  const started = performance.now();
  const uploads = Array.from({ length: count }, () =>
    new Promise<void>((resolve) => {
      const socket = connect(Number(port), "127.0.0.1");
      let received = "";
      const timer = setInterval(() => socket.write("{"), 200);
      socket.on("connect", () => socket.write(`POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n`));
      socket.on("data", (chunk) => (received += chunk.toString("latin1")));
      socket.on("error", () => {});
      socket.on("close", () => {
        clearInterval(timer);
        const status = /^HTTP\/1\.1 (\d+)/.exec(received)?.[1];
        const answer = status ? `HTTP ${status}` : "closed without an answer";
        answers[answer] = (answers[answer] ?? 0) + 1;
        resolve();
      });
    }),
  );
  const work = Promise.all(uploads);
  const slowestHealthzMs = await watchHealthz(server.url, work);
  const ms = performance.now() - started;
  return finish(server, {
    name: `slow uploads: ${count} connections sending a byte every 200 ms`,
    requests: count,
    bytesSent: 0,
    answers,
    ms,
    slowestHealthzMs,
    rssBeforeMiB: mib(rssBefore),
  });
}

async function finish(server: ServerProcess, partial: Omit<AttackBurst, "rssAfterMiB" | "servedAfter">): Promise<AttackBurst> {
  const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: FLAGSHIP_COUNT });
  const servedAfter = JSON.stringify(await response.json()) === JSON.stringify({ data: { tasks: { totalCount: 2 } } });
  return { ...partial, rssAfterMiB: mib(residentBytes(server.serverPid)), servedAfter };
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

export function formatAttacks(result: AttackResult): string {
  const rows = result.bursts.map((b) => {
    const answers = Object.entries(b.answers)
      .map(([answer, n]) => `${n}× ${answer}`)
      .join(", ");
    return `| ${b.name} | ${b.requests} | ${(b.bytesSent / 2 ** 20).toFixed(1)} MiB | ${answers} | ${(b.ms / 1000).toFixed(1)} s | ${Math.round(b.slowestHealthzMs)} ms | ${b.rssBeforeMiB} → ${b.rssAfterMiB} MiB | ${b.servedAfter ? "yes" : "NO"} |`;
  });
  return [
    "| burst | requests | sent | answers | took | slowest /healthz meanwhile | server RSS before → after | answers after |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
