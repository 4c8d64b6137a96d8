import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { DomainError } from "../domain/errors.js";
import type { GraphContext } from "../schema/context.js";
import { LIMIT_CODES } from "./limits.js";
import type { Logger } from "./logger.js";

/** Apollo re-labels validation errors GRAPHQL_VALIDATION_FAILED; our limits' refusals keep their code. */
const LIMIT_CODE_SET: ReadonlySet<string> = new Set(LIMIT_CODES);

/**
 * An error a client cannot act on: anything that is neither a DomainError nor
 * a GraphQLError raised by parsing, validation, variables or our limits. Its
 * message may carry internals, so it is masked and logged instead.
 */
function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return false;
  if (!(original instanceof GraphQLError)) return true;
  const code = original.extensions.code;
  // graphql-js raises code-less GraphQLErrors for broken results (null in a non-null field).
  return code === undefined || code === "INTERNAL_SERVER_ERROR";
}

/**
 * Error masking and logging for one server. Apollo calls the plugin's
 * didEncounterErrors before formatting, so it can tag each error with the
 * request id that formatError then writes into the response.
 */
export function createErrorHandling(logger: Logger, includeStacktrace: boolean) {
  const requestIds = new WeakMap<object, string>();

  const plugin: ApolloServerPlugin<GraphContext> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, request, operationName }) {
          for (const error of errors) {
            requestIds.set(error, contextValue.requestId);
            if (isUnexpected(error)) {
              logger.error("unexpected error", {
                requestId: contextValue.requestId,
                operationName: operationName ?? request.operationName ?? null,
                path: error.path ?? null,
                error: causeOf(error),
              });
            }
          }
        },
      };
    },
  };

  const formatError: NonNullable<ApolloServerOptions<GraphContext>["formatError"]> = (formatted, error) => {
    const original = unwrapResolverError(error);
    const stacktrace = includeStacktrace ? formatted.extensions?.stacktrace : undefined;
    if (original instanceof DomainError) {
      return withExtensions(formatted, original.message, { ...original.details, code: original.code, stacktrace });
    }
    if (isUnexpected(error)) {
      const requestId = typeof error === "object" && error !== null ? requestIds.get(error) : undefined;
      return {
        message: "Internal server error",
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId, ...(stacktrace ? { stacktrace } : {}) },
      };
    }
    const cause = error instanceof GraphQLError ? error.originalError : undefined;
    const limitCode = cause instanceof GraphQLError ? cause.extensions.code : undefined;
    if (typeof limitCode === "string" && LIMIT_CODE_SET.has(limitCode)) {
      return withExtensions(formatted, formatted.message, { ...formatted.extensions, code: limitCode, stacktrace });
    }
    return withExtensions(formatted, formatted.message, { ...formatted.extensions, stacktrace });
  };

  return { plugin, formatError };
}

/**
 * The error to log: what a resolver threw, or what Apollo wrapped when a plugin or
 * the pipeline failed, so the log shows the failing line, not the wrapper's.
 */
function causeOf(error: unknown): unknown {
  const original = unwrapResolverError(error);
  return original instanceof GraphQLError && original.originalError ? original.originalError : original;
}

function withExtensions(formatted: GraphQLFormattedError, message: string, extensions: Record<string, unknown>): GraphQLFormattedError {
  if (extensions.stacktrace === undefined) delete extensions.stacktrace;
  return { ...formatted, message, extensions };
}
