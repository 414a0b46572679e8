import { toA1 } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt, isCellError } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { RagLabels, Theme, ThemeAssessment } from "../../model/kpi";
import type { Quarter } from "../../model/period";
import { issue } from "../../messages";
import { cellText } from "./cellText";
import { columnIssues } from "../detect/columnIssues";
import { describeRagLabels } from "../parse/describeRagLabels";
import { getFiscalQuarter } from "../../calc/getFiscalQuarter";
import { getPeriodEndMonth } from "../../calc/getPeriodEndMonth";
import type { TableMapping } from "../mapping/parseMapping";
import { parseRag } from "../parse/parseRag";
import { formatPeriodLabel } from "../../calc/formatPeriodLabel";
import type { ReadResult } from "./readResult";
import type { DetectedColumn, DetectedTable } from "../detect/tableTypes";

export interface ReadThemeTableOptions {
  readonly fiscalYearStartMonth: number;
  readonly ragLabels: RagLabels;
  readonly tableMapping?: TableMapping | null;
}

/**
 * Reads a theme table `detectTables` found (seed 002: `Theme | RAG Q2 | RAG Q3 | Detail`): a RAG per quarter
 * column, the commentary for the report quarter, a row with no theme continuing the commentary of the theme above.
 * The priority comes from a Priority column, else the mapping, else `General`. A RAG that is not understood is
 * reported and the assessment kept without one.
 * @example readThemeTable(grid, table, options).data[0]?.assessments.map((a) => a.rag) // ["amber", "amber"]
 */
export function readThemeTable(grid: Grid, table: DetectedTable, options: ReadThemeTableOptions): ReadResult<readonly Theme[]> {
  const issues: Issue[] = [...columnIssues(grid, table)];
  const sheet = grid.sheet;
  const start = options.fiscalYearStartMonth;
  const nameCol = table.columns.find((c) => c.role === "name");
  const priorityCol = table.columns.find((c) => c.role === "priority");
  const dated: DetectedColumn[] = [];
  for (const c of table.columns) {
    if (c.role !== "rag" && c.role !== "commentary") continue;
    if (c.period !== null) dated.push(c);
    else if (table.dataRows.some((r) => cellText(cellAt(grid, r, c.col)) !== "")) issues.push(issue("PERIOD_NOT_KNOWN", { sheet, cell: c.cell }, c.header || `column ${c.letter}`));
  }
  if (table.reportPeriod?.source === "workbook") {
    const first = dated.find((c) => c.periodSource === "report");
    if (first) issues.push(issue("PERIOD_ASSUMED", { sheet, cell: first.cell }, first.header, formatPeriodLabel(table.reportPeriod.quarter, start)));
  }

  const themes = new Map<string, { priority: string; name: string; byQuarter: Map<string, ThemeAssessment> }>();
  const hidden = new Set(grid.hiddenRows ?? []);
  let current: { priority: string; name: string; byQuarter: Map<string, ThemeAssessment> } | null = null;
  let priority = "";
  for (const r of table.dataRows) {
    const text = (c: DetectedColumn | undefined) => (c ? cellText(cellAt(grid, r, c.col)) : "");
    const p = text(priorityCol);
    if (p !== "") priority = p;
    const name = text(nameCol);
    if (hidden.has(r)) issues.push(issue("VALUE_HIDDEN_ROW", { sheet, cell: toA1(r, nameCol?.col ?? table.left) }, String(r + 1)));
    if (name !== "") {
      const themePriority = priority || options.tableMapping?.priority || "General";
      const key = `${themePriority.toLowerCase()}\u0000${name.toLowerCase()}`;
      current = themes.get(key) ?? { priority: themePriority, name, byQuarter: new Map() };
      themes.set(key, current);
    }
    for (const c of dated) {
      const cell = cellAt(grid, r, c.col);
      const value = cellText(cell);
      if (value === "" || c.period === null) continue;
      const at = { sheet, cell: toA1(r, c.col) };
      if (!current) {
        issues.push(issue("VALUE_MISSING", { sheet, cell: toA1(r, nameCol?.col ?? table.left) }, "Theme", "the theme's name"));
        break;
      }
      if (isCellError(cell)) {
        issues.push(issue("VALUE_ERROR", at, value));
        continue;
      }
      const quarter = quarterOf(c, start);
      const qKey = `${quarter.fiscalYear}-${quarter.quarter}`;
      const before = current.byQuarter.get(qKey) ?? { quarter, rag: null, commentary: "", source: at };
      if (c.role === "rag") {
        const rag = parseRag(value, options.ragLabels);
        if (!rag) issues.push(issue("RAG_UNKNOWN", at, value, describeRagLabels(options.ragLabels)));
        else if (before.rag !== null) issues.push(issue("PERIOD_DUPLICATE", at, current.name, formatPeriodLabel(quarter, start), before.source.cell));
        else current.byQuarter.set(qKey, { ...before, rag });
      } else {
        current.byQuarter.set(qKey, { ...before, commentary: before.commentary ? `${before.commentary}\n${value}` : value });
      }
    }
  }
  const data: Theme[] = [...themes.values()].map((t) => ({
    priority: t.priority,
    name: t.name,
    assessments: [...t.byQuarter.values()].sort((a, b) => a.quarter.fiscalYear - b.quarter.fiscalYear || a.quarter.quarter - b.quarter.quarter),
  }));
  issues.push(issue("TABLE_READ", { sheet, cell: nameCol?.cell ?? table.range }, `${data.length} theme${data.length === 1 ? "" : "s"}`, `${sheet}!${table.range}`));
  return { data, issues };
}

function quarterOf(c: DetectedColumn, start: number): Quarter {
  const p = c.period;
  if (!p || p.kind === "quarter") return p ?? { kind: "quarter", fiscalYear: 0, quarter: 1 };
  return getFiscalQuarter(getPeriodEndMonth(p, start), start);
}
