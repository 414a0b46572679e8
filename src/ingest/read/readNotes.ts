import { toA1 } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt, isCellError, numberFormatAt } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { Kpi, KpiNote, RagLabels } from "../../model/kpi";
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

type NoteColumn = "kpiId" | "quarter" | "rag" | "commentary";

export const NOTE_COLUMNS: readonly ColumnSpec<NoteColumn>[] = [
  { key: "kpiId", label: "KPI ID", synonyms: ["id", "kpi", "ref", "kpi ref", "reference"], required: true },
  { key: "quarter", label: "Quarter", synonyms: ["period", "qtr"], required: true },
  { key: "rag", label: "RAG override", synonyms: ["rag", "override", "rag status", "status"] },
  { key: "commentary", label: "Commentary", synonyms: ["comment", "comments", "notes", "note", "narrative", "detail"] },
];

export interface ReadNotesOptions {
  readonly kpis: readonly Kpi[];
  readonly ignoredIds?: ReadonlySet<string>;
  readonly fiscalYearStartMonth: number;
  readonly ragLabels: RagLabels;
  readonly aliases?: ReadonlyMap<string, string>;
}

/**
 * Reads the Notes sheet: an analyst's RAG override and commentary per KPI per quarter. A RAG that is not
 * understood is reported and the note kept without an override; an unknown KPI, an unreadable quarter or a
 * second note for the same KPI and quarter is reported and left out.
 * @example readNotes(grid, options).data[0]?.ragOverride === "green"
 */
export function readNotes(grid: Grid, options: ReadNotesOptions): ReadResult<readonly KpiNote[]> {
  const found = findHeader(grid, NOTE_COLUMNS, { aliases: options.aliases, optional: true });
  const issues: Issue[] = [...found.issues];
  const header = found.header;
  if (!header) return { data: [], issues };
  const col = header.columns;
  const at = (r: number, c: number | undefined) => ({ sheet: grid.sheet, cell: toA1(r, c ?? 0) });
  const kpis = new Map(options.kpis.map((k) => [k.id.toLowerCase(), k]));
  const ignored = new Set([...(options.ignoredIds ?? [])].map((id) => id.toLowerCase()));
  const hidden = new Set(grid.hiddenRows ?? []);
  const seen = new Map<string, string>();
  const notes: KpiNote[] = [];

  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every((c) => cellText(c) === "")) continue;
    if (hidden.has(r)) issues.push(issue("VALUE_HIDDEN_ROW", at(r, 0), String(r + 1)));
    const errors = errorCells(grid, r, [col.kpiId, col.quarter, col.rag, col.commentary]);
    issues.push(...errors);
    if (errors.some((e) => e.cell === toA1(r, col.kpiId ?? 0) || e.cell === toA1(r, col.quarter ?? 0))) continue;
    const idText = cellText(cellAt(grid, r, col.kpiId ?? 0));
    if (idText === "") {
      issues.push(issue("VALUE_MISSING", at(r, col.kpiId), "KPI ID", "the ID of a KPI in the KPI register"));
      continue;
    }
    const kpi = kpis.get(idText.toLowerCase());
    if (!kpi) {
      if (!ignored.has(idText.toLowerCase())) issues.push(issue("KPI_UNKNOWN", at(r, col.kpiId), idText));
      continue;
    }
    const quarterCol = col.quarter ?? 0;
    const quarterCell = cellAt(grid, r, quarterCol);
    const quarter = readQuarterCell(quarterCell, numberFormatAt(grid, r, quarterCol), options.fiscalYearStartMonth);
    if (!quarter) {
      issues.push(issue("QUARTER_UNKNOWN", at(r, quarterCol), cellText(quarterCell)));
      continue;
    }
    const key = `${kpi.id}\u0000${quarter.fiscalYear}\u0000${quarter.quarter}`;
    const first = seen.get(key);
    const label = formatPeriodLabel(quarter, options.fiscalYearStartMonth);
    if (first !== undefined) {
      issues.push(issue("PERIOD_DUPLICATE", at(r, quarterCol), kpi.id, label, first));
      continue;
    }
    seen.set(key, toA1(r, quarterCol));

    const ragText = col.rag === undefined || isCellError(cellAt(grid, r, col.rag)) ? "" : cellText(cellAt(grid, r, col.rag));
    const ragOverride = parseRag(ragText, options.ragLabels);
    if (ragText !== "" && !ragOverride) issues.push(issue("RAG_UNKNOWN", at(r, col.rag), ragText, describeRagLabels(options.ragLabels)));
    const commentary = col.commentary === undefined || isCellError(cellAt(grid, r, col.commentary)) ? "" : cellText(cellAt(grid, r, col.commentary));
    notes.push({ kpiId: kpi.id, quarter, ragOverride, commentary, source: { sheet: grid.sheet, cell: toA1(r, col.kpiId ?? 0) } });
  }
  return { data: notes, issues };
}
