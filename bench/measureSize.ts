/**
 * Measures one size of the benchmark and prints its `SizeResult` as JSON on stdout (progress on stderr). `run.ts`
 * starts one process per size, so memory figures are not skewed by an earlier size's garbage.
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/measureSize.ts <kpis> [--compute-only] [--runs n]
 */
import { calculateScorecard, listReportPeriods } from "../src/calc";
import { createExcelHost } from "../src/excel/excelHost";
import { ingestWorkbook } from "../src/ingest";
import { buildScorecardPlan, chooseCommentary } from "../src/layout";
import { draftCommentary } from "../src/narrative";
import type { WorkbookGrids } from "../src/model/grid";
import { findGrid } from "../src/model/grid";
import type { BuildOutcome, BuildRequest, RenderJob, WorkbookHost } from "../src/pipeline";
import { buildScorecard, runBuild } from "../src/pipeline";
import { readStore } from "../src/store/readStore";
import type { FakeExcel } from "../tests/fakes/fakeExcel";
import { createFakeExcel, fakeStateFromGrids } from "../tests/fakes/fakeExcel";
import type { NodeTimings, OfficeResults, PhaseStats, SizeResult } from "./benchResult";
import { LATENCY_MS } from "./benchResult";
import { BENCH_AS_OF, generateKpiWorkbook } from "./generateKpiWorkbook";
import type { InstrumentedRun } from "./instrumentRun";
import { instrumentRun } from "./instrumentRun";
import { createNaiveExcelHost } from "./naiveExcelHost";

const MB = 1024 * 1024;
const ALL_SETS = () => true;

function log(message: string): void {
  process.stderr.write(`  [${process.argv[2]} KPIs] ${message}\n`);
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

function countCells(grids: WorkbookGrids): { cells: number; measurements: number } {
  let cells = 0;
  let measurements = 0;
  for (const grid of grids.sheets) {
    grid.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        cells += 1;
        if (grid.sheet === "Measurements" && r > 0 && c >= 2 && typeof value === "number") measurements += 1;
      }),
    );
  }
  return { cells, measurements };
}

/** Cells of every sheet's rectangle, as a read of the used ranges returns them (empty cells included). */
function rangeCells(grids: WorkbookGrids): number {
  return grids.sheets.reduce((n, g) => n + g.rows.length * g.rows.reduce((w, r) => Math.max(w, r.length), 0), 0);
}

/** The steps of `buildScorecard`, each timed: store + ingest, quarter + calc, draft + layout. */
function timeSteps(grids: WorkbookGrids, request: BuildRequest): { ingest: number; calc: number; layout: number } {
  const t0 = performance.now();
  const store = readStore(grids);
  const model = ingestWorkbook(grids, { settingsOverride: { ...store.settings, ...request.settings }, mapping: store.mapping });
  const t1 = performance.now();
  const quarter = listReportPeriods(model, model.settings.fiscalYearStartMonth, request.asOf).chosen?.period ?? null;
  if (!quarter) throw new Error("bench: no complete quarter in the generated workbook");
  const results = calculateScorecard(model, quarter, { asOf: request.asOf });
  const t2 = performance.now();
  const previous = findGrid(grids, `Scorecard ${results.sheetLabel}`);
  if (previous) throw new Error("bench: the generated workbook has a scorecard already");
  const drafts = draftCommentary(results);
  const plan = buildScorecardPlan(results, { commentary: chooseCommentary(results, { drafts }), drafts });
  const t3 = performance.now();
  if (plan.sheets.length === 0) throw new Error("bench: empty plan");
  return { ingest: t1 - t0, calc: t2 - t1, layout: t3 - t2 };
}

function measureNode(grids: WorkbookGrids, request: BuildRequest, runs: number): { timings: NodeTimings; outcome: BuildOutcome } {
  collect();
  const before = process.memoryUsage();
  let outcome = buildScorecard(grids, request);
  // Peak resident memory is what the machine must have; RSS now may already be lower after a collection.
  const peakAfterFirst = process.resourceUsage().maxRSS * 1024;
  collect();
  const retained = process.memoryUsage().heapUsed - before.heapUsed;
  if (outcome.status !== "built") throw new Error(`bench: the build was ${outcome.status}: ${outcome.issues.map((i) => i.code).join(", ")}`);

  let build = Number.POSITIVE_INFINITY;
  let ingest = Number.POSITIVE_INFINITY;
  let calc = Number.POSITIVE_INFINITY;
  let layout = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    collect();
    const started = performance.now();
    outcome = buildScorecard(grids, request);
    build = Math.min(build, performance.now() - started);
    collect();
    const steps = timeSteps(grids, request);
    ingest = Math.min(ingest, steps.ingest);
    calc = Math.min(calc, steps.calc);
    layout = Math.min(layout, steps.layout);
  }
  return {
    timings: {
      runs,
      buildMs: build,
      ingestMs: ingest,
      calcMs: calc,
      layoutMs: layout,
      heapRetainedMb: retained / MB,
      rssGrowthMb: Math.max(0, peakAfterFirst - before.rss) / MB,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    },
    outcome,
  };
}

/** Runs `phase` against the fake and reads its share of the fake's stats. */
async function phase(
  fake: FakeExcel,
  timed: InstrumentedRun,
  latency: number,
  body: (marks: Marks) => Promise<void>,
): Promise<PhaseStats> {
  const first = fake.stats.syncs;
  let readEnd = first;
  timed.setLatency(latency);
  timed.reset();
  const started = performance.now();
  let error: string | undefined;
  try {
    await body({ readDone: () => (readEnd = fake.stats.syncs) });
  } catch (caught) {
    // A failed render is a result too (the host rolled the workbook back); the bench goes on.
    error = caught instanceof Error ? caught.message : String(caught);
    log(`failed: ${error}`);
  }
  const wallMs = performance.now() - started;
  const requests = fake.stats.requestBytes.slice(first);
  const responses = fake.stats.responseBytes.slice(first);
  const syncs = fake.stats.syncs - first;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    readSyncs: readEnd - first,
    writeSyncs: syncs - (readEnd - first),
    largestRequest: Math.max(0, ...requests),
    requestBytes: sum(requests),
    largestResponse: Math.max(0, ...responses),
    responseBytes: sum(responses),
    wallMs,
    latencyMs: latency,
    hostMs: wallMs - timed.syncMs(),
    fakeMs: timed.syncMs() - syncs * latency,
    ...(error === undefined ? {} : { error }),
  };
}

interface Marks {
  readonly readDone: () => void;
}

/** A host whose read marks where reading ends, so a phase can split read and write syncs. */
function marked(host: WorkbookHost, marks: Marks, onRead: (grids: WorkbookGrids) => void = () => undefined): WorkbookHost {
  return {
    read: async (needs) => {
      const grids = await host.read(needs);
      marks.readDone();
      onRead(grids);
      return grids;
    },
    render: (job) => host.render(job),
  };
}

/** Excel on the web's response limit. */
const FIVE_MB = 5 * MB;

/** The fewest syncs a read of `bytes` can take: one to list the sheets, then full 5 MB responses. */
function readFloor(bytes: number): number {
  return Math.ceil(bytes / FIVE_MB) + 1;
}

/** Only the read a build makes, of a workbook seeded into its own fake. */
async function measureRead(grids: WorkbookGrids, request: BuildRequest): Promise<{ syncs: number; responseBytes: number; floor: number }> {
  const fake = createFakeExcel(fakeStateFromGrids(grids));
  await createExcelHost(fake.run, { read: { isSetSupported: ALL_SETS } }).read({ asOf: request.asOf });
  const responseBytes = fake.stats.responseBytes.reduce((a, b) => a + b, 0);
  return { syncs: fake.stats.syncs, responseBytes, floor: readFloor(responseBytes) };
}

async function measureOffice(kpis: number, grids: WorkbookGrids, request: BuildRequest, full: BuildOutcome, totalMeasurements: number): Promise<OfficeResults> {
  let started = performance.now();
  const fake = createFakeExcel(fakeStateFromGrids(grids));
  const seedMs = performance.now() - started;
  log(`fake seeded in ${(seedMs / 1000).toFixed(1)} s`);
  const timed = instrumentRun(fake.run);
  const host = createExcelHost(timed.run, { read: { isSetSupported: ALL_SETS } });

  // 1. The build as shipped.
  let built: BuildOutcome | null = null;
  let cellsRead = 0;
  const firstSync = fake.stats.syncs;
  const build = await phase(fake, timed, LATENCY_MS, async (marks) => {
    built = await runBuild(
      marked(host, marks, (read) => (cellsRead = rangeCells(read))),
      request,
    );
  });
  const outcome = built as BuildOutcome | null;
  if (!outcome) throw new Error("bench: no outcome");
  // Bytes per cell of the capped read, times the cells of every sheet's used range: what reading it all would take.
  const readResponse = fake.stats.responseBytes.slice(firstSync, firstSync + build.readSyncs).reduce((a, b) => a + b, 0);
  const fullReadResponseBytes = Math.round((readResponse / Math.max(1, cellsRead)) * rangeCells(grids));
  log(`build: ${build.readSyncs} + ${build.writeSyncs} syncs, ${(build.wallMs / 1000).toFixed(1)} s`);

  // 1b. The read against its floor, and the same workbook with 3 years of history instead of 10.
  const reading = {
    syncs: build.readSyncs,
    responseBytes: readResponse,
    floor: readFloor(readResponse),
    threeYears: await measureRead(generateKpiWorkbook({ kpis, years: 3, segments: 20 }), request),
  };
  log(`read: ${reading.syncs} syncs for ${(readResponse / MB).toFixed(2)} MB (floor ${reading.floor}); 3 years: ${reading.threeYears.syncs} syncs for ${(reading.threeYears.responseBytes / MB).toFixed(2)} MB`);

  // 2. The complete workbook's plan rendered over it, and 3. with every KPI charted: rebuilds, so each replaces the
  //    sheets the render before it wrote, as that render's store would let it (none when the first build was refused).
  if (full.status !== "built") throw new Error("bench: full build blocked");
  const rebuild = (job: RenderJob, over: BuildOutcome): RenderJob => ({ ...job, replaceSheets: over.status === "built" ? over.job.plan.sheets.map((s) => s.name) : [] });
  const fullPlan = await phase(fake, timed, LATENCY_MS, async () => host.render(rebuild(full.job, outcome)));
  log(`full plan: ${fullPlan.writeSyncs} syncs`);
  const charted = buildScorecard(grids, { ...request, settings: { chartLimit: kpis } });
  if (charted.status !== "built") throw new Error("bench: all-charted build blocked");
  const charts = charted.job.plan.sheets.reduce((n, s) => n + s.charts.length, 0);
  const allCharted = await phase(fake, timed, LATENCY_MS, async () => host.render(rebuild(charted.job, full)));
  log(`all charted: ${allCharted.writeSyncs} syncs`);

  // 4. The naive host: real latency where it takes seconds, projected where it would take minutes.
  const naiveLatency = kpis <= 10 ? LATENCY_MS : 0;
  let naiveStatus = "";
  started = performance.now();
  const naive = await phase(fake, timed, naiveLatency, async (marks) => {
    const result = await runBuild(marked(createNaiveExcelHost(timed.run, { kpis }), marks), request);
    naiveStatus = result.status;
  });
  const naiveSyncs = naive.readSyncs + naive.writeSyncs;
  log(`naive: ${naive.readSyncs} + ${naive.writeSyncs} syncs, ${((performance.now() - started) / 1000).toFixed(1)} s`);

  return {
    seedMs,
    build: {
      ...build,
      status: outcome.status,
      measurementsRead: outcome.model.measurements.length,
      measurementsTotal: totalMeasurements,
      errors: [...new Set(outcome.issues.filter((i) => i.severity === "error").map((i) => i.code))],
    },
    fullReadResponseBytes,
    reading,
    fullPlan,
    allCharted: { ...allCharted, charts },
    naive: {
      ...naive,
      status: naiveStatus,
      e2eMs: naiveLatency > 0 ? naive.wallMs : naive.wallMs + naiveSyncs * LATENCY_MS,
      projected: naiveLatency === 0,
    },
  };
}

async function main(): Promise<void> {
  const kpis = Number(process.argv[2]);
  if (!Number.isInteger(kpis) || kpis <= 0) throw new Error("usage: measureSize.ts <kpis> [--compute-only] [--runs n]");
  const computeOnly = process.argv.includes("--compute-only");
  const runsArg = process.argv.indexOf("--runs");
  // More runs at 1,000 KPIs, the size the issue times: on a shared machine the best of few runs still varies.
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : kpis >= 2000 ? 2 : kpis === 1000 ? 5 : kpis >= 500 ? 3 : 10;
  const years = 10;
  const segments = 20;
  const request: BuildRequest = { asOf: BENCH_AS_OF };

  let started = performance.now();
  const grids = generateKpiWorkbook({ kpis, years, segments });
  const { cells, measurements } = countCells(grids);
  log(`generated ${cells.toLocaleString("en-GB")} cells in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  const { timings, outcome } = measureNode(grids, request, runs);
  log(`buildScorecard best of ${runs}: ${timings.buildMs.toFixed(0)} ms (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const result: SizeResult = {
    kpis,
    years,
    segments,
    measurements,
    cells,
    node: timings,
    ...(computeOnly ? {} : { office: await measureOffice(kpis, grids, request, outcome, measurements) }),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
