import type { Config } from "../config/config.js";

export type LogLevel = Config["logLevel"];
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** One JSON object per line, so log shippers need no parsing rules. */
export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const log = (at: LogLevel) => (message: string, fields: LogFields = {}) => {
    if (RANK[at] < RANK[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...describeErrors(fields) }) + "\n");
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/**
 * Errors as plain objects with their stack. Done before JSON.stringify, which
 * would otherwise call GraphQLError's toJSON and keep only its message.
 */
function describeErrors(fields: LogFields): LogFields {
  const described: LogFields = {};
  for (const [key, value] of Object.entries(fields)) described[key] = value instanceof Error ? describeError(value, 0) : value;
  return described;
}

const MAX_CAUSES = 5;

function describeError(error: Error, depth: number): Record<string, unknown> {
  const { cause } = error;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return {
    name: error.name,
    message: error.message,
    ...(code !== undefined ? { code } : {}),
    stack: error.stack,
    ...(cause instanceof Error && depth < MAX_CAUSES ? { cause: describeError(cause, depth + 1) } : cause !== undefined ? { cause: String(cause) } : {}),
  };
}
