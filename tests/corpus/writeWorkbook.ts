/**
 * Writes real .xlsx workbooks for the corpus and the layout tests with ExcelJS, from plain sheet specs: values,
 * number formats, formulas with cached results, Excel errors, merges, hidden rows and hidden sheets.
 */
import ExcelJS from "exceljs";

/** A cell as the corpus writes it. */
export type CellSpec =
  | string
  | number
  | boolean
  | null
  | Date
  | { readonly error: string }
  | { readonly formula: string; readonly result?: number | string | { readonly error: string } }
  | { readonly value: string | number | Date | null; readonly numFmt: string };

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly CellSpec[])[];
  /** A1 ranges, `B1:C1`. */
  readonly merges?: readonly string[];
  /** 0-based rows to hide. */
  readonly hiddenRows?: readonly number[];
  readonly state?: "visible" | "hidden" | "veryHidden";
}

/**
 * The .xlsx bytes of a workbook with these sheets, in order.
 * @example await writeWorkbook([{ name: "KPIs", rows: [["ID", "Name"]] }])
 */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name, spec.state ? { state: spec.state } : {});
    spec.rows.forEach((row, r) => {
      const excelRow = sheet.getRow(r + 1);
      row.forEach((cell, c) => {
        if (cell === null || cell === undefined) return;
        const target = excelRow.getCell(c + 1);
        if (typeof cell === "object" && !(cell instanceof Date) && "numFmt" in cell) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else {
          // ExcelJS takes errors as { error } and formulas as { formula, result }, as the spec writes them.
          target.value = cell as ExcelJS.CellValue;
        }
      });
    });
    for (const r of spec.hiddenRows ?? []) sheet.getRow(r + 1).hidden = true;
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * A tab-separated line as Excel keeps it once pasted: `21,012` a number shown `#,##0`, `21.1%` a fraction shown
 * `0.0%`, `(45)` a negative number; everything else (`≥ 1%`, `↓ -5%`, names) stays text.
 * @example pastedCells("Total Crime\t21,012\t-6.8%") // ["Total Crime", { value: 21012, numFmt: "#,##0" }, { value: -0.068, numFmt: "0.0%" }]
 */
export function pastedCells(line: string): CellSpec[] {
  return line.split("\t").map((text): CellSpec => {
    const t = text.trim();
    if (t === "") return null;
    if (/^-?\d{1,3}(,\d{3})*$|^-?\d+$/.test(t)) return { value: Number(t.replace(/,/g, "")), numFmt: "#,##0" };
    if (/^\(\d{1,3}(,\d{3})*\)$/.test(t)) return { value: -Number(t.replace(/[(),]/g, "")), numFmt: "#,##0;(#,##0)" };
    const percent = /^(-?\d+(?:\.(\d+))?)%$/.exec(t);
    if (percent) {
      const decimals = percent[2]?.length ?? 0;
      return { value: Number((Number(percent[1]) / 100).toFixed(decimals + 2)), numFmt: decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%` };
    }
    return text;
  });
}

/** Lines as pasted text, every cell a string, blank cells empty. */
export function textCells(line: string): CellSpec[] {
  return line.split("\t").map((t) => (t.trim() === "" ? null : t));
}
