/**
 * The hostile table: each hostile or broken file of `tests/hostile/hostileWorkbooks.ts` through `scorecard build`
 * as a process, with its exit code, wall time, CPU time and peak resident memory (issue 10: each must end in under
 * 30 s and under 1 GB, with a located message).
 */
import { mkdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import * as hostile from "../tests/hostile/hostileWorkbooks";
import type { HostileRun } from "./benchResult";
import { runMeasured } from "./runMeasured";

const CASES: readonly { readonly name: string; readonly make: () => Uint8Array; readonly args?: readonly string[] }[] = [
  { name: "merge A100:XFD1048576 (43 KB file)", make: hostile.wholeSheetMerge },
  { name: "validation over a whole sheet", make: hostile.wholeSheetValidation },
  { name: "4 GB printer settings part", make: () => hostile.hugePrinterSettings(4096) },
  { name: "1 GB image part", make: () => hostile.hugeImage(1024) },
  { name: "2 GB sheet stored as /xl/worksheets/...", make: () => hostile.hugeSheetWithLeadingSlash(2048) },
  { name: "sheet inflating to 1 GB past its stated size", make: () => hostile.sheetThatLiesAboutItsSize(1024) },
  { name: "65,500 extra parts (zip64)", make: () => hostile.manyParts(65_500) },
  { name: "macro-enabled workbook (.xlsm)", make: hostile.macroWorkbook },
  { name: '--quarter "Q1 9999-00"', make: hostile.sampleBytes, args: ["--quarter", "Q1 9999-00"] },
  { name: '--period "Q1 3000-01"', make: hostile.sampleBytes, args: ["--period", "Q1 3000-01"] },
  { name: "encrypted (password) workbook", make: hostile.encryptedWorkbook },
  { name: "Excel 97-2003 .xls", make: hostile.xlsWorkbook },
  { name: "OpenDocument .ods", make: hostile.odsWorkbook },
  { name: "CSV named .xlsx", make: hostile.csvFile },
  { name: "empty file", make: () => new Uint8Array(0) },
  { name: "truncated download", make: hostile.truncatedWorkbook },
  { name: "corrupt data sheet", make: hostile.corruptWorkbook },
  { name: "two measurements of 1e308", make: hostile.overflowingMeasurements },
];

/** @example measureHostile("/tmp/bench", console.error) */
export function measureHostile(dir: string, log: (line: string) => void): HostileRun[] {
  mkdirSync(dir, { recursive: true });
  return CASES.map((c, i) => {
    const file = join(dir, `hostile-${i + 1}${c.name.includes(".xlsm") ? ".xlsm" : ".xlsx"}`);
    writeFileSync(file, c.make());
    const out = join(dir, `hostile-out-${i + 1}`);
    const run = runMeasured(["bin/scorecard.js", "build", file, "--as-of", "2014-01", "--out", `${out}/`, ...(c.args ?? [])]);
    rmSync(file, { force: true });
    rmSync(out, { recursive: true, force: true });
    // The first line, and the first issue under it when the first line only says nothing was built.
    const lines = (run.exitCode === 2 ? run.stderr : run.stdout).split("\n").filter((l) => l.trim() !== "");
    const message = (lines[0]?.endsWith(":") ? `${lines[0]} ${lines[1]?.trim() ?? ""}` : (lines[0] ?? "")).replace(/\s+/g, " ");
    log(`${c.name}: exit ${String(run.exitCode)} in ${run.wallMs.toFixed(0)} ms, ${run.peakRssMb.toFixed(0)} MB`);
    return { name: c.name, exitCode: run.exitCode, wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssMb: run.peakRssMb, message: message.replace(file, "<file>").slice(0, 160) };
  });
}
