/**
 * Runs a Node script as its own process and measures it as a user would feel it: wall time from spawn to exit,
 * and the process's own CPU time and peak resident memory (reported from inside by `reportUsage.js`).
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export interface ProcessRun {
  readonly exitCode: number | null;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly stdout: string;
  readonly stderr: string;
}

const ROOT = join(__dirname, "..");

/** @example runMeasured(["bin/scorecard.js", "build", "book.xlsx"]) */
export function runMeasured(args: readonly string[], nodeOptions: readonly string[] = []): ProcessRun {
  const dir = mkdtempSync(join(tmpdir(), "scorecard-usage-"));
  const usageFile = join(dir, "usage.json");
  const started = performance.now();
  const child = spawnSync(process.execPath, [...nodeOptions, "--require", join(__dirname, "reportUsage.js"), ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  let usage = { cpuMs: Number.NaN, peakRssMb: Number.NaN };
  try {
    usage = JSON.parse(readFileSync(usageFile, "utf8")) as typeof usage;
  } catch {
    // A process killed before its exit handler ran reports nothing; NaN says so in the table.
  }
  rmSync(dir, { recursive: true, force: true });
  return { exitCode: child.status, wallMs, ...usage, stdout: child.stdout, stderr: child.stderr };
}

/** The best (fastest) of `runs` runs, so a moment of contention on a shared machine does not count. */
export function bestOf(runs: number, run: () => ProcessRun): ProcessRun {
  let best: ProcessRun | null = null;
  for (let i = 0; i < runs; i++) {
    const next = run();
    if (best === null || next.wallMs < best.wallMs) best = next;
  }
  if (!best) throw new Error("bestOf: no runs");
  return best;
}
