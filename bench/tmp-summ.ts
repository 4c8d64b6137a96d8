import { readFileSync, readdirSync } from "node:fs";
import { summariseCpuProfile } from "./cpu-profile.js";
const dir = process.argv[2];
const f = readdirSync(dir).filter(n => n.endsWith(".cpuprofile")).map(n => [n, readFileSync(dir + "/" + n).length] as const).sort((a, b) => b[1] - a[1])[0][0];
const s = summariseCpuProfile(JSON.parse(readFileSync(dir + "/" + f, "utf8")), 40);
console.log(s.categories.map(c => `${(c.share*100).toFixed(1)}% ${c.name}`).join("\n"));
console.log(s.functions.map(c => `${(c.share*100).toFixed(1)}% ${c.name} ${c.location}`).join("\n"));
