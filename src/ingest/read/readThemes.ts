import { toA1 } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt, isCellError, numberFormatAt } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { RagLabels, Theme, ThemeAssessment } from "../../model/kpi";
import { issue } from "../../messages";
import { cellText } from "./cellText";
import { describeRagLabels } from "../parse/describeRagLabels";
import { errorCells } from "./errorCells";
import type { ColumnSpec } from "../detect/findHeader";
import { findHeader } from "../detect/findHeader";
import { parseRag } from "../parse/parseRag";
import { formatPeriodLabel } from "../../calc/formatPeriodLabel";
import type { ReadResult } from "./readResult";
import { readQuarterCell } from "./readQuarterCell";

type ThemeColumn = "priority" | "theme" | "quarter" | "rag" | "commentary";

export const THEME_COLUMNS: readonly ColumnSpec<ThemeColumn>[] = [
  { key: "priority", label: "Priority", synonyms: ["pillar", "priority area", "objective"] },
  { key: "theme", label: "Theme", synonyms: ["theme name"], required: true },
  { key: "quarter", label: "Quarter", synonyms: ["period", "qtr"], required: true },
  { key: "rag", label: "RAG", synonyms: ["rag status", "status", "rating"] },
  { key: "commentary", label: "Commentary", synonyms: ["comment", "comments", "detail", "details", "narrative", "notes"] },
];

export interface ReadThemesOptions {
  readonly fiscalYearStartMonth: number;
  readonly ragLabels: RagLabels;
  readonly aliases?: ReadonlyMap<string, string>;
}

/**
 * Reads the Themes sheet: an analyst's RAG and commentary per theme per quarter (seed 002), grouped into themes
 * under their priority (`General` when blank) in the order they first appear. A RAG that is not understood is
 * reported and the assessment kept without one; an unreadable quarter or a second row for the same theme and
 * quarter is reported and left out.
 * @example readThemes(grid, options).data[0]?.assessments[0]?.rag === "green"
 */
export function readThemes(grid: Grid, options: ReadThemesOptions): ReadResult<readonly Theme[]> {
  const found = findHeader(grid, THEME_COLUMNS, { aliases: options.aliases, optional: true });
  const issues: Issue[] = [...found.issues];
  const header = found.header;
  if (!header) return { data: [], issues };
  const col = header.columns;
  const at = (r: number, c: number | undefined) => ({ sheet: grid.sheet, cell: toA1(r, c ?? 0) });
  const text = (r: number, c: number | undefined) => (c === undefined || isCellError(cellAt(grid, r, c)) ? "" : cellText(cellAt(grid, r, c)));
  const hidden = new Set(grid.hiddenRows ?? []);
  const themes = new Map<string, { priority: string; name: string; assessments: ThemeAssessment[]; cells: Map<string, string> }>();

  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every((c) => cellText(c) === "")) continue;
    if (hidden.has(r)) issues.push(issue("VALUE_HIDDEN_ROW", at(r, 0), String(r + 1)));
    const errors = errorCells(grid, r, [col.theme, col.priority, col.quarter, col.rag, col.commentary]);
    issues.push(...errors);
    const name = text(r, col.theme);
    if (name === "" && errors.some((e) => e.cell === toA1(r, col.theme ?? 0))) continue;
    if (name === "") {
      issues.push(issue("VALUE_MISSING", at(r, col.theme), "Theme", "the theme's name"));
      continue;
    }
    const priority = text(r, col.priority) || "General";
    const quarterCol = col.quarter ?? 0;
    const quarterCell = cellAt(grid, r, quarterCol);
    const quarter = readQuarterCell(quarterCell, numberFormatAt(grid, r, quarterCol), options.fiscalYearStartMonth);
    if (!quarter) {
      issues.push(issue("QUARTER_UNKNOWN", at(r, quarterCol), cellText(quarterCell)));
      continue;
    }
    const themeKey = `${priority.toLowerCase()}\u0000${name.toLowerCase()}`;
    let theme = themes.get(themeKey);
    if (!theme) {
      theme = { priority, name, assessments: [], cells: new Map() };
      themes.set(themeKey, theme);
    }
    const quarterKey = `${quarter.fiscalYear}-${quarter.quarter}`;
    const first = theme.cells.get(quarterKey);
    if (first !== undefined) {
      issues.push(issue("PERIOD_DUPLICATE", at(r, quarterCol), name, formatPeriodLabel(quarter, options.fiscalYearStartMonth), first));
      continue;
    }
    theme.cells.set(quarterKey, toA1(r, quarterCol));

    const ragText = text(r, col.rag);
    const rag = parseRag(ragText, options.ragLabels);
    if (ragText !== "" && !rag) issues.push(issue("RAG_UNKNOWN", at(r, col.rag), ragText, describeRagLabels(options.ragLabels)));
    theme.assessments.push({ quarter, rag, commentary: text(r, col.commentary), source: { sheet: grid.sheet, cell: toA1(r, col.theme ?? 0) } });
  }
  return {
    data: [...themes.values()].map(({ priority, name, assessments }) => ({ priority, name, assessments })),
    issues,
  };
}
