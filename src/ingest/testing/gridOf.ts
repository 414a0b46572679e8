import type { CellRange, CellValue, Grid } from "../../model/grid";

export interface GridOfOptions {
  /** Number formats by A1-free coordinates: `{ "2,3": "0.0%" }` is row 2, column 3 (0-based). */
  readonly formats?: Readonly<Record<string, string>>;
  readonly merges?: readonly CellRange[];
  readonly hiddenRows?: readonly number[];
  readonly totalRows?: number;
}

/**
 * A grid for tests, as a host would read it. Rows are written as an analyst sees them; `undefined` and `""`
 * cells are read as empty (`null`), as hosts do.
 * @example gridOf("KPIs", [["ID", "Name"], ["P1-01", "Total Crime"]])
 */
export function gridOf(sheet: string, rows: readonly (readonly (CellValue | undefined)[])[], options: GridOfOptions = {}): Grid {
  const cells = rows.map((row) => row.map((c) => (c === undefined || c === "" ? null : c)));
  let numberFormats: (string | undefined)[][] | undefined;
  if (options.formats) {
    numberFormats = cells.map((row) => row.map(() => undefined));
    for (const [at, format] of Object.entries(options.formats)) {
      const [r = 0, c = 0] = at.split(",").map(Number);
      while (numberFormats.length <= r) numberFormats.push([]);
      const row = numberFormats[r] ?? [];
      row[c] = format;
      numberFormats[r] = row;
    }
  }
  return {
    sheet,
    rows: cells,
    ...(numberFormats ? { numberFormats } : {}),
    ...(options.merges ? { merges: options.merges } : {}),
    ...(options.hiddenRows ? { hiddenRows: options.hiddenRows } : {}),
    ...(options.totalRows !== undefined ? { totalRows: options.totalRows } : {}),
  };
}

/**
 * A grid from tab-separated text, as an analyst pastes a table out of a report: every cell is text, blank
 * cells are empty. Leading and trailing blank lines of the template literal are dropped.
 * @example gridOfTsv("Figure 1", "Priority\tKey Performance Indicators\n...")
 */
export function gridOfTsv(sheet: string, tsv: string, options: GridOfOptions = {}): Grid {
  const lines = tsv.replace(/^\n+|\n+\s*$/g, "").split("\n");
  return gridOf(sheet, lines.map((line) => line.split("\t")), options);
}
