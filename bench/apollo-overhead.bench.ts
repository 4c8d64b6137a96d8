import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { lexicographicSortSchema, type GraphQLSchema } from "graphql";
import { DEFAULT_DOCUMENTS_DIR, loadConfig, type ApiLimits } from "../src/config/config.js";
import type { GraphStore } from "../src/graph/graph-store.js";
import { ingestFiles } from "../src/graph/ingest-files.js";
import { MemoryGraphStore } from "../src/graph/memory/memory-store.js";
import { buildGraphSchema } from "../src/schema/build-schema.js";
import { createGraphContext, type GraphContext } from "../src/schema/context.js";
import { createErrorHandling } from "../src/server/errors.js";
import { type CompiledExecutionPlugin, createCompiledExecutionPlugin } from "../src/server/compiled-execution.js";
import { createCostLimit, createLimitRules } from "../src/server/limits.js";
import { createLogger } from "../src/server/logger.js";
import { PreparedRequests } from "../src/server/prepared-requests.js";
import { createGraphqlPipeline } from "./graphql-pipeline.js";
import { loadSyntheticGraph } from "./load-synthetic.js";
import { formatNumber, formatTable, sampleLatency, summarise } from "./measure.js";
import { FLAGSHIP_QUERY, SHALLOW_QUERY } from "./queries.js";
import { planSyntheticGraph } from "./synthetic-graph.js";

/**
 * Where the real server's time goes beyond graphql-js, and what removing each
 * piece of waste would save: a repeated request as the server answers it
 * (prepared: no Apollo), the same request through Apollo configured as
 * src/server/start-server.ts configures it, then with one change at a time,
 * then graphql-js alone on a cached document. In-process, so HTTP is not in it;
 * variants alternate in rounds so machine noise hits all of them alike.
 */

export interface OverheadVariant {
  name: string;
  /** Median milliseconds per request over all rounds. */
  p50: number;
  mean: number;
  /** p50 relative to the first variant (the server as configured). */
  relative: number;
}

export interface OverheadCase {
  name: string;
  variants: OverheadVariant[];
}

export interface ApolloOverheadResult {
  cases: OverheadCase[];
}

type Run = () => Promise<string>;

export async function runApolloOverhead(options: { smoke?: boolean } = {}): Promise<ApolloOverheadResult> {
  const limits = loadConfig({ NODE_ENV: "production" }).limits;
  const schema = await buildGraphSchema();
  const seed = new MemoryGraphStore();
  const seeded = await ingestFiles(seed, [DEFAULT_DOCUMENTS_DIR]);
  const synthetic = new MemoryGraphStore();
  await loadSyntheticGraph(synthetic, planSyntheticGraph(1_000));
  const datasets: { name: string; store: GraphStore; query: string }[] = [
    ...(seeded.ingested > 0
      ? [
          { name: "flagship · seed", store: seed, query: FLAGSHIP_QUERY },
          { name: "shallow · seed", store: seed, query: SHALLOW_QUERY },
        ]
      : []),
    { name: "flagship · synthetic 1k (20 tasks)", store: synthetic, query: FLAGSHIP_QUERY },
  ];

  const variants: { name: string; prepared?: true; apollo?: () => Promise<ApolloServer<GraphContext>> }[] = [
    { name: "a repeated request as the server answers it: prepared (compiled code, no Apollo)", prepared: true },
    { name: "… through Apollo with start-server.ts's options (compiled execution, cache control disabled)", apollo: () => startApollo(schema, limits, { cacheControl: false, compileAfter: 1 }).then(({ apollo }) => apollo) },
    { name: "… every query interpreted by graphql-js (EXECUTION_COMPILE_AFTER=0)", apollo: () => startApollo(schema, limits, { cacheControl: false, compileAfter: 0 }).then(({ apollo }) => apollo) },
    { name: "… interpreted, with Apollo's cache-control plugin left on", apollo: () => startApollo(schema, limits, { cacheControl: true, compileAfter: 0 }).then(({ apollo }) => apollo) },
    { name: "graphql-js execute + JSON.stringify, document cached (no Apollo)" },
  ];

  const cases: OverheadCase[] = [];
  for (const dataset of datasets) {
    const runs: Run[] = [];
    const servers: ApolloServer<GraphContext>[] = [];
    for (const variant of variants) {
      if (variant.prepared) {
        const { apollo, run } = await prepareRequest(schema, limits, dataset.store, dataset.query);
        servers.push(apollo);
        runs.push(run);
      } else if (variant.apollo) {
        const apollo = await variant.apollo();
        servers.push(apollo);
        runs.push(() => runApolloRequest(apollo, dataset.store, limits, dataset.query));
      } else {
        const pipeline = await createGraphqlPipeline(dataset.store, limits);
        runs.push(async () => (await pipeline.runCached(dataset.query)).body);
      }
    }
    const bodies = await Promise.all(runs.map((run) => run()));
    if (new Set(bodies).size !== 1) throw new Error(`${dataset.name}: the variants answered differently`);
    for (const run of runs) for (let i = 0; i < (options.smoke ? 2 : 200); i += 1) await run();
    const samples: number[][] = runs.map(() => []);
    const rounds = options.smoke ? 1 : 10;
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, run] of runs.entries()) {
        samples[index].push(
          ...(await sampleLatency(run, {
            minIterations: options.smoke ? 3 : 50,
            maxIterations: options.smoke ? 3 : 5_000,
            budgetMs: options.smoke ? 0 : 300,
          })),
        );
      }
    }
    const summaries = samples.map(summarise);
    cases.push({
      name: dataset.name,
      variants: variants.map((variant, index) => ({
        name: variant.name,
        p50: summaries[index].p50,
        mean: summaries[index].mean,
        relative: summaries[index].p50 / summaries[0].p50,
      })),
    });
    for (const server of servers) await server.stop();
  }
  await seed.close();
  await synthetic.close();
  return { cases };
}

/**
 * The ApolloServer options of src/server/start-server.ts (a replica: keep it in
 * step), minus the HTTP drain plugin and the response-cache bookkeeping, with
 * Apollo's cache-control plugin optionally left on.
 */
async function startApollo(
  schema: GraphQLSchema,
  limits: ApiLimits,
  changes: { cacheControl: boolean; compileAfter: number },
): Promise<{ apollo: ApolloServer<GraphContext>; compiledExecution: CompiledExecutionPlugin; costLimit: ReturnType<typeof createCostLimit> }> {
  const errors = createErrorHandling(createLogger("error"), false);
  // A copy with its own type objects: a plugin with willResolveField (cache control) makes Apollo wrap
  // every resolver of the schema it is given, for good, and the other variants must not inherit that.
  const own = lexicographicSortSchema(schema);
  const costLimit = createCostLimit(own, limits);
  const compiledExecution = createCompiledExecutionPlugin(own, { compileAfter: changes.compileAfter });
  const apollo = new ApolloServer<GraphContext>({
    schema: own,
    nodeEnv: "production",
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: createLimitRules(limits),
    formatError: errors.formatError,
    stringifyResult: (result) => JSON.stringify(result),
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...(changes.cacheControl ? [] : [ApolloServerPluginCacheControlDisabled()]),
      costLimit.plugin,
      compiledExecution,
      errors.plugin,
    ],
  });
  await apollo.start();
  return { apollo, compiledExecution, costLimit };
}

/**
 * A request prepared as src/server/graphql-endpoint.ts prepares one: Apollo answers it once
 * from compiled code, then each run is what the server does for it again (price it, run the
 * compiled code, JSON.stringify), without HTTP.
 */
async function prepareRequest(schema: GraphQLSchema, limits: ApiLimits, store: GraphStore, query: string): Promise<{ apollo: ApolloServer<GraphContext>; run: Run }> {
  const { apollo, compiledExecution, costLimit } = await startApollo(schema, limits, { cacheControl: false, compileAfter: 1 });
  const context = createGraphContext(store, limits, "bench");
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: "POST", headers: new HeaderMap(JSON_HEADERS), search: "", body: { query } },
    context: async () => context,
  });
  const operation = compiledExecution.answeredWith(context.loaders);
  if (!operation) throw new Error("the compiled code did not answer the request, so it cannot be prepared");
  const prepared = new PreparedRequests(costLimit.admit);
  prepared.remember({ query }, "", operation, Object.fromEntries(result.headers));
  const run = async () => {
    const answer = await prepared.answer({ query }, "", () => createGraphContext(store, limits, "bench"));
    if (!answer) throw new Error("the prepared request was handed back to Apollo");
    return JSON.stringify(answer.result);
  };
  return { apollo, run };
}

const JSON_HEADERS: [string, string][] = [["content-type", "application/json"]];

async function runApolloRequest(apollo: ApolloServer<GraphContext>, store: GraphStore, limits: ApiLimits, query: string): Promise<string> {
  const result = await apollo.executeHTTPGraphQLRequest({
    // A new body object per request, as JSON.parse would give the server.
    httpGraphQLRequest: { method: "POST", headers: new HeaderMap(JSON_HEADERS), search: "", body: { query } },
    context: async () => createGraphContext(store, limits, "bench"),
  });
  if (result.body.kind !== "complete") throw new Error("Apollo answered with a chunked body");
  return result.body.string;
}

export function formatApolloOverhead(result: ApolloOverheadResult): string {
  return [
    "In-process, per request: a prepared request (what the server does for a query it has answered from compiled code before), " +
      "`executeHTTPGraphQLRequest` (what it calls for any other POST) and graphql-js alone. " +
      "Variants alternate in rounds; median ms per request.",
    "",
    formatTable(
      ["case", "variant", "p50 ms", "mean ms", "÷ as configured"],
      result.cases.flatMap((c) => c.variants.map((variant) => [c.name, variant.name, formatNumber(variant.p50, 3), formatNumber(variant.mean, 3), formatNumber(variant.relative)])),
    ),
  ].join("\n");
}
