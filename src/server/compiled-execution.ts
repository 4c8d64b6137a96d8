import { type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLResponse, HeaderMap } from "@apollo/server";
import type { DocumentNode, ExecutionResult, GraphQLSchema, OperationDefinitionNode } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import type { ExecutionConfig } from "../config/config.js";
import type { GraphContext } from "../schema/context.js";

export type RunCompiled = (root: unknown, context: GraphContext, variables: Record<string, unknown> | undefined) => ExecutionResult | Promise<ExecutionResult>;

/**
 * An operation and its compiled code. One object per operation for as long as Apollo keeps the
 * query's document: hold it weakly to keep no query longer than Apollo does.
 */
export interface CompiledOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  run: RunCompiled;
}

/** How the plugin answered, since the server started. */
export interface CompiledExecutionStats {
  /** Operations compiled (graphql-jit accepted them). */
  compiled: number;
  /** Answers sent from compiled code. */
  answered: number;
  /** Compiled answers that carried an error, so graphql-js ran the operation again. */
  rerun: number;
}

export type CompiledExecutionPlugin = ApolloServerPlugin<GraphContext> & {
  stats(): CompiledExecutionStats;
  /** The compiled operation that answered the request of these loaders without error, if one did. */
  answeredWith(loaders: GraphContext["loaders"]): CompiledOperation | undefined;
};

interface OperationPlan {
  runs: number;
  /** The compiled operation; null when graphql-jit could not compile it (graphql-js runs it then). */
  compiled?: CompiledOperation | null;
}

/**
 * Runs repeated operations as JavaScript compiled for each query (graphql-jit)
 * instead of graphql-js's interpreter, which spends most of an answer's time per
 * field (arguments, paths, completion) rather than in the resolvers. It answers
 * through Apollo's `responseForOperation` hook, after Apollo has parsed,
 * validated and priced the operation (the limits), so only execution changes.
 * An answer that carries an error is discarded and Apollo executes the operation
 * with graphql-js, so errors, their order, paths and partial data are graphql-js's
 * exactly; a successful answer is the same JSON either way
 * (test/api/compiled-execution.test.ts). Queries only: a mutation must never run twice.
 */
export function createCompiledExecutionPlugin(schema: GraphQLSchema, options: ExecutionConfig): CompiledExecutionPlugin {
  const stats: CompiledExecutionStats = { compiled: 0, answered: 0, rerun: 0 };
  // Keyed by the parsed document, which Apollo's bounded document store hands every request of one
  // query: a plan lives as long as Apollo keeps its document, so no query is kept longer than Apollo would.
  const plans = new WeakMap<DocumentNode, Map<string, OperationPlan>>();
  // Apollo hands plugins a shallow copy of the context: the loaders it holds are the request's own.
  const answers = new WeakMap<GraphContext["loaders"], CompiledOperation>();

  const planOf = (document: DocumentNode, operationName: string | null): OperationPlan => {
    let byName = plans.get(document);
    if (!byName) {
      byName = new Map();
      plans.set(document, byName);
    }
    const key = operationName ?? "";
    let plan = byName.get(key);
    if (!plan) {
      plan = { runs: 0 };
      byName.set(key, plan);
    }
    return plan;
  };

  const compile = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): CompiledOperation | null => {
    // Its errors are never sent (graphql-js recomputes the answer), so they need no stack.
    const compiled = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
    if (!isCompiledQuery(compiled)) return null;
    stats.compiled += 1;
    return { document, operation, run: compiled.query as RunCompiled };
  };

  const respond = async (requestContext: GraphQLRequestContextResponseForOperation<GraphContext>): Promise<GraphQLResponse | null> => {
    const { document, operation, operationName, request, contextValue } = requestContext;
    if (options.compileAfter === 0 || operation.operation !== "query") return null;
    const plan = planOf(document, operationName);
    plan.runs += 1;
    if (plan.compiled === undefined && plan.runs >= options.compileAfter) plan.compiled = compile(document, operation, operationName);
    if (!plan.compiled) return null;
    let result: ExecutionResult;
    try {
      result = await plan.compiled.run(undefined, contextValue, request.variables);
    } catch {
      // graphql-js runs it instead and reports whatever went wrong its own way.
      stats.rerun += 1;
      return null;
    }
    if (result.errors) {
      stats.rerun += 1;
      return null;
    }
    stats.answered += 1;
    answers.set(contextValue.loaders, plan.compiled);
    return { http: { headers: new HeaderMap() }, body: { kind: "single", singleResult: result } };
  };

  return {
    async requestDidStart() {
      return { responseForOperation: respond };
    },
    stats: () => ({ ...stats }),
    answeredWith: (loaders) => answers.get(loaders),
  };
}
