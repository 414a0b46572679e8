/**
 * A fake Excel for host tests: `run` has the shape of `Excel.run`, proxies queue commands until `context.sync()`,
 * and the workbook is plain data (`state`) that tests snapshot and compare. It counts syncs and the bytes of each
 * request (Office.js's JSON of actions and object paths), can slow each sync down (for the benchmark), refuses
 * requests over Excel on the web's 5 MB, and fails a chosen sync on demand: before applying anything of that batch,
 * or after applying its first k commands, since an Excel batch is not a transaction.
 *
 * It implements only the Office.js surface the host uses, faithfully; anything else throws `FakeExcelUsageError`.
 *
 * @example
 * const excel = createFakeExcel(fakeStateFromGrids(grids));
 * await readWorkbook(excel.run);
 * expect(excel.stats.syncs).toBe(3);
 */
import type { CellValue, WorkbookGrids } from "../../src/model/grid";
import { isCellError } from "../../src/model/grid";
import type { SyncRequest, SyncResponse } from "./fakeExcel/client";
import { FakeRequestContext } from "./fakeExcel/client";
import { FakeExcelUsageError, FakeOfficeError } from "./fakeExcel/errors";
import type { FakeCell, FakeSheet, FakeWorkbookState } from "./fakeExcel/model";
import { cellKey, deepClone, emptySheet, formatArea } from "./fakeExcel/model";
import { Engine, WorkbookObject } from "./fakeExcel/server";

export type {
  FakeBorder,
  FakeCell,
  FakeCellFormat,
  FakeChart,
  FakeChartSeries,
  FakeConditionalFormat,
  FakeHyperlink,
  FakePageLayout,
  FakeSheet,
  FakeWorkbookState,
} from "./fakeExcel/model";
export { FakeExcelUsageError, FakeOfficeError } from "./fakeExcel/errors";
export { emptySheet } from "./fakeExcel/model";

export interface FakeExcelOptions {
  /** Milliseconds each sync waits, as a round trip to Excel would. Default 0. */
  readonly syncDelayMs?: number;
  /** Requests (and responses) larger than this fail as on Excel on the web. Default 5 MB. */
  readonly payloadLimitBytes?: number;
}

export interface FakeExcelStats {
  /** `context.sync()` calls, including the final flush `Excel.run` makes. */
  syncs: number;
  /** `run` calls. */
  runs: number;
  /** Bytes of each request, in order. */
  requestBytes: number[];
  /** Commands (actions) in each request. */
  actions: number[];
  /** Bytes of each response. */
  responseBytes: number[];
  /** The options each `run` was given (`undefined` for the one-argument form). */
  runOptions: (Excel.RunOptions | undefined)[];
}

export interface FakeExcel {
  /** Shaped like `Excel.run`, including the `{ delayForCellEdit: true }` overload. */
  readonly run: FakeRun;
  /** A deep copy of the workbook now. */
  readonly state: FakeWorkbookState;
  readonly stats: FakeExcelStats;
  /**
   * Fails the `n`th sync from now (1 = the next one) with an `OfficeExtension.Error`-like error: before applying
   * anything of that batch, or, with `afterOps`, after applying its first `afterOps` commands.
   */
  failAtSync(n: number, afterOps?: number, code?: string): void;
  /**
   * Brings another workbook to the front (`false`) or this one back (`true`). While another is in front every sync
   * fails with InactiveWorkbook, before applying anything ("The operation failed because multiple workbooks are open
   * and the workbook being called by this API has lost focus", Microsoft's application-specific error page).
   */
  setInFront(inFront: boolean): void;
}

export interface FakeRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

const FIVE_MB = 5 * 1024 * 1024;

/**
 * A fake Excel over a copy of `initial` (by default one empty sheet, `Sheet1`).
 * @example const excel = createFakeExcel(); await excel.run({ delayForCellEdit: true }, async (c) => c.sync());
 */
export function createFakeExcel(initial?: FakeWorkbookState, options: FakeExcelOptions = {}): FakeExcel {
  const start = initial ? deepClone(initial) : { sheets: [emptySheet("sheet1", "Sheet1")], activeSheet: "Sheet1", selection: null };
  const engine = new Engine(start);
  const stats: FakeExcelStats = { syncs: 0, runs: 0, requestBytes: [], actions: [], responseBytes: [], runOptions: [] };
  const failures: { at: number; afterOps: number; code: string }[] = [];
  const limit = options.payloadLimitBytes ?? FIVE_MB;
  let inFront = true;

  const transport = {
    async sync(request: SyncRequest): Promise<SyncResponse> {
      stats.syncs += 1;
      const index = stats.syncs;
      stats.requestBytes.push(request.bytes);
      stats.actions.push(request.actions.length);
      if (options.syncDelayMs) await new Promise((resolve) => setTimeout(resolve, options.syncDelayMs));
      if (!inFront) {
        throw new FakeOfficeError("InactiveWorkbook", "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.");
      }
      if (request.bytes > limit) {
        throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${request.bytes} bytes).`);
      }
      const failure = failures.find((f) => f.at === index);
      // An injected InactiveWorkbook is another workbook brought to the front: it stays there until setInFront(true).
      if (failure?.code === "InactiveWorkbook") inFront = false;
      if (failure && failure.afterOps === 0) throw injected(failure.code, index, 0);
      const response = request.execute(failure ? failure.afterOps : Number.POSITIVE_INFINITY);
      if (failure) throw injected(failure.code, index, failure.afterOps);
      stats.responseBytes.push(response.bytes);
      if (response.bytes > limit) {
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${response.bytes} bytes).`);
      }
      return response;
    },
  };

  async function runImpl(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function" || args.length > 2) throw new FakeExcelUsageError("FakeExcel: run(batch) or run(options, batch).");
    const runOptions = args.length === 2 ? args[0] : undefined;
    if (runOptions !== undefined && (typeof runOptions !== "object" || runOptions === null || !("delayForCellEdit" in runOptions))) {
      throw new FakeExcelUsageError("FakeExcel: only the RunOptions overload of run is implemented.");
    }
    stats.runs += 1;
    stats.runOptions.push(runOptions as Excel.RunOptions | undefined);
    const context = new FakeRequestContext(transport, () => new WorkbookObject(engine));
    try {
      const pending = (batch as (c: unknown) => unknown)(context);
      if (!pending || typeof (pending as Promise<unknown>).then !== "function") {
        throw new FakeOfficeError("RunMustReturnPromise", "The batch function passed to the \".run\" method didn't return a promise.");
      }
      const result = await pending;
      // Excel.run sends whatever the batch left queued.
      if (context.pendingCount > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  }

  return {
    run: runImpl as FakeRun,
    get state() {
      return deepClone(engine.state);
    },
    stats,
    failAtSync(n, afterOps = 0, code = "GeneralException") {
      failures.push({ at: stats.syncs + n, afterOps, code });
    },
    setInFront(value) {
      inFront = value;
    },
  };
}

function injected(code: string, index: number, afterOps: number): FakeOfficeError {
  return new FakeOfficeError(code, `Injected failure at sync ${index}${afterOps > 0 ? ` after ${afterOps} commands` : ""}.`, "FakeExcel.failAtSync");
}

function fakeCell(value: CellValue, numberFormat: string | undefined): FakeCell | null {
  const cell: FakeCell = {};
  if (isCellError(value)) cell.error = value.error;
  else if (value !== null && value !== "") cell.value = value;
  if (numberFormat !== undefined && numberFormat !== "General") cell.numberFormat = numberFormat;
  return Object.keys(cell).length > 0 ? cell : null;
}

/**
 * A fake workbook holding the given grids: values, number formats, merges, hidden rows and hidden sheets. The first
 * visible sheet is active.
 * @example createFakeExcel(fakeStateFromGrids({ sheets: [{ sheet: "KPIs", rows: [["ID"]] }] }))
 */
export function fakeStateFromGrids(grids: WorkbookGrids): FakeWorkbookState {
  const sheets: FakeSheet[] = grids.sheets.map((grid, i) => {
    const sheet = emptySheet(`sheet${i + 1}`, grid.sheet);
    if (grid.hidden) sheet.visibility = "Hidden";
    grid.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = fakeCell(value, grid.numberFormats?.[r]?.[c]);
        if (cell) sheet.cells[cellKey(r, c)] = cell;
      }),
    );
    sheet.merges = (grid.merges ?? []).map((m) => formatArea(m));
    sheet.hiddenRows = [...(grid.hiddenRows ?? [])].sort((a, b) => a - b);
    return sheet;
  });
  return { sheets, activeSheet: sheets.find((s) => s.visibility === "Visible")?.name ?? null, selection: null };
}
