import { toA1Range } from "../model/address";
import type { KpiResult, ScorecardResults, Trend } from "../model/results";
import type { SheetNames } from "../model/outputSheets";
import { defaultSheetNames } from "../model/outputSheets";
import type { CommentaryDrafts } from "../model/drafts";
import type { ChosenCommentary } from "./chooseCommentary";
import { chooseCommentary } from "./chooseCommentary";
import type { PeriodPair } from "./describeKpiNotes";
import { describeKpiNotes } from "./describeKpiNotes";
import { estimateRowHeight } from "./estimateRowHeight";
import type { PlanCell, SheetPlan } from "./plan";
import { PALETTE } from "./palette";
import { printedId } from "./printedId";
import { printSettings } from "./printSettings";
import { NO_RAG, OVERRIDE_MARK, ragCell, ragConditionalFormats, ragResultCell } from "./ragCells";
import {
  HEADER_BUILT_COMMENTARY,
  HEADER_COMMENTARY,
  HEADER_ID,
  HEADER_KEY,
  HEADER_SUGGESTED,
  LAST_VISIBLE_COLUMN,
  SCORECARD_COLUMNS as COL,
  SCORECARD_WIDTHS,
} from "./scorecardColumns";
import { createSheetCanvas } from "./sheetCanvas";
import type { SpcIcon } from "./spcIcons";
import { ASSURANCE_ICONS, assuranceIcon, iconCell, VARIATION_ICONS, variationIcon } from "./spcIcons";
import type { SheetCanvas } from "./sheetCanvas";
import { STYLE } from "./styleNames";
import { changeCells, valueCell } from "./valueCells";
import { pageHeader, writeTitleBand } from "./writeTitleBand";

export interface ScorecardSheetOptions {
  /** Each KPI's commentary (`chooseCommentary`); the Notes sheet's when absent. */
  readonly commentary?: ReadonlyMap<string, ChosenCommentary>;
  /** Drafted commentary and summaries, shown beside the analyst's (`draftCommentary`); none when absent. */
  readonly drafts?: CommentaryDrafts;
}

export const SUMMARY_LABEL = "Suggested summary";

export const OVERRIDE_FOOTNOTE = `${OVERRIDE_MARK} analyst judgement: the RAG was set by an analyst and replaces the one computed from the figures.`;
export const NOT_AVAILABLE_FOOTNOTE = "n/a: no figure for the period, or no change can be computed (e.g. from zero).";

const TREND_MARKS = { up: "▲", down: "▼", flat: "►" } as const;

/**
 * The scorecard sheet: a title band, a RAG and trend key, then a section per priority with its KPI table (ID, KPI,
 * Target, Previous, Current, Change, Change %, RAG, Previous RAG, Trend, Notes, Commentary, Suggested commentary),
 * as seed 000's figures. With drafts, a suggested summary of the whole scorecard opens the table and one of each
 * priority sits under its banner.
 * @example buildScorecardSheet(results).name === "Scorecard Q2 2013-14"
 */
export function buildScorecardSheet(
  results: ScorecardResults,
  options: ScorecardSheetOptions = {},
  names: SheetNames = defaultSheetNames(results.sheetLabel),
): SheetPlan {
  const name = names("scorecard");
  const labels = results.settings.ragLabels;
  const anyPrintedId = results.kpis.some((r) => printedId(r.kpi) !== null);
  const periods = dominantPeriods(results);
  const canvas = createSheetCanvas();

  // 1. Title band and key.
  writeTitleBand(canvas, results, {
    title: results.settings.reportTitle,
    captions: [
      `Previous: ${periods.previous}. Current: ${periods.current}. Change % of a percentage KPI is in percentage points (pts).`,
    ],
  });
  writeKey(canvas, results);

  // 2. Column headers, frozen and repeated on every printed page.
  // Three lines: "Previous" over "Apr - Sep 2012/13", which wraps in a 12-character column.
  const headerRow = canvas.addRow(headerCells(periods), 42);

  // 3. The suggested summary of the whole scorecard, then a section per priority: banner, its suggested summary,
  // then its KPIs with sub-indicators under their parents.
  const firstBodyRow = canvas.nextRow;
  const commentary = options.commentary ?? chooseCommentary(results);
  const drafts = options.drafts;
  const draftOf = new Map(drafts?.kpis.map((d) => [d.kpiId, d.text]) ?? []);
  const sectionSummaries = new Map(drafts?.sections.map((s) => [s.priority, s.text]) ?? []);
  if (drafts && drafts.scorecard !== "") writeSummaryRow(canvas, `${SUMMARY_LABEL} of the scorecard: ${drafts.scorecard}`);
  let lastKpiRow = -1;
  for (const [priority, kpis] of groupByPriority(results.kpis)) {
    const banner = canvas.addRow(bannerCells(priority), bannerHeight(priority));
    canvas.merge(banner, 0, banner, LAST_VISIBLE_COLUMN);
    const summary = sectionSummaries.get(priority);
    if (summary) writeSummaryRow(canvas, `${SUMMARY_LABEL}: ${summary}`);
    for (const { result, depth } of orderParentsFirst(kpis)) {
      const row = { chosen: commentary.get(result.kpi.id), draft: draftOf.get(result.kpi.id) ?? "" };
      lastKpiRow = writeKpiRow(canvas, result, depth, periods, results, row);
    }
  }
  if (lastKpiRow < 0) {
    canvas.addRow([{ value: `No KPIs to report for ${results.periodLabel}.`, style: STYLE.caption }]);
  } else {
    canvas.addConditionalFormats(
      ragConditionalFormats(toA1Range(firstBodyRow, COL.rag, lastKpiRow, COL.previousRag), labels),
    );
  }

  // 4. Footnotes for the marks used above.
  writeFootnotes(canvas, results);

  return canvas.toSheet({
    name,
    role: "scorecard",
    tabColor: PALETTE.navy,
    // The kept-for-rebuilds columns are hidden; so is ID when no KPI has one the analyst gave.
    columns: SCORECARD_WIDTHS.map((width, col) =>
      col === COL.builtCommentary || col === COL.key || (col === COL.id && !anyPrintedId) ? { width, hidden: true } : { width },
    ),
    freeze: { rows: headerRow + 1, columns: 0 },
    print: printSettings({ titleRows: { first: headerRow, last: headerRow }, headerCenter: pageHeader(results), sheetName: name }),
  });
}

/**
 * The key: RAG labels; trend marks, whose arrow is the direction of change and whose colour is whether that is
 * good for the KPI (a green ▼ is crime falling); and the Making Data Count icons, each drawn as the table draws it.
 */
function writeKey(canvas: SheetCanvas, results: ScorecardResults): void {
  const labels = results.settings.ragLabels;
  const rag: PlanCell[] = [];
  rag[COL.id] = { value: "Key", style: STYLE.keyLabel };
  rag[COL.kpi] = { value: "RAG: against the target", style: STYLE.caption };
  rag[COL.previous] = ragCell("green", labels);
  rag[COL.current] = ragCell("amber", labels);
  rag[COL.change] = ragCell("red", labels);
  rag[COL.changePercent] = { value: `${NO_RAG} not rated`, style: STYLE.ragNone };
  rag[COL.rag] = { value: "▲ ▼ better", style: STYLE.trendKeyImproving };
  rag[COL.previousRag] = { value: "▲ ▼ worse", style: STYLE.trendKeyWorsening };
  rag[COL.trend] = { value: "► same", style: STYLE.trendKeyNeutral };
  rag[COL.notes] = {
    value: "Trend: the arrow is the direction of change; its colour says whether that is good for the KPI (grey: neither).",
    style: STYLE.caption,
  };
  canvas.addRow(fillGaps(rag), 18);

  const pairs = (entries: readonly (readonly [SpcIcon | null, string])[]): PlanCell[] => {
    const cells: PlanCell[] = [];
    entries.forEach(([icon, meaning], k) => {
      cells[COL.target + 2 * k] = iconCell(icon);
      cells[COL.target + 2 * k + 1] = { value: meaning, style: STYLE.caption };
    });
    return cells;
  };
  const variation = pairs([
    [VARIATION_ICONS.commonCause, "common cause"],
    [VARIATION_ICONS.improvingHigh, "improvement"],
    [VARIATION_ICONS.concerningHigh, "concern"],
    [VARIATION_ICONS.neitherHigh, "neither"],
  ]);
  variation[COL.id] = { value: "Variation", style: STYLE.keyLabel };
  variation[COL.kpi] = { value: "Making Data Count (SPC), the latest month:", style: STYLE.caption };
  variation[COL.notes] = { value: "H or L: a special cause high or low. Fewer than 13 months: not judged.", style: STYLE.caption };
  canvas.addRow(fillGaps(variation), 18);

  const assurance = pairs([
    [ASSURANCE_ICONS.passing, "passes"],
    [ASSURANCE_ICONS.failing, "fails"],
    [ASSURANCE_ICONS.hitAndMiss, "hit and miss"],
    [null, "not judged"],
  ]);
  assurance[COL.id] = { value: "Assurance", style: STYLE.keyLabel };
  assurance[COL.kpi] = { value: "whether the process will meet the target:", style: STYLE.caption };
  assurance[COL.notes] = { value: "Consistently passes, consistently fails, or hit and miss, from the target and the control limits.", style: STYLE.caption };
  canvas.addRow(fillGaps(assurance), 18);
}

function headerCells(periods: PeriodPair): PlanCell[] {
  const cells: PlanCell[] = [];
  cells[COL.id] = { value: HEADER_ID, style: STYLE.headerLeft };
  cells[COL.kpi] = { value: "KPI", style: STYLE.headerLeft };
  cells[COL.target] = { value: "Target", style: STYLE.header };
  cells[COL.previous] = { value: `Previous\n${periods.previous}`, style: STYLE.header };
  cells[COL.current] = { value: `Current\n${periods.current}`, style: STYLE.header };
  cells[COL.change] = { value: "Change", style: STYLE.header };
  cells[COL.changePercent] = { value: "Change %", style: STYLE.header };
  cells[COL.rag] = { value: "RAG", style: STYLE.header };
  cells[COL.previousRag] = { value: "Previous RAG", style: STYLE.header };
  cells[COL.trend] = { value: "Trend", style: STYLE.header };
  cells[COL.variation] = { value: "Variation", style: STYLE.header };
  cells[COL.assurance] = { value: "Assurance", style: STYLE.header };
  cells[COL.notes] = { value: "Notes", style: STYLE.headerLeft };
  cells[COL.commentary] = { value: HEADER_COMMENTARY, style: STYLE.headerLeft };
  cells[COL.suggested] = { value: HEADER_SUGGESTED, style: STYLE.headerLeft };
  cells[COL.builtCommentary] = { value: HEADER_BUILT_COMMENTARY, style: STYLE.headerLeft };
  cells[COL.key] = { value: HEADER_KEY, style: STYLE.headerLeft };
  return cells;
}

function bannerCells(priority: string): PlanCell[] {
  return Array.from({ length: LAST_VISIBLE_COLUMN + 1 }, (_, col) => ({
    value: col === 0 ? priority : null,
    style: STYLE.section,
  }));
}

const VISIBLE_WIDTH = SCORECARD_WIDTHS.slice(0, LAST_VISIBLE_COLUMN + 1).reduce((a, b) => a + b, 0);

function bannerHeight(priority: string): number {
  return estimateRowHeight([{ text: priority, width: VISIBLE_WIDTH, fontSize: 11 }], 20);
}

/** A drafted summary across the table, in its own style so no one takes it for an analyst's words. */
function writeSummaryRow(canvas: SheetCanvas, text: string): void {
  const cells = Array.from({ length: LAST_VISIBLE_COLUMN + 1 }, (_, col): PlanCell => ({ value: col === 0 ? text : null, style: STYLE.draftSummary }));
  // A merge across thirteen columns holds fewer characters a line than their widths add up to (each column's
  // padding is lost), so the estimate takes a fifth off: measured on the rendered sample, 4 lines where 3 were given.
  const row = canvas.addRow(cells, estimateRowHeight([{ text, width: VISIBLE_WIDTH * 0.8 }], 18));
  canvas.merge(row, 0, row, LAST_VISIBLE_COLUMN);
}

function writeKpiRow(
  canvas: SheetCanvas,
  result: KpiResult,
  depth: number,
  periods: PeriodPair,
  results: ScorecardResults,
  row: { readonly chosen: ChosenCommentary | undefined; readonly draft: string },
): number {
  const { kpi } = result;
  const labels = results.settings.ragLabels;
  const format = { unit: kpi.unit, decimals: kpi.decimals, ...(kpi.timeUnit ? { timeUnit: kpi.timeUnit } : {}) };
  const [change, changePercent] = changeCells(result.change, format);
  const notes = describeKpiNotes(result, periods, labels, results.settings.currencySymbol).join("\n");
  const commentary = row.chosen?.text ?? result.commentary;
  const built = row.chosen?.built ?? result.commentary;

  const cells: PlanCell[] = [];
  cells[COL.id] = { value: printedId(kpi), style: STYLE.id };
  cells[COL.kpi] = { value: kpi.name, style: depth === 0 ? STYLE.kpi : depth === 1 ? STYLE.kpiChild : STYLE.kpiGrandchild };
  cells[COL.target] = { value: kpi.targetText.trim() === "" ? null : kpi.targetText, style: STYLE.target };
  cells[COL.previous] = valueCell(result.previous, format);
  cells[COL.current] = valueCell(result.current, format);
  cells[COL.change] = change;
  cells[COL.changePercent] = changePercent;
  cells[COL.rag] = ragResultCell(result.rag, labels);
  cells[COL.previousRag] = ragResultCell(result.previousRag, labels);
  cells[COL.trend] = trendCell(result.trend);
  cells[COL.variation] = iconCell(variationIcon(result.monthly?.spc ?? null, kpi.polarity));
  cells[COL.assurance] = iconCell(assuranceIcon(result.monthly?.spc ?? null));
  cells[COL.notes] = { value: notes === "" ? null : notes, style: STYLE.notes };
  cells[COL.commentary] = { value: commentary === "" ? null : commentary, style: STYLE.commentary };
  cells[COL.suggested] = { value: row.draft === "" ? null : row.draft, style: STYLE.suggested };
  cells[COL.builtCommentary] = { value: built === "" ? null : built };
  cells[COL.key] = { value: kpi.id };

  const height = estimateRowHeight(
    [
      { text: kpi.name, width: SCORECARD_WIDTHS[COL.kpi]! - depth * 2 },
      { text: kpi.targetText, width: SCORECARD_WIDTHS[COL.target]! },
      { text: notes, width: SCORECARD_WIDTHS[COL.notes]!, fontSize: 9 },
      { text: commentary, width: SCORECARD_WIDTHS[COL.commentary]! },
      { text: row.draft, width: SCORECARD_WIDTHS[COL.suggested]! },
    ],
    18,
  );
  return canvas.addRow(cells, height);
}

/** ▲ ▼ ► by direction; green, red or grey by whether that is good for this KPI. */
function trendCell(trend: Trend): PlanCell {
  if (trend.direction === null) return { value: NO_RAG, style: STYLE.trendNeutral };
  const mark = TREND_MARKS[trend.direction];
  switch (trend.assessment) {
    case "improving":
      return { value: mark, style: STYLE.trendImproving };
    case "worsening":
      return { value: mark, style: STYLE.trendWorsening };
    case "neutral":
    case null:
      return { value: mark, style: STYLE.trendNeutral };
    default: {
      const unreachable: never = trend.assessment;
      return unreachable;
    }
  }
}

function writeFootnotes(canvas: SheetCanvas, results: ScorecardResults): void {
  const hasOverride = results.kpis.some((r) => r.rag.basis === "override" || r.previousRag.basis === "override");
  const hasNa = results.kpis.some(
    (r) => r.previous === null || r.current === null || r.change.percent === null || r.change.points === null,
  );
  const notes = [hasOverride ? OVERRIDE_FOOTNOTE : null, hasNa ? NOT_AVAILABLE_FOOTNOTE : null];
  const lines = notes.filter((n): n is string => n !== null);
  if (lines.length === 0) return;
  canvas.addRow([], 8);
  for (const line of lines) canvas.addRow([{ value: line, style: STYLE.footnote }], 14);
}

/** The period pair most KPIs report; KPIs on other periods say so in their Notes. */
function dominantPeriods(results: ScorecardResults): PeriodPair {
  const counts = new Map<string, { pair: PeriodPair; count: number }>();
  for (const r of results.kpis) {
    const key = `${r.previousLabel}\u0000${r.currentLabel}`;
    const entry = counts.get(key) ?? { pair: { previous: r.previousLabel, current: r.currentLabel }, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  let best: { pair: PeriodPair; count: number } | null = null;
  // Map iteration follows insertion, so ties go to the pair seen first.
  for (const entry of counts.values()) if (best === null || entry.count > best.count) best = entry;
  return (
    best?.pair ?? {
      previous: `${results.ytdLabel} ${results.previousYearLabel}`,
      current: `${results.ytdLabel} ${results.yearLabel}`,
    }
  );
}

function groupByPriority(kpis: readonly KpiResult[]): Map<string, KpiResult[]> {
  const groups = new Map<string, KpiResult[]>();
  for (const result of kpis) {
    const list = groups.get(result.kpi.priority) ?? [];
    list.push(result);
    groups.set(result.kpi.priority, list);
  }
  return groups;
}

/** Register order, with each sub-indicator straight after its parent; a parent outside the section is ignored. */
function orderParentsFirst(kpis: readonly KpiResult[]): { result: KpiResult; depth: number }[] {
  const ids = new Set(kpis.map((r) => r.kpi.id));
  const children = new Map<string, KpiResult[]>();
  for (const r of kpis) {
    const parent = r.kpi.parentId;
    if (parent !== null && parent !== r.kpi.id && ids.has(parent)) {
      children.set(parent, [...(children.get(parent) ?? []), r]);
    }
  }
  const ordered: { result: KpiResult; depth: number }[] = [];
  const placed = new Set<KpiResult>();
  const visit = (r: KpiResult, depth: number) => {
    if (placed.has(r)) return;
    placed.add(r);
    ordered.push({ result: r, depth });
    for (const child of children.get(r.kpi.id) ?? []) visit(child, depth + 1);
  };
  for (const r of kpis) {
    const parent = r.kpi.parentId;
    const isRoot = parent === null || parent === r.kpi.id || !ids.has(parent);
    if (isRoot) visit(r, 0);
  }
  // A cycle of parents leaves KPIs unplaced; show them rather than lose them.
  for (const r of kpis) visit(r, 0);
  return ordered;
}

/** Fills the holes of a sparse row so hosts see explicit empty cells. */
function fillGaps(cells: PlanCell[]): PlanCell[] {
  return Array.from({ length: cells.length }, (_, i) => cells[i] ?? { value: null });
}
