import { readFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import codegenConfig from "../../codegen.js";
import { buildGraphSchema, printGraphSchema } from "../../src/schema/build-schema.js";

const root = path.resolve(import.meta.dirname, "../..");

describe("committed API artefacts", () => {
  it("schema/schema.graphql matches the code (regenerate with `npm run schema`)", async () => {
    const committed = await readFile(path.join(root, "schema/schema.graphql"), "utf8");
    const current = printGraphSchema(await buildGraphSchema());
    expect(committed === current, "schema/schema.graphql is stale: run `npm run schema` and commit it").toBe(true);
  });

  it("the typed operations match their .graphql files (regenerate with `npm run codegen`)", async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...codegenConfig, cwd: root }, false);
    const files = outputs.map((output) => path.relative(root, path.resolve(root, output.filename)));
    expect(files.sort()).toEqual(["src/explorer/generated/graphql.ts", "test/generated/graphql.ts"]);
    for (const output of outputs) {
      const file = path.relative(root, path.resolve(root, output.filename));
      const committed = await readFile(path.join(root, file), "utf8");
      expect(committed === output.content, `${file} is stale: run \`npm run codegen\` and commit it`).toBe(true);
    }
  });
});
