import type { Grid } from "../../model/grid";
import { cellText } from "../read/cellText";

/**
 * The table's caption: the nearest text above the header (within six rows, below the previous table), passing over
 * a row that only names the unit (`Number`, `Days`, `Unit | %`: kept as `unitNote`), a `Notes` line, and an
 * analyst's comment (`Comment: ...`). `titleRow` is the caption's row.
 * @example findCaption(grid, 3, -1) // { title: "Invoices paid 2023-24", unitNote: null, titleRow: 2 }
 */
export function findCaption(grid: Grid, top: number, lastBottom: number): { title: string | null; unitNote: string | null; titleRow: number | null } {
  let unitNote: string | null = null;
  for (let r = top - 1; r > lastBottom && r >= top - 6; r--) {
    const texts = (grid.rows[r] ?? []).map((c) => cellText(c)).filter((t) => t !== "");
    if (texts.length === 0) continue;
    const joined = texts.join(" ");
    if (isUnitRow(texts)) {
      unitNote ??= texts[texts.length - 1] ?? null;
      continue;
    }
    if (/^(?:notes?|comments?|commentary)\s*(?::|$)/i.test(joined)) continue;
    return { title: joined, unitNote, titleRow: r };
  }
  return { title: null, unitNote, titleRow: null };
}

/** A row that only says what unit the figures below are in: `Number`, `Days`, `Thousand`, `£000s`, `Unit | %`. */
function isUnitRow(texts: readonly string[]): boolean {
  const words = texts.map((t) => t.trim().toLowerCase());
  if (words.length === 2 && words[0] === "unit") return true;
  return words.length === 1 && UNIT_WORDS.test(words[0] ?? "");
}

const UNIT_WORDS = /^(?:number|numbers|no\.?|count|%|per ?cent|percentage|rate|rates|days|weeks|hours|minutes|mins|seconds|secs|thousands?|millions?|£|£000'?s|£m|£k|units?)$/;
