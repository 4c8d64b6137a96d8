/** Place hierarchies and provision nesting are shallow; the bound stops a cycle in bad data. */
export const MAX_HIERARCHY_DEPTH = 10;

/** The longest legal-basis chain a caller may ask for (the API's maxDepth). */
export const MAX_LEGAL_BASIS_DEPTH = 12;
