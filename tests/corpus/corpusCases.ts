/**
 * The malformed-workbook corpus: each case a mutation of the sample workbook (or a workbook of pasted tables), named
 * by what it must produce, script-lab style: `error.` must produce an error, `warning.` warnings but no error,
 * `ok.` neither (notes allowed). Each lists the specific issues (code, sheet, cell) it must raise, and may check
 * what was read or built. `generateCorpus.ts` writes them as .xlsx files; `corpus.*.test.ts` reads them back.
 *
 * The base is the sample with its one published discrepancy corrected (Procurement's full-year variance printed
 * (102) for (100)), so every issue a case raises is the mutation's own.
 */
import type { IssueCode } from "../../src/messages";
import type { KpiModel } from "../../src/model/kpi";
import type { Month } from "../../src/model/period";
import { month } from "../../src/model/period";
import type { Issue } from "../../src/model/issue";
import type { BuildOutcome } from "../../src/pipeline";
import { FIGURE_1, FIGURE_11, FIGURE_4, FINANCE, REOFFENDING, WORKFORCE } from "../../src/ingest/testing/seed000";
import { PILLAR_1_MEASURES, PILLAR_1_THEMES, PILLAR_5_MEASURES, PILLAR_5_THEMES } from "../../src/ingest/testing/seed002";
import { Book, numberIn } from "./corpusBook";
import type { CellSpec, SheetSpec } from "./writeWorkbook";
import { pastedCells, textCells } from "./writeWorkbook";

export interface ExpectedIssue {
  readonly code: IssueCode;
  readonly sheet: string;
  readonly cell: string;
}

export interface CorpusResult {
  readonly model: KpiModel;
  readonly outcome: BuildOutcome;
  /** The model's issues and the build's, each once. */
  readonly issues: readonly Issue[];
}

export interface CorpusCase {
  readonly name: string;
  readonly build: (base: readonly SheetSpec[]) => SheetSpec[];
  /** The column mapping, given as `--mapping` would give it. */
  readonly mapping?: unknown;
  /** Read at most this many rows of a sheet, as a host that stops early does. */
  readonly maxRows?: number;
  /** Today, for the latest complete quarter; November 2013 (seed 000's report) unless said. */
  readonly asOf?: Month;
  readonly issues: readonly ExpectedIssue[];
  readonly check?: (result: CorpusResult) => void;
}

const at = (code: IssueCode, sheet: string, cell: string): ExpectedIssue => ({ code, sheet, cell });
const workbook = (base: readonly SheetSpec[]) => new Book(base);
const mutate = (change: (book: Book) => Book) => (base: readonly SheetSpec[]) => change(workbook(base)).specs();
const sheetOf = (name: string, lines: readonly string[], paste: (line: string) => CellSpec[] = pastedCells): SheetSpec => ({ name, rows: lines.map(paste) });

/** The sample's base with its published discrepancy corrected, as every sample mutation starts from. */
export function cleanBase(sample: readonly SheetSpec[]): SheetSpec[] {
  return workbook(sample).set("Finance", "I13", "(100)").specs();
}

/** Total Crime's year to date, Apr - Sep 2013/14 against 2012/13, as seed 000 publishes it. */
function totalCrimeAsPublished({ outcome }: CorpusResult): void {
  if (outcome.status !== "built") throw new Error("not built");
  expect(outcome.results.kpis.find((k) => k.kpi.id === "P1-01")).toMatchObject({ previous: 21012, current: 19581, change: { actual: -1431 } });
}

function kpiCount(n: number) {
  return ({ model }: CorpusResult) => expect(model.kpis).toHaveLength(n);
}

/** Seed 000's tables pasted one to a sheet, as in `publishedLayouts.test.ts`. */
function seed000(paste: (line: string) => CellSpec[] = pastedCells): SheetSpec[] {
  return [
    sheetOf("Figure 1", FIGURE_1, paste),
    sheetOf("Figure 4", FIGURE_4, paste),
    sheetOf("Figure 11", FIGURE_11, paste),
    sheetOf("Re-offending", REOFFENDING, paste),
    sheetOf("Workforce", WORKFORCE, paste),
    sheetOf("Budget", FINANCE, paste),
  ];
}
const SEED_000_PERIOD = { tables: { "Figure 11": { period: "Q2 2013-14" } } };
/** Seed 002 reports Q3 2023-24. */
const SEED_002_AS_OF = month(2024, 1 /* Jan */);

const KPIS = "KPIs";
const DATA = "Measurements";
/** Measurements row (1-based) of P1-01's whole-force value for month `i` (0 = Apr-11 ... 29 = Sep-13). */
const p101Row = (i: number) => 2 + i;
/** P1-02's rows follow P1-01's and its eleven sections'. */
const p102Row = (i: number) => 362 + i;

// ---------------------------------------------------------------------------------------------------------------
// The KPI register

const REGISTER_CASES: CorpusCase[] = [
  {
    name: "ok.kpis-title-rows-above-header",
    build: mutate((b) => b.insertRows(KPIS, 0, [["Dorset KPI register 2013-14"], []])),
    issues: [at("HEADER_UNKNOWN", KPIS, "S3")],
    check: (r) => {
      kpiCount(32)(r);
      totalCrimeAsPublished(r);
    },
  },
  {
    name: "ok.kpis-header-in-column-c",
    build: mutate((b) => b.insertColumns(KPIS, 0, 2)),
    issues: [at("HEADER_UNKNOWN", KPIS, "U1")],
    check: (r) => {
      expect(r.model.kpis[0]?.source).toEqual({ sheet: KPIS, cell: "C2" });
      totalCrimeAsPublished(r);
    },
  },
  {
    name: "ok.kpis-columns-in-another-order",
    build: mutate((b) => {
      for (const row of b.sheet(KPIS).rows) row.reverse();
      return b;
    }),
    issues: [at("HEADER_UNKNOWN", KPIS, "A1")],
    check: totalCrimeAsPublished,
  },
  {
    name: "ok.kpis-merged-title-row",
    build: mutate((b) => {
      b.insertRows(KPIS, 0, [["KPI register"]]);
      b.sheet(KPIS).merges.push("A1:Q1");
      return b;
    }),
    issues: [],
    check: kpiCount(32),
  },
  {
    name: "ok.kpis-unicode-names",
    build: mutate((b) => b.set(KPIS, "C2", "Délits — total ✓").set(KPIS, "C12", "車両犯罪")),
    issues: [],
    check: ({ model }) => expect(model.kpis.filter((k) => k.id === "P1-01" || k.id === "P1-11").map((k) => k.name)).toEqual(["Délits — total ✓", "車両犯罪"]),
  },
  {
    name: "ok.kpis-decimals-as-text",
    build: mutate((b) => b.set(KPIS, "R3", "1")),
    issues: [],
    check: ({ model }) => expect(model.kpis.find((k) => k.id === "P1-02")?.decimals).toBe(1),
  },
  {
    name: "ok.kpis-priority-blank",
    build: mutate((b) => b.set(KPIS, "B31", null)),
    issues: [],
    check: ({ model }) => expect(model.kpis.find((k) => k.id === "P6-01")?.priority).toBe("General"),
  },
  {
    name: "ok.kpis-footnote-in-name",
    build: mutate((b) => b.set(KPIS, "C4", "Number of Repeat Victims ²")),
    issues: [at("VALUE_FOOTNOTE", KPIS, "C4")],
    check: ({ model }) => expect(model.kpis.find((k) => k.id === "P1-03")?.name).toBe("Number of Repeat Victims"),
  },
  {
    name: "ok.kpis-grade-target-on-a-count-noted",
    build: mutate((b) => b.set(KPIS, "J4", "Good")),
    issues: [at("TARGET_NOT_JUDGED", KPIS, "J4")],
  },
  {
    name: "ok.kpis-sheet-named-indicators",
    build: mutate((b) => b.rename(KPIS, "Indicators")),
    issues: [at("HEADER_UNKNOWN", "Indicators", "S1")],
    check: totalCrimeAsPublished,
  },
  {
    name: "ok.kpis-unicode-sheet-name-mapped",
    build: mutate((b) => b.rename(KPIS, "Indicateurs – T2 ✓")),
    mapping: { sheets: { kpis: "Indicateurs – T2 ✓" } },
    issues: [at("HEADER_UNKNOWN", "Indicateurs – T2 ✓", "S1")],
    check: totalCrimeAsPublished,
  },
  {
    name: "ok.kpis-hidden-sheet-noted",
    build: mutate((b) => {
      b.sheet(KPIS).state = "hidden";
      return b;
    }),
    issues: [at("SHEET_HIDDEN_READ", KPIS, "")],
    check: kpiCount(32),
  },
  {
    name: "ok.kpis-column-aliases-mapped",
    build: mutate((b) => b.set(KPIS, "A1", "Code").set(KPIS, "C1", "Crime type")),
    mapping: { columns: { Code: "ID", "Crime type": "Name" } },
    issues: [],
    check: totalCrimeAsPublished,
  },
  { name: "error.kpis-duplicate-id", build: mutate((b) => b.set(KPIS, "A3", "P1-01")), issues: [at("KPI_ID_DUPLICATE", KPIS, "A3")] },
  { name: "error.kpis-missing-id", build: mutate((b) => b.set(KPIS, "A3", null)), issues: [at("KPI_ID_MISSING", KPIS, "A3")] },
  {
    name: "error.kpis-id-ref-error",
    build: mutate((b) => b.set(KPIS, "A3", { error: "#REF!" })),
    issues: [at("VALUE_ERROR", KPIS, "A3")],
    check: ({ model }) => expect(model.kpis.some((k) => k.id === "#REF!" || k.name === "Positive Outcome Rate")).toBe(false),
  },
  { name: "error.kpis-unit-unknown", build: mutate((b) => b.set(KPIS, "E2", "widgets")), issues: [at("UNIT_UNKNOWN", KPIS, "E2")] },
  { name: "error.kpis-unit-blank", build: mutate((b) => b.set(KPIS, "E2", null)), issues: [at("VALUE_MISSING", KPIS, "E2")] },
  { name: "error.kpis-unit-na-error", build: mutate((b) => b.set(KPIS, "E2", { error: "#N/A" })), issues: [at("VALUE_ERROR", KPIS, "E2")] },
  { name: "error.kpis-polarity-unknown", build: mutate((b) => b.set(KPIS, "F2", "sideways")), issues: [at("POLARITY_UNKNOWN", KPIS, "F2")] },
  { name: "error.kpis-polarity-blank", build: mutate((b) => b.set(KPIS, "F2", null)), issues: [at("VALUE_MISSING", KPIS, "F2")] },
  { name: "error.kpis-rollup-unknown", build: mutate((b) => b.set(KPIS, "G2", "median")), issues: [at("AGGREGATION_UNKNOWN", KPIS, "G2")] },
  { name: "error.kpis-report-unknown", build: mutate((b) => b.set(KPIS, "H2", "fortnightly")), issues: [at("COMPARISON_UNKNOWN", KPIS, "H2")] },
  { name: "error.kpis-compare-with-unknown", build: mutate((b) => b.set(KPIS, "I2", "next year")), issues: [at("COMPARE_WITH_UNKNOWN", KPIS, "I2")] },
  { name: "warning.kpis-target-unparsed", build: mutate((b) => b.set(KPIS, "J2", "about 5%")), issues: [at("TARGET_UNPARSED", KPIS, "J2")] },
  {
    name: "error.kpis-target-formula-error",
    build: mutate((b) => b.set(KPIS, "J2", { formula: "1/0", result: { error: "#DIV/0!" } })),
    issues: [at("VALUE_ERROR", KPIS, "J2")],
    check: ({ model }) => expect(model.kpis.find((k) => k.id === "P1-01")?.target).toEqual({ kind: "none" }),
  },
  { name: "error.kpis-tolerance-text", build: mutate((b) => b.set(KPIS, "K3", "lots")), issues: [at("VALUE_UNREADABLE", KPIS, "K3")] },
  { name: "error.kpis-decimals-text", build: mutate((b) => b.set(KPIS, "P2", "many")), issues: [at("VALUE_UNREADABLE", KPIS, "P2")] },
  { name: "error.kpis-parent-unknown", build: mutate((b) => b.set(KPIS, "D9", "P9-99")), issues: [at("KPI_PARENT_UNKNOWN", KPIS, "D9")] },
  { name: "error.kpis-parent-cycle", build: mutate((b) => b.set(KPIS, "D8", "P1-08")), issues: [at("KPI_PARENT_CYCLE", KPIS, "D8")] },
  { name: "warning.kpis-duplicate-name", build: mutate((b) => b.set(KPIS, "C3", "Total Crime")), issues: [at("KPI_NAME_DUPLICATE", KPIS, "C3")] },
  {
    name: "warning.kpis-hidden-row",
    build: mutate((b) => {
      b.sheet(KPIS).hiddenRows.push(4);
      return b;
    }),
    issues: [at("VALUE_HIDDEN_ROW", KPIS, "A5")],
  },
  { name: "error.kpis-trajectory-incomplete", build: mutate((b) => b.set(KPIS, "M21", null)), issues: [at("VALUE_MISSING", KPIS, "M21")] },
  {
    name: "error.kpis-unit-column-missing",
    build: mutate((b) => b.deleteColumn(KPIS, 4)),
    issues: [at("COLUMN_MISSING", KPIS, "A1:R1")],
    check: ({ outcome }) => expect(outcome.status).toBe("blocked"),
  },
  { name: "error.kpis-polarity-column-missing", build: mutate((b) => b.deleteColumn(KPIS, 5)), issues: [at("COLUMN_MISSING", KPIS, "A1:R1")] },
  { name: "error.kpis-name-column-missing", build: mutate((b) => b.deleteColumn(KPIS, 2)), issues: [at("COLUMN_MISSING", KPIS, "A1:R1")] },
  { name: "error.kpis-id-column-missing", build: mutate((b) => b.deleteColumn(KPIS, 0)), issues: [at("COLUMN_MISSING", KPIS, "A1:R1")] },
  {
    name: "error.kpis-empty-sheet",
    build: mutate((b) => {
      b.sheet(KPIS).rows = [];
      return b;
    }),
    issues: [at("SHEET_EMPTY", KPIS, "A1")],
  },
  { name: "error.kpis-sheet-missing", build: mutate((b) => b.remove(KPIS)), issues: [at("NO_KPI_TABLE", "About", "A1")] },
  { name: "error.kpis-unicode-sheet-name-unmapped", build: mutate((b) => b.rename(KPIS, "Indicateurs – T2 ✓")), issues: [at("NO_KPI_TABLE", "About", "A1")] },
];

// ---------------------------------------------------------------------------------------------------------------
// Measurements

/** The long Measurements sheet pivoted wide: a column per period, in time order, a row per KPI and segment. */
function pivotWide(book: Book, swap?: readonly [number, number]): Book {
  const rows = book.sheet(DATA).rows.slice(1);
  const periodKey = (p: CellSpec) => (typeof p === "string" ? p : String(numberIn(p)));
  const periods = new Map<string, CellSpec>();
  for (const row of rows) periods.set(periodKey(row[1] ?? null), row[1] ?? null);
  const start = (p: CellSpec): number => {
    const serial = numberIn(p);
    if (serial !== null) return serial;
    const text = String(p);
    const year = Number(/(\d{4})/.exec(text)?.[1] ?? 0);
    const q = Number(/^Q(\d)/.exec(text)?.[1] ?? 1);
    // Years and quarters before the months they start with.
    return Date.UTC(year, 3 + (q - 1) * 3, 1) / 86_400_000 + 25569 - 0.5;
  };
  const ordered = [...periods.values()].sort((a, b) => start(a) - start(b));
  if (swap) {
    const [i, j] = swap;
    const a = ordered[i];
    ordered[i] = ordered[j] ?? null;
    ordered[j] = a ?? null;
  }
  const keys = ordered.map(periodKey);
  const byRow = new Map<string, CellSpec[]>();
  for (const row of rows) {
    const key = `${String(row[0])}\u0000${String(row[3] ?? "")}`;
    const out = byRow.get(key) ?? [row[0] ?? null, row[3] ?? null, ...keys.map(() => null)];
    out[2 + keys.indexOf(periodKey(row[1] ?? null))] = row[2] ?? null;
    byRow.set(key, out);
  }
  book.sheet(DATA).rows = [["KPI ID", "Segment", ...ordered], ...byRow.values()];
  return book;
}

const MEASUREMENT_CASES: CorpusCase[] = [
  {
    name: "ok.measurements-numbers-typed-as-text",
    build: mutate((b) => {
      for (let i = 0; i < 30; i++) b.set(DATA, `C${p101Row(i)}`, (numberIn(b.get(DATA, `C${p101Row(i)}`)) ?? 0).toLocaleString("en-GB"));
      return b;
    }),
    issues: [],
    check: totalCrimeAsPublished,
  },
  {
    name: "ok.measurements-formulas-with-results",
    build: mutate((b) => b.set(DATA, "C31", { formula: "SUM(1,2)", result: numberIn(b.get(DATA, "C31")) ?? 0 })),
    issues: [],
    check: totalCrimeAsPublished,
  },
  { name: "error.measurements-div0-error", build: mutate((b) => b.set(DATA, "C31", { error: "#DIV/0!" })), issues: [at("VALUE_ERROR", DATA, "C31")] },
  {
    name: "error.measurements-formula-returning-error",
    build: mutate((b) => b.set(DATA, "C30", { formula: "C29/0", result: { error: "#DIV/0!" } })),
    issues: [at("VALUE_ERROR", DATA, "C30")],
  },
  { name: "error.measurements-unreadable-value", build: mutate((b) => b.set(DATA, "C31", "lots")), issues: [at("VALUE_UNREADABLE", DATA, "C31")] },
  { name: "error.measurements-boolean-value", build: mutate((b) => b.set(DATA, "C31", true)), issues: [at("VALUE_UNREADABLE", DATA, "C31")] },
  { name: "error.measurements-unknown-kpi", build: mutate((b) => b.set(DATA, "A31", "P9-99")), issues: [at("KPI_UNKNOWN", DATA, "A31")] },
  { name: "error.measurements-blank-kpi-id", build: mutate((b) => b.set(DATA, "A31", null)), issues: [at("VALUE_MISSING", DATA, "A31")] },
  { name: "error.measurements-kpi-id-error", build: mutate((b) => b.set(DATA, "A31", { error: "#N/A" })), issues: [at("VALUE_ERROR", DATA, "A31")] },
  { name: "error.measurements-unreadable-period", build: mutate((b) => b.set(DATA, "B31", "Spring 2013")), issues: [at("PERIOD_UNREADABLE", DATA, "B31")] },
  { name: "error.measurements-blank-period", build: mutate((b) => b.set(DATA, "B31", null)), issues: [at("VALUE_MISSING", DATA, "B31")] },
  { name: "error.measurements-period-error", build: mutate((b) => b.set(DATA, "B31", { error: "#VALUE!" })), issues: [at("VALUE_ERROR", DATA, "B31")] },
  { name: "error.measurements-segment-error", build: mutate((b) => b.set(DATA, "D40", { error: "#N/A" })), issues: [at("VALUE_ERROR", DATA, "D40")] },
  {
    name: "error.measurements-duplicate-period",
    build: mutate((b) => b.set(DATA, "B30", b.get(DATA, "B31"))),
    issues: [at("PERIOD_DUPLICATE", DATA, "C31")],
  },
  {
    name: "warning.measurements-hidden-rows",
    build: mutate((b) => {
      b.sheet(DATA).hiddenRows.push(29, 30);
      return b;
    }),
    issues: [at("VALUE_HIDDEN_ROW", DATA, "A30"), at("VALUE_HIDDEN_ROW", DATA, "A31")],
  },
  { name: "warning.measurements-percentage-in-a-count-kpi", build: mutate((b) => b.set(DATA, "C31", "25%")), issues: [at("VALUE_UNIT_MISMATCH", DATA, "C31")] },
  { name: "warning.measurements-money-in-a-percent-kpi", build: mutate((b) => b.set(DATA, `C${p102Row(29)}`, "£45")), issues: [at("VALUE_UNIT_MISMATCH", DATA, `C${p102Row(29)}`)] },
  { name: "warning.measurements-grade-in-a-count-kpi", build: mutate((b) => b.set(DATA, "C31", "Good")), issues: [at("VALUE_UNIT_MISMATCH", DATA, "C31")] },
  {
    name: "warning.measurements-fraction-among-percentages",
    build: mutate((b) => b.set(DATA, `C${p102Row(29)}`, 0.252)),
    issues: [at("VALUE_PERCENT_SCALE", DATA, `C${p102Row(29)}`)],
  },
  {
    name: "ok.measurements-no-data-markers-noted",
    build: mutate((b) => b.set(DATA, "C2", "n/a").set(DATA, "C3", "--").set(DATA, "C4", "TBC")),
    issues: [at("VALUE_NO_DATA", DATA, "C2"), at("VALUE_NO_DATA", DATA, "C3"), at("VALUE_NO_DATA", DATA, "C4")],
    check: totalCrimeAsPublished,
  },
  {
    name: "ok.measurements-footnote-mark-noted",
    build: mutate((b) => b.set(DATA, "C31", `${String(numberIn(b.get(DATA, "C31")))} ¹`)),
    issues: [at("VALUE_FOOTNOTE", DATA, "C31")],
    check: totalCrimeAsPublished,
  },
  { name: "error.measurements-period-column-missing", build: mutate((b) => b.deleteColumn(DATA, 1)), issues: [at("COLUMN_MISSING", DATA, "A1:C1")] },
  { name: "error.measurements-value-column-missing", build: mutate((b) => b.deleteColumn(DATA, 2)), issues: [at("COLUMN_MISSING", DATA, "A1:C1")] },
  { name: "error.measurements-id-column-missing", build: mutate((b) => b.deleteColumn(DATA, 0)), issues: [at("COLUMN_MISSING", DATA, "A1:C1")] },
  {
    name: "ok.measurements-wide-periods-as-columns",
    build: mutate((b) => pivotWide(b)),
    issues: [],
    check: totalCrimeAsPublished,
  },
  {
    name: "warning.measurements-wide-periods-out-of-order",
    build: mutate((b) => pivotWide(b, [3, 4])),
    issues: [at("PERIOD_OUT_OF_ORDER", DATA, "G1")],
  },
  {
    name: "warning.measurements-wide-period-repeated",
    build: mutate((b) => {
      pivotWide(b);
      return b.set(DATA, "E1", b.get(DATA, "D1"));
    }),
    issues: [at("HEADER_DUPLICATE", DATA, "E1")],
  },
  { name: "ok.measurements-title-rows-above-header", build: mutate((b) => b.insertRows(DATA, 0, [["Monthly data"], ["Source: crime system"], []])), issues: [], check: totalCrimeAsPublished },
  { name: "ok.measurements-shifted-right", build: mutate((b) => b.insertColumns(DATA, 0, 2)), issues: [], check: totalCrimeAsPublished },
  {
    name: "ok.measurements-months-as-text",
    build: mutate((b) => {
      const names = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
      for (let i = 0; i < 30; i++) b.set(DATA, `B${p101Row(i)}`, `${names[i % 12] ?? ""}-${String(11 + Math.floor((i + 3) / 12)).padStart(2, "0")}`);
      return b;
    }),
    issues: [],
    check: totalCrimeAsPublished,
  },
  {
    name: "ok.measurements-iso-months",
    build: mutate((b) => {
      for (let i = 0; i < 30; i++) b.set(DATA, `B${p101Row(i)}`, `${2011 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, "0")}`);
      return b;
    }),
    issues: [],
    check: totalCrimeAsPublished,
  },
  {
    name: "ok.measurements-unicode-segments",
    build: mutate((b) => {
      for (let r = 32; r <= 61; r++) b.set(DATA, `D${r}`, "Bournemouth – Centre ✓");
      return b;
    }),
    issues: [],
    check: ({ model }) => expect([...model.measurements].filter((m) => m.segment === "Bournemouth – Centre ✓")).toHaveLength(30),
  },
  { name: "ok.measurements-sheet-named-data", build: mutate((b) => b.rename(DATA, "Data")), issues: [], check: totalCrimeAsPublished },
  {
    name: "ok.measurements-unicode-sheet-name-mapped",
    build: mutate((b) => b.rename(DATA, "Données mensuelles")),
    mapping: { sheets: { measurements: "Données mensuelles" } },
    issues: [],
    check: totalCrimeAsPublished,
  },
  {
    name: "error.measurements-empty-sheet",
    build: mutate((b) => {
      b.sheet(DATA).rows = [];
      return b;
    }),
    issues: [at("SHEET_EMPTY", DATA, "A1")],
  },
  { name: "error.measurements-sheet-missing", build: mutate((b) => b.remove(DATA)), issues: [at("SHEET_MISSING", "", "")] },
];

// ---------------------------------------------------------------------------------------------------------------
// Notes, themes, finance, settings

const NOTES = "Notes";
const THEMES = "Themes";
const FINANCE_SHEET = "Finance";
const SETTINGS = "Settings";

const OTHER_SHEET_CASES: CorpusCase[] = [
  { name: "warning.notes-rag-unknown", build: mutate((b) => b.set(NOTES, "C2", "Purple")), issues: [at("RAG_UNKNOWN", NOTES, "C2")] },
  { name: "error.notes-quarter-unknown", build: mutate((b) => b.set(NOTES, "B2", "Q5 2013")), issues: [at("QUARTER_UNKNOWN", NOTES, "B2")] },
  { name: "error.notes-unknown-kpi", build: mutate((b) => b.set(NOTES, "A2", "P9-99")), issues: [at("KPI_UNKNOWN", NOTES, "A2")] },
  { name: "error.notes-twice-for-one-quarter", build: mutate((b) => b.set(NOTES, "A3", "P1-01")), issues: [at("PERIOD_DUPLICATE", NOTES, "B3")] },
  { name: "error.notes-kpi-id-error", build: mutate((b) => b.set(NOTES, "A2", { error: "#N/A" })), issues: [at("VALUE_ERROR", NOTES, "A2")] },
  {
    name: "warning.notes-hidden-row",
    build: mutate((b) => {
      b.sheet(NOTES).hiddenRows.push(1);
      return b;
    }),
    issues: [at("VALUE_HIDDEN_ROW", NOTES, "A2")],
  },
  {
    name: "ok.notes-rag-override-read",
    build: mutate((b) => b.set(NOTES, "C3", "Yellow")),
    issues: [],
    check: ({ outcome }) => {
      if (outcome.status !== "built") throw new Error("not built");
      expect(outcome.results.kpis.find((k) => k.kpi.id === "P1-02")?.rag).toMatchObject({ status: "amber", basis: "override" });
    },
  },
  { name: "warning.themes-rag-unknown", build: mutate((b) => b.set(THEMES, "D3", "Purple")), issues: [at("RAG_UNKNOWN", THEMES, "D3")] },
  { name: "error.themes-theme-blank", build: mutate((b) => b.set(THEMES, "B3", null)), issues: [at("VALUE_MISSING", THEMES, "B3")] },
  { name: "error.themes-quarter-twice", build: mutate((b) => b.set(THEMES, "C3", "Q1 2013-14")), issues: [at("PERIOD_DUPLICATE", THEMES, "C3")] },
  { name: "error.themes-quarter-unknown", build: mutate((b) => b.set(THEMES, "C3", "Spring")), issues: [at("QUARTER_UNKNOWN", THEMES, "C3")] },
  { name: "error.themes-theme-error", build: mutate((b) => b.set(THEMES, "B3", { error: "#REF!" })), issues: [at("VALUE_ERROR", THEMES, "B3")] },
  {
    name: "warning.themes-hidden-row",
    build: mutate((b) => {
      b.sheet(THEMES).hiddenRows.push(2);
      return b;
    }),
    issues: [at("VALUE_HIDDEN_ROW", THEMES, "A3")],
  },
  {
    name: "ok.themes-pasted-as-published",
    build: mutate((b) => {
      // Seed 002's table, its quarters those the sample reports.
      const header = "Theme\tRAG Q1\tRAG Q2\tDetail\tTheme\tRAG Q1\tRAG Q2\tDetail";
      b.sheet(THEMES).rows = ["Theme RAG, Q2 2013-14", header, ...PILLAR_5_THEMES.slice(1)].map(pastedCells);
      return b;
    }),
    issues: [at("TABLE_READ", THEMES, "A2"), at("TABLE_READ", THEMES, "E2")],
    check: ({ model }) => expect(model.themes.find((t) => t.name === "Hate Crime")?.assessments.map((a) => [a.quarter.quarter, a.rag])).toEqual([[1, "green"], [2, "green"]]),
  },
  { name: "warning.finance-variance-mismatch", build: mutate((b) => b.set(FINANCE_SHEET, "H2", "(50)")), issues: [at("FINANCE_VARIANCE_MISMATCH", FINANCE_SHEET, "A2")] },
  {
    name: "warning.finance-total-mismatch",
    build: mutate((b) => b.set(FINANCE_SHEET, "D5", { value: 2851, numFmt: "#,##0;(#,##0)" })),
    issues: [at("FINANCE_TOTAL_MISMATCH", FINANCE_SHEET, "A5")],
  },
  { name: "error.finance-amount-unreadable", build: mutate((b) => b.set(FINANCE_SHEET, "D2", "lots")), issues: [at("VALUE_UNREADABLE", FINANCE_SHEET, "D2")] },
  { name: "error.finance-amount-error", build: mutate((b) => b.set(FINANCE_SHEET, "E2", { error: "#REF!" })), issues: [at("VALUE_ERROR", FINANCE_SHEET, "E2")] },
  { name: "error.finance-kind-unknown", build: mutate((b) => b.set(FINANCE_SHEET, "C2", "subtotalish")), issues: [at("VALUE_UNREADABLE", FINANCE_SHEET, "C2")] },
  { name: "error.finance-line-error", build: mutate((b) => b.set(FINANCE_SHEET, "A2", { error: "#N/A" })), issues: [at("VALUE_ERROR", FINANCE_SHEET, "A2")] },
  { name: "error.finance-budget-column-missing", build: mutate((b) => b.deleteColumn(FINANCE_SHEET, 3)), issues: [at("COLUMN_MISSING", FINANCE_SHEET, "A1:H1")] },
  {
    name: "warning.finance-pasted-as-published",
    build: mutate((b) => {
      b.sheet(FINANCE_SHEET).rows = FINANCE.map(pastedCells);
      return b;
    }),
    issues: [at("TABLE_READ", FINANCE_SHEET, "A1"), at("FINANCE_VARIANCE_MISMATCH", FINANCE_SHEET, "A16")],
    check: ({ model }) => expect(model.finance).toHaveLength(27),
  },
  { name: "warning.settings-fiscal-start-unreadable", build: mutate((b) => b.set(SETTINGS, "B4", "Aprilish")), issues: [at("SETTING_UNREADABLE", SETTINGS, "B4")] },
  { name: "warning.settings-rag-labels-unreadable", build: mutate((b) => b.set(SETTINGS, "B5", "Green / Red")), issues: [at("SETTING_UNREADABLE", SETTINGS, "B5")] },
  { name: "ok.settings-unknown-setting-noted", build: mutate((b) => b.insertRows(SETTINGS, 9, [["Favourite colour", "Blue"]])), issues: [at("SETTING_UNKNOWN", SETTINGS, "A10")] },
  {
    name: "ok.settings-sheet-empty",
    build: mutate((b) => {
      b.sheet(SETTINGS).rows = [];
      return b;
    }),
    issues: [],
    check: ({ model }) => expect(model.settings.organisation).toBe(""),
  },
  { name: "ok.about-sheet-removed", build: mutate((b) => b.remove("About")), issues: [], check: totalCrimeAsPublished },
  {
    name: "ok.earlier-scorecard-sheet-ignored",
    build: mutate((b) => b.add({ name: "Scorecard Q2 2013-14", rows: [["KPI ID", "Period", "Value"], ["P9-99", "Apr-13", "junk"]] })),
    issues: [],
    check: totalCrimeAsPublished,
  },
  {
    name: "ok.empty-extra-sheet-ignored",
    build: mutate((b) => b.add({ name: "Sheet1", rows: [] })),
    issues: [],
    check: totalCrimeAsPublished,
  },
  {
    name: "ok.pasted-table-beside-register-noted",
    build: mutate((b) => b.add(sheetOf("Pasted", FIGURE_4))),
    issues: [at("TABLE_NOT_READ", "Pasted", "A3:G12")],
    check: kpiCount(32),
  },
  {
    name: "warning.mapping-with-unusable-parts",
    build: mutate((b) => b),
    mapping: { sheets: { widgets: "Sheet9" }, kpis: { "P1-01": { polarity: "sideways" } }, tabels: {} },
    issues: [at("MAPPING_UNREADABLE", "", "")],
    check: totalCrimeAsPublished,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Published tables, as analysts paste them

const FIG1 = "Figure 1";
const fig1 = (paste = pastedCells) => sheetOf(FIG1, FIGURE_1, paste);
const only = (...sheets: SheetSpec[]) => () => sheets;
/** Seed 000's Figure 1 pasted on its own, then changed. */
const changeFigure1 = (change: (book: Book) => Book) => () => change(new Book([fig1()])).specs();

const LAYOUT_CASES: CorpusCase[] = [
  {
    name: "warning.published-seed-000-tables-procurement-variance",
    build: () => seed000(),
    mapping: SEED_000_PERIOD,
    issues: [at("PUBLISHED_TABLE_READ", FIG1, "B3"), at("TABLE_READ", "Budget", "A1"), at("FINANCE_VARIANCE_MISMATCH", "Budget", "A16")],
    check: (r) => {
      expect(r.model.kpis).toHaveLength(12 + 8 + 8 + 1 + 3);
      totalCrimeAsPublishedByName(r);
    },
  },
  {
    name: "ok.published-tables-as-text",
    build: () => seed000(textCells).slice(0, 3),
    mapping: SEED_000_PERIOD,
    issues: [at("PUBLISHED_TABLE_READ", "Figure 11", "B3")],
    check: totalCrimeAsPublishedByName,
  },
  {
    name: "error.published-figure-11-without-a-quarter",
    build: only(sheetOf("Figure 11", FIGURE_11)),
    issues: [at("PERIOD_NOT_KNOWN", "Figure 11", "D3"), at("PERIOD_NOT_KNOWN", "Figure 11", "E3")],
    check: ({ outcome }) => expect(outcome.status).toBe("blocked"),
  },
  {
    name: "warning.published-figure-11-quarter-assumed",
    build: only(fig1(), sheetOf("Figure 11", FIGURE_11)),
    issues: [at("PERIOD_ASSUMED", "Figure 11", "D3")],
  },
  {
    name: "warning.published-duplicate-kpi-names",
    build: only(fig1(), { ...fig1(), name: "Figure 1 again" }),
    issues: [at("KPI_NAME_DUPLICATE", "Figure 1 again", "B5")],
    check: ({ model }) => expect(model.kpis.map((k) => k.id)).toContain("total-crime-2"),
  },
  {
    name: "warning.published-count-kpi-with-percentages",
    build: only(fig1()),
    mapping: { kpis: { "Positive Outcome Rate": { unit: "count" } } },
    issues: [at("VALUE_UNIT_MISMATCH", FIG1, "D6"), at("VALUE_UNIT_MISMATCH", FIG1, "E6")],
  },
  {
    // Newest first is a layout of its own; years swapped over figures left as they were show in the published changes.
    name: "warning.published-periods-swapped",
    build: changeFigure1((b) => b.set(FIG1, "D4", "2013/14").set(FIG1, "E4", "2012/13")),
    issues: [at("CHANGE_PUBLISHED_MISMATCH", FIG1, "F5"), at("CHANGE_PUBLISHED_MISMATCH", FIG1, "G5")],
  },
  { name: "error.published-div0-in-a-figure", build: changeFigure1((b) => b.set(FIG1, "E5", { error: "#DIV/0!" })), issues: [at("VALUE_ERROR", FIG1, "E5")] },
  { name: "error.published-unreadable-figure", build: changeFigure1((b) => b.set(FIG1, "E5", "19,581 approx")), issues: [at("VALUE_UNREADABLE", FIG1, "E5")] },
  {
    name: "warning.published-hidden-row",
    build: changeFigure1((b) => {
      b.sheet(FIG1).hiddenRows.push(6);
      return b;
    }),
    issues: [at("VALUE_HIDDEN_ROW", FIG1, "B7")],
  },
  { name: "warning.published-target-unparsed", build: changeFigure1((b) => b.set(FIG1, "C7", "soon")), mapping: { kpis: { "Number of Repeat Victims": { polarity: "lower" } } }, issues: [at("TARGET_UNPARSED", FIG1, "C7")] },
  {
    name: "ok.published-target-needs-polarity-noted",
    build: only(fig1()),
    issues: [at("TARGET_NOT_JUDGED", FIG1, "C5"), at("POLARITY_NOT_SET", FIG1, "B5")],
  },
  {
    name: "ok.published-header-shifted-with-notes-below",
    build: changeFigure1((b) => {
      b.insertColumns(FIG1, 0, 2);
      b.insertRows(FIG1, 0, [["Dorset Police & Crime Panel"], ["Quarter 2 Report 2013-14"], []]);
      b.sheet(FIG1).rows.push([], ["1.1.1 In the first two quarters of 2013/14 crime has decreased by 6.8% or 1,431 fewer crimes."]);
      return b;
    }),
    issues: [at("PUBLISHED_TABLE_READ", FIG1, "D6")],
    check: (r) => {
      expect(r.model.kpis).toHaveLength(12);
      totalCrimeAsPublishedByName(r);
    },
  },
  {
    name: "ok.published-merged-two-level-header",
    build: changeFigure1((b) => {
      b.sheet(FIG1).merges.push("D3:E3", "F3:G3", "A3:A4", "B3:B4", "C3:C4");
      return b;
    }),
    issues: [at("PUBLISHED_TABLE_READ", FIG1, "B3")],
    check: totalCrimeAsPublishedByName,
  },
  {
    name: "ok.published-blank-rows-between-groups",
    build: changeFigure1((b) => b.insertRows(FIG1, 10, [[]]).insertRows(FIG1, 13, [[]])),
    issues: [],
    check: kpiCount(12),
  },
  {
    name: "ok.published-two-tables-on-one-sheet",
    build: only(sheetOf("Q2 report", [...FIGURE_1, "", "Longer term trends", "", ...FIGURE_4])),
    issues: [at("PUBLISHED_TABLE_READ", "Q2 report", "B3"), at("PUBLISHED_TABLE_READ", "Q2 report", "B22")],
    check: kpiCount(20),
  },
  {
    name: "warning.published-segment-table-without-a-total",
    build: only(fig1(), sheetOf("Re-offending", REOFFENDING.slice(0, 5))),
    issues: [at("SEGMENT_TOTAL_MISSING", "Re-offending", "C2")],
  },
  {
    name: "ok.published-segment-total-noted",
    build: only(fig1(), sheetOf("Re-offending", REOFFENDING)),
    issues: [at("SEGMENT_TOTAL_ASSUMED", "Re-offending", "B6")],
    check: ({ model }) => expect([...model.measurements].filter((m) => m.kpiId === "actual-rate-of-re-offending" && m.segment === null).map((m) => m.value)).toEqual([8.92, 8.24]),
  },
  {
    name: "warning.published-header-without-rows",
    build: only(fig1(), sheetOf("Empty table", ["Priority\tKey Performance Indicators\t2012/13\t2013/14"])),
    issues: [at("TABLE_EMPTY", "Empty table", "A1:D1")],
  },
  {
    name: "ok.published-long-table-on-its-own-sheet",
    build: only({
      name: "Crime stats",
      rows: [
        ["Indicator", "Month", "Actual"],
        ...["Apr-12", "May-12", "Jun-12", "Jul-12", "Aug-12", "Sep-12", "Apr-13", "May-13", "Jun-13", "Jul-13", "Aug-13", "Sep-13"].map((m, i) => ["Total Crime", m, 3500 - i]),
      ],
    }),
    issues: [at("PUBLISHED_TABLE_READ", "Crime stats", "A1")],
    // Reported as the table gives it, month by month: the latest month against the month before, never rolled up.
    check: ({ model }) => expect(model.kpis[0]).toMatchObject({ id: "total-crime", comparison: { window: "latest", against: "previous-period" } }),
  },
  {
    name: "ok.published-wide-monthly-table",
    build: only({
      name: "Monthly",
      rows: [
        ["Crime figures"],
        [],
        ["Indicator", ...[41000, 41030, 41061, 41091, 41122, 41153, 41365, 41395, 41426, 41456, 41487, 41518].map((s) => ({ value: s, numFmt: "mmm-yy" }))],
        ["Total Crime", 3612, 3540, 3498, 3401, 3388, 3573, 3400, 3300, 3250, 3200, 3150, 3281],
      ],
    }),
    issues: [at("PUBLISHED_TABLE_READ", "Monthly", "A3")],
    check: ({ model }) => expect(model.measurements).toHaveLength(12),
  },
  {
    name: "warning.published-seed-002-measures-and-themes",
    asOf: SEED_002_AS_OF,
    build: only(
      sheetOf("Cut crime", ["Dorset OPCC quarterly scorecard Q3 2023-24", "", ...PILLAR_1_MEASURES, "", ...PILLAR_1_THEMES]),
      sheetOf("Victims", ["Q3 2023-24", ...PILLAR_5_MEASURES, "", ...PILLAR_5_THEMES]),
    ),
    issues: [at("VALUE_SECOND_FIGURE", "Cut crime", "F5"), at("VALUE_TREND_MARK", "Cut crime", "D4"), at("COLUMN_ROLE_GUESSED", "Victims", "F2"), at("TABLE_READ", "Victims", "A10")],
    check: ({ model }) => {
      expect(model.kpis).toHaveLength(18);
      expect(model.themes).toHaveLength(10);
    },
  },
  {
    name: "error.published-seed-002-without-a-quarter",
    asOf: SEED_002_AS_OF,
    build: only(sheetOf("Cut crime", PILLAR_1_MEASURES)),
    issues: [at("PERIOD_NOT_KNOWN", "Cut crime", "D1"), at("PERIOD_NOT_KNOWN", "Cut crime", "F1")],
  },
  {
    name: "ok.published-seed-002-quarter-from-mapping",
    asOf: SEED_002_AS_OF,
    build: only(sheetOf("Cut crime", PILLAR_1_MEASURES)),
    mapping: { tables: { "Cut crime": { period: "Q3 2023-24" } } },
    issues: [],
    check: ({ model }) => expect([...model.measurements].every((m) => m.period.kind === "quarter" && m.period.fiscalYear === 2023)).toBe(true),
  },
  {
    name: "error.published-trend-mark-unreadable",
    asOf: SEED_002_AS_OF,
    build: only(sheetOf("Victims", ["Q3 2023-24", ...PILLAR_5_MEASURES, "\t\t\t\tBusiness Crime (Q3)\t+31.5% (+990)\tRed\tsideways"])),
    issues: [at("VALUE_UNREADABLE", "Victims", "H9")],
  },
  {
    name: "warning.published-rag-unknown-in-a-table",
    asOf: SEED_002_AS_OF,
    build: only(sheetOf("Victims", ["Q3 2023-24", ...PILLAR_5_MEASURES, "\t\t\t\tBusiness Crime (Q3)\t+31.5% (+990)\tPurple\t^"])),
    issues: [at("RAG_UNKNOWN", "Victims", "G9")],
  },
  {
    name: "warning.published-column-roles-from-mapping",
    build: only(sheetOf("Figure 11", FIGURE_11)),
    mapping: { tables: { "Figure 11": { period: "Q2 2013-14", columns: { "Change Actual": "Not used", "Current Performance": "Previous" } } } },
    issues: [at("HEADER_DUPLICATE", "Figure 11", "E3")],
  },
  { name: "error.workbook-with-only-an-empty-sheet", build: only({ name: "Sheet1", rows: [] }), issues: [at("NO_KPI_TABLE", "Sheet1", "A1")] },
  {
    name: "error.workbook-of-prose",
    build: only({ name: "Notes to the panel", rows: [["This report covers Q2 2013-14."], ["Figures follow."]] }),
    issues: [at("NO_KPI_TABLE", "Notes to the panel", "A1")],
  },
];

function totalCrimeAsPublishedByName({ outcome }: CorpusResult): void {
  if (outcome.status !== "built") throw new Error(`not built: ${outcome.issues.map((i) => i.message).join("; ")}`);
  expect(outcome.results.kpis.find((k) => k.kpi.name === "Total Crime")).toMatchObject({ previous: 21012, current: 19581, change: { actual: -1431 } });
}

/** Every case of the corpus but the huge one, in order. */
export const CORPUS_CASES: readonly CorpusCase[] = [...REGISTER_CASES, ...MEASUREMENT_CASES, ...OTHER_SHEET_CASES, ...LAYOUT_CASES];

/** 100,000 rows of measurements, read by a host that stops at 50,000. */
export const HUGE_CASE: CorpusCase = {
  name: "error.measurements-100k-rows-cut-short",
  build: mutate((b) => {
    const rows = b.sheet(DATA).rows;
    const template = rows.slice(1, 31);
    while (rows.length <= 100_000) rows.push(...template.map((r) => [...r]));
    rows.length = 100_001;
    return b;
  }),
  maxRows: 50_000,
  issues: [at("SHEET_TOO_LARGE", DATA, "A50001")],
  check: ({ model }) => expect(model.issues.find((i) => i.code === "SHEET_TOO_LARGE")?.message).toContain("100001"),
};
