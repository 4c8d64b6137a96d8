import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for the operations in test/operations, from the committed
 * schema. An integrating app can copy this file and point `documents` at its own
 * operations. Run `npm run codegen`; a test fails when the output is stale.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/operations/*.graphql"],
  generates: {
    "test/generated/graphql.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: "string", ID: "string" },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
  silent: true,
};

export default config;
