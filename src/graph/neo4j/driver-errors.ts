import { UnavailableError } from "../../domain/errors.js";

/** Neo4j codes that mean "the service cannot answer now", not "the request is wrong". */
const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

function codeOf(error: unknown): string {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string"
    ? (error as { code: string }).code
    : "";
}

/**
 * Why Neo4j could not be used, in words an operator can act on; null when the
 * error is not about reaching or entering the server (a Cypher error, say).
 */
export function describeConnectionError(error: unknown, uri: string, username: string, database: string): string | null {
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return `Neo4j at ${uri} rejected the credentials of user "${username}" (${code}): check NEO4J_USERNAME and NEO4J_PASSWORD`;
  }
  if (code === "Neo.ClientError.Security.CredentialsExpired") {
    return `Neo4j at ${uri}: the password of user "${username}" has expired and must be changed before use (${code})`;
  }
  if (code === "Neo.ClientError.Security.Forbidden") {
    return `Neo4j at ${uri}: user "${username}" may not use database "${database}" (${code})`;
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return `Neo4j at ${uri} has no database "${database}" (${code}): check NEO4J_DATABASE`;
  }
  if (UNAVAILABLE_CODES.has(code)) {
    return `Neo4j at ${uri} is unreachable or not ready (${code}): ${detail}`;
  }
  return null;
}

/** Driver errors that mean the server cannot be reached become UNAVAILABLE; the rest pass through. */
export function toStoreError(error: unknown, uri: string, username: string, database: string): unknown {
  const description = describeConnectionError(error, uri, username, database);
  if (description === null) return error;
  return new UnavailableError(description, { code: codeOf(error) });
}
