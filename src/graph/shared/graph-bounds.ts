/** Place hierarchies and provision nesting are shallow; the bound stops a cycle in bad data. */
export const MAX_HIERARCHY_DEPTH = 10;

/** Reorganisations followed back from a place (SUCCEEDED_BY): one a generation; the bound stops a cycle in bad data. */
export const MAX_SUCCESSION_HOPS = 3;

/** The longest legal-basis chain a caller may ask for (the API's maxDepth). */
export const MAX_LEGAL_BASIS_DEPTH = 12;
