/**
 * Extraction time against document length: the extractor must stay linear.
 *   npx tsx bench/extract-scaling.bench.ts            full run (up to 5 MB and 100,000 articles)
 *   npx tsx bench/extract-scaling.bench.ts --smoke    small sizes, for CI
 *
 * Four generated documents, each at growing sizes, measured in alternation
 * (size by size, shape by shape) so that the machine's load affects every
 * size alike:
 *   - `Điều 1.` repeated on every line (the degenerate input of issue 8);
 *   - a resolution made of the operative parts of the real documents in the
 *     repository (seed and corpus), articles renumbered, until the size;
 *   - the same as one long line (a web page copied without its line breaks);
 *   - a resolution listing projects in one long Markdown table.
 * A linear extractor shows a flat "CPU ms per MB" column down each shape.
 * Run it with `node --single-threaded-gc --import tsx` to count the garbage
 * collector's work on the one thread (parallel GC threads otherwise add CPU time).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../src/extract/index.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = path.join(ROOT, "seed/documents/ben-tre-hdnd-2023-07-05.txt");

export interface ScalingRow {
  shape: string;
  size: string;
  bytes: number;
  runs: number;
  minMs: number;
  /** Process CPU time (user + system) of the fastest run: less disturbed than wall time by other processes on a shared machine. */
  minCpuMs: number;
  cpuMsPerMegabyte: number;
  tasks: number;
}

export interface ScalingResult {
  rows: ScalingRow[];
}

const ARTICLE = /^([\s*#]*)(?:Điều|ĐIỀU)\s+\d+/gmu;
const CLOSING = /\n\s*[*#]*\s*(?:(?:Nghị quyết|Quyết định) này (?:đã được|được)|Nơi nhận)/u;
/** What would end the operative part early if it stood in the middle: a closing formula, a signature, an annex's note. */
const ENDS_OPERATIVE = /(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kế\s+hoạch)\s+này\s+(?:đã\s+được|được)\s[\s\S]{0,300}?thông\s+qua|(?:TM\.|T\/M|KT\.|K\/T|TL\.)\s*(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHỦ TỊCH)|\((?:Ban hành |Được ban hành )?[Kk]èm theo[^)]*\)|\n\[\d+\]/u;

/** The operative parts (Điều 1 … up to the closing formula) of every real document in the repository. */
function operativeParts(): string[] {
  const corpus = path.join(ROOT, "test/fixtures/corpus");
  const files = [SEED, ...listFiles(corpus), ...listFiles(path.join(corpus, "sessions"))];
  const parts: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
    const start = /\n[\s*#]*(?:Điều|ĐIỀU)\s+1\s*\./u.exec(text);
    if (!start) continue;
    const rest = text.slice(start.index);
    const end = CLOSING.exec(rest);
    const part = rest.slice(0, end ? end.index : rest.length);
    if (!ENDS_OPERATIVE.test(part)) parts.push(part);
  }
  return parts;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

function seedFrame(): { head: string; closing: string } {
  const seed = readFileSync(SEED, "utf8");
  const operative = seed.indexOf("Điều 1.");
  const closing = seed.indexOf("Nghị quyết này đã được");
  return { head: seed.slice(0, operative), closing: seed.slice(closing) };
}

/** `Điều 1.` on every line, under a title. */
export function repeatedArticles(lines: number): string {
  return `NGHỊ QUYẾT\nVỀ VIỆC THỬ NGHIỆM\n${"Điều 1.\n".repeat(lines)}`;
}

/** A resolution of about `bytes` bytes: the seed's header and closing around real operative parts, articles renumbered. */
export function realLookingResolution(bytes: number): string {
  const { head, closing } = seedFrame();
  const parts = operativeParts();
  const out = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(closing);
  let article = 0;
  for (let i = 0; size < bytes; i += 1) {
    const part = parts[i % parts.length].replace(ARTICLE, (_, lead: string) => `${lead}Điều ${(article += 1)}`);
    out.push(part.endsWith("\n") ? part : `${part}\n`);
    size += Buffer.byteLength(part) + 1;
  }
  out.push(closing);
  return out.join("");
}

/** The same, with every line break lost. */
export function flattenedResolution(bytes: number): string {
  return realLookingResolution(bytes).replace(/\s*\n\s*/g, " ");
}

const PLACES = ["huyện Mỏ Cày Bắc", "huyện Châu Thành", "huyện Ba Tri", "huyện Thạnh Phú", "thành phố Bến Tre", "huyện Giồng Trôm"];
const WORKS = ["Xây dựng cầu Rạch Miễu", "Nâng cấp đường tỉnh 883", "Đường gom vào cầu Hàm Luông", "Nhà máy xử lý rác thải", "Cải tạo Trường Tiểu học", "Kè chống sạt lở bờ sông"];

/** A resolution whose Điều 1 lists `rows` projects in a Markdown table. */
export function projectTable(rows: number): string {
  const { head, closing } = seedFrame();
  const lines = ["**Điều 1.** Thông qua danh mục công trình, dự án như sau:", "", "| STT | Tên dự án | Địa điểm | Vốn (tỷ đồng) |", "|---|---|---|---|"];
  for (let i = 1; i <= rows; i += 1) {
    lines.push(`| ${i} | ${WORKS[i % WORKS.length]} ${i} | ${PLACES[i % PLACES.length]} | ${(i % 97) + 1},${i % 10} |`);
  }
  lines.push("", "**Điều 2.** Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.", "");
  return `${head}${lines.join("\n")}\n${closing}`;
}

interface Shape {
  shape: string;
  sizes: { label: string; make: () => string }[];
}

function shapes(smoke: boolean): Shape[] {
  const megabytes = smoke ? [0.05, 0.1, 0.2] : [0.5, 1, 2.5, 5];
  const lines = smoke ? [2_000, 4_000, 8_000] : [10_000, 25_000, 50_000, 100_000];
  const rows = smoke ? [500, 1_000, 2_000] : [5_000, 10_000, 25_000, 50_000];
  const bySize = (make: (bytes: number) => string) => megabytes.map((mb) => ({ label: `${mb} MB`, make: () => make(Math.round(mb * 1e6)) }));
  return [
    { shape: "Điều 1. on every line", sizes: lines.map((n) => ({ label: `${n.toLocaleString("en")} lines`, make: () => repeatedArticles(n) })) },
    { shape: "real-looking resolution", sizes: bySize(realLookingResolution) },
    { shape: "same, one long line", sizes: bySize(flattenedResolution) },
    { shape: "project table", sizes: rows.map((n) => ({ label: `${n.toLocaleString("en")} rows`, make: () => projectTable(n) })) },
  ];
}

export function runExtractScaling(options: { smoke?: boolean; runs?: number } = {}): ScalingResult {
  const runs = options.runs ?? (options.smoke ? 1 : 3);
  const cases = shapes(Boolean(options.smoke)).flatMap((s) => s.sizes.map((size) => ({ shape: s.shape, size: size.label, text: size.make() })));
  const samples = cases.map(() => [] as number[]);
  const cpuSamples = cases.map(() => [] as number[]);
  const tasks = cases.map(() => 0);
  // Warm the JIT once on a small document, then alternate: every case once per round.
  extractDocument(realLookingResolution(50_000));
  for (let round = 0; round < runs; round += 1) {
    cases.forEach((c, i) => {
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      const batch = extractDocument(c.text);
      samples[i].push(performance.now() - started);
      const cpu = process.cpuUsage(cpuStarted);
      cpuSamples[i].push((cpu.user + cpu.system) / 1000);
      tasks[i] = batch.nodes.filter((n) => n.kind === "Task").length;
    });
  }
  return {
    rows: cases.map((c, i) => {
      const bytes = Buffer.byteLength(c.text);
      const minMs = Math.min(...samples[i]);
      const minCpuMs = Math.min(...cpuSamples[i]);
      return { shape: c.shape, size: c.size, bytes, runs, minMs, minCpuMs, cpuMsPerMegabyte: minCpuMs / (bytes / 1e6), tasks: tasks[i] };
    }),
  };
}

export function formatExtractScaling(result: ScalingResult): string {
  const lines = ["| shape | size | MB | runs | min wall ms | min CPU ms | CPU ms per MB | tasks |", "| --- | --- | --- | --- | --- | --- | --- | --- |"];
  for (const r of result.rows) {
    lines.push(
      `| ${r.shape} | ${r.size} | ${(r.bytes / 1e6).toFixed(2)} | ${r.runs} | ${r.minMs.toFixed(0)} | ${r.minCpuMs.toFixed(0)} | ${r.cpuMsPerMegabyte.toFixed(0)} | ${r.tasks.toLocaleString("en")} |`,
    );
  }
  return lines.join("\n");
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const smoke = process.argv.includes("--smoke");
  console.log(`extraction scaling (${smoke ? "smoke" : "full"}), node ${process.version}`);
  console.log(formatExtractScaling(runExtractScaling({ smoke })));
}
