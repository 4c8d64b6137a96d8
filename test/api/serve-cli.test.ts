import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DOCUMENTS_DIR } from "../../src/config/config.js";
import {
  commandLineOf,
  embeddedServerEnv,
  killServer,
  PROJECT_ROOT,
  type ServerProcess,
  spawnServer,
} from "../fixtures/server-process.js";

const CORPUS_DIR = path.join(PROJECT_ROOT, "test", "fixtures", "corpus");
const FLAGSHIP_COUNT = JSON.stringify({ query: '{ tasks(where: {placeName: "Mỏ Cày Bắc", includeSubPlaces: true}) { totalCount } }' });

let server: ServerProcess | undefined;
afterEach(() => {
  killServer(server);
  server = undefined;
});

async function askFlagshipCount(url: string): Promise<Response> {
  return fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: FLAGSHIP_COUNT });
}

/** Requests until the connection is refused; the statuses seen meanwhile. */
async function readyzUntilClosed(url: string): Promise<{ status: number; body: unknown }[]> {
  const seen: { status: number; body: unknown }[] = [];
  for (;;) {
    try {
      const response = await fetch(`${url}/readyz`, { headers: { connection: "close" } });
      seen.push({ status: response.status, body: await response.json() });
    } catch {
      return seen;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Neither npm nor the node process it started is left running (a zombie awaiting its parent has no command line). */
function expectNoProcessLeft(started: ServerProcess): void {
  expect(commandLineOf(started.serverPid)).toBe("");
  expect(commandLineOf(started.child.pid!)).toBe("");
}

describe("npm start", () => {
  it("runs the compiled server under npm, serves the seed, and exits 0 on SIGTERM to npm, leaving no process", async () => {
    server = await spawnServer({ via: "npm" });
    expect(commandLineOf(server.serverPid)).toBe("node dist/cli/serve.js");
    await expect.poll(async () => (await fetch(`${server!.url}/readyz`)).status, { timeout: 30_000 }).toBe(200);
    expect(server.output()).toMatch(/"message":"seed\/documents\/ben-tre-hdnd-2023-07-05\.txt: new \(\+\d+ nodes \+\d+ edges\)"/);
    expect(server.output()).toMatch(/"message":"1 files: 1 new, 0 unchanged, 0 replaced, 0 failed; 0 paths skipped; 0 warnings\./);
    expect(await (await askFlagshipCount(server.url)).json()).toEqual({ data: { tasks: { totalCount: 2 } } });

    server.child.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/"message":"SIGTERM: shutting down"/);
    expect(server.output()).toMatch(/"message":"stopped"/);
    expectNoProcessLeft(server);
  });

  it("exits 0 on SIGINT (Ctrl-C) sent to npm, leaving no process", async () => {
    server = await spawnServer({ via: "npm" });
    await expect.poll(async () => (await fetch(`${server!.url}/readyz`)).status, { timeout: 30_000 }).toBe(200);
    server.child.kill("SIGINT");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/"message":"SIGINT: shutting down"/);
    expectNoProcessLeft(server);
  });

  it("says 503 on /readyz for SHUTDOWN_DELAY_MS after SIGTERM while still serving, then closes and exits 0", async () => {
    server = await spawnServer({ via: "node", env: { SHUTDOWN_DELAY_MS: "1500" } });
    await expect.poll(async () => (await fetch(`${server!.url}/readyz`)).status, { timeout: 30_000 }).toBe(200);
    const signalled = performance.now();
    server.child.kill("SIGTERM");
    // A request sent before the process has taken the signal is rightly answered 200.
    await expect.poll(() => server!.output(), { timeout: 5_000 }).toMatch(/SIGTERM: shutting down/);
    const seen = await readyzUntilClosed(server.url);
    expect(performance.now() - signalled).toBeGreaterThan(1_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((answer) => answer.status === 503)).toBe(true);
    expect(seen[0].body).toEqual({ status: "shutting down", reason: expect.stringMatching(/stop signal/) });
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });

  it("names a bad setting and exits with an error", async () => {
    const child = spawn(process.execPath, ["dist/cli/serve.js"], {
      cwd: PROJECT_ROOT,
      env: embeddedServerEnv({ PORT: "eighty" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stderr.on("data", (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/PORT must be an integer/);
  });
});

describe("while it loads its documents", () => {
  let documentsDir: string;
  const COPIES = 4;

  /** The seed and the corpus, each several times with a line that makes each copy a new version. */
  beforeAll(async () => {
    documentsDir = await mkdtemp(path.join(tmpdir(), "policy-graph-load-"));
    const sources = [
      ...(await readdir(DEFAULT_DOCUMENTS_DIR)).map((name) => path.join(DEFAULT_DOCUMENTS_DIR, name)),
      ...(await readdir(CORPUS_DIR, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(CORPUS_DIR, entry.name)),
    ];
    for (let copy = 0; copy < COPIES; copy += 1) {
      for (const source of sources) {
        const text = await readFile(source, "utf8");
        await writeFile(path.join(documentsDir, `${copy}-${path.basename(source)}`), `${text}\n\nBản sao ${copy}.\n`);
      }
    }
  });
  afterAll(() => rm(documentsDir, { recursive: true, force: true }));

  it("answers /healthz at once and /readyz 503 with its progress, refuses GraphQL with 503, then is ready", async () => {
    server = await spawnServer({ via: "node", env: { DOCUMENTS_DIR: documentsDir } });
    const readiness: { status: number; body: { status: string; reason?: string } }[] = [];
    let slowestHealthz = 0;
    let graphqlWhileLoading: { status: number; body: unknown } | undefined;
    for (;;) {
      const started = performance.now();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      slowestHealthz = Math.max(slowestHealthz, performance.now() - started);
      const response = await fetch(`${server.url}/readyz`);
      readiness.push({ status: response.status, body: (await response.json()) as { status: string; reason?: string } });
      if (response.status === 200) break;
      if (!graphqlWhileLoading) {
        const answer = await askFlagshipCount(server.url);
        graphqlWhileLoading = { status: answer.status, body: await answer.json() };
      }
    }
    const loading = readiness.filter((answer) => answer.status === 503);
    expect(loading.length).toBeGreaterThan(0);
    expect(loading.at(-1)!.body).toEqual({ status: "loading", reason: expect.stringMatching(/^loading documents: \d+ of 24 done$/) });
    expect(graphqlWhileLoading).toEqual({
      status: 503,
      body: { errors: [{ message: expect.stringMatching(/^Not ready yet: loading documents/), extensions: { code: "SERVICE_UNAVAILABLE" } }] },
    });
    // Each document is extracted between two turns of the event loop: no wait is longer than the slowest document.
    expect(slowestHealthz).toBeLessThan(2_000);
    expect(server.output()).toMatch(/"message":"24 files: /);
    expect((await askFlagshipCount(server.url)).status).toBe(200);
  });

  it("keeps answering /healthz while one large document is extracted (on a worker thread)", async () => {
    const bigDir = await mkdtemp(path.join(tmpdir(), "policy-graph-big-"));
    try {
      const seed = await readFile(path.join(DEFAULT_DOCUMENTS_DIR, "ben-tre-hdnd-2023-07-05.txt"), "utf8");
      const body = seed.slice(seed.indexOf("Điều 1"));
      const parts = [seed];
      for (let size = seed.length; size < 3_000_000; size += body.length + 1) parts.push(body);
      await writeFile(path.join(bigDir, "large.txt"), parts.join("\n"));
      server = await spawnServer({ via: "node", env: { DOCUMENTS_DIR: bigDir } });
      const started = performance.now();
      let slowestHealthz = 0;
      for (;;) {
        const asked = performance.now();
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
        slowestHealthz = Math.max(slowestHealthz, performance.now() - asked);
        if ((await fetch(`${server.url}/readyz`)).status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const loading = performance.now() - started;
      expect(server.output()).toMatch(/"message":"1 files: 1 new/);
      // On the event loop, the extraction would hold /healthz for nearly all of the loading.
      expect(slowestHealthz).toBeLessThan(Math.max(1_000, loading / 2));
    } finally {
      await rm(bigDir, { recursive: true, force: true });
    }
  });
});
