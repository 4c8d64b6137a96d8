import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burst, waitUntilReady } from "../../bench/attacks.bench.js";
import { aliasedPlacePages, doublingFragments, unusedVariableBody } from "../fixtures/hostile-requests.js";
import { killServer, type ServerProcess, spawnServer } from "../fixtures/server-process.js";

/**
 * Bursts of hostile requests against a real server process, whose memory the test reads
 * (bench/attacks.bench.ts runs the same bursts larger: `npm run bench -- --only attacks`).
 * Before the limits were fixed, ten cost-bypass bombs took the server past 900 MB and
 * killed it, a 26-level bomb held every client 15 s, and each 90 kB unused variable was
 * kept for good (270 MB per 3 000 requests).
 */
let server: ServerProcess;
beforeAll(async () => {
  server = await spawnServer({ via: "node" });
  await waitUntilReady(server.url);
});
afterAll(async () => {
  server.child.kill("SIGTERM");
  await server.exited;
  killServer(server);
});

describe("a server process under attack", () => {
  it("refuses fragment bombs from several clients at once, while /healthz keeps answering and memory stays put", async () => {
    const bombs = [
      JSON.stringify({ query: doublingFragments(14, "__typename", aliasedPlacePages(1, 40)) }),
      JSON.stringify({ query: doublingFragments(26, "stats { nodes { kind } }") }),
    ];
    const result = await burst(server, "bombs", 12, 6, (i) => bombs[i % 2]);
    expect(result.answers).toEqual({ "HTTP 400 QUERY_TOO_COSTLY": 12 });
    expect(result.slowestHealthzMs).toBeLessThan(1_500);
    expect(result.rssAfterMiB - result.rssBeforeMiB).toBeLessThan(40);
    expect(result.servedAfter).toBe(true);
  });

  it("keeps none of the large unused variables a burst of distinct queries sends", async () => {
    await burst(server, "warm-up", 100, 8, (i) => unusedVariableBody(i, 90_000));
    const result = await burst(server, "unused variables", 300, 8, (i) => unusedVariableBody(1_000 + i, 90_000));
    expect(result.answers).toEqual({ "HTTP 200": 300 });
    expect(result.bytesSent).toBeGreaterThan(25 * 2 ** 20);
    // Kept, 300 variables are 26 MiB in the price cache and as many again in response-cache keys.
    expect(result.rssAfterMiB - result.rssBeforeMiB).toBeLessThan(25);
    expect(result.servedAfter).toBe(true);
  });
});
