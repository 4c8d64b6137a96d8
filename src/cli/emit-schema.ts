import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildGraphSchema, printGraphSchema } from "../schema/build-schema.js";

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");

/** Writes schema/schema.graphql from the code; `--check` only reports drift (exit 1). */
async function main(): Promise<void> {
  const sdl = printGraphSchema(await buildGraphSchema());
  if (process.argv.includes("--check")) {
    const committed = await readFile(SCHEMA_FILE, "utf8").catch(() => "");
    if (committed !== sdl) {
      console.error(`${path.relative(process.cwd(), SCHEMA_FILE)} is out of date: run \`npm run schema\``);
      process.exitCode = 1;
    }
    return;
  }
  await writeFile(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

await main();
