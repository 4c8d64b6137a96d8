import type { TaskFilter, TaskPage } from "../../graph/graph-store.js";
import type { GraphContext } from "../context.js";
import { decodeCursor, encodeCursor } from "../common/cursor.js";
import { checkFirst } from "../common/limits.js";
import type { TaskConnection } from "./task-connection.type.js";

export function toTaskConnection(page: TaskPage, after: string | null): TaskConnection {
  const edges = page.ids.map((taskId) => ({ cursor: encodeCursor(taskId), taskId }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export const EMPTY_PAGE: TaskPage = { ids: [], totalCount: 0, hasNextPage: false };

/**
 * Checks the paging arguments, then loads one page through the request's
 * loader, so the connections of every row of a list cost one store call.
 */
export async function findTaskConnection(
  { loaders }: GraphContext,
  filter: TaskFilter | null,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<TaskConnection> {
  const size = checkFirst(first);
  const afterId = after == null ? null : decodeCursor(after);
  const page = filter === null ? EMPTY_PAGE : await loaders.taskPages.load({ filter, page: { first: size, after: afterId } });
  return toTaskConnection(page, afterId);
}
