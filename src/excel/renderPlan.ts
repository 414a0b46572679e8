/**
 * Writes a scorecard plan into the open workbook through Office.js, all or nothing:
 *
 *   1. Inspect   one sync: the workbook's sheets (id, name, visibility) and the active one; refuse a name clash.
 *   2. Stage     a few syncs: every plan sheet (and the store) is built on a new sheet with a temporary name;
 *                values, formats, styles, charts are queued in size-bounded requests, never per KPI or per row.
 *   3. Swap      one sync: the sheets being replaced are renamed aside, the staged ones renamed into place and
 *                moved into the tab order, the store hidden, the scorecard activated, and only then the old
 *                sheets deleted.
 *
 * Nothing of the analyst's changes before the swap, and everything the swap does before its deletes can be undone.
 * If a sync fails (an Excel batch is not a transaction: part of it may have run) the workbook is listed again and
 * restored: temporary sheets deleted, old sheets renamed back, visibility and active sheet as they were. Only if
 * the swap got as far as deleting an old sheet is the swap finished instead, since the new sheets are then in.
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
import type { OrderToken } from "./planSheetOrder";
import { planSheetOrder } from "./planSheetOrder";
import type { StageTarget, WriteStep } from "./sheetSteps";
import { sheetSteps } from "./sheetSteps";

export interface RenderTarget {
  /** Sheets an earlier build of this period wrote (`RenderJob.replaceSheets`): replaced; nothing else is touched. */
  readonly replaceSheets: readonly string[];
  /** The store's rows, written to the very hidden store sheet; `undefined` leaves the store as it is. */
  readonly store?: readonly (readonly [string, string])[];
}

export interface RenderPlanOptions {
  /**
   * Estimated bytes per request. Excel on the web refuses requests over 5 MB; estimates run within a few percent
   * of the real size, so 3.6 MB keeps every request under 4 MB.
   */
  readonly requestBudget?: number;
  /** Makes the temporary sheet names unique (`~SB<token> 1`); random by default. */
  readonly token?: string;
}

export interface RenderReport {
  /** The sheets written, in plan order. */
  readonly sheets: readonly string[];
  /** The old sheets removed (by their old names). */
  readonly replaced: readonly string[];
}

const DEFAULT_BUDGET = 3.6 * 1024 * 1024;
const MAX_CELL_TEXT = 32767;

interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
}

/** What recovery needs to know about how far the render got. */
interface Progress {
  phase: "inspect" | "stage" | "swap";
  prefix: string;
  original: readonly SheetInfo[];
  activeId: string | null;
  stagingIds: Set<string>;
  replacedIds: readonly string[];
  /** Names of temporary sheets, for the message if recovery fails too. */
  temporaryNames: string[];
  /** The analyst-visible sheets renamed aside during the swap, as `"old" -> "aside"`, for the same message. */
  asideRenames: string[];
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

function randomToken(): string {
  return Math.random().toString(36).slice(2, 8).padEnd(6, "0");
}

/**
 * Renders `plan` into the workbook behind `run`, replacing `target.replaceSheets` and writing the store. Resolves
 * with what was written; rejects with an `ExcelHostError` whose message says why, the workbook left as it was.
 * @example await renderPlan(Excel.run, job.plan, { replaceSheets: job.replaceSheets, store: job.store });
 */
export async function renderPlan(
  run: ExcelRun,
  plan: ScorecardPlan,
  target: RenderTarget,
  options: RenderPlanOptions = {},
): Promise<RenderReport> {
  checkPlan(plan, target.store);
  const budget = options.requestBudget ?? DEFAULT_BUDGET;
  const progress: Progress = { phase: "inspect", prefix: "", original: [], activeId: null, stagingIds: new Set(), replacedIds: [], temporaryNames: [], asideRenames: [] };
  let report: RenderReport | null = null;
  try {
    report = await run(RUN_OPTIONS, async (context) => {
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
      progress.prefix = layout.prefix;
      progress.replacedIds = layout.replaced.map((i) => progress.original[i]?.id ?? "");

      // 2. Stage: every sheet built under a temporary name, in a few requests.
      progress.phase = "stage";
      const staged: Excel.Worksheet[] = [];
      let stagedStore: Excel.Worksheet | null = null;
      const ranges = new Map<string, Excel.Range>();
      const stage: StageTarget = {
        sheet: (i) => {
          const sheet = staged[i];
          if (!sheet) throw new Error(`renderPlan: staging sheet ${i} missing`);
          return sheet;
        },
        range: (ref) => {
          let range = ranges.get(ref);
          if (!range) {
            const parsed = parseSheetRef(ref);
            if (!parsed || parsed.sheet === null) throw new Error(`renderPlan: reference ${ref} has no sheet`);
            const own = plan.sheets.findIndex((s) => s.name.toLowerCase() === parsed.sheet?.toLowerCase());
            const sheet = own >= 0 ? stage.sheet(own) : items.find((s) => s.name.toLowerCase() === parsed.sheet?.toLowerCase());
            if (!sheet) throw new Error(`renderPlan: no sheet ${parsed.sheet}`);
            ranges.set(ref, (range = sheet.getRange(parsed.address)));
          }
          return range;
        },
      };
      const steps: WriteStep[] = [
        {
          bytes: 400 * (plan.sheets.length + 1),
          queue: () => {
            plan.sheets.forEach((_, i) => {
              const sheet = worksheets.add(layout.stagingName(i));
              sheet.load("id");
              staged.push(sheet);
            });
            if (target.store !== undefined) {
              stagedStore = worksheets.add(layout.storeName);
              stagedStore.load("id");
            }
          },
        },
      ];
      progress.temporaryNames = [...plan.sheets.map((_, i) => layout.stagingName(i)), ...(target.store ? [layout.storeName] : [])];
      const charts: WriteStep[] = [];
      plan.sheets.forEach((sheet, i) => {
        const { contentSteps, chartSteps } = sheetSteps(sheet, i, plan.styles);
        steps.push(...contentSteps);
        charts.push(...chartSteps);
      });
      steps.push(...charts);
      const rows = target.store ?? [];
      if (rows.length > 0) {
        steps.push({
          bytes: JSON.stringify(rows).length * 2 + 600,
          queue: () => {
            if (!stagedStore) return;
            const range = stagedStore.getRange(`A1:B${rows.length}`);
            // Keys and values are text whatever they look like (JSON, names starting with =).
            range.numberFormat = rows.map(() => ["@", "@"]);
            range.values = rows.map(([k, v]) => [k, v]);
          },
        });
      }
      for (const group of packSteps(
        steps.map((s) => s.bytes),
        budget,
      )) {
        for (const i of group) steps[i]?.queue(stage);
        await context.sync();
        for (const sheet of staged) progress.stagingIds.add(sheet.id);
        const store = stagedStore as Excel.Worksheet | null;
        if (store) progress.stagingIds.add(store.id);
      }

      // 3. Swap: old sheets aside, new ones into place, the scorecard shown; deletes last, once all else is done.
      progress.phase = "swap";
      layout.replaced.forEach((index, k) => {
        const old = items[index];
        if (!old) return;
        progress.asideRenames.push(`"${layout.asideName(k)}" was "${old.name}"`);
        old.name = layout.asideName(k);
        // A very hidden sheet cannot be deleted; hidden, it can (and recovery restores it).
        if (old.visibility === "VeryHidden") old.visibility = "Hidden";
      });
      plan.sheets.forEach((sheet, i) => (stage.sheet(i).name = sheet.name));
      const store = stagedStore as Excel.Worksheet | null;
      if (store) {
        store.name = STORE_SHEET;
        store.visibility = "VeryHidden";
      }
      for (const move of layout.moves) {
        const sheet = move.token.kind === "new" ? staged[move.token.index] : move.token.kind === "store" ? store : null;
        if (sheet) sheet.position = move.position;
      }
      if (staged[0]) staged[0].activate();
      for (const index of layout.replaced) items[index]?.delete();
      await context.sync();

      return { sheets: plan.sheets.map((s) => s.name), replaced: layout.replaced.map((i) => progress.original[i]?.name ?? "") };
    });
    return report;
  } catch (error) {
    if (error instanceof ExcelHostError && progress.phase === "inspect") throw error;
    if (progress.phase === "inspect") throw hostError(error);
    let outcome: "back" | "forward";
    try {
      outcome = await recover(run, progress);
    } catch (recoveryError) {
      const names = progress.temporaryNames.join(", ");
      const aside = progress.asideRenames.length > 0 ? ` ${messageText("EXCEL_ROLLBACK_ASIDE", progress.asideRenames.join(", "))}` : "";
      throw new ExcelHostError(
        `${describeOfficeError(error)} ${messageText("EXCEL_ROLLBACK_INCOMPLETE", names)}${aside}`,
        officeErrorCode(error) ?? officeErrorCode(recoveryError),
        error,
      );
    }
    if (outcome === "forward") {
      return { sheets: plan.sheets.map((s) => s.name), replaced: progress.replacedIds.map((id) => progress.original.find((s) => s.id === id)?.name ?? "") };
    }
    throw hostError(error);
  }
}

function hostError(error: unknown): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  return new ExcelHostError(messageText("BUILD_FAILED", describeOfficeError(error).replace(/\.$/, "")), officeErrorCode(error), error);
}

interface Layout {
  readonly prefix: string;
  readonly stagingName: (i: number) => string;
  readonly storeName: string;
  readonly asideName: (k: number) => string;
  /** Indexes into the workbook's sheets of those replaced. */
  readonly replaced: readonly number[];
  readonly moves: readonly { readonly token: OrderToken; readonly position: number }[];
}

/** Which sheets go, where the new ones land, and temporary names no sheet has. Refuses clashes and dangling charts. */
function decideLayout(plan: ScorecardPlan, target: RenderTarget, existing: readonly SheetInfo[], token: string | undefined): Layout {
  const lower = existing.map((s) => s.name.toLowerCase());
  const replaceSet = new Set(target.replaceSheets.map((n) => n.toLowerCase()).filter((n) => n !== STORE_SHEET.toLowerCase()));
  const storeIndex = lower.indexOf(STORE_SHEET.toLowerCase());
  const replaced: number[] = [];
  lower.forEach((name, i) => {
    if (replaceSet.has(name) || (i === storeIndex && target.store !== undefined)) replaced.push(i);
  });
  const replaces = plan.sheets.map((s) => {
    const i = lower.indexOf(s.name.toLowerCase());
    if (i >= 0 && !replaced.includes(i)) fail("EXCEL_SHEET_NAME_TAKEN", existing[i]?.name ?? s.name);
    return i >= 0 ? i : null;
  });

  // Every chart must draw from a sheet that will be there: one of the plan's, or one of the analyst's kept.
  const kept = new Set(lower.filter((_, i) => !replaced.includes(i)));
  const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
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
  while (lower.some((n) => n.startsWith(`~sb${chosen.toLowerCase()}`))) chosen = randomToken();
  const prefix = `~SB${chosen}`;
  const moves = planSheetOrder({
    existing: existing.map((s) => s.name),
    replaced: new Set(replaced),
    replaces,
    store: target.store !== undefined ? { replaces: storeIndex >= 0 ? storeIndex : null } : null,
  });
  return {
    prefix,
    stagingName: (i) => `${prefix} ${i + 1}`,
    storeName: `${prefix} store`,
    asideName: (k) => `${prefix} old ${k + 1}`,
    replaced,
    moves,
  };
}

/**
 * Puts the workbook back after a failed sync, from whatever state the failure left: lists the sheets again, deletes
 * the temporary ones, renames and re-hides the old ones, re-activates the sheet that was active. If an old sheet is
 * already gone (the swap was deleting), finishes the swap instead.
 */
async function recover(run: ExcelRun, progress: Progress): Promise<"back" | "forward"> {
  return run(RUN_OPTIONS, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id,items/name,items/visibility");
    await context.sync();
    const items = worksheets.items;
    const byId = new Map(items.map((s) => [s.id, s]));
    const originalIds = new Set(progress.original.map((s) => s.id));

    if (progress.phase === "swap" && progress.replacedIds.some((id) => !byId.has(id))) {
      for (const id of progress.replacedIds) {
        const old = byId.get(id);
        if (!old) continue;
        if (old.visibility === "VeryHidden") old.visibility = "Hidden";
        old.delete();
      }
      await context.sync();
      return "forward";
    }

    const prefix = progress.prefix.toLowerCase();
    for (const sheet of items) {
      const temporary = !originalIds.has(sheet.id) && (progress.stagingIds.has(sheet.id) || (prefix !== "" && sheet.name.toLowerCase().startsWith(prefix)));
      if (!temporary) continue;
      if (sheet.visibility === "VeryHidden") sheet.visibility = "Hidden";
      sheet.delete();
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
