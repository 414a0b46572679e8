/**
 * The file host reads only what a build needs, as the Excel host does (`tests/excel/readWindow.test.ts`): a large
 * sheet with a column per month is read in two steps, its first rows (to plan the window from) and then the rest
 * without the months before the window, and the build writes exactly the workbook a build of every cell writes.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { BENCH_AS_OF, generateKpiWorkbook } from "../../bench/generateKpiWorkbook";
import { writeWorkbookFile } from "../../bench/writeWorkbookFile";
import { createFileHost } from "../../src/files/fileHost";
import { LARGE_SHEET_BYTES } from "../../src/files/readWorkbook";
import type { WorkbookGrids } from "../../src/model/grid";
import { findGrid } from "../../src/model/grid";
import { month } from "../../src/model/period";
import type { BuildOutcome, WorkbookHost } from "../../src/pipeline";
import { runBuild } from "../../src/pipeline";
import { readZipDirectory } from "../../src/files/zip/readZipDirectory";

function built(outcome: BuildOutcome) {
  if (outcome.status !== "built") throw new Error(`not built: ${outcome.issues[0]?.message}`);
  return outcome;
}

/** The host, noting from which month each read began (`undefined`: every month). */
function counted(host: WorkbookHost): { host: WorkbookHost; reads: (string | undefined)[] } {
  const reads: (string | undefined)[] = [];
  return {
    reads,
    host: {
      ...host,
      read: async (needs) => {
        const read = await host.read(needs);
        reads.push(read.readFrom ? `${read.readFrom.year}-${read.readFrom.month}` : undefined);
        return read;
      },
    },
  };
}

/** A build that reads every cell, whatever the build needs: what the windowed build must match. */
async function buildReadingEverything(bytes: Uint8Array): Promise<{ outcome: BuildOutcome; output: Uint8Array }> {
  const host = createFileHost(bytes);
  const outcome = await runBuild({ ...host, read: () => host.read() }, { asOf: BENCH_AS_OF });
  return { outcome, output: host.output() };
}

async function xlsxOf(grids: WorkbookGrids): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "scorecard-window-"));
  try {
    await writeWorkbookFile(grids, join(dir, "book.xlsx"));
    return new Uint8Array(readFileSync(join(dir, "book.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the file host reads only the months a build can use", () => {
  let tenYears: Uint8Array;
  beforeAll(async () => {
    tenYears = await xlsxOf(generateKpiWorkbook({ kpis: 200, years: 10, segments: 2 }));
  }, 60_000);

  it("uses a sheet large enough to be read in two steps", () => {
    const directory = readZipDirectory(tenYears);
    if (!directory.ok) throw new Error("not a zip");
    expect(Math.max(...directory.entries.map((e) => e.size))).toBeGreaterThan(LARGE_SHEET_BYTES);
  });

  it("leaves the month columns before the window unread below the header, and says from when it read", async () => {
    const read = await createFileHost(tenYears).read({ asOf: BENCH_AS_OF });
    // Q4 2013-14 charts Apr 2011 to Mar 2014; its first rolling 12 months need May 2010 on.
    expect(read.readFrom).toEqual(month(2010, 5));
    expect(read.partlyRead).toEqual(["Measurements"]);
    const measurements = findGrid(read, "Measurements")!;
    const header = measurements.rows[0] ?? [];
    const firstKept = header.findIndex((cell) => cell === 40299 /* 1 May 2010 */);
    expect(firstKept).toBeGreaterThan(2);
    // The header row is read whole; below it, ID and segment are kept, older months are not.
    expect(header.slice(2, firstKept).every((cell) => typeof cell === "number")).toBe(true);
    expect(measurements.rows.slice(1).every((row) => typeof row[0] === "string" && row.slice(2, firstKept).every((v) => v === null))).toBe(true);
    expect(measurements.rows.slice(1).every((row) => typeof row[firstKept] === "number")).toBe(true);
  });

  it("writes the same workbook, byte for byte, as a build that read every cell", async () => {
    const { host, reads } = counted(createFileHost(tenYears));
    const windowed = built(await runBuild(host, { asOf: BENCH_AS_OF }));
    const everything = await buildReadingEverything(tenYears);
    expect(reads).toStrictEqual(["2010-5"]);
    expect(windowed.results.kpis).toEqual(built(everything.outcome).results.kpis);
    expect(Buffer.from((host as ReturnType<typeof createFileHost>).output()).equals(Buffer.from(everything.output))).toBe(true);
  });

  it("reads everything again when a KPI's SPC baseline lies before the months it read", async () => {
    const grids = generateKpiWorkbook({ kpis: 200, years: 10, segments: 2 });
    const register = findGrid(grids, "KPIs")!.rows as (string | number | null)[][];
    register.forEach((row, r) => row.push(r === 0 ? "SPC baseline" : r === 1 ? "Apr-05 to Mar-06" : null));
    const bytes = await xlsxOf(grids);
    const fileHost = createFileHost(bytes);
    const { host, reads } = counted(fileHost);
    const windowed = built(await runBuild(host, { asOf: BENCH_AS_OF }));
    const everything = await buildReadingEverything(bytes);
    expect(reads).toStrictEqual(["2010-5", undefined]);
    expect(windowed.results.kpis[0]?.monthly?.months[0]).toEqual(month(2005, 4));
    expect(Buffer.from(fileHost.output()).equals(Buffer.from(everything.output))).toBe(true);
  }, 30_000);

  it("reads a workbook of small sheets whole, every cell checked", async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "../../samples/sample-kpi-workbook.xlsx")));
    const read = await createFileHost(bytes).read({ asOf: month(2014, 1) });
    expect(read.readFrom).toBeUndefined();
    expect(read).toEqual(await createFileHost(bytes).read());
  });
});

describe("a table stacked under the first in the columns a window leaves unread", () => {
  /** Ten years of history, and below it a second table whose header names months in the oldest months' columns. */
  async function stacked(labels: (index: number) => string | number): Promise<Uint8Array> {
    const grids = generateKpiWorkbook({ kpis: 200, years: 10, segments: 2 });
    const measurements = findGrid(grids, "Measurements")!;
    const rows = measurements.rows as (string | number | null)[][];
    const formats = measurements.numberFormats as (string | undefined)[][];
    const width = rows[0]?.length ?? 0;
    const header: (string | number | null)[] = ["KPI ID", "Segment", ...Array.from({ length: 12 }, (_, i) => labels(i))];
    rows.push(Array.from({ length: width }, () => null), [...header, ...Array.from({ length: width - header.length }, () => null)]);
    formats.push([], typeof labels(0) === "number" ? [undefined, undefined, ...Array.from({ length: 12 }, () => "mmm-yy")] : []);
    for (const id of ["K0001", "K0002"]) {
      rows.push([id, null, ...Array.from({ length: 12 }, (_, i) => 100 + i), ...Array.from({ length: width - 14 }, () => null)]);
      formats.push([]);
    }
    return xlsxOf(grids);
  }

  it.each([
    ["as text", (i: number) => `${["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"][i]}-14`],
    ["as dates", (i: number) => Date.UTC(2014, 3 + i, 1) / 86_400_000 + 25569],
  ])("reads the sheet whole when the second header names its months %s", async (_, labels) => {
    const bytes = await stacked(labels);
    const read = await createFileHost(bytes).read({ asOf: BENCH_AS_OF });
    const rows = findGrid(read, "Measurements")!.rows;
    // The stacked table's figures sit under the first header's oldest months: they are read.
    expect(rows[rows.length - 1]?.slice(0, 4)).toEqual(["K0002", null, 100, 101]);
    expect(read.partlyRead).toEqual([]);
    const host = createFileHost(bytes);
    await runBuild(host, { asOf: BENCH_AS_OF });
    const everything = await buildReadingEverything(bytes);
    expect(Buffer.from(host.output()).equals(Buffer.from(everything.output))).toBe(true);
  }, 30_000);
});
