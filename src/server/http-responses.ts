import type { ServerResponse } from "node:http";
import { GRAPHIQL_CSP, GRAPHIQL_HTML } from "./graphiql.js";

export function sendGraphiQL(response: ServerResponse): void {
  response.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": GRAPHIQL_CSP,
    "cache-control": "no-cache",
  });
  response.end(GRAPHIQL_HTML);
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  response.end(body);
}

export function sendJsonError(response: ServerResponse, status: number, message: string, code: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}
