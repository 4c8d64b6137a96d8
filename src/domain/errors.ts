/**
 * Errors a user can act on. Each carries a stable code that the API exposes as
 * `extensions.code`; anything that is not a DomainError is unexpected and masked.
 */
export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "BAD_DOCUMENT" | "UNAVAILABLE";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("BAD_USER_INPUT", message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("NOT_FOUND", message, details);
  }
}

/** The input is not a document the extractor can read: empty, binary, not UTF-8, or without structure. */
export class BadDocumentError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("BAD_DOCUMENT", message, details);
  }
}

/** A backing service (Neo4j) cannot be reached. */
export class UnavailableError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("UNAVAILABLE", message, details);
  }
}
