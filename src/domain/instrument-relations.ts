import type { RelationType } from "./model.js";

/** The relations between instruments the genre states (sửa đổi, thay thế, bãi bỏ, hướng dẫn, triển khai), stored newer → older. */
export const INSTRUMENT_RELATIONS: readonly RelationType[] = ["AMENDS", "REPLACES", "REPEALS", "GUIDES", "IMPLEMENTS"];
