import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  getNullableType,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from "graphql";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity/cjs";
import { LRUCache } from "lru-cache";
import type { ApiLimits } from "../config/config.js";

/**
 * Every limit a GraphQL document meets, in the order a request meets them:
 * MAX_QUERY_TOKENS while parsing (Apollo's `parseOptions`), the depth, alias and
 * directive rules during validation (GraphQL Armor's rules, which measure each
 * fragment once, so a document that spreads fragments in doubling levels costs
 * time in proportion to its text), then the cost with the request's variables.
 * Each refusal carries its own code (docs/api.md lists them).
 */
export const LIMIT_CODES = ["QUERY_TOO_DEEP", "QUERY_TOO_MANY_ALIASES", "QUERY_TOO_MANY_DIRECTIVES", "QUERY_TOO_COSTLY"] as const;

/**
 * Rows a list without `first` is assumed to return when pricing a query: a
 * node's relationships are few (places, roles, citations, steps of a path), a
 * root list (`places`, `bodies`, `legalInstruments`…) holds the whole graph's.
 */
export const ASSUMED_LIST_SIZE = 5;
export const ASSUMED_ROOT_LIST_SIZE = 100;

/** The one argument that changes a field's price: how many rows it may return. */
const ROWS_ARGUMENT = "first";

/** Cost results remembered across requests, by query, operation and the variables that price it. */
const PRICED_QUERIES = 10_000;

/** Validation rules for the depth, alias and directive limits. */
export function createLimitRules(limits: ApiLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      // Fragments add no level of their own: the depth is the fields nested in the answer.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportRefusal("QUERY_TOO_DEEP", (found) => `Query is nested ${found} levels deep; the maximum is ${limits.maxDepth}`, limits.maxDepth)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reportRefusal("QUERY_TOO_MANY_ALIASES", (found) => `Query has ${found} aliases; the maximum is ${limits.maxAliases}`, limits.maxAliases)],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [
        reportRefusal("QUERY_TOO_MANY_DIRECTIVES", (found) => `Query has ${found} directives; the maximum is ${limits.maxDirectives}`, limits.maxDirectives),
      ],
    }),
  ];
}

/**
 * Turns a GraphQL Armor rejection into a validation error with our code. Armor's
 * message ends with "found N." (its default `exposeLimits`), which gives the count.
 */
function reportRefusal(code: (typeof LIMIT_CODES)[number], describe: (found: string) => string, limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)\.?$/.exec(error.message)?.[1] ?? `more than ${limit}`;
    context?.reportError(new GraphQLError(describe(found), { extensions: { code, limit } }));
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
  const requested = args[ROWS_ARGUMENT];
  const first = typeof requested === "number" && requested > 0 ? requested : null;
  const listSize = type.name === "Query" ? ASSUMED_ROOT_LIST_SIZE : ASSUMED_LIST_SIZE;
  const rows = first ?? (isListType(getNullableType(field.type)) ? listSize : 1);
  return 1 + rows * childComplexity;
}

export interface CostLimit {
  /** Refuses operations above maxCost as Apollo resolves them. */
  plugin: ApolloServerPlugin;
  /** Throws QUERY_TOO_COSTLY (or BAD_USER_INPUT for variables pricing cannot read) unless the operation may run with these variables. */
  admit(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void;
}

/**
 * Prices each operation with its variables before it runs and refuses those
 * above maxCost. A query that cannot be priced is refused too: never run
 * unpriced. The price depends on the document and on the few variables that
 * feed `first` or `@include`/`@skip`; only those values (numbers and booleans)
 * key the remembered prices, never the request's raw variables.
 */
export function createCostLimit(schema: GraphQLSchema, limits: ApiLimits): CostLimit {
  // Apollo hands every request of one query the same parsed document while it keeps it: per
  // document, the variables its price reads, and a number that keys its prices without hashing
  // the query's text again.
  const pricedDocuments = new WeakMap<DocumentNode, { number: number; pricingVariables: ReadonlySet<string> }>();
  let documentsSeen = 0;
  const prices = new LRUCache<string, number>({ max: PRICED_QUERIES });
  const tooCostly = (message: string, cost?: number) =>
    new GraphQLError(message, { extensions: { code: "QUERY_TOO_COSTLY", cost, maxCost: limits.maxCost, http: { status: 400 } } });

  const price = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number => {
    // Refused unpriced: every field but introspection's costs at least 1, so only a document of
    // spreads and `__typename`s could expand this far and stay under the limit, and no client
    // needs one. Counted once per fragment, a doubling-fragment bomb is refused in time
    // proportional to its text, where pricing would walk maxCost selections first.
    if (countExpandedSelections(document, operation, limits.maxCost) > limits.maxCost) {
      throw tooCostly(`Query expands to more than ${limits.maxCost} fields (fragments included); the maximum cost is ${limits.maxCost}`);
    }
    try {
      return getComplexity({
        schema,
        query: document,
        variables,
        operationName: operation.name?.value,
        estimators: [estimateFieldCost],
        // Counted above: the bound holds whatever happens, and the analysis never gives up on a valid document.
        maxQueryNodes: limits.maxCost + 1,
      });
    } catch (error) {
      const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
      if (coercion.errors) throw badVariables(coercion.errors[0]);
      throw tooCostly("Query cannot be priced, so it is refused");
    }
  };

  const admit = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void => {
    let priced = pricedDocuments.get(document);
    if (!priced) {
      documentsSeen += 1;
      priced = { number: documentsSeen, pricingVariables: findPricingVariables(document) };
      pricedDocuments.set(document, priced);
    }
    const key = priceKey(priced.number, operation, priced.pricingVariables, variables);
    let cost = key === null ? undefined : prices.get(key);
    if (cost === undefined) {
      cost = price(document, operation, variables);
      if (key !== null) prices.set(key, cost);
    }
    if (cost > limits.maxCost) {
      throw tooCostly(`Query cost ${cost} exceeds the maximum of ${limits.maxCost}: ask for fewer rows (first) or fields`, cost);
    }
  };

  return {
    admit,
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ request, document, operation }) {
            if (operation) admit(document, operation, request.variables ?? {});
          },
        };
      },
    },
  };
}

/**
 * Selections (fields, spreads, inline fragments) the operation has once its fragments
 * are spread, as the cost analysis walks them: each fragment's size is counted once
 * and reused. Stops counting past `limit`. Fragment cycles were refused by validation.
 */
function countExpandedSelections(document: DocumentNode, operation: OperationDefinitionNode, limit: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentSizes = new Map<string, number>();
  const sizeOf = (selectionSet: SelectionSetNode | undefined): number => {
    let size = 0;
    for (const selection of selectionSet?.selections ?? []) {
      size += 1;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        let fragmentSize = fragmentSizes.get(name);
        if (fragmentSize === undefined) {
          fragmentSizes.set(name, 0);
          fragmentSize = sizeOf(fragments.get(name)?.selectionSet);
          fragmentSizes.set(name, fragmentSize);
        }
        size += fragmentSize;
      } else {
        size += sizeOf(selection.selectionSet);
      }
      if (size > limit) return size;
    }
    return size;
  };
  return sizeOf(operation.selectionSet);
}

/** Variables used as `first` or as the condition of `@include`/`@skip`: the only ones a price depends on. */
function findPricingVariables(document: DocumentNode): ReadonlySet<string> {
  const names = new Set<string>();
  const addVariables = (argumentNodes: readonly ArgumentNode[] | undefined, argumentName: string) => {
    for (const argument of argumentNodes ?? []) {
      if (argument.name.value === argumentName && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    }
  };
  visit(document, {
    Field: (field) => addVariables(field.arguments, ROWS_ARGUMENT),
    Directive: (directive) => {
      if (directive.name.value === "include" || directive.name.value === "skip") addVariables(directive.arguments, "if");
    },
  });
  return names;
}

/**
 * The remembered price's key, or null when a pricing variable holds anything but
 * a number, a boolean or null (pricing then coerces it, and refuses it if invalid).
 */
function priceKey(documentNumber: number, operation: OperationDefinitionNode, names: ReadonlySet<string>, variables: Record<string, unknown>): string | null {
  const parts: unknown[] = [documentNumber, operation.name?.value ?? null];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!names.has(name)) continue;
    const value = Object.hasOwn(variables, name) ? variables[name] : undefined;
    if (value !== undefined && value !== null && typeof value !== "number" && typeof value !== "boolean") return null;
    parts.push(value ?? null);
  }
  return JSON.stringify(parts);
}

function badVariables(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}
