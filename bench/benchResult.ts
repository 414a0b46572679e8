/**
 * What one size of the benchmark measured; `bench/results.json` holds one per size. Times in milliseconds, sizes in
 * bytes (memory in MB).
 */

/** Excel on the web's round trip per sync, as issue 7 sets it. */
export const LATENCY_MS = 150;

export interface NodeTimings {
  /** Timed runs after one warm-up; each figure is the best of them. */
  readonly runs: number;
  /** `buildScorecard`, whole. */
  readonly buildMs: number;
  /** The steps as `buildScorecard` runs them, timed one by one: store + ingest, quarter + calc, draft + layout. */
  readonly ingestMs: number;
  readonly calcMs: number;
  readonly layoutMs: number;
  /** Heap held by the outcome (model, results, plan) after a full collection. */
  readonly heapRetainedMb: number;
  /** Peak resident memory during the first build, over the resident memory before it. */
  readonly rssGrowthMb: number;
  /** The process's peak resident memory after the Node timings (grids included). */
  readonly peakRssMb: number;
}

/** One phase against the fake Excel: a build, or a render only. */
export interface PhaseStats {
  readonly readSyncs: number;
  readonly writeSyncs: number;
  /** Request bytes (Office.js's JSON of actions and object paths), largest and in all. */
  readonly largestRequest: number;
  readonly requestBytes: number;
  readonly largestResponse: number;
  readonly responseBytes: number;
  /** Wall time of the phase with the latency it was run with. */
  readonly wallMs: number;
  /** Latency per sync the phase ran with (0: none). */
  readonly latencyMs: number;
  /** Time outside `context.sync()`: the add-in's own code, in Node. */
  readonly hostMs: number;
  /** Time inside `context.sync()` minus the latency: the fake's own work, which is not Excel's. */
  readonly fakeMs: number;
  /** The host's error message when the phase failed (the workbook is then as it was). */
  readonly error?: string;
}

export interface OfficeResults {
  /** Seeding the fake workbook (not part of any build). */
  readonly seedMs: number;
  /** `runBuild(createExcelHost(...))` as shipped (the read is capped at 120,000 cells), 150 ms a sync. */
  readonly build: PhaseStats & {
    readonly status: string;
    /** Measurement values the read delivered, of those in the workbook. */
    readonly measurementsRead: number;
    readonly measurementsTotal: number;
    /** Error issue codes of the build (SHEET_TOO_LARGE when the read was cut short). */
    readonly errors: readonly string[];
  };
  /** Reading every cell would take responses of this many bytes in all (measured bytes per cell x cells). */
  readonly fullReadResponseBytes: number;
  /**
   * The build's read against its floor, `ceil(response bytes / 5 MB) + 1` (one sync to list the sheets, then full
   * responses), and the same workbook with 3 years of history instead of 10, read the same way.
   */
  readonly reading: {
    readonly syncs: number;
    readonly responseBytes: number;
    readonly floor: number;
    readonly threeYears: { readonly syncs: number; readonly responseBytes: number; readonly floor: number };
  };
  /** The plan from the complete workbook, rendered over the last build (a rebuild), 150 ms a sync. */
  readonly fullPlan: PhaseStats;
  /** The same with every KPI charted (`chartLimit` raised to the KPI count), 150 ms a sync. */
  readonly allCharted: PhaseStats & { readonly charts: number };
  /** The naive reference host: one sync per KPI reading and writing. */
  readonly naive: PhaseStats & {
    readonly status: string;
    /** End to end at 150 ms a sync: measured when `latencyMs` is 150, else wall + syncs x 150 ms. */
    readonly e2eMs: number;
    readonly projected: boolean;
  };
}

/** `scorecard build` as a process on the workbook written to disk, beside the floor and ExcelJS reading it. */
export interface FileTimings {
  readonly fileMb: number;
  /** Wall time of the whole process, start to exit (best of several runs). */
  readonly buildMs: number;
  /** Its CPU time (user + system) and peak resident memory. */
  readonly cpuMs: number;
  readonly peakRssMb: number;
  /** Unzip (native zlib) + visit every cell's value, in process: no reader can do less (`floorScan.ts`). */
  readonly floorMs: number;
  /** The floor's CPU time: on a shared machine, CPU against CPU compares like with like where wall times do not. */
  readonly floorCpuMs: number;
  /** ExcelJS's `workbook.xlsx.load` of the same file, in process (`exceljsRead.ts`). */
  readonly exceljsReadMs: number;
}

/** One hostile or broken file through `scorecard build` as a process. */
export interface HostileRun {
  readonly name: string;
  readonly exitCode: number | null;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  /** The first line the user sees. */
  readonly message: string;
}

export interface SizeResult {
  readonly kpis: number;
  readonly years: number;
  readonly segments: number;
  /** Numeric values in the Measurements sheet. */
  readonly measurements: number;
  /** Non-empty cells of the workbook. */
  readonly cells: number;
  readonly node: NodeTimings;
  /** Absent for compute-only sizes. */
  readonly office?: OfficeResults;
  /** The file table (10, 100 and 1,000 KPIs). */
  readonly file?: FileTimings;
}

export interface BenchResults {
  readonly date: string;
  readonly node: string;
  readonly cpus: string;
  readonly latencyMs: number;
  readonly totalSeconds: number;
  readonly sizes: readonly SizeResult[];
  /** The hostile table; absent when not measured. */
  readonly hostile?: readonly HostileRun[];
}
