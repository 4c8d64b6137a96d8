import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The explorer page at /explore: the files `npm run build:explorer` wrote to
 * dist-explorer/, served from this server only. Every path under /explore that
 * is not a file gets the page itself, which reads its view from the URL.
 */
export const EXPLORER_PATH = "/explore";

/**
 * cytoscape.js adds one fixed stylesheet, `.__________cytoscape_container { position: relative; }`,
 * to the page head; its hash lets exactly that text in and nothing else.
 */
const CYTOSCAPE_STYLESHEET_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * Scripts, styles, images and requests from this server only. ECharts and
 * cytoscape set element styles through the CSSOM, which style-src does not govern.
 */
export const EXPLORER_CSP =
  `default-src 'self'; script-src 'self'; style-src 'self' ${CYTOSCAPE_STYLESHEET_HASH}; img-src 'self'; font-src 'self'; connect-src 'self'; ` +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".html": "text/html; charset=utf-8",
};

/** Vite names these after their content: a new build gives new names, so they never change. */
const IMMUTABLE = "public, max-age=31536000, immutable";
const SAFE_NAME = /^[\w-][\w.-]*$/;

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

export const EXPLORER_DIR = path.join(findProjectRoot(path.dirname(fileURLToPath(import.meta.url))), "dist-explorer");

interface StaticFile {
  body: Buffer;
  contentType: string;
}

export class ExplorerAssets {
  private files = new Map<string, Promise<StaticFile | null>>();

  constructor(private readonly dir: string = EXPLORER_DIR) {}

  /** Answers a GET or HEAD under /explore. */
  async serve(pathname: string, head: boolean, response: ServerResponse): Promise<void> {
    const rest = pathname.slice(EXPLORER_PATH.length).replace(/^\/+/, "");
    const segments = rest.split("/");
    const isAsset = segments.length === 2 && segments[0] === "assets" && SAFE_NAME.test(segments[1]);
    const isTopFile = segments.length === 1 && segments[0] !== "index.html" && SAFE_NAME.test(segments[0]) && path.extname(segments[0]) in CONTENT_TYPES;
    if (isAsset || isTopFile) {
      const file = await this.read(rest);
      if (file) return send(response, head, 200, file, { "cache-control": isAsset ? IMMUTABLE : "public, max-age=3600" });
      if (isAsset) return send(response, head, 404, plain("Not found"), { "cache-control": "no-store" });
    }
    const page = await this.read("index.html");
    if (!page) {
      return send(response, head, 503, plain("The explorer is not built: run `npm run build:explorer` (npm start does it)."), {
        "cache-control": "no-store",
        "retry-after": "10",
      });
    }
    send(response, head, 200, page, { "cache-control": "no-cache", "content-security-policy": EXPLORER_CSP, "referrer-policy": "same-origin" });
  }

  private read(name: string): Promise<StaticFile | null> {
    let file = this.files.get(name);
    if (!file) {
      const contentType = CONTENT_TYPES[path.extname(name)] ?? "application/octet-stream";
      file = readFile(path.join(this.dir, name)).then(
        (body) => ({ body, contentType }),
        () => null,
      );
      // A missing file may appear once the build finishes: only what was found is kept.
      file.then((found) => {
        if (!found) this.files.delete(name);
      });
      this.files.set(name, file);
    }
    return file;
  }
}

function plain(text: string): StaticFile {
  return { body: Buffer.from(`${text}\n`), contentType: "text/plain; charset=utf-8" };
}

function send(response: ServerResponse, head: boolean, status: number, file: StaticFile, headers: Record<string, string>): void {
  response.writeHead(status, {
    "content-type": file.contentType,
    "content-length": file.body.length,
    "x-content-type-options": "nosniff",
    ...headers,
  });
  response.end(head ? undefined : file.body);
}
