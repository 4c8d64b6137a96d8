import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { loadConfig, type ApiLimits } from "../src/config/config.js";
import type { GraphStore } from "../src/graph/graph-store.js";
import { buildGraphSchema } from "../src/schema/build-schema.js";
import { createGraphContext } from "../src/schema/context.js";

export interface PhaseTimes {
  parse: number;
  validate: number;
  execute: number;
  serialise: number;
}

export interface PipelineRun {
  /** The JSON response body, as a server would send it. */
  body: string;
  /** Milliseconds spent in each phase of this run. */
  phases: PhaseTimes;
}

export interface GraphqlPipeline {
  schema: GraphQLSchema;
  /** parse ▸ validate ▸ execute ▸ JSON.stringify, each timed, with fresh per-request loaders. */
  run(query: string, variables?: Record<string, unknown>): Promise<PipelineRun>;
  /** execute ▸ JSON.stringify of a document parsed and validated once: what a document cache leaves per request. */
  runCached(query: string, variables?: Record<string, unknown>): Promise<PipelineRun>;
}

/**
 * In-process execution through the real type-graphql schema with graphql-js's
 * `execute` and a context built the way the server builds it (store, fresh
 * loaders, limits). No HTTP, no Apollo plugins: what remains is the GraphQL and
 * store work, each phase timed on its own.
 */
export async function createGraphqlPipeline(store: GraphStore, limits: ApiLimits = loadConfig({}).limits): Promise<GraphqlPipeline> {
  const schema = await buildGraphSchema();
  const cache = new Map<string, DocumentNode>();
  let requests = 0;

  const executeDocument = async (document: DocumentNode, variables: Record<string, unknown> | undefined, phases: PhaseTimes) => {
    const context = createGraphContext(store, limits, `bench-${(requests += 1)}`);
    let start = performance.now();
    const result = await execute({ schema, document, variableValues: variables, contextValue: context });
    phases.execute = performance.now() - start;
    start = performance.now();
    const body = JSON.stringify(result);
    phases.serialise = performance.now() - start;
    return { body, phases };
  };

  return {
    schema,
    async run(query, variables) {
      const phases: PhaseTimes = { parse: 0, validate: 0, execute: 0, serialise: 0 };
      let start = performance.now();
      const document = parse(query);
      phases.parse = performance.now() - start;
      start = performance.now();
      const errors = validate(schema, document);
      phases.validate = performance.now() - start;
      if (errors.length > 0) throw new Error(`Invalid benchmark query: ${errors.map((error) => error.message).join("; ")}`);
      return executeDocument(document, variables, phases);
    },
    async runCached(query, variables) {
      let document = cache.get(query);
      if (!document) {
        document = parse(query);
        const errors = validate(schema, document);
        if (errors.length > 0) throw new Error(`Invalid benchmark query: ${errors.map((error) => error.message).join("; ")}`);
        cache.set(query, document);
      }
      return executeDocument(document, variables, { parse: 0, validate: 0, execute: 0, serialise: 0 });
    },
  };
}
