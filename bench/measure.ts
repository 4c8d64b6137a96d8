import os from "node:os";
import { execFileSync } from "node:child_process";

export interface Summary {
  n: number;
  mean: number;
  p50: number;
  p99: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of an ascending list. */
export function pickPercentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    n: sorted.length,
    mean: total / Math.max(1, sorted.length),
    p50: pickPercentile(sorted, 50),
    p99: pickPercentile(sorted, 99),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Runs `fn` until both the minimum count and the time budget are reached; returns per-call milliseconds. */
export async function sampleLatency(
  fn: () => Promise<unknown>,
  options: { minIterations: number; maxIterations: number; budgetMs: number },
): Promise<number[]> {
  const samples: number[] = [];
  const deadline = performance.now() + options.budgetMs;
  while (
    samples.length < options.maxIterations &&
    (samples.length < options.minIterations || performance.now() < deadline)
  ) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Full GC when node runs with --expose-gc, so memory figures are live data, not garbage. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

export interface MemoryFigures {
  heapUsedMiB: number;
  rssMiB: number;
  /** Whether a full GC ran before reading, so heapUsed is live data. */
  afterGc: boolean;
}

export function readMemory(): MemoryFigures {
  const afterGc = collectGarbage();
  const usage = process.memoryUsage();
  return { heapUsedMiB: usage.heapUsed / 2 ** 20, rssMiB: usage.rss / 2 ** 20, afterGc };
}

export interface MachineInfo {
  date: string;
  node: string;
  cpus: number;
  cpuModel: string;
  totalMemoryGiB: number;
  platform: string;
  nproc: string;
}

export function describeMachine(): MachineInfo {
  let nproc = "";
  try {
    nproc = execFileSync("nproc", { encoding: "utf8" }).trim();
  } catch {
    nproc = "n/a";
  }
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    totalMemoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    nproc,
  };
}

export function formatTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

export function formatNumber(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}
