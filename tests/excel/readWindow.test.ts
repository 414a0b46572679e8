/**
 * Reading only what a build needs: a workbook with ten years of monthly history is read from the first month its
 * scorecard can use (the charted years and the rolling 12 months before them), and builds exactly the scorecard it
 * builds when every cell is read. Ten years then cost about what three do.
 */
import { BENCH_AS_OF, generateKpiWorkbook } from "../../bench/generateKpiWorkbook";
import { createExcelHost } from "../../src/excel/excelHost";
import { readWorkbook } from "../../src/excel/readWorkbook";
import type { WorkbookGrids } from "../../src/model/grid";
import { findGrid } from "../../src/model/grid";
import { month } from "../../src/model/period";
import type { BuildOutcome, WorkbookHost } from "../../src/pipeline";
import { buildScorecard, runBuild } from "../../src/pipeline";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";

const ALL_SETS = () => true;

function built(outcome: BuildOutcome) {
  if (outcome.status !== "built") throw new Error(`not built: ${outcome.issues[0]?.message}`);
  return outcome;
}

async function readBytes(grids: WorkbookGrids): Promise<{ bytes: number; syncs: number; read: WorkbookGrids }> {
  const excel = createFakeExcel(fakeStateFromGrids(grids));
  const read = await readWorkbook(excel.run, { isSetSupported: ALL_SETS, needs: { asOf: BENCH_AS_OF } });
  return { bytes: excel.stats.responseBytes.reduce((a, b) => a + b, 0), syncs: excel.stats.syncs, read };
}

/** An Excel host on the fake holding `grids` that notes from which month each read began (undefined: all of them). */
function countReads(grids: WorkbookGrids, maxCells?: number): { counted: WorkbookHost; reads: (string | undefined)[] } {
  const read = { isSetSupported: ALL_SETS, ...(maxCells !== undefined ? { maxCells } : {}) };
  const host = createExcelHost(createFakeExcel(fakeStateFromGrids(grids)).run, { read });
  const reads: (string | undefined)[] = [];
  const counted: WorkbookHost = {
    ...host,
    read: async (needs) => {
      const read = await host.read(needs);
      reads.push(read.readFrom ? `${read.readFrom.year}-${read.readFrom.month}` : undefined);
      return read;
    },
  };
  return { counted, reads };
}

describe("reading only the months a build can use", () => {
  const tenYears = generateKpiWorkbook({ kpis: 200, years: 10, segments: 2 });

  it("builds the same scorecard as a build that read every cell", async () => {
    const excel = createFakeExcel(fakeStateFromGrids(tenYears));
    const windowed = built(await runBuild(createExcelHost(excel.run, { read: { isSetSupported: ALL_SETS } }), { asOf: BENCH_AS_OF }));
    const everything = built(buildScorecard(tenYears, { asOf: BENCH_AS_OF }));
    expect(windowed.results.kpis).toEqual(everything.results.kpis);
    expect(windowed.job.plan).toEqual(everything.job.plan);
  });

  it("skips the month columns before the window below the header, and says from when it read", async () => {
    const { read } = await readBytes(tenYears);
    // Q4 2013-14 charts Apr 2011 to Mar 2014; its first rolling 12 months need May 2010 on.
    expect(read.readFrom).toEqual(month(2010, 5));
    const measurements = findGrid(read, "Measurements")!;
    const header = measurements.rows[0] ?? [];
    const firstKept = header.findIndex((cell) => cell === 40299 /* 1 May 2010 */);
    expect(firstKept).toBeGreaterThan(2);
    expect(measurements.rows.slice(1).every((row) => row.slice(2, firstKept).every((v) => v === null))).toBe(true);
    expect(measurements.rows.slice(1).every((row) => typeof row[firstKept] === "number")).toBe(true);
  });

  it("reads about as many bytes for ten years of history as for three", async () => {
    const ten = await readBytes(tenYears);
    const three = await readBytes(generateKpiWorkbook({ kpis: 200, years: 3, segments: 2 }));
    const ratio = ten.bytes / three.bytes;
    console.log(`10 years: ${ten.bytes} bytes in ${ten.syncs} syncs; 3 years: ${three.bytes} bytes in ${three.syncs} syncs (x${ratio.toFixed(2)})`);
    expect(ratio).toBeLessThan(1.4);
  });

  it("builds what a full read builds, in one read, when most KPIs stopped reporting a year before the head's months", async () => {
    // Only the KPIs in the sheet's first rows report the last year; most stopped a year earlier. The build still
    // reports the newest quarter any KPI has, as a full read does, so the window the head gave is enough.
    const stale = JSON.parse(JSON.stringify(tenYears)) as WorkbookGrids;
    const measurements = stale.sheets.find((g) => g.sheet === "Measurements")!;
    const rows = measurements.rows as (string | number | null)[][];
    rows.forEach((row, r) => {
      if (r > 30) for (let c = row.length - 12; c < row.length; c++) row[c] = null;
    });
    const { counted, reads } = countReads(stale);
    const windowed = built(await runBuild(counted, { asOf: BENCH_AS_OF }));
    const everything = built(buildScorecard(stale, { asOf: BENCH_AS_OF }));
    expect(reads).toStrictEqual(["2010-5"]);
    expect(windowed.results.periodLabel).toBe(everything.results.periodLabel);
    expect(windowed.job.plan).toEqual(everything.job.plan);
  });

  it("reads once when a sheet is too large to read whole even from the window's first month", async () => {
    // Reading every month cannot unblock a build the months it read already make too large (the bench's 2,000 KPIs).
    const { counted, reads } = countReads(tenYears, 20_000);
    const outcome = await runBuild(counted, { asOf: BENCH_AS_OF });
    expect(outcome.status).toBe("blocked");
    expect(outcome.issues.map((i) => i.code)).toContain("SHEET_TOO_LARGE");
    expect(reads).toStrictEqual(["2010-5"]);
  });

  it("reads everything again when a table stacked under the first names months in the columns it read", async () => {
    // A second table below the first, its header naming months across the whole width: its oldest months' figures
    // lie in columns the window left unread, so the build reads the sheet whole and builds what a full read builds.
    const stacked = JSON.parse(JSON.stringify(tenYears)) as WorkbookGrids;
    const measurements = stacked.sheets.find((g) => g.sheet === "Measurements")!;
    const rows = measurements.rows as (string | number | null)[][];
    const width = rows[0]?.length ?? 0;
    const label = (c: number) => `${["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"][(c - 2) % 12]}-${String(14 + Math.floor((c - 2) / 12)).padStart(2, "0")}`;
    rows.push(Array.from({ length: width }, () => null), Array.from({ length: width }, (_, c) => (c === 0 ? "KPI ID" : c === 1 ? "Segment" : label(c))));
    rows.push(Array.from({ length: width }, (_, c) => (c === 0 ? "K0001" : c === 1 ? null : 100 + c)));
    const { counted, reads } = countReads(stacked);
    const windowed = built(await runBuild(counted, { asOf: BENCH_AS_OF }));
    const everything = built(buildScorecard(stacked, { asOf: BENCH_AS_OF }));
    expect(reads).toStrictEqual(["2010-5", undefined]);
    expect(windowed.job.plan).toEqual(everything.job.plan);
  });

  it("reads everything again when a KPI's SPC baseline lies before the months it read", async () => {
    const baselined = JSON.parse(JSON.stringify(tenYears)) as WorkbookGrids;
    const register = baselined.sheets.find((g) => g.sheet === "KPIs")!.rows as (string | number | null)[][];
    register.forEach((row, r) => row.push(r === 0 ? "SPC baseline" : r === 1 ? "Apr-05 to Mar-06" : null));
    const { counted, reads } = countReads(baselined);
    const windowed = built(await runBuild(counted, { asOf: BENCH_AS_OF }));
    const everything = built(buildScorecard(baselined, { asOf: BENCH_AS_OF }));
    expect(reads).toStrictEqual(["2010-5", undefined]);
    expect(windowed.results.kpis[0]?.monthly?.months[0]).toEqual(month(2005, 4));
    expect(windowed.job.plan).toEqual(everything.job.plan);
  });
});
