import { ConfigError, loadConfig } from "../config/config.js";
import { DomainError } from "../domain/errors.js";
import { createStore } from "../graph/create-store.js";
import type { GraphStore } from "../graph/graph-store.js";
import { ingestFiles } from "../graph/ingest-files.js";
import { resolveDocument } from "../graph/resolve-document.js";
import { formatProgress, formatSkipped, formatSummary } from "./ingest-report.js";

const USAGE = `Usage: npm run ingest -- <file or folder>... [--remove <document id or number>]... [--concurrency <n>]

Extracts each .txt/.md document and writes it to the configured store, one
transaction per document: new, unchanged (same text as stored: nothing
written) or replaced (another text of a stored document: the old version goes
whole). --remove takes a stored document out the same way, by id or by its
number as written (a number several documents share is refused: give the id).
With NEO4J_URI set the graph goes to Neo4j (schema applied first); without it,
to an in-memory store that is discarded on exit, which only checks the
documents. Files larger than INGEST_MAX_FILE_BYTES are refused. --concurrency
(default INGEST_CONCURRENCY, 4) documents are read and written at once, each
still in its own transaction; progress is printed in file order.`;

interface Arguments {
  inputs: string[];
  removals: string[];
  concurrency?: number;
}

function parseArguments(argv: readonly string[]): Arguments | string {
  const args = argv.filter((arg) => arg !== "--");
  const parsed: Arguments = { inputs: [], removals: [] };
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === "--remove") {
      const ref = args[i + 1];
      if (ref === undefined || ref.trim() === "") return "--remove needs a document id or number";
      parsed.removals.push(ref);
      i += 1;
    } else if (args[i].startsWith("--remove=")) {
      parsed.removals.push(args[i].slice("--remove=".length));
    } else if (args[i] === "--concurrency" || args[i].startsWith("--concurrency=")) {
      const value = args[i] === "--concurrency" ? args[(i += 1)] : args[i].slice("--concurrency=".length);
      const concurrency = Number(value);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) return `--concurrency needs a whole number from 1 to 64, got ${value ?? "nothing"}`;
      parsed.concurrency = concurrency;
    } else {
      parsed.inputs.push(args[i]);
    }
  }
  return parsed;
}

/** `npm run ingest -- <files or folders> [--remove <id or number>]`: exit code 1 when anything failed. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseArguments(argv);
  if (typeof parsed === "string" || (parsed.inputs.length === 0 && parsed.removals.length === 0)) {
    if (typeof parsed === "string") console.error(parsed);
    console.error(USAGE);
    return 2;
  }

  const config = loadConfig();
  const target = config.neo4j ? `Neo4j ${config.neo4j.uri} (database "${config.neo4j.database}")` : "an in-memory store";
  console.log(`Ingesting into ${target}`);
  if (!config.neo4j) console.log("NEO4J_URI is not set: nothing is kept after this run; this only checks the documents.");

  const started = performance.now();
  const store = await createStore(config);
  try {
    let failed = false;
    if (parsed.inputs.length > 0) {
      const summary = await ingestFiles(store, parsed.inputs, {
        maxFileBytes: config.ingest.maxFileBytes,
        concurrency: parsed.concurrency ?? config.ingest.concurrency,
        onSkipped: (skipped) => console.log(formatSkipped(skipped)),
        onProgress: (progress) => console.log(formatProgress(progress).join("\n")),
      });
      console.log(formatSummary(summary, performance.now() - started).join("\n"));
      failed = summary.failed.length > 0 || summary.skipped.length > 0 || summary.files === 0;
    }
    for (const ref of parsed.removals) failed = !(await removeOne(store, ref)) || failed;
    return failed ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function removeOne(store: GraphStore, ref: string): Promise<boolean> {
  try {
    const document = await resolveDocument(store, ref);
    const result = await store.remove(document.id);
    console.log(
      `removed ${result.documentId}${result.fileName ? ` (${result.fileName})` : ""}: -${result.nodesDeleted} nodes -${result.edgesDeleted} edges`,
    );
    return true;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`cannot remove ${ref}: ${error.message}`);
    return false;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DomainError) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  },
);
