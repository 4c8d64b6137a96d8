import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_DOCUMENTS_DIR, loadConfig } from "../src/config/config.js";

describe("configuration", () => {
  it("defaults to the embedded store on 127.0.0.1:4000 serving the seed", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: "127.0.0.1", port: 4000, neo4j: null, documentsDir: DEFAULT_DOCUMENTS_DIR });
  });

  it("names every bad setting at once", () => {
    expect(() => loadConfig({ PORT: "eighty", NEO4J_URI: "http://x", NODE_ENV: "staging" })).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: "eighty", NEO4J_URI: "http://x" });
    } catch (error) {
      expect(String(error)).toMatch(/PORT must be an integer/);
      expect(String(error)).toMatch(/NEO4J_URI must be a neo4j/);
      expect(String(error)).toMatch(/NEO4J_PASSWORD is required/);
    }
  });

  it("caps the size of a document file ingest reads", () => {
    expect(loadConfig({}).ingest.maxFileBytes).toBe(16 * 1024 * 1024);
    expect(loadConfig({ INGEST_MAX_FILE_BYTES: "5000000" }).ingest.maxFileBytes).toBe(5_000_000);
    expect(() => loadConfig({ INGEST_MAX_FILE_BYTES: "-1" })).toThrow(/INGEST_MAX_FILE_BYTES must be an integer/);
  });

  it("selects Neo4j when NEO4J_URI is set", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j://db:7687", NEO4J_PASSWORD: "pw" });
    expect(config.neo4j).toEqual({ uri: "neo4j://db:7687", username: "neo4j", password: "pw", database: "neo4j" });
  });

  it("documents every setting it reads in .env.example and docs/api.md", () => {
    const read = new Set<string>();
    const recording = new Proxy({ NEO4J_URI: "neo4j://db:7687", NEO4J_PASSWORD: "pw" } as NodeJS.ProcessEnv, {
      get(target, name) {
        if (typeof name === "string") read.add(name);
        return Reflect.get(target, name);
      },
    });
    loadConfig(recording);
    expect(read.size).toBeGreaterThan(20);
    const root = path.resolve(import.meta.dirname, "..");
    const example = readFileSync(path.join(root, ".env.example"), "utf8");
    const api = readFileSync(path.join(root, "docs", "api.md"), "utf8");
    for (const name of read) {
      expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, "m"));
      expect(api, name).toContain(`\`${name}\``);
    }
  });

  it("refuses a headers timeout longer than the request timeout", () => {
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: "60000", REQUEST_TIMEOUT_MS: "30000" })).toThrow(/HEADERS_TIMEOUT_MS \(60000\) must not exceed/);
  });
});
