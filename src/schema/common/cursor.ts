import { BadUserInputError } from "../../domain/errors.js";

/** Versioned so the encoding can change without old cursors being misread. */
const CURSOR_PREFIX = "task:v1:";
/** Cursors point after a task: an id of another kind would sort before every task and restart the list. */
const TASK_ID_PREFIX = "task:";

export function encodeCursor(taskId: string): string {
  return Buffer.from(CURSOR_PREFIX + taskId, "utf8").toString("base64url");
}

/** The task id a cursor points after; BAD_USER_INPUT for anything this API did not hand out. */
export function decodeCursor(cursor: string): string {
  const decoded = /^[A-Za-z0-9_-]{1,1000}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  if (!decoded.startsWith(CURSOR_PREFIX + TASK_ID_PREFIX) || decoded.length === CURSOR_PREFIX.length + TASK_ID_PREFIX.length) {
    throw new BadUserInputError("Invalid cursor: use an endCursor or cursor returned by this API", { argument: "after" });
  }
  return decoded.slice(CURSOR_PREFIX.length);
}
