import "reflect-metadata";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { MemoryGraphStore } from "../src/graph/memory/memory-store.js";
import { loadConfig } from "../src/config/config.js";
import { createLoaders } from "../src/loaders/loaders.js";
import { buildGraphSchema } from "../src/schema/build-schema.js";
import { createCostLimitPlugin, createDepthLimitRule } from "../src/server/limits.js";
import { loadSyntheticGraph } from "./load-synthetic.js";
import { FLAGSHIP_QUERY } from "./queries.js";
import { planSyntheticGraph } from "./synthetic-graph.js";
const store = new MemoryGraphStore();
await loadSyntheticGraph(store, planSyntheticGraph(1000));
const config = loadConfig({ NODE_ENV: "production" });
const schema = await buildGraphSchema();
async function make(opts: { cacheControlOff: boolean; cost: boolean }) {
  const apollo = new ApolloServer<any>({ schema, nodeEnv: "production", csrfPrevention: true, introspection: true,
    validationRules: [createDepthLimitRule(config.limits.maxDepth)],
    stringifyResult: (r) => JSON.stringify(r),
    plugins: [...(opts.cacheControlOff ? [ApolloServerPluginCacheControlDisabled()] : []), ...(opts.cost ? [createCostLimitPlugin(schema, config.limits)] : [])] });
  await apollo.start();
  return apollo;
}
const body = { query: FLAGSHIP_QUERY };
const results: Record<string, number[]> = {};
async function bench(name: string, apollo: ApolloServer<any>) {
  const headers = new HeaderMap([["content-type", "application/json"]]);
  const run = () => apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: "POST", headers, search: "", body }, context: async () => ({ store, loaders: createLoaders(store), limits: config.limits, requestId: "x" }) });
  for (let i = 0; i < 300; i++) await run();
  const t = performance.now(); const n = 1500;
  for (let i = 0; i < n; i++) await run();
  (results[name] ??= []).push((performance.now() - t) / n);
}
const a = await make({ cacheControlOff: false, cost: true }), b = await make({ cacheControlOff: true, cost: true }), c = await make({ cacheControlOff: true, cost: false });
for (let round = 0; round < 6; round++) {
  await bench("default plugins + cost      ", a);
  await bench("cacheControl off + cost     ", b);
  await bench("cacheControl off, no cost   ", c);
}
for (const [k, v] of Object.entries(results)) { v.sort((x, y) => x - y); console.log(k, v.map(x => x.toFixed(2)).join(" "), "median", v[3].toFixed(3)); }
