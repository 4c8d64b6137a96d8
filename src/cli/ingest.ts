import path from "node:path";
import { ConfigError, loadConfig } from "../config/config.js";
import { DomainError } from "../domain/errors.js";
import { createStore } from "../graph/create-store.js";
import { ingestFiles, type IngestProgress, type IngestSummary } from "../graph/ingest-files.js";

const USAGE = `Usage: npm run ingest -- <file or folder>...

Extracts each .txt/.md document and writes it to the configured store, one
transaction per document. With NEO4J_URI set the graph goes to Neo4j (schema
applied first); without it, to an in-memory store that is discarded on exit,
which only checks that the documents ingest.`;

/** `npm run ingest -- <files or folders>`: exit code 1 when any document failed. */
async function main(argv: readonly string[]): Promise<number> {
  const inputs = argv.filter((arg) => arg !== "--");
  if (inputs.length === 0 || inputs.includes("--help") || inputs.includes("-h")) {
    console.error(USAGE);
    return inputs.length === 0 ? 2 : 0;
  }

  const config = loadConfig();
  const target = config.neo4j ? `Neo4j ${config.neo4j.uri} (database "${config.neo4j.database}")` : "an in-memory store";
  console.log(`Ingesting into ${target}`);
  if (!config.neo4j) console.log("NEO4J_URI is not set: nothing is kept after this run; this only checks the documents.");

  const started = performance.now();
  const store = await createStore(config);
  let summary: IngestSummary;
  try {
    summary = await ingestFiles(store, inputs, (progress) => console.log(formatProgress(progress)));
  } finally {
    await store.close();
  }
  console.log(formatSummary(summary, performance.now() - started));
  return summary.failed.length > 0 || summary.files === 0 ? 1 : 0;
}

function formatProgress({ index, total, file, result, error }: IngestProgress): string {
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  const name = path.relative(process.cwd(), file) || file;
  if (error) return `${counter} ${name} FAILED: ${error.message}`;
  return `${counter} ${name} +${result?.nodesCreated ?? 0} nodes +${result?.edgesCreated ?? 0} edges`;
}

function formatSummary(summary: IngestSummary, elapsedMs: number): string {
  const lines = [
    `${summary.files} files, ${summary.ingested} ingested, ${summary.failed.length} failed; ` +
      `${summary.nodesCreated} nodes and ${summary.edgesCreated} edges created in ${(elapsedMs / 1000).toFixed(1)} s`,
  ];
  if (summary.files === 0) lines.push("No .txt or .md documents found in the given paths.");
  for (const { file, error } of summary.failed) {
    lines.push(`  failed: ${path.relative(process.cwd(), file) || file}: ${error.message}`);
  }
  return lines.join("\n");
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DomainError) console.error(error.message);
    else if (isMissingPath(error)) console.error(`No such file or folder: ${error.path}`);
    else console.error(error);
    process.exitCode = 1;
  },
);

function isMissingPath(error: unknown): error is { path: string } {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "ENOENT";
}
