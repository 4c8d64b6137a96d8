import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The analysts' query editor, served from the installed packages so it works
 * with no internet access (Apollo's default landing page loads from a CDN).
 */
export const GRAPHIQL_PATH = "/graphiql";
export const ASSETS_PATH = "/graphiql/assets/";

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

const FLAGSHIP_QUERY = `# All tasks in Mỏ Cày Bắc and their legal basis.
# Ctrl-Enter runs the query; the Docs button on the left explains every field.
query TasksInMoCayBac {
  tasks(where: { placeName: "Mỏ Cày Bắc", includeSubPlaces: true }) {
    totalCount
    edges {
      node {
        text
        legalBasis {
          instrument { number title }
          steps { relation }
        }
      }
    }
  }
}
`;

const INIT_SCRIPT = `"use strict";
const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", window.location.href).href });
ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(FLAGSHIP_QUERY)},
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }),
);
`;

interface Asset {
  contentType: string;
  load: () => Promise<Buffer>;
}

const ASSETS: Record<string, Asset> = {
  "react.production.min.js": {
    contentType: "text/javascript; charset=utf-8",
    load: () => readFile(path.join(packageDir("react"), "umd", "react.production.min.js")),
  },
  "react-dom.production.min.js": {
    contentType: "text/javascript; charset=utf-8",
    load: () => readFile(path.join(packageDir("react-dom"), "umd", "react-dom.production.min.js")),
  },
  "graphiql.min.js": {
    contentType: "text/javascript; charset=utf-8",
    load: () => readFile(path.join(packageDir("graphiql"), "dist", "index.umd.js")),
  },
  "graphiql.min.css": {
    contentType: "text/css; charset=utf-8",
    load: () => readFile(path.join(packageDir("graphiql"), "dist", "style.css")),
  },
  "init.js": {
    contentType: "text/javascript; charset=utf-8",
    load: async () => Buffer.from(INIT_SCRIPT),
  },
};

export const GRAPHIQL_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>policy-graph · GraphiQL</title>
<link rel="stylesheet" href="${ASSETS_PATH}graphiql.min.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading the query editor…</div>
<script src="${ASSETS_PATH}react.production.min.js"></script>
<script src="${ASSETS_PATH}react-dom.production.min.js"></script>
<script src="${ASSETS_PATH}graphiql.min.js"></script>
<script src="${ASSETS_PATH}init.js"></script>
</body>
</html>
`;

/**
 * Everything the page may load comes from this server; inline styles are
 * allowed because the editor sets them on its elements.
 */
export const GRAPHIQL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const loaded = new Map<string, Promise<Buffer>>();

/** An asset's bytes, read from node_modules once per process; null for an unknown name. */
export function loadAsset(name: string): { contentType: string; body: Promise<Buffer> } | null {
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return null;
  let body = loaded.get(name);
  if (!body) {
    body = asset.load();
    loaded.set(name, body);
  }
  return { contentType: asset.contentType, body };
}
