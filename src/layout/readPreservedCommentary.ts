import { formatCellValue } from "../model/formatCellValue";
import type { CellValue, Grid } from "../model/grid";
import { isCellError } from "../model/grid";
import { HEADER_BUILT_COMMENTARY, HEADER_COMMENTARY, HEADER_ID, HEADER_KEY } from "./scorecardColumns";

/**
 * Commentary by KPI id from a scorecard sheet this tool wrote before, as a host reads it back, so analysts' edits
 * survive a rebuild. Columns are found by their header text (the hidden KPI key, or ID in sheets written before it
 * existed, and Commentary), wherever the header row is.
 * Where the sheet keeps the commentary the build took from the Notes sheet (a hidden column), only commentary an
 * analyst changed is returned, so later edits to the Notes sheet still come through; a cleared cell then counts
 * as an edit (returned as ""). Without that column every non-empty commentary is returned. A commentary Excel
 * stored as a number (typed `10%`, or a date) is returned as the analyst sees it (`10%`, `1-Apr-14`), not as 0.1.
 * @example readPreservedCommentary(grid).get("P1-02") === "Just short of the 25.5% year-end target."
 */
export function readPreservedCommentary(grid: Grid): Map<string, string> {
  const preserved = new Map<string, string>();
  let columns: HeaderColumns | null = null;
  grid.rows.forEach((row, r) => {
    const header = findHeaderColumns(row);
    if (header !== null) {
      columns = header;
      return;
    }
    if (columns === null) return;
    const id = textOf(row[columns.id]).trim();
    if (id === "") return;
    const commentary = textOf(row[columns.commentary], grid.numberFormats?.[r]?.[columns.commentary]);
    if (columns.built === null) {
      if (commentary.trim() !== "") preserved.set(id, commentary);
      return;
    }
    const built = textOf(row[columns.built], grid.numberFormats?.[r]?.[columns.built]);
    if (normalise(commentary) !== normalise(built)) preserved.set(id, commentary);
  });
  return preserved;
}

interface HeaderColumns {
  readonly id: number;
  readonly commentary: number;
  readonly built: number | null;
}

function findHeaderColumns(row: ReadonlyArray<CellValue>): HeaderColumns | null {
  const texts = row.map((value) => normalise(textOf(value)).toLowerCase());
  const key = texts.indexOf(HEADER_KEY.toLowerCase());
  const id = key >= 0 ? key : texts.indexOf(HEADER_ID.toLowerCase());
  const commentary = texts.indexOf(HEADER_COMMENTARY.toLowerCase());
  if (id < 0 || commentary < 0) return null;
  const built = texts.indexOf(HEADER_BUILT_COMMENTARY.toLowerCase());
  return { id, commentary, built: built < 0 ? null : built };
}

/** The cell as the analyst sees it: text as typed, a number under its format. */
function textOf(value: CellValue | undefined, numberFormat?: string): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  return typeof value === "number" ? formatCellValue(value, numberFormat) : String(value);
}

/** Hosts may hand back `\r\n` or trailing spaces for text the plan wrote with `\n`. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}
