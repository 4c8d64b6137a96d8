/** Place hierarchies and provision nesting are shallow; the bound stops a cycle in bad data. */
export const MAX_HIERARCHY_DEPTH = 10;
