import { createRequire } from "node:module";

/**
 * Neo4j's own Cypher 5 parser and semantic analysis, from its language server, so every
 * statement meets Neo4j's front end where no server runs (variables out of scope, aggregation
 * rules, UNION columns: what a real 5.x server refuses before it plans). Its ES module build
 * does not load on Node 20; the CommonJS one does.
 */
const { lintCypherQuery } = createRequire(import.meta.url)("@neo4j-cypher/language-support") as typeof import("@neo4j-cypher/language-support");

/** Warnings the store's Cypher earns on purpose, each only in the statements it names. */
const ACCEPTED_WARNINGS: readonly { message: RegExp; in: RegExp; why: string }[] = [
  {
    message: /^CALL subquery without a variable scope clause is now deprecated/,
    in: /^CALL \{/m,
    why: "`CALL (x) { }`, the form 5 asks for, does not parse on 4.4; an importing WITH works on both",
  },
  {
    message: /cartesian product/,
    in: /MATCH \(a:Node \{id: \$fromId\}\), \(b:Node \{id: \$toId\}\)/,
    why: "both ends are looked up by their unique id: one row times one row",
  },
];

/** Severity 1 in the language server's diagnostics. */
const ERROR = 1;

/** What Neo4j's front end says of a statement, its parameters declared: every error, and every warning not accepted above. */
export function lintCypher(text: string): string[] {
  const parameters = Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((match) => [match[1], null]));
  const result = lintCypherQuery(text, { parameters }) as unknown;
  const diagnostics = (Array.isArray(result) ? result : (result as { diagnostics: unknown[] }).diagnostics) as { message: string; severity: number }[];
  return diagnostics
    .filter(({ message, severity }) => severity === ERROR || !ACCEPTED_WARNINGS.some((accepted) => accepted.message.test(message) && accepted.in.test(text)))
    .map(({ message }) => message);
}

