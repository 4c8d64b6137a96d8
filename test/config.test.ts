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
});
