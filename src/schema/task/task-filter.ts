import { BadUserInputError } from "../../domain/errors.js";
import type { TaskFilter } from "../../graph/graph-store.js";
import type { GraphContext } from "../context.js";
import { checkText } from "../common/text-input.js";
import type { TaskWhere } from "./task-where.input.js";

/**
 * The store filter for a TaskWhere, or null when no task can match (a place
 * name no place has), so the caller can answer an empty page without asking.
 */
export async function buildTaskFilter(where: TaskWhere | null | undefined, context: GraphContext): Promise<TaskFilter | null> {
  const filter: TaskFilter = {};
  if (!where) return filter;
  const placeName = checkText("placeName", where.placeName, context);
  if (where.placeId && placeName) throw new BadUserInputError("Give placeId or placeName, not both", { argument: "where" });
  if (placeName) {
    const places = await context.store.findPlacesByName(placeName);
    if (places.length === 0) return null;
    filter.placeIds = places.map((place) => place.id);
  } else if (where.placeId) {
    filter.placeIds = [where.placeId];
  }
  if (filter.placeIds && where.includeSubPlaces) filter.includeSubPlaces = true;
  if (filter.placeIds && where.includePredecessors) filter.includePredecessors = true;
  if (where.bodyId) filter.bodyId = where.bodyId;
  if (where.role) filter.role = where.role;
  if (where.projectId) filter.projectId = where.projectId;
  if (where.instrumentId) filter.instrumentId = where.instrumentId;
  if (where.sector) filter.sector = where.sector;
  if (where.documentId) filter.documentId = where.documentId;
  const text = checkText("text", where.text, context);
  if (text) filter.text = text;
  return filter;
}
