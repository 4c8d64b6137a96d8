import type { ApolloServerPlugin } from "@apollo/server";
import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  getNullableType,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity/cjs";
import type { ApiLimits } from "../config/config.js";

/**
 * Rows a list without `first` is assumed to return when pricing a query: a
 * node's relationships are few (places, roles, citations, steps of a path), a
 * root list (`places`, `bodies`, `legalInstruments`…) holds the whole graph's.
 */
export const ASSUMED_LIST_SIZE = 5;
export const ASSUMED_ROOT_LIST_SIZE = 100;

/**
 * Rejects operations nested deeper than maxDepth fields. Introspection
 * (`__schema`, `__type`) is not counted, so GraphiQL's schema query passes.
 */
export function createDepthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const measure = (selectionSet: SelectionSetNode, visiting: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith("__")) continue;
          const below = selection.selectionSet ? measure(selection.selectionSet, visiting) : 0;
          deepest = Math.max(deepest, 1 + below);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, measure(selection.selectionSet, visiting));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // A fragment spreading itself is reported by the standard NoFragmentCycles rule.
          if (!fragment || visiting.has(name)) continue;
          visiting.add(name);
          deepest = Math.max(deepest, measure(fragment.selectionSet, visiting));
          visiting.delete(name);
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = measure(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is nested ${depth} levels deep; the maximum is ${maxDepth}`, {
              nodes: [operation],
              extensions: { code: "QUERY_TOO_DEEP", depth, maxDepth },
            }),
          );
        }
      },
    };
  };
}

/**
 * What a field costs: 1, plus its children times the rows it may return — the
 * `first` argument when it has one, else the assumed size of a list. A
 * connection's `edges` are priced by the connection's `first`. Aliases repeat
 * fields, so they are priced again.
 */
export function estimateFieldCost({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (field.name.startsWith("__")) return 0;
  if (type.name.endsWith("Connection") && field.name === "edges") return 1 + childComplexity;
  const first = typeof args.first === "number" && args.first > 0 ? args.first : null;
  const listSize = type.name === "Query" ? ASSUMED_ROOT_LIST_SIZE : ASSUMED_LIST_SIZE;
  const rows = first ?? (isListType(getNullableType(field.type)) ? listSize : 1);
  return 1 + rows * childComplexity;
}

/** Distinct variable sets remembered per document. */
const MAX_COSTS_PER_DOCUMENT = 100;

function costKey(operationName: string | null, variables: Record<string, unknown>): string {
  return JSON.stringify([operationName, variables]);
}

/**
 * Prices each operation with its variables before it runs and refuses those
 * above maxCost. Runs after parsing and validation, which Apollo caches.
 */
export function createCostLimitPlugin(schema: GraphQLSchema, limits: ApiLimits): ApolloServerPlugin {
  // Apollo hands out the same parsed document object for the same query text,
  // so a query is priced once per (operation, variables), not once per request.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const variables = request.variables ?? {};
          const key = costKey(operationName, variables);
          let perDocument = costs.get(document);
          let cost = perDocument?.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                variables,
                operationName: operationName ?? undefined,
                estimators: [estimateFieldCost],
              });
            } catch {
              // Variables that do not fit their types: execution refuses them as BAD_USER_INPUT before resolving anything.
              return;
            }
            if (!perDocument) {
              perDocument = new Map();
              costs.set(document, perDocument);
            }
            // Clients that send ever-new variables must not grow the cache without bound.
            if (perDocument.size >= MAX_COSTS_PER_DOCUMENT) perDocument.clear();
            perDocument.set(key, cost);
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the maximum of ${limits.maxCost}: ask for fewer rows (first) or fields`, {
              extensions: { code: "QUERY_TOO_COSTLY", cost, maxCost: limits.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
