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

  it("test/generated/graphql.ts matches the operations (regenerate with `npm run codegen`)", async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...codegenConfig, cwd: root }, false);
    expect(outputs.map((output) => path.relative(root, path.resolve(root, output.filename)))).toEqual(["test/generated/graphql.ts"]);
    const committed = await readFile(path.join(root, "test/generated/graphql.ts"), "utf8");
    expect(committed === outputs[0].content, "test/generated/graphql.ts is stale: run `npm run codegen` and commit it").toBe(true);
  });
});
