import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, startApiServer } from "./api-server.js";

/**
 * Slow and idle clients against the real server, with short timeouts so the suite
 * stays fast: each is cut within its timeout plus Node's check interval, where
 * before the settings Node waited 300 s for a request and kept any number of them.
 */
let api: ApiServer;
const REQUEST_TIMEOUT_MS = 1_500;
const HEADERS_TIMEOUT_MS = 800;
const KEEP_ALIVE_TIMEOUT_MS = 500;
const MAX_CONNECTIONS = 8;

beforeAll(async () => {
  api = await startApiServer({
    env: {
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
      MAX_CONNECTIONS: String(MAX_CONNECTIONS),
    },
  });
});
afterAll(() => api.close());

interface OpenSocket {
  socket: Socket;
  /** Everything the server sent, and when it closed the connection (ms after opening). */
  received: () => string;
  closed: Promise<number>;
}

async function openSocket(): Promise<OpenSocket> {
  const { port } = api.server;
  const socket = connect(port, "127.0.0.1");
  const opened = performance.now();
  let received = "";
  socket.on("data", (chunk) => (received += chunk.toString("latin1")));
  const closed = new Promise<number>((resolve) => socket.once("close", () => resolve(performance.now() - opened)));
  socket.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  return { socket, received: () => received, closed };
}

/** Writes `text` one byte every `intervalMs` until the socket closes or the text ends. */
function dribble(socket: Socket, text: string, intervalMs: number): () => void {
  let at = 0;
  const timer = setInterval(() => {
    if (at >= text.length || socket.destroyed) return clearInterval(timer);
    socket.write(text[at]);
    at += 1;
  }, intervalMs);
  return () => clearInterval(timer);
}

async function expectStillServing(): Promise<void> {
  const { status, body } = await api.ask("{ stats { nodes { kind count } } }");
  expect(status).toBe(200);
  expect(body.data.stats.nodes.length).toBeGreaterThan(0);
}

const BODY = JSON.stringify({ query: "{ stats { nodes { kind count } } }" });
const HEADERS = `POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${BODY.length}\r\n\r\n`;

describe("slow clients", () => {
  it("cuts a body sent a byte at a time after REQUEST_TIMEOUT_MS, and serves others meanwhile", async () => {
    const slow = await openSocket();
    slow.socket.write(HEADERS);
    const stop = dribble(slow.socket, BODY, 250);
    await expectStillServing();
    const closedAfter = await slow.closed;
    stop();
    expect(closedAfter).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(closedAfter).toBeLessThan(REQUEST_TIMEOUT_MS + 2_500);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
    await expectStillServing();
  });

  it("cuts headers sent a byte at a time after HEADERS_TIMEOUT_MS", async () => {
    const slow = await openSocket();
    const stop = dribble(slow.socket, HEADERS, 100);
    const closedAfter = await slow.closed;
    stop();
    expect(closedAfter).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
    expect(closedAfter).toBeLessThan(HEADERS_TIMEOUT_MS + 2_500);
    await expectStillServing();
  });

  it("closes an idle keep-alive connection after KEEP_ALIVE_TIMEOUT_MS", async () => {
    const client = await openSocket();
    client.socket.write(HEADERS + BODY);
    await expect.poll(() => client.received(), { timeout: 5_000 }).toMatch(/"kind"/);
    const closedAfter = await client.closed;
    expect(closedAfter).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS + 2_500);
  });
});

describe("connection limit", () => {
  it("drops connections over MAX_CONNECTIONS at once, frees the held ones after HEADERS_TIMEOUT_MS, then serves", async () => {
    const sockets = await Promise.all(Array.from({ length: MAX_CONNECTIONS + 6 }, () => openSocket()));
    const closings = sockets.map((s) => s.closed);
    const dropped = await Promise.all(closings.map((closed) => Promise.race([closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), 400))])));
    expect(dropped.filter((ms) => ms !== null).length).toBeGreaterThanOrEqual(6);
    // The held ones never send a request line: the headers timeout frees their slots.
    const closedAfter = await Promise.all(closings);
    expect(Math.max(...closedAfter)).toBeLessThan(HEADERS_TIMEOUT_MS + 2_500);
    await expectStillServing();
  });
});
