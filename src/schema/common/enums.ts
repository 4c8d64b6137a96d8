import { registerEnumType } from "type-graphql";
import {
  ADMIN_LEVELS,
  BODY_KINDS,
  COMPARATORS,
  INSTRUMENT_KINDS,
  NODE_KINDS,
  PLACE_KINDS,
  PROVISION_LEVELS,
  RELATION_TYPES,
  RESPONSIBILITY_ROLES,
  SECTORS,
} from "../../domain/model.js";
import type { PlaceGeography as PlaceGeographyValue, TaskGrouping as TaskGroupingValue } from "../../graph/graph-store.js";

/** type-graphql wants an enum object; the model keeps its enums as const tuples. */
function toEnum<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const NodeKind = toEnum(NODE_KINDS);
export const RelationType = toEnum(RELATION_TYPES);
export const InstrumentKind = toEnum(INSTRUMENT_KINDS);
export const BodyKind = toEnum(BODY_KINDS);
export const AdminLevel = toEnum(ADMIN_LEVELS);
export const PlaceKind = toEnum(PLACE_KINDS);
export const Sector = toEnum(SECTORS);
export const ResponsibilityRole = toEnum(RESPONSIBILITY_ROLES);
export const ProvisionLevel = toEnum(PROVISION_LEVELS);
export const Comparator = toEnum(COMPARATORS);
export const TaskGrouping = toEnum<TaskGroupingValue>(["PLACE", "BODY_ROLE", "SECTOR", "DOCUMENT"]);
export const PlaceGeography = toEnum<PlaceGeographyValue>(["AS_WRITTEN", "CURRENT"]);

registerEnumType(NodeKind, { name: "NodeKind", description: "Label of a node in the graph." });
registerEnumType(RelationType, { name: "RelationType", description: "Type of a relationship, in its stored direction." });
registerEnumType(InstrumentKind, { name: "InstrumentKind" });
registerEnumType(BodyKind, { name: "BodyKind" });
registerEnumType(AdminLevel, { name: "AdminLevel" });
registerEnumType(PlaceKind, {
  name: "PlaceKind",
  description:
    "PROVINCE tỉnh, MUNICIPALITY thành phố trực thuộc trung ương, DISTRICT huyện, URBAN_DISTRICT quận, " +
    "TOWNSHIP thị xã, PROVINCIAL_CITY thành phố thuộc tỉnh, TOWN thị trấn, COMMUNE xã, WARD phường, " +
    "SPECIAL_ZONE đặc khu (since 1 July 2025).",
});
registerEnumType(Sector, { name: "Sector" });
registerEnumType(ResponsibilityRole, {
  name: "ResponsibilityRole",
  description: "How a body takes part in a task. RECEIVE: the body a result is submitted or reported to.",
});
registerEnumType(ProvisionLevel, { name: "ProvisionLevel" });
registerEnumType(Comparator, { name: "Comparator" });
registerEnumType(PlaceGeography, {
  name: "PlaceGeography",
  description:
    "Which places task counts go to. AS_WRITTEN: the places as the documents name them, of each document's time. " +
    "CURRENT: the places in force today; a task in a unit abolished by a reorganisation counts for the unit that took it " +
    "over wholly (huyện Mỏ Cày Bắc's tasks for tỉnh Vĩnh Long since 1 July 2025).",
});
registerEnumType(TaskGrouping, {
  name: "TaskGrouping",
  description: "PLACE counts roll up the place hierarchy; BODY_ROLE counts per body and role.",
});
