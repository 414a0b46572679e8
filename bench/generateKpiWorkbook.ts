/**
 * Generates a KPI workbook as grids in the canonical layout (docs/workbook-format.md) at any size, for the
 * benchmark: Settings, a KPI register, wide Measurements (one row per KPI and segment, one column per month),
 * Notes, Themes and Finance. Deterministic: the same options give the same grids.
 */
import type { CellValue, Grid, WorkbookGrids } from "../src/model/grid";
import type { Month } from "../src/model/period";
import { seededRandom } from "../src/model/testing/seededRandom";

export interface KpiWorkbookOptions {
  readonly kpis: number;
  /** Fiscal years of monthly data, ending March 2014. Default 10. */
  readonly years?: number;
  /** Segments besides the whole-organisation row. Default 20. */
  readonly segments?: number;
}

/** The month the benchmark builds "as of": the last fiscal year of data (ending March 2014) is complete. */
export const BENCH_AS_OF: Month = { kind: "month", year: 2014, month: 4 };
export const BENCH_QUARTER = "Q4 2013-14";

const LAST_FISCAL_YEAR = 2013;
const PRIORITIES = 10;

/** Excel 1900-system serial of the first of a month. */
function serialOf(year: number, month: number): number {
  return Math.round((Date.UTC(year, month - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

type KpiShape = "count" | "rate" | "establishment";

/** Every fifth KPI is a rate shown under the count before it (a sub-indicator), every tenth a neutral headcount. */
function shapeOf(index: number): KpiShape {
  if (index % 10 === 9) return "establishment";
  if (index % 5 === 4) return "rate";
  return "count";
}

function kpiId(index: number): string {
  return `K${String(index + 1).padStart(4, "0")}`;
}

function priorityOf(index: number): string {
  return `${(index % PRIORITIES) + 1}. Priority ${(index % PRIORITIES) + 1}`;
}

function registerRow(index: number): CellValue[] {
  const id = kpiId(index);
  const priority = priorityOf(index);
  const shape = shapeOf(index);
  switch (shape) {
    case "count":
      return [id, priority, `Indicator ${index + 1}`, null, "count", "lower is better", "sum", "year to date", "same period last year", index % 3 === 0 ? "≥ 1%" : null, null, 0];
    case "rate":
      return [id, priority, `Rate ${index + 1}`, kpiId(index - 1), "percent", "higher is better", "average", "year to date", "same period last year", "≥ 25.5%", "2%", 1];
    case "establishment":
      return [id, priority, `Establishment ${index + 1}`, null, "count", "neutral", "last", "latest", "previous period", null, null, 0];
    default: {
      const never: never = shape;
      throw new Error(`Unknown shape ${String(never)}`);
    }
  }
}

function settingsGrid(): Grid {
  return {
    sheet: "Settings",
    rows: [
      ["Setting", "Value"],
      ["Organisation", "Benchmark Constabulary"],
      ["Report title", "Generated workbook for npm run bench"],
      ["Fiscal year start", "April"],
      ["RAG labels", "Green / Amber / Red"],
      ["Default tolerance", "5%"],
      ["Exception threshold", "5%"],
      ["SPC shift length", 7],
      ["Finance unit", "£000's"],
    ],
  };
}

function themesGrid(quarter: string): Grid {
  const rows: CellValue[][] = [["Priority", "Theme", "Quarter", "RAG", "Commentary"]];
  for (let p = 0; p < PRIORITIES; p++) {
    rows.push([priorityOf(p), `Theme ${p + 1}`, quarter, ["Green", "Amber", "Red"][p % 3] ?? null, `Progress on theme ${p + 1} this quarter.`]);
  }
  return { sheet: "Themes", rows };
}

function financeGrid(): Grid {
  return {
    sheet: "Finance",
    rows: [
      ["Line", "Group", "Kind", "Budget YTD", "Actual YTD", "Budget full year", "Projection full year"],
      ["Territorial Policing", "Operational Commands", "line", 391, 346, 784, 694],
      ["Crime & Criminal Justice", "Operational Commands", "line", 797, 758, 2061, 1891],
      ["Operational Commands Total", "Operational Commands", "total", 1188, 1104, 2845, 2585],
      ["Total", null, "grand total", 1188, 1104, 2845, 2585],
    ],
  };
}

/**
 * The workbook, with `kpis` KPIs, `years` fiscal years of monthly data (to March 2014) and `segments` segment rows
 * per KPI besides the whole-organisation row: 1,000 KPIs x 10 years x 20 segments is 21,000 rows x 122 columns.
 * @example generateKpiWorkbook({ kpis: 10 }).sheets.map((g) => g.sheet) // ["Settings", "KPIs", "Measurements", ...]
 */
export function generateKpiWorkbook(options: KpiWorkbookOptions): WorkbookGrids {
  const years = options.years ?? 10;
  const segments = options.segments ?? 20;
  const months = years * 12;
  const firstFiscalYear = LAST_FISCAL_YEAR - years + 1;
  // Seeded, so every run benchmarks the same workbook.
  const random = seededRandom(options.kpis * 7919 + years * 31 + segments);

  const register: CellValue[][] = [
    ["ID", "Priority", "Name", "Parent ID", "Unit", "Polarity", "Roll-up", "Report", "Compare with", "Target", "Tolerance", "Decimals"],
  ];
  for (let k = 0; k < options.kpis; k++) register.push(registerRow(k));

  const header: CellValue[] = ["KPI ID", "Segment"];
  for (let m = 0; m < months; m++) header.push(serialOf(firstFiscalYear + Math.floor((m + 3) / 12), ((m + 3) % 12) + 1));
  const none: undefined[] = [];
  const headerFormats: (string | undefined)[] = [undefined, undefined, ...header.slice(2).map(() => "mmm-yy")];
  const percentFormats: (string | undefined)[] = [undefined, undefined, ...header.slice(2).map(() => "0.0%")];
  const countFormats: (string | undefined)[] = [undefined, undefined, ...header.slice(2).map(() => "#,##0")];
  const rows: CellValue[][] = [header];
  const numberFormats: (string | undefined)[][] = [headerFormats];
  for (let k = 0; k < options.kpis; k++) {
    const shape = shapeOf(k);
    const level = 200 + Math.floor(random() * 4000);
    for (let s = 0; s <= segments; s++) {
      const row: CellValue[] = [kpiId(k), s === 0 ? null : `Segment ${s}`];
      // Segments share the whole figure, each with its own trend (-11% to +9% a year), so some become exceptions.
      const share = s === 0 ? 1 : 1 / segments;
      const yearlyChange = s === 0 ? -0.01 : -0.01 + (random() - 0.5) * 0.2;
      for (let m = 0; m < months; m++) {
        const season = 1 + 0.08 * Math.sin((m / 12) * 2 * Math.PI);
        const trend = 1 + (yearlyChange * m) / 12;
        switch (shape) {
          case "count":
            row.push(Math.max(0, Math.round(level * share * season * trend * (0.95 + random() * 0.1))));
            break;
          case "rate":
            row.push(Math.round((0.2 + 0.1 * random()) * 1000) / 1000);
            break;
          case "establishment":
            row.push(Math.round((level / 10) * share * (0.98 + random() * 0.04)));
            break;
          default: {
            const never: never = shape;
            throw new Error(`Unknown shape ${String(never)}`);
          }
        }
      }
      rows.push(row);
      numberFormats.push(shape === "rate" ? percentFormats : shape === "count" ? countFormats : none);
    }
  }

  const notes: CellValue[][] = [["KPI ID", "Quarter", "RAG override", "Commentary"]];
  for (let k = 0; k < options.kpis; k += 2) notes.push([kpiId(k), BENCH_QUARTER, null, `Commentary on ${kpiId(k)} for ${BENCH_QUARTER}.`]);

  return {
    sheets: [
      settingsGrid(),
      { sheet: "KPIs", rows: register },
      { sheet: "Measurements", rows, numberFormats },
      { sheet: "Notes", rows: notes },
      themesGrid(BENCH_QUARTER),
      financeGrid(),
    ],
  };
}
