import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export const EXPLORER_ROOT = import.meta.dirname;
// Beside dist/, not in it: the server's build replaces dist/ whole.
export const EXPLORER_OUT_DIR = path.resolve(EXPLORER_ROOT, "../../dist-explorer");

/** `npm run build:explorer` builds the page into dist-explorer/; the server serves it at /explore. */
export default defineConfig({
  root: EXPLORER_ROOT,
  base: "/explore/",
  mode: "production",
  plugins: [react()],
  logLevel: "warn",
  build: {
    outDir: EXPLORER_OUT_DIR,
    emptyOutDir: true,
    // The server answers with a CSP that allows scripts and styles from itself only.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    target: "es2022",
  },
});
