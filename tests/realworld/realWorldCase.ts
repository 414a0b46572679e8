/**
 * The real-world corpus: one JSON file per workbook in `cases/`, each a table transcribed from a published report
 * (police and crime commissioners, NHS trusts, councils, fire and rescue services, ONS), laid out as an analyst keeps
 * it after pasting, with the figures the publication states. `README.md` beside this file cites every source.
 *
 * A case's sheets are written to a real .xlsx with ExcelJS (`writeWorkbook`), so the test reads it through the file
 * host exactly as the command line does.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parseA1 } from "../../src/model/address";
import type { CellSpec, SheetSpec } from "../corpus/writeWorkbook";

export type Body = "police" | "nhs" | "council" | "fire" | "ons";

export interface Source {
  readonly publisher: string;
  readonly title: string;
  /** As precise as the publication says: `2015-06-23`, `2018-05`, `2020`. */
  readonly date: string;
  /** The table or figure within the publication. */
  readonly table: string;
  /** Where the stored copy that was transcribed can be read. */
  readonly url: string;
  /** What was left out or worked out, and why. */
  readonly note?: string;
}

export interface CaseSheet {
  readonly name: string;
  /** Top-left cell of what is pasted; `A1` unless said. */
  readonly at?: string;
  /**
   * `excel` (default): each tab-separated line converted as Excel converts pasted text (`1,431` a number shown
   * `#,##0`, `83.3%` a fraction shown `0.0%`, `(45)` negative, `£22,050.21` currency); `text`: every cell kept as text.
   */
  readonly paste?: "excel" | "text";
  /** The pasted lines, cells separated by tabs. */
  readonly lines: readonly string[];
  /** A1 ranges in the sheet's own addresses (after `at`). */
  readonly merges?: readonly string[];
}

export interface ExpectedKpi {
  /** The caption of the stacked table or group the KPI sits under, where the sheet has more than one. */
  readonly section?: string;
  /** As the table names it, footnote marks removed. */
  readonly name: string;
  readonly previous: number | null;
  readonly current: number | null;
  /** Current - previous, in the KPI's unit (points for percentages); absent when `points` says it. */
  readonly change?: number | null;
  /** Percentage change, for counts, money and durations. */
  readonly percent?: number | null;
  /** Percentage-point change, for percentages and rates. */
  readonly points?: number | null;
  /** Decimal places the publication rounds `percent`/`points` to; 1 unless said. */
  readonly dp?: number;
  /** The unit is not in the cells (a percentage typed as a plain number): the build must say how it knew, on the KPI's row. */
  readonly unitInferred?: boolean;
}

export interface CaseExpectation {
  /** The report period and the one it is compared with, labelled as the table labels them. */
  readonly current: string;
  readonly previous: string;
  /** How many KPIs the tables hold (captions, group rows, notes and footnotes are not KPIs); the listed ones unless said. */
  readonly kpiCount?: number;
  readonly kpis: readonly ExpectedKpi[];
  /** Header cells (`Sheet!C6`) read as the two periods: each must be named by an info issue. */
  readonly periodCells: readonly string[];
}

export interface RealWorldCase {
  readonly id: string;
  readonly body: Body;
  readonly source: Source;
  /** The shapes of issue 11 the workbook exercises, in words. */
  readonly shapes: readonly string[];
  /** The month the analyst builds the scorecard, `YYYY-MM`. */
  readonly asOf: string;
  readonly sheets: readonly CaseSheet[];
  readonly expect: CaseExpectation;
}

export const CASES_DIR = join(__dirname, "cases");

/** Every case, in file-name order. */
export function loadCases(): RealWorldCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CASES_DIR, f), "utf8")) as RealWorldCase);
}

/** The case's sheets as `writeWorkbook` specs, each pasted at its `at` cell. */
export function sheetSpecs(c: RealWorldCase): SheetSpec[] {
  return c.sheets.map((s) => {
    const origin = parseA1(s.at ?? "A1");
    if (!origin) throw new Error(`${c.id}: bad cell ${s.at ?? ""}`);
    const convert = s.paste === "text" ? textCell : excelCell;
    const pasted = s.lines.map((line) => line.split("\t").map(convert));
    const rows: CellSpec[][] = [...Array<CellSpec[]>(origin.row).fill([]), ...pasted.map((r) => [...Array<CellSpec>(origin.col).fill(null), ...r])];
    return { name: s.name, rows, merges: s.merges ?? [] };
  });
}

function textCell(text: string): CellSpec {
  return text.trim() === "" ? null : text;
}

/**
 * A cell as Excel keeps pasted text: numbers with their thousands separators, percentages and pounds become numbers
 * with the matching format; anything else (`+ 3.1%`, `34 days`, `4—`, `N/A`) stays text.
 */
export function excelCell(text: string): CellSpec {
  const t = text.trim();
  if (t === "") return null;
  const plain = /^(-?)(\d*\.?\d+)$/.exec(t);
  if (plain) return Number(t);
  const grouped = /^-?\d{1,3}(,\d{3})+(\.(\d+))?$/.exec(t);
  if (grouped) return { value: Number(t.replace(/,/g, "")), numFmt: grouped[3] ? `#,##0.${"0".repeat(grouped[3].length)}` : "#,##0" };
  const bracketed = /^\((\d{1,3}(,\d{3})*|\d+)\)$/.exec(t);
  if (bracketed) return { value: -Number((bracketed[1] ?? "").replace(/,/g, "")), numFmt: "#,##0;(#,##0)" };
  const percent = /^(-?)(\d*)\.?(\d*)%$/.exec(t);
  if (percent && (percent[2] !== "" || percent[3] !== "")) {
    const decimals = percent[3]?.length ?? 0;
    const value = Number(t.slice(0, -1)) / 100;
    return { value: Number(value.toFixed(decimals + 2)), numFmt: decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%` };
  }
  const pounds = /^£(-?[\d,]+)(\.(\d+))?$/.exec(t);
  if (pounds) return { value: Number(t.slice(1).replace(/,/g, "")), numFmt: pounds[3] ? `"£"#,##0.${"0".repeat(pounds[3].length)}` : `"£"#,##0` };
  return t;
}
