import { execFileSync } from "node:child_process";
import path from "node:path";

/** Tests that start the server as a process run what `npm start` runs: the compiled dist/. */
export default function buildOnce(): void {
  const root = path.resolve(import.meta.dirname, "..");
  execFileSync(process.execPath, [path.join(root, "scripts", "build-server.mjs")], { cwd: root, stdio: "inherit" });
}
