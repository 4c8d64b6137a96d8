import "reflect-metadata";
import path from "node:path";
import { ConfigError, loadConfig } from "../config/config.js";
import { DomainError } from "../domain/errors.js";
import { createStore } from "../graph/create-store.js";
import type { GraphStore } from "../graph/graph-store.js";
import { ingestFiles } from "../graph/ingest-files.js";
import { createLogger, type Logger } from "../server/logger.js";
import { type RunningServer, startServer } from "../server/start-server.js";

/** `npm start`: open the configured store, load the documents into the embedded one, serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const store = await createStore(config);
  let server: RunningServer | undefined;
  installShutdown(logger, async () => {
    await server?.close();
    await store.close();
  });

  if (!config.neo4j) await loadDocuments(store, config.documentsDir, logger);
  server = await startServer(config, store, { logger });
  logger.info(`GraphQL API at ${server.url}/graphql, query editor at ${server.url}/graphiql`, {
    store: config.neo4j ? "neo4j" : "embedded",
  });
}

async function loadDocuments(store: GraphStore, documentsDir: string, logger: Logger): Promise<void> {
  const started = performance.now();
  const summary = await ingestFiles(store, [documentsDir], ({ index, total, file, result, error }) => {
    const name = path.relative(process.cwd(), file);
    if (error) logger.error(`skipped ${name}: ${error.message}`, { file: name, index: index + 1, total });
    else logger.info(`ingested ${name}`, { index: index + 1, total, nodes: result?.nodesCreated, edges: result?.edgesCreated });
  });
  logger.info(`loaded ${summary.ingested} of ${summary.files} documents`, {
    failed: summary.failed.length,
    ms: Math.round(performance.now() - started),
  });
}

/** First SIGTERM/SIGINT drains and closes; a second one exits at once. */
function installShutdown(logger: Logger, shutdown: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: shutting down`);
    shutdown().then(
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
