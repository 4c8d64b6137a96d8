import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../schema/neo4j");

/**
 * Splits a Cypher script into statements on `;`, ignoring `//` and `/* *\/`
 * comments and semicolons inside quoted strings or backticked names. Neo4j
 * runs one schema command per transaction, so each statement is sent alone.
 */
export function splitCypherStatements(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let i = 0;
  while (i < script.length) {
    const char = script[i];
    const next = script[i + 1];
    if (char === "/" && next === "/") {
      const end = script.indexOf("\n", i);
      i = end < 0 ? script.length : end;
      continue;
    }
    if (char === "/" && next === "*") {
      const end = script.indexOf("*/", i + 2);
      i = end < 0 ? script.length : end + 2;
      current += " ";
      continue;
    }
    if (char === "'" || char === '"' || char === "`") {
      let j = i + 1;
      while (j < script.length && script[j] !== char) j += script[j] === "\\" && char !== "`" ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (char === ";") {
      pushStatement(statements, current);
      current = "";
      i += 1;
      continue;
    }
    current += char;
    i += 1;
  }
  pushStatement(statements, current);
  return statements;
}

function pushStatement(statements: string[], text: string): void {
  const statement = text.trim();
  if (statement) statements.push(statement);
}

/** Every statement of schema/neo4j/*.cypher, files in name order. */
export async function loadSchemaStatements(dir: string = SCHEMA_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith(".cypher")).sort();
  const statements: string[] = [];
  for (const file of files) statements.push(...splitCypherStatements(await readFile(path.join(dir, file), "utf8")));
  return statements;
}
