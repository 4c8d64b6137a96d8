import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents from the committed schema: for the tests' operations in
 * test/operations, and for the explorer's in src/explorer/operations. An
 * integrating app can copy either setup and point `documents` at its own
 * operations. Run `npm run codegen`; a test fails when an output is stale.
 */
const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { Date: "string", ID: "string" },
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
};

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  generates: {
    "test/generated/graphql.ts": {
      documents: ["test/operations/*.graphql"],
      plugins: ["typescript-operations", "typed-document-node"],
      config: shared,
    },
    // String documents: the page sends the text as is and never bundles the graphql library.
    "src/explorer/generated/graphql.ts": {
      documents: ["src/explorer/operations/*.graphql"],
      plugins: ["typescript-operations", "typed-document-node"],
      config: { ...shared, documentMode: "string" },
    },
  },
  silent: true,
};

export default config;
