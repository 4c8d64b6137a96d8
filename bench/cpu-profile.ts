/** The parts of V8's .cpuprofile (node --cpu-prof) the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
}

export interface ProfileBreakdown {
  /** Samples that were not idle. */
  busySamples: number;
  categories: { name: string; share: number }[];
  functions: { name: string; location: string; share: number }[];
}

const CATEGORIES: readonly { name: string; test: (url: string, fn: string) => boolean }[] = [
  { name: "garbage collection", test: (_url, fn) => fn === "(garbage collector)" },
  { name: "V8 / native, unattributed (program)", test: (_url, fn) => fn === "(program)" },
  { name: "graphql-js: parse", test: (url) => url.includes("/node_modules/graphql/language/") },
  { name: "graphql-js: validate", test: (url) => url.includes("/node_modules/graphql/validation/") },
  { name: "graphql-js: execute", test: (url) => url.includes("/node_modules/graphql/execution/") },
  { name: "graphql-js: other", test: (url) => url.includes("/node_modules/graphql/") },
  { name: "type-graphql", test: (url) => url.includes("/node_modules/type-graphql/") },
  { name: "Apollo Server", test: (url) => url.includes("/node_modules/@apollo/") },
  { name: "DataLoader", test: (url) => url.includes("/node_modules/dataloader/") },
  { name: "store (src/graph)", test: (url) => inProject(url, "graph") },
  { name: "loaders (src/loaders)", test: (url) => inProject(url, "loaders") },
  { name: "resolvers (src/schema)", test: (url) => inProject(url, "schema") },
  { name: "server (src/server)", test: (url) => inProject(url, "server") },
  { name: "extractor (src/extract)", test: (url) => inProject(url, "extract") },
  { name: "domain (src/domain)", test: (url) => inProject(url, "domain") },
  { name: "other packages", test: (url) => url.includes("/node_modules/") },
  { name: "node: http, net, streams", test: (url) => /^node:(_http|http|net|internal\/(http|stream|streams|net))/.test(url) || /^node:(stream|events)/.test(url) },
  { name: "node: other internals", test: (url) => url.startsWith("node:") },
  { name: "V8 builtins (JSON, RegExp, Map…)", test: (url) => url === "" },
];

/** The project's own code in `folder`, run from the sources (tsx) or from the compiled build (dist/, as `npm start` runs it). */
function inProject(url: string, folder: string): boolean {
  return url.includes(`/src/${folder}/`) || url.includes(`/dist/${folder}/`);
}

/** Self time by where the code lives, plus the hottest functions, from sample counts. */
export function summariseCpuProfile(profile: CpuProfile, topFunctions = 15): ProfileBreakdown {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);

  const categories = new Map<string, number>();
  const functions = new Map<string, { name: string; location: string; samples: number }>();
  let busy = 0;
  for (const [id, count] of hits) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === "(idle)") continue;
    busy += count;
    const category = CATEGORIES.find((c) => c.test(url, functionName))?.name ?? "other";
    categories.set(category, (categories.get(category) ?? 0) + count);
    const location = url ? `${shortenUrl(url)}:${lineNumber + 1}` : "(builtin)";
    const key = `${functionName}@${location}`;
    const entry = functions.get(key) ?? { name: functionName || "(anonymous)", location, samples: 0 };
    entry.samples += count;
    functions.set(key, entry);
  }
  const share = (count: number) => (busy === 0 ? 0 : count / busy);
  return {
    busySamples: busy,
    categories: [...categories].map(([name, count]) => ({ name, share: share(count) })).sort((a, b) => b.share - a.share),
    functions: [...functions.values()]
      .sort((a, b) => b.samples - a.samples)
      .slice(0, topFunctions)
      .map((fn) => ({ name: fn.name, location: fn.location, share: share(fn.samples) })),
  };
}

function shortenUrl(url: string): string {
  const modules = url.lastIndexOf("/node_modules/");
  if (modules >= 0) return url.slice(modules + "/node_modules/".length);
  const source = url.search(/\/(src|dist|bench)\//);
  if (source >= 0) return url.slice(source + 1);
  return url;
}
