import "reflect-metadata";
import { type Config, ConfigError, loadConfig } from "../config/config.js";
import { DomainError } from "../domain/errors.js";
import { createStore } from "../graph/create-store.js";
import type { GraphStore } from "../graph/graph-store.js";
import { ingestFiles, type IngestSummary } from "../graph/ingest-files.js";
import { createWorkerExtractor } from "../graph/worker-extractor.js";
import { createLogger, type Logger } from "../server/logger.js";
import { type RunningServer, startServer } from "../server/start-server.js";
import { describeOutcome, displayPath, formatSkipped, formatSummary } from "./ingest-report.js";

/**
 * `npm start`: open the configured store, listen, then load the documents into the
 * embedded one. /healthz answers from the start; /readyz says 503 with how far the
 * loading is until the last document is in.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const store = await createStore(config);
  let server: RunningServer | undefined;
  installShutdown(logger, async (signal) => {
    // A person pressing Ctrl-C wants the prompt back; an orchestrator's SIGTERM gets the delay.
    await server?.close({ delayMs: signal === "SIGTERM" ? config.http.shutdownDelayMs : 0 });
    await store.close();
  });

  let loading: string | null = config.neo4j ? null : "loading documents";
  server = await startServer(config, store, { logger, notReadyReason: () => loading });
  logger.info(`GraphQL API at ${server.url}/graphql, query editor at ${server.url}/graphiql`, {
    store: config.neo4j ? "neo4j" : "embedded",
  });
  if (config.neo4j) return;
  await loadDocuments(store, config, logger, (done, total) => {
    loading = `loading documents: ${done} of ${total} done`;
  });
  loading = null;
  logger.info("ready");
}

async function loadDocuments(store: GraphStore, config: Config, logger: Logger, onDone: (done: number, total: number) => void): Promise<void> {
  const started = performance.now();
  const extractor = createWorkerExtractor();
  let summary: IngestSummary;
  try {
    summary = await ingestFiles(store, [config.documentsDir], {
      maxFileBytes: config.ingest.maxFileBytes,
      extract: extractor.extract,
      onSkipped: (skipped) => logger.warn(formatSkipped(skipped), { file: displayPath(skipped.path) }),
      onProgress: (progress) => {
        const file = displayPath(progress.file);
        const fields = { file, index: progress.index + 1, total: progress.total, outcome: progress.result?.outcome ?? "failed" };
        if (progress.error) logger.error(`${file}: ${describeOutcome(progress)}`, fields);
        else logger.info(`${file}: ${describeOutcome(progress)}`, fields);
        for (const warning of progress.warnings) logger.warn(`${file}: ${warning}`, { file });
        onDone(progress.index + 1, progress.total);
      },
    });
  } finally {
    await extractor.close();
  }
  const [line] = formatSummary(summary, performance.now() - started);
  logger.info(line, { failed: summary.failed.length, skipped: summary.skipped.length, ms: Math.round(performance.now() - started) });
}

/** First SIGTERM/SIGINT drains and closes, then exits 0; a second one exits at once. */
function installShutdown(logger: Logger, shutdown: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: shutting down`);
    shutdown(signal).then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error("shutdown failed", { error });
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

main().catch((error: unknown) => {
  // A bad setting or an unreachable Neo4j is the operator's to fix: one clear line, no stack.
  if (error instanceof ConfigError || error instanceof DomainError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
