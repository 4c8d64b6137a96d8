import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPLORER_DIR } from "../../src/server/explorer-assets.js";
import { type ApiServer, startApiServer } from "./api-server.js";

let api: ApiServer;
let base: string;
beforeAll(async () => {
  api = await startApiServer();
  base = api.server.url;
});
afterAll(() => api.close());

describe("the explorer's files", () => {
  it("sends / to /explore", async () => {
    const response = await fetch(`${base}/`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/explore");
  });

  it("serves the page for every view's address, with a CSP that allows this server only, never cached stale", async () => {
    for (const address of ["/explore", "/explore/", "/explore/task/task%3Ax%2F0001", "/explore/graph?node=place%3A838"]) {
      const response = await fetch(base + address);
      expect(response.status, address).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      const csp = response.headers.get("content-security-policy")!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toMatch(/https?:/);
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it("serves the built scripts and styles with their types, cached for good because their names change with their content", async () => {
    const page = await (await fetch(`${base}/explore`)).text();
    const assets = [...page.matchAll(/(?:src|href)="(\/explore\/assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets.some((asset) => asset.endsWith(".js"))).toBe(true);
    expect(assets.some((asset) => asset.endsWith(".css"))).toBe(true);
    const answers = await Promise.all(
      assets.map(async (asset) => {
        const response = await fetch(base + asset);
        return { asset, response, body: Buffer.from(await response.arrayBuffer()) };
      }),
    );
    for (const { asset, response, body } of answers) {
      expect(response.status, asset).toBe(200);
      expect(response.headers.get("content-type")).toBe(asset.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(body).toEqual(await readFile(path.join(EXPLORER_DIR, asset.replace("/explore/", ""))));
    }
  });

  it("loads nothing from elsewhere: every script and style the build wrote refers to this server only", async () => {
    const files = await readdir(path.join(EXPLORER_DIR, "assets"));
    for (const file of files.filter((name) => /\.(?:js|css)$/.test(name))) {
      const text = await readFile(path.join(EXPLORER_DIR, "assets", file), "utf8");
      expect(text, file).not.toMatch(/(?:src|href)\s*=\s*["']https?:\/\//);
      expect(text, file).not.toMatch(/@import\s+url\(["']?https?:/);
    }
  });

  it("ships React's production build, whatever NODE_ENV built it", async () => {
    const files = await readdir(path.join(EXPLORER_DIR, "assets"));
    for (const file of files.filter((name) => name.endsWith(".js"))) {
      expect(await readFile(path.join(EXPLORER_DIR, "assets", file), "utf8"), file).not.toContain("Download the React DevTools");
    }
  });

  it("answers 404 for an unknown asset and never reads outside the build", async () => {
    expect((await fetch(`${base}/explore/assets/nothing.js`)).status).toBe(404);
    const escaped = await fetch(`${base}/explore/assets/..%2F..%2Fpackage.json`);
    expect(await escaped.text()).not.toContain('"name": "policy-graph"');
  });

  it("says how to build it when the build is missing, instead of a blank page", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), "no-explorer-"));
    const bare = await startApiServer({ explorerDir: empty });
    try {
      const response = await fetch(`${bare.server.url}/explore`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain("npm run build:explorer");
    } finally {
      await bare.close();
      await rm(empty, { recursive: true });
    }
  });
});
