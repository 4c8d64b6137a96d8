import http from "node:http";
import type { AddressInfo } from "node:net";

export interface CannedResponse {
  /** The exact request body the real server was sent. */
  request: string;
  body: Buffer;
  contentType: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The baseline: node:http reading the whole request body and answering with the
 * bytes the real server gave for it. No parsing, no routing beyond a lookup, so
 * the ratio real/bare is the cost of everything GraphQL adds.
 */
export async function startBareServer(responses: readonly CannedResponse[], host = "127.0.0.1"): Promise<RunningServer> {
  const byRequest = new Map(responses.map((response) => [response.request, response]));
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const canned = request.method === "POST" && request.url === "/graphql" ? byRequest.get(Buffer.concat(chunks).toString("utf8")) : undefined;
      if (!canned) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { "content-type": canned.contentType, "content-length": canned.body.length });
      response.end(canned.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
