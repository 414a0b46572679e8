/**
 * Writes a scorecard plan into the open workbook through Office.js, keeping every reference the analyst made to the
 * scorecard's sheets (a cover-sheet formula, a defined name, a chart, a validation list):
 *
 *   1. Inspect   one sync: the workbook's sheets (id, name, visibility) and the active one; refuse a name clash.
 *   2. Stage     a few syncs: every plan sheet (and the store) is built on a new sheet with a temporary name;
 *                values, formats, styles, charts are queued in size-bounded requests, never per KPI or per row.
 *   3. Swap      a sheet an earlier build wrote under the same name is rewritten in place (cleared, its staged cells
 *                copied in, its layout, merges, rules, links and charts set again), because Excel's references
 *                point at the sheet itself: a deleted sheet leaves them `#REF!` for good, even if a new one takes its
 *                name. New sheets are renamed into place and moved into the tab order, the scorecard activated, and
 *                last the staged copies and the sheets this build no longer writes are deleted.
 *
 * Nothing of the analyst's changes before the swap. If a sync fails (an Excel batch is not a transaction: part of it
 * may have run) the workbook is listed again: before the swap has begun, the temporary sheets are deleted and names,
 * visibility and the active sheet restored, so the workbook is as it was; once it has begun (its first command marks
 * a staged sheet), the swap is finished from the staged sheets, which hold the whole new scorecard. While another
 * workbook is in front (InactiveWorkbook) the recovery waits for this one to come back. Temporary sheets an
 * interrupted render left behind are removed by the next one.
 */
import type { ScorecardPlan } from "../layout/plan";
import { messageText } from "../messages";
import { STORE_SHEET } from "../model/outputSheets";
import { checkSheetName } from "./checkSheetName";
import { describeOfficeError, officeErrorCode } from "./describeOfficeError";
import { ExcelHostError } from "./excelHostError";
import type { ExcelRun } from "./excelRun";
import { RUN_OPTIONS } from "./excelRun";
import { packSteps } from "./packSteps";
import { parseSheetRef } from "./parseSheetRef";
import type { SheetMove } from "./planSheetOrder";
import { planSheetOrder } from "./planSheetOrder";
import { queueSheetReset } from "./queueSheetReset";
import type { StageTarget, WriteStep } from "./sheetSteps";
import { planExtent, rewriteSteps, sheetSteps } from "./sheetSteps";
import { isTemporarySheetName, randomToken, temporaryPrefix } from "./temporarySheets";

export interface RenderTarget {
  /** Sheets an earlier build of this period wrote (`RenderJob.replaceSheets`): replaced; nothing else is touched. */
  readonly replaceSheets: readonly string[];
  /** The store's rows, written to the very hidden store sheet; `undefined` leaves the store as it is. */
  readonly store?: readonly (readonly [string, string])[];
}

export interface RenderPlanOptions {
  /**
   * Estimated bytes per request. Excel on the web refuses requests over 5 MB as Office on the web sends them (the
   * request serialised twice); estimates run within a few percent of that, so 3.6 MB keeps every request under 4 MB.
   */
  readonly requestBudget?: number;
  /** Makes the temporary sheet names unique (`~SB<token> 1`); random by default. */
  readonly token?: string;
  /** How long the recovery waits for the workbook to come back to the front (InactiveWorkbook). Default 60 s. */
  readonly inactiveWaitMs?: number;
  /** Waits between the recovery's tries; `setTimeout` by default (tests pass their own clock). */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface RenderReport {
  /** The sheets written, in plan order. */
  readonly sheets: readonly string[];
  /** Sheets of an earlier build rewritten in place (the analyst's references to them keep working). */
  readonly rewritten: readonly string[];
  /** Sheets of an earlier build this one no longer writes, deleted. */
  readonly removed: readonly string[];
}

const DEFAULT_BUDGET = 3.6 * 1024 * 1024;
const MAX_CELL_TEXT = 32767;
const INACTIVE_WAIT_MS = 60_000;
const RETRY_EVERY_MS = 2_000;

interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
}

/** Which sheets the build writes where: decided once the workbook's sheets are known. */
interface Layout {
  readonly prefix: string;
  readonly stagingName: (i: number) => string;
  readonly storeName: string;
  /** The name of the first staged sheet once the swap has begun. */
  readonly swapMark: string;
  /** For each plan sheet, the id of the earlier build's sheet it is written into, or `null` for a new sheet. */
  readonly keptIds: readonly (string | null)[];
  /** The existing store's id when the store is written and one exists. */
  readonly keptStoreId: string | null;
  /** Sheets of an earlier build this one no longer writes. */
  readonly removedIds: readonly string[];
  /** Temporary sheets an interrupted render left behind. */
  readonly leftoverIds: readonly string[];
  readonly moves: readonly SheetMove[];
}

/** What recovery needs to know about how far the render got. */
interface Progress {
  phase: "inspect" | "stage" | "swap";
  original: readonly SheetInfo[];
  activeId: string | null;
  layout: Layout | null;
  /** Ids of the staged sheets, in plan order, then the store's; known once their sync has run. */
  stagedIds: string[];
  stagedStoreId: string | null;
}

function fail(code: Parameters<typeof messageText>[0], ...args: string[]): never {
  throw new ExcelHostError(messageText("BUILD_FAILED", messageText(code, ...args).replace(/\.$/, "")));
}

/** Refusals that need no workbook: names Excel would reject, store values too long for a cell. */
function checkPlan(plan: ScorecardPlan, store: RenderTarget["store"]): void {
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    const why = checkSheetName(sheet.name);
    if (why) fail("EXCEL_SHEET_NAME_INVALID", sheet.name, why);
    const key = sheet.name.toLowerCase();
    if (seen.has(key) || key === STORE_SHEET.toLowerCase()) fail("EXCEL_SHEET_NAME_INVALID", sheet.name, "another sheet of the scorecard has it");
    seen.add(key);
  }
  for (const [key, value] of store ?? []) {
    if (key.length > MAX_CELL_TEXT || value.length > MAX_CELL_TEXT) fail("EXCEL_STORE_TOO_LONG", key.slice(0, 40));
  }
}

/**
 * Renders `plan` into the workbook behind `run`, replacing `target.replaceSheets` and writing the store. Resolves
 * with what was written; rejects with an `ExcelHostError` whose message says why, the workbook left as it was.
 * @example await renderPlan(Excel.run, job.plan, { replaceSheets: job.replaceSheets, store: job.store });
 */
export async function renderPlan(run: ExcelRun, plan: ScorecardPlan, target: RenderTarget, options: RenderPlanOptions = {}): Promise<RenderReport> {
  checkPlan(plan, target.store);
  const budget = options.requestBudget ?? DEFAULT_BUDGET;
  const progress: Progress = { phase: "inspect", original: [], activeId: null, layout: null, stagedIds: [], stagedStoreId: null };
  try {
    return await run(RUN_OPTIONS, async (context) => {
      // 1. Inspect: the sheets as they are, and what this build may replace.
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/id,items/name,items/visibility");
      const active = worksheets.getActiveWorksheet();
      active.load("id");
      await context.sync();
      const items = worksheets.items;
      progress.original = items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility }));
      progress.activeId = active.id;
      const layout = decideLayout(plan, target, progress.original, options.token);
      progress.layout = layout;
      const byId = new Map(items.map((s) => [s.id, s]));

      // 2. Stage: every sheet built under a temporary name, in a few requests.
      progress.phase = "stage";
      const staged: Excel.Worksheet[] = [];
      let stagedStore: Excel.Worksheet | null = null;
      const keptCharts = new Map<string, Excel.ChartCollection>();
      const steps: WriteStep[] = [
        {
          bytes: 400 * (plan.sheets.length + 1 + layout.leftoverIds.length),
          queue: () => {
            for (const id of layout.leftoverIds) deleteSheet(byId.get(id), visibilityOf(progress.original, id));
            plan.sheets.forEach((_, i) => staged.push(worksheets.add(layout.stagingName(i)).load("id")));
            if (target.store !== undefined) stagedStore = worksheets.add(layout.storeName).load("id");
          },
        },
      ];
      const stage = sheetTarget(plan, (i) => staged[i], items);
      const charts: WriteStep[] = [];
      plan.sheets.forEach((sheet, i) => {
        const { contentSteps, chartSteps } = sheetSteps(sheet, i, plan.styles);
        steps.push(...contentSteps);
        charts.push(...chartSteps);
      });
      steps.push(...charts);
      const rows = target.store ?? [];
      if (rows.length > 0) steps.push(storeStep(rows, () => stagedStore));
      // Last: the charts on the sheets to rewrite, so the swap can delete them (and it only needs their ids).
      steps.push({
        bytes: 300 * layout.keptIds.length,
        queue: () => {
          for (const id of layout.keptIds) {
            const kept = id === null ? undefined : byId.get(id);
            if (kept && id !== null) keptCharts.set(id, kept.charts.load("items/name"));
          }
        },
      });
      for (const group of packSteps(
        steps.map((s) => s.bytes),
        budget,
      )) {
        for (const i of group) steps[i]?.queue(stage);
        await context.sync();
        progress.stagedIds = staged.map((s) => s.id);
        progress.stagedStoreId = (stagedStore as Excel.Worksheet | null)?.id ?? null;
      }

      // 3. Swap: its first command marks that it has begun; from there on, a failure is finished, not undone.
      progress.phase = "swap";
      await runSwap(context, plan, layout, rows, budget, {
        staged: (i) => staged[i],
        stagedStore: stagedStore as Excel.Worksheet | null,
        kept: (id) => byId.get(id),
        keptCharts: (id) => keptCharts.get(id)?.items ?? [],
        others: items,
        visibility: (id) => visibilityOf(progress.original, id),
      });
      return report(plan, layout, progress.original);
    });
  } catch (error) {
    if (progress.phase === "inspect") throw hostError(error);
    let outcome: "back" | "forward";
    try {
      outcome = await recoverPatiently(run, plan, target, progress, budget, options);
    } catch (recoveryError) {
      throw recoveryFailed(error, recoveryError, plan, progress);
    }
    if (outcome === "forward" && progress.layout) return report(plan, progress.layout, progress.original);
    throw hostError(error);
  }
}

/** The proxies the swap works with: in the first run those of the render, in a recovery those listed again. */
interface SwapSheets {
  readonly staged: (i: number) => Excel.Worksheet | undefined;
  readonly stagedStore: Excel.Worksheet | null;
  readonly kept: (id: string) => Excel.Worksheet | undefined;
  readonly keptCharts: (id: string) => readonly Excel.Chart[];
  /** The workbook's other sheets, for charts drawing from a sheet of the analyst's. */
  readonly others: readonly Excel.Worksheet[];
  /** A sheet's visibility as last listed (a very hidden one must be made hidden to be deleted). */
  readonly visibility: (id: string) => SheetInfo["visibility"] | undefined;
}

function visibilityOf(sheets: readonly SheetInfo[], id: string): SheetInfo["visibility"] | undefined {
  return sheets.find((s) => s.id === id)?.visibility;
}

/**
 * The swap, in order: the mark; new sheets renamed into place and moved; each sheet of an earlier build reset and
 * rewritten from its staged copy (cells copied, the rest set again); the store; the scorecard activated; the staged
 * copies and the sheets no longer written deleted. Sent in as few requests as its size allows; run again whole, it
 * finishes what a failed run began.
 */
async function runSwap(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  layout: Layout,
  storeRows: readonly (readonly [string, string])[],
  budget: number,
  sheets: SwapSheets,
): Promise<void> {
  const finalSheet = (i: number): Excel.Worksheet | undefined => {
    const id = layout.keptIds[i];
    return id === null || id === undefined ? sheets.staged(i) : sheets.kept(id);
  };
  const final = sheetTarget(plan, finalSheet, sheets.others);
  const steps: WriteStep[] = [
    {
      bytes: 600 * (plan.sheets.length + layout.moves.length + 2),
      queue: () => {
        const first = sheets.staged(0);
        if (first) first.name = layout.swapMark;
        plan.sheets.forEach((sheet, i) => {
          if (layout.keptIds[i] === null) {
            const fresh = sheets.staged(i);
            if (fresh) fresh.name = sheet.name;
          }
        });
        const store = layout.keptStoreId === null ? sheets.stagedStore : null;
        if (store) {
          store.name = STORE_SHEET;
          store.visibility = "VeryHidden";
        }
        for (const move of layout.moves) {
          const sheet = move.token.kind === "new" ? sheets.staged(move.token.index) : move.token.kind === "store" ? store : null;
          if (sheet) sheet.position = move.position;
        }
      },
    },
  ];
  // Every sheet's cells first, then the rest, then charts: a chart is drawn from cells already written.
  const rest: WriteStep[] = [];
  const charts: WriteStep[] = [];
  plan.sheets.forEach((sheet, i) => {
    const id = layout.keptIds[i];
    const source = sheets.staged(i);
    const kept = id === null || id === undefined ? undefined : sheets.kept(id);
    // A staged copy already gone means this sheet was rewritten before the failure being finished.
    if (!kept || !source || id === null || id === undefined) return;
    const extent = planExtent(sheet);
    const { contentSteps, chartSteps } = rewriteSteps(sheet, i);
    rest.push(...contentSteps);
    charts.push(...chartSteps);
    steps.push({
      bytes: 3000 + 300 * sheets.keptCharts(id).length,
      queue: () => {
        queueSheetReset(kept, sheets.keptCharts(id));
        if (extent) {
          const cells = kept.getRange(extent);
          cells.copyFrom(source.getRange(extent), "All");
          // A copy may or may not bring merges and rules along; they are set again from the plan.
          cells.unmerge();
          cells.conditionalFormats.clearAll();
        }
      },
    });
  });
  steps.push(...rest, ...charts);
  const keptStore = layout.keptStoreId === null ? undefined : sheets.kept(layout.keptStoreId);
  if (keptStore && sheets.stagedStore) {
    const source = sheets.stagedStore;
    steps.push({
      bytes: 2000,
      queue: () => {
        keptStore.getRange().clear("All");
        if (storeRows.length > 0) keptStore.getRange(`A1:B${storeRows.length}`).copyFrom(source.getRange(`A1:B${storeRows.length}`), "All");
      },
    });
  }
  steps.push({
    bytes: 300 * (layout.removedIds.length + plan.sheets.length + 3),
    queue: () => {
      finalSheet(0)?.activate();
      for (const id of layout.removedIds) deleteSheet(sheets.kept(id), sheets.visibility(id));
      plan.sheets.forEach((_, i) => {
        if (layout.keptIds[i] !== null) deleteSheet(sheets.staged(i));
      });
      if (keptStore) deleteSheet(sheets.stagedStore ?? undefined);
    },
  });
  for (const group of packSteps(
    steps.map((s) => s.bytes),
    budget,
  )) {
    for (const i of group) steps[i]?.queue(final);
    await context.sync();
  }
}

/** The store's rows as text, on the staged store sheet. */
function storeStep(rows: readonly (readonly [string, string])[], sheet: () => Excel.Worksheet | null): WriteStep {
  return {
    bytes: JSON.stringify(rows).length * 2 + 600,
    queue: () => {
      const store = sheet();
      if (!store) return;
      const range = store.getRange(`A1:B${rows.length}`);
      // Keys and values are text whatever they look like (JSON, names starting with =).
      range.numberFormat = rows.map(() => ["@", "@"]);
      range.values = rows.map(([k, v]) => [k, v]);
    },
  };
}

/** Plan sheet `i` is `sheetOf(i)`; a chart's reference to another sheet finds it among the plan's or the workbook's. */
function sheetTarget(plan: ScorecardPlan, sheetOf: (i: number) => Excel.Worksheet | undefined, others: readonly Excel.Worksheet[]): StageTarget {
  const ranges = new Map<string, Excel.Range>();
  const sheet = (i: number) => {
    const found = sheetOf(i);
    if (!found) throw new Error(`renderPlan: plan sheet ${i} has no worksheet`);
    return found;
  };
  return {
    sheet,
    range: (ref) => {
      let range = ranges.get(ref);
      if (!range) {
        const parsed = parseSheetRef(ref);
        if (!parsed || parsed.sheet === null) throw new Error(`renderPlan: reference ${ref} has no sheet`);
        const wanted = parsed.sheet.toLowerCase();
        const own = plan.sheets.findIndex((s) => s.name.toLowerCase() === wanted);
        const found = own >= 0 ? sheet(own) : others.find((s) => s.name.toLowerCase() === wanted);
        if (!found) throw new Error(`renderPlan: no sheet ${parsed.sheet}`);
        ranges.set(ref, (range = found.getRange(parsed.address)));
      }
      return range;
    },
  };
}

/** A very hidden sheet cannot be deleted; hidden, it can. */
function deleteSheet(sheet: Excel.Worksheet | undefined, visibility: SheetInfo["visibility"] | undefined = "Visible"): void {
  if (!sheet) return;
  if (visibility === "VeryHidden") sheet.visibility = "Hidden";
  sheet.delete();
}

function report(plan: ScorecardPlan, layout: Layout, original: readonly SheetInfo[]): RenderReport {
  const nameOf = (id: string | null) => original.find((s) => s.id === id)?.name ?? "";
  return {
    sheets: plan.sheets.map((s) => s.name),
    rewritten: [...layout.keptIds.filter((id): id is string => id !== null), ...(layout.keptStoreId ? [layout.keptStoreId] : [])].map(nameOf),
    removed: layout.removedIds.map(nameOf),
  };
}

function hostError(error: unknown): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  return new ExcelHostError(messageText("BUILD_FAILED", describeOfficeError(error).replace(/\.$/, "")), officeErrorCode(error), error);
}

/** The message when the recovery could not run either: what is left, and what to do. */
function recoveryFailed(error: unknown, recoveryError: unknown, plan: ScorecardPlan, progress: Progress): ExcelHostError {
  const layout = progress.layout;
  const temporary = layout ? [...plan.sheets.map((_, i) => layout.stagingName(i)), layout.storeName, layout.swapMark] : [];
  const left = messageText(progress.phase === "swap" ? "EXCEL_SWAP_INTERRUPTED" : "EXCEL_ROLLBACK_INCOMPLETE", temporary.join(", "));
  return new ExcelHostError(`${describeOfficeError(error)} ${left}`, officeErrorCode(error) ?? officeErrorCode(recoveryError), error);
}

/** Which sheets go, where the new ones land, and temporary names no sheet has. Refuses clashes and dangling charts. */
function decideLayout(plan: ScorecardPlan, target: RenderTarget, existing: readonly SheetInfo[], token: string | undefined): Layout {
  const lower = existing.map((s) => s.name.toLowerCase());
  const replaceSet = new Set(target.replaceSheets.map((n) => n.toLowerCase()).filter((n) => n !== STORE_SHEET.toLowerCase()));
  const storeIndex = lower.indexOf(STORE_SHEET.toLowerCase());
  const keptAs = plan.sheets.map((s) => {
    const i = lower.indexOf(s.name.toLowerCase());
    if (i >= 0 && !replaceSet.has(lower[i] ?? "")) fail("EXCEL_SHEET_NAME_TAKEN", existing[i]?.name ?? s.name);
    return i >= 0 ? i : null;
  });
  const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const removed = lower.flatMap((name, i) => (replaceSet.has(name) && !planNames.has(name) ? [i] : []));
  const leftovers = existing.flatMap((s, i) => (isTemporarySheetName(s.name) ? [i] : []));

  // Every chart must draw from a sheet that will be there: one of the plan's, or one of the analyst's kept.
  const gone = new Set([...removed, ...leftovers].map((i) => lower[i]));
  const kept = new Set(lower.filter((name) => !gone.has(name)));
  for (const sheet of plan.sheets) {
    for (const chart of sheet.charts) {
      for (const ref of [chart.categories, ...chart.series.map((s) => s.values)]) {
        const parsed = parseSheetRef(ref);
        const name = parsed?.sheet?.toLowerCase();
        if (!parsed || !name || (!planNames.has(name) && !kept.has(name))) fail("EXCEL_CHART_SOURCE_MISSING", chart.id, parsed?.sheet ?? ref);
      }
    }
  }

  let chosen = token ?? randomToken();
  while (lower.some((n) => n.startsWith(temporaryPrefix(chosen).toLowerCase()))) chosen = randomToken();
  const prefix = temporaryPrefix(chosen);
  const writesStore = target.store !== undefined;
  const idOf = (i: number | null) => (i === null ? null : existing[i]?.id ?? null);
  return {
    prefix,
    stagingName: (i) => `${prefix} ${i + 1}`,
    storeName: `${prefix} store`,
    swapMark: `${prefix} swap`,
    keptIds: keptAs.map(idOf),
    keptStoreId: writesStore && storeIndex >= 0 ? idOf(storeIndex) : null,
    removedIds: removed.map((i) => existing[i]?.id ?? "").filter((id) => id !== ""),
    leftoverIds: leftovers.map((i) => existing[i]?.id ?? "").filter((id) => id !== ""),
    moves: planSheetOrder({ existing: existing.map((s) => s.name), keptAs, store: writesStore ? { kept: storeIndex >= 0 } : null }),
  };
}

/** The recovery, tried again while another workbook is in front (InactiveWorkbook), up to `inactiveWaitMs`. */
async function recoverPatiently(
  run: ExcelRun,
  plan: ScorecardPlan,
  target: RenderTarget,
  progress: Progress,
  budget: number,
  options: RenderPlanOptions,
): Promise<"back" | "forward"> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let waited = 0;
  for (;;) {
    try {
      return await recover(run, plan, target, progress, budget);
    } catch (error) {
      if (officeErrorCode(error) !== "InactiveWorkbook" || waited >= (options.inactiveWaitMs ?? INACTIVE_WAIT_MS)) throw error;
      await sleep(RETRY_EVERY_MS);
      waited += RETRY_EVERY_MS;
    }
  }
}

/**
 * Puts the workbook right after a failed sync, from whatever state the failure left. Before the swap began (its mark
 * is not there, no sheet was renamed or deleted): the temporary sheets are deleted and names, visibility and the active
 * sheet restored. After: the swap is run again from the staged sheets and finishes.
 */
async function recover(run: ExcelRun, plan: ScorecardPlan, target: RenderTarget, progress: Progress, budget: number): Promise<"back" | "forward"> {
  const layout = progress.layout;
  return run(RUN_OPTIONS, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id,items/name,items/visibility");
    await context.sync();
    const items = worksheets.items;
    const byId = new Map(items.map((s) => [s.id, s]));
    const began =
      progress.phase === "swap" &&
      layout !== null &&
      (progress.stagedIds.some((id, i) => byId.get(id)?.name !== layout.stagingName(i)) ||
        layout.removedIds.some((id) => !byId.has(id)) ||
        (progress.stagedStoreId !== null && byId.get(progress.stagedStoreId)?.name !== layout.storeName));

    if (began && layout) {
      const charts = new Map<string, Excel.ChartCollection>();
      for (const id of layout.keptIds) {
        const kept = id === null ? undefined : byId.get(id);
        if (kept && id !== null) charts.set(id, kept.charts.load("items/name"));
      }
      await context.sync();
      await runSwap(context, plan, layout, target.store ?? [], budget, {
        staged: (i) => byId.get(progress.stagedIds[i] ?? ""),
        stagedStore: progress.stagedStoreId === null ? null : byId.get(progress.stagedStoreId) ?? null,
        kept: (id) => byId.get(id),
        keptCharts: (id) => charts.get(id)?.items ?? [],
        others: items,
        visibility: (id) => byId.get(id)?.visibility,
      });
      return "forward";
    }

    const originalIds = new Set(progress.original.map((s) => s.id));
    const temporary = new Set([...progress.stagedIds, ...(progress.stagedStoreId ? [progress.stagedStoreId] : [])]);
    const prefix = layout?.prefix.toLowerCase() ?? "";
    for (const sheet of items) {
      const ours = !originalIds.has(sheet.id) && (temporary.has(sheet.id) || (prefix !== "" && sheet.name.toLowerCase().startsWith(prefix)));
      if (ours) deleteSheet(sheet, sheet.visibility);
    }
    for (const original of progress.original) {
      const sheet = byId.get(original.id);
      if (!sheet) continue;
      if (sheet.name !== original.name) sheet.name = original.name;
      if (sheet.visibility !== original.visibility) sheet.visibility = original.visibility;
    }
    const active = progress.activeId === null ? undefined : byId.get(progress.activeId);
    const wasVisible = progress.original.find((s) => s.id === progress.activeId)?.visibility === "Visible";
    if (active && wasVisible) active.activate();
    await context.sync();
    return "back";
  });
}
