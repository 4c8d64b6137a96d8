import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** `npm start`'s command, on a free port, waiting for the line that gives its URL. */
async function startCli(env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts"], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const check = () => {
      const match = /GraphQL API at (http:\/\/[^ ]+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

let running: ChildProcess | undefined;
afterEach(() => {
  if (running && running.exitCode === null) running.kill("SIGKILL");
  running = undefined;
});

describe("npm start", () => {
  it("serves the seed, logging each document it loads, and stops cleanly on SIGTERM", async () => {
    const { child, url, output } = await startCli();
    running = child;
    expect(output()).toMatch(/"message":"seed\/documents\/ben-tre-hdnd-2023-07-05\.txt: new \(\+\d+ nodes \+\d+ edges\)"/);
    expect(output()).toMatch(/"message":"1 files: 1 new, 0 unchanged, 0 replaced, 0 failed; 0 paths skipped; 0 warnings\./);

    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ tasks(where: {placeName: "Mỏ Cày Bắc", includeSubPlaces: true}) { totalCount } }' }),
    });
    expect(await response.json()).toEqual({ data: { tasks: { totalCount: 2 } } });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const exited = exitOf(child);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output()).toMatch(/"message":"SIGTERM: shutting down"/);
    expect(output()).toMatch(/"message":"stopped"/);
  });

  it("names a bad setting and exits with an error", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "eighty" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    running = child;
    let output = "";
    child.stderr.on("data", (chunk) => (output += chunk));
    expect(await exitOf(child)).toBe(1);
    expect(output).toMatch(/PORT must be an integer/);
  });
});
