/**
 * A sheet laid out for the standalone preview's HTML `<table>`: texts already formatted, merges as spans, hidden
 * columns gone. Built from a plan sheet (`tableFromPlanSheet`) or from one of the analyst's own sheets
 * (`tableFromGrid`), so the preview can show both the scorecard and the cell an issue points at.
 */
import type { CellStyle } from "../../layout/plan";

export interface PreviewCell {
  /** A1 address, e.g. `C7`. */
  readonly address: string;
  readonly text: string;
  /** Numbers align right unless the style says otherwise, as in Excel. */
  readonly numeric: boolean;
  readonly style: CellStyle | undefined;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface PreviewColumn {
  readonly index: number;
  /** `A`, `B`, ... */
  readonly letters: string;
  /** Width in Excel characters, `null` for the default. */
  readonly width: number | null;
}

export interface PreviewRow {
  readonly index: number;
  /** One entry per visible column: a cell, `null` for an empty one, `"covered"` inside a merge. */
  readonly cells: readonly (PreviewCell | null | "covered")[];
  /** Height in points where the sheet sets one. */
  readonly height: number | null;
}

export interface PreviewTable {
  readonly columns: readonly PreviewColumn[];
  readonly rows: readonly PreviewRow[];
  /** Rows left out to keep the page light. */
  readonly omittedRows: number;
  /** Total rows of the sheet, shown or not. */
  readonly totalRows: number;
}
