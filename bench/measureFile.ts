/**
 * The file table: `scorecard build` as a process on a generated workbook written to disk (10 years monthly, 20
 * segments), beside the floor of reading it (unzip + scan every cell, `floorScan.ts`) and ExcelJS reading it
 * (`exceljsRead.ts`), each in its own process.
 */
import { mkdirSync, statSync } from "fs";
import { join } from "path";
import type { FileTimings } from "./benchResult";
import { BENCH_AS_OF, BENCH_QUARTER, generateKpiWorkbook } from "./generateKpiWorkbook";
import { bestOf, runMeasured } from "./runMeasured";
import { writeWorkbookFile } from "./writeWorkbookFile";

const TS_NODE = ["-r", "ts-node/register/transpile-only"];

function jsonOf(stdout: string, what: string): { ms: number; cpuMs: number } {
  try {
    return JSON.parse(stdout) as { ms: number; cpuMs: number };
  } catch {
    throw new Error(`bench: ${what} printed no result`);
  }
}

/**
 * Writes the workbook of `kpis` KPIs into `dir` and measures the three reads of it (best of `runs` each).
 * @example await measureFile(1000, "/tmp/bench", 3)
 */
export async function measureFile(kpis: number, dir: string, runs: number, log: (line: string) => void): Promise<FileTimings> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `kpis-${kpis}.xlsx`);
  let started = performance.now();
  await writeWorkbookFile(generateKpiWorkbook({ kpis }), file);
  log(`${kpis} KPIs: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const asOf = `${BENCH_AS_OF.year}-${String(BENCH_AS_OF.month).padStart(2, "0")}`;
  const build = bestOf(runs, () => runMeasured(["bin/scorecard.js", "build", file, "--period", BENCH_QUARTER, "--as-of", asOf, "--out", join(dir, `built-${kpis}.xlsx`)]));
  if (build.exitCode !== 0) throw new Error(`bench: scorecard build of ${kpis} KPIs exited ${String(build.exitCode)}: ${build.stderr}`);
  log(`${kpis} KPIs: build ${build.wallMs.toFixed(0)} ms wall, ${build.cpuMs.toFixed(0)} ms CPU, ${build.peakRssMb.toFixed(0)} MB`);
  started = performance.now();
  const floors = Array.from({ length: runs }, () => jsonOf(runMeasured([...TS_NODE, "bench/floorScan.ts", file]).stdout, "floorScan"));
  const floor = Math.min(...floors.map((f) => f.ms));
  const floorCpu = Math.min(...floors.map((f) => f.cpuMs));
  // One ExcelJS read: at 1,000 KPIs it alone takes ten seconds, and it is the reference, not the product.
  const exceljs = Math.min(...Array.from({ length: 1 }, () => jsonOf(runMeasured([...TS_NODE, "bench/exceljsRead.ts", file], ["--max-old-space-size=8192"]).stdout, "exceljsRead").ms));
  log(`${kpis} KPIs: floor ${floor.toFixed(0)} ms, ExcelJS read ${exceljs.toFixed(0)} ms (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return {
    fileMb: statSync(file).size / 1024 / 1024,
    buildMs: build.wallMs,
    cpuMs: build.cpuMs,
    peakRssMb: build.peakRssMb,
    floorMs: floor,
    floorCpuMs: floorCpu,
    exceljsReadMs: exceljs,
  };
}
