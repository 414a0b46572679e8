/**
 * The real-world corpus (issue 11): workbooks made from published police, NHS, council, fire and ONS tables, read
 * through the file host and the pipeline as `scorecard build` reads them. Each case asserts, per KPI, the previous and
 * current figures, the change (actual and % or points, to the publication's rounding) and the period labels the
 * scorecard shows, and that nothing was guessed silently. Sources and shapes: README.md beside this file.
 *
 * Cases the engine gets wrong today are marked `test.failing` below with the issue-11 cause they hit: a fix that makes
 * one pass makes its mark fail, so the mark must come off (the ratchet).
 */
import { createFileHost } from "../../src/files/fileHost";
import { parseA1 } from "../../src/model/address";
import type { Issue } from "../../src/model/issue";
import { month } from "../../src/model/period";
import type { KpiResult } from "../../src/model/results";
import type { BuildOutcome } from "../../src/pipeline";
import { runBuild } from "../../src/pipeline";
import { writeWorkbook } from "../corpus/writeWorkbook";
import type { ExpectedKpi, RealWorldCase } from "./realWorldCase";
import { loadCases, sheetSpecs } from "./realWorldCase";

/** Cases that fail today, each with the issue-11 causes (numbered as in the issue) it hits. */
const FAILS_TODAY: Readonly<Record<string, string>> = {
  // 2/3: years as rows with Target / Actual columns are not detected as a table: nothing built.
  "council-copeland-council-tax-kpi": "2, 3",
  // 4: `34 days` unreadable (an error); 3: the captions `Income Management` ... become KPIs; 1: labels reworded (`2023/24`).
  "council-mansfield-housing-kpis": "1, 3, 4",
  // 2/8: years as rows with `2007-081` (a part year, note 1): nothing built.
  "council-newcastle-hb-new-claims-hansard": "2, 8",
  // 1/2: point-in-time years as rows under `As at May:`: nothing built.
  "council-newcastle-hb-recipients-hansard": "1, 2",
  // 1: months as rows named without a year (the year is in the title): nothing built.
  "council-staffordshire-payment-performance": "1, 2",
  // 1/3: `April-June 2022` rows in stacked year blocks under captions: nothing built.
  "council-uttlesford-invoices-30-days": "1, 3",
  // 1/3: years as rows by quarters as columns, three stacked captioned tables: `Q1` ... unreadable, nothing built.
  "council-winchester-benefit-claims-hansard": "1, 3",
  // 2: the first `2014/15` column (Target) is read as the actual; 3: group rows `Benefits`, `Taxes` become KPIs.
  "council-winchester-benefits-taxes": "2, 3",
  // 3/8: group rows `Accidental` / `Malicious` repeating KPI names, `20002` (2000, note 2): nothing built.
  "fire-dwelling-fires-casualties-hansard": "3, 8",
  // 2/5/8: Number / Percentage groups over the same names, `2011-12p`, `2009-10r`: nothing built.
  "fire-scotland-false-alarms": "2, 5, 8",
  // 2/8: `Primary Fires` over five columns, `Dwellings3`, years `2009-10r` / `2010-11p` as rows: nothing built.
  "fire-scotland-fires-by-location": "2, 8",
  // 2/8: `*` across early years, `Other Buildings1` over thirteen columns, years as rows: nothing built.
  "fire-scotland-primary-fires-buildings": "2, 8",
  // 5: `% ...` figures typed as plain numbers are inferred as counts (no points change); 2: `Aim` / `Year to date 2019/20` read as a duplicate.
  "fire-warwickshire-targets-measures": "2, 5",
  // 3: financial-year group rows over `Quarter 1` rows, newest first: nothing built.
  "nhs-ae-admissions-over-two-hours-hansard": "1, 3",
  // 3: the note under the table (`The standards explained`) becomes a KPI (the figures and periods are right).
  "nhs-lewisham-greenwich-key-targets": "3",
  // 1/2: months as rows (`December 2007`) under a `Days` unit row: nothing built.
  "nhs-rtt-median-waits-hansard": "1, 2",
  // 5: percentages typed as plain numbers under a `Unit | %` row are inferred as counts (no points change).
  "ons-regional-employment-rates-2017": "5",
  // 5: percentages typed as plain numbers under a `Unit | %` row are inferred as counts (no points change).
  "ons-regional-inactivity-rates-2020": "5",
  // 2: calendar years as rows under `Year | Total`: nothing built.
  "ons-stoke-jsa-claimants-hansard": "2",
  // 1/2: rolling `12 months ending:` periods as rows: nothing built.
  "ons-unemployed-16-24-essex-england-hansard": "1, 2",
  // 2: years as rows under `Number of claimants`, title year range past the data: nothing built.
  "ons-wirral-south-jsa-claimants-hansard": "2",
  // 2: financial years as rows (`2005-06` ...), KPIs as columns, under a `Number` row: nothing built.
  "police-birmingham-burglary-hansard": "2",
  // 3: the row labels are RAG grade names (`Green`, `Amber`), taken for a RAG column, so no KPI names: nothing built.
  "police-devon-cornwall-pcc-indicator-grades": "3",
  // 1/8: calendar years as plain-number headers and a footnoted row name (`Staffordshire3`): nothing built.
  "police-knife-convictions-by-force-hansard": "1, 8",
  // 1/2/3/8: `May-13 to Apr-14` under Earlier/Later Period not read, merged `Areas` missed (figures taken as names), stacked table, published changes unread.
  "police-lancashire-recorded-crime-msg": "1, 2, 3, 8",
  // 1/8: financial years as rows, footnote marks on the column names: nothing built.
  "police-merseyside-knife-offences-pq": "1, 8",
  // 2/8: a measure over its years, twice (two-level header), and `19921` (1992, note 1): nothing built.
  "police-met-boroughs-vehicle-crime-hansard": "2, 8",
  // 1/2: dates over count and rate sub-headers: the 2001 rate is read as the current figure beside the 2002 count (silently), labels `Apr - Mar 2002/03`.
  "police-officer-strength-by-force-hansard": "1, 2",
};

/** What the scorecard shows for one KPI, in the shape a case expects it. */
type Shown = Omit<ExpectedKpi, "dp" | "unitInferred"> & { readonly labels: string };

/**
 * The one place that knows the pipeline's result types: finds each expected KPI among the results and reads what
 * the scorecard shows for it, rounded as the publication rounds. Update this when the results change shape.
 */
function shownFor(expected: ExpectedKpi, results: readonly KpiResult[]): Shown | { readonly missing: string } {
  const k = findKpi(expected, results);
  if (typeof k === "string") return { missing: k };
  const dp = expected.dp ?? 1;
  return {
    ...(expected.section === undefined ? {} : { section: expected.section }),
    name: expected.name,
    // Figures to float noise only: 21 for a published 21.1 is a wrong figure, 83.69999999999999 for 83.7 is not.
    previous: roundTo(k.previous, decimalsOf(expected.previous) + 6),
    current: roundTo(k.current, decimalsOf(expected.current) + 6),
    ...("change" in expected ? { change: roundTo(k.change.actual, decimalsOf(expected.change) + 6) } : {}),
    ...("percent" in expected ? { percent: roundTo(k.change.percent, dp) } : {}),
    ...("points" in expected ? { points: roundTo(k.change.points, dp) } : {}),
    labels: labelsShown(expected, k.previousLabel, k.currentLabel),
  };
}

/** The one result the expected KPI names (under its section), or why there is not exactly one. */
function findKpi(expected: ExpectedKpi, results: readonly KpiResult[]): KpiResult | string {
  const byId = new Map(results.map((k) => [k.kpi.id, k]));
  const matches = results.filter((k) => sameText(k.kpi.name, expected.name) && inSection(k, expected.section, byId));
  const k = matches[0];
  return k && matches.length === 1 ? k : `${expected.section ? `${expected.section} / ` : ""}${expected.name}: ${matches.length} KPIs match`;
}

function inSection(k: KpiResult, section: string | undefined, byId: ReadonlyMap<string, KpiResult>): boolean {
  if (section === undefined) return true;
  const parent = k.kpi.parentId ? byId.get(k.kpi.parentId)?.kpi.name ?? "" : "";
  return [k.kpi.priority, parent].some((s) => s.toLowerCase().includes(section.toLowerCase()));
}

function sameText(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Labels compared as written, except for the dash and spacing a transcription cannot promise (`2023 - 24` = `2023-24`). */
function normaliseLabel(label: string): string {
  return label.replace(/\s*[-\u2012-\u2015]\s*/g, "-").replace(/\s+/g, " ").trim();
}

function decimalsOf(n: number | null | undefined): number {
  if (n === null || n === undefined) return 0;
  const text = String(n);
  return text.includes(".") ? (text.split(".")[1] ?? "").length : 0;
}

function roundTo(n: number | null, dp: number): number | null {
  if (n === null) return null;
  const r = Number(n.toFixed(dp));
  return Object.is(r, -0) ? 0 : r;
}

/** A KPI's period labels, each only where it has a figure for that period (a blank figure has nothing to label). */
function labelsShown(k: ExpectedKpi, previous: string, current: string): string {
  return `${k.previous === null ? "-" : normaliseLabel(previous)} -> ${k.current === null ? "-" : normaliseLabel(current)}`;
}

function expectedShown(c: RealWorldCase): Shown[] {
  return c.expect.kpis.map(({ dp: _dp, unitInferred: _u, ...rest }) => ({ ...rest, labels: labelsShown(rest, c.expect.previous, c.expect.current) }));
}

/** Every issue names where it is; nothing wrong was found in a table transcribed as published. */
function unlocated(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.sheet === "" || i.cell === "");
}

/** Cells (`Sheet!A1`) that must be named by an info issue and are not. */
function silentGuesses(c: RealWorldCase, outcome: Extract<BuildOutcome, { status: "built" }>): string[] {
  const info = outcome.issues.filter((i) => i.severity === "info");
  const named = (sheet: string, row: number) => info.some((i) => i.sheet === sheet && i.cell.split(":").some((a) => parseA1(a.replace(/\$/g, ""))?.row === row));
  const silent = c.expect.periodCells.filter((ref) => {
    const [sheet = "", cell = ""] = ref.split("!");
    return !info.some((i) => i.sheet === sheet && i.cell.replace(/\$/g, "").split(":").includes(cell));
  });
  for (const e of c.expect.kpis.filter((k) => k.unitInferred)) {
    const k = findKpi(e, outcome.results.kpis);
    if (typeof k === "string") continue; // a missing KPI already fails the figures
    const row = parseA1(k.kpi.source.cell)?.row;
    if (row !== undefined && !named(k.kpi.source.sheet, row)) silent.push(`${k.kpi.source.sheet}!${k.kpi.source.cell} (unit of ${e.name})`);
  }
  return silent;
}

async function build(c: RealWorldCase): Promise<BuildOutcome> {
  const [year, monthNumber] = c.asOf.split("-").map(Number);
  const host = createFileHost(await writeWorkbook(sheetSpecs(c)));
  return runBuild(host, { asOf: month(year ?? 0, monthNumber ?? 1) });
}

describe("real-world corpus: the expectations themselves", () => {
  // A wrong expectation is worse than none: each stated change must follow from the stated figures.
  it.each(loadCases().map((c) => [c.id, c] as const))("%s: every change is current less previous, every % its publication's rounding", (_id, c) => {
    const wrong = c.expect.kpis.flatMap((k) => {
      if (k.previous === null || k.current === null) return [];
      const actual = roundTo(k.current - k.previous, 9);
      const percent = k.previous === 0 ? null : roundTo(((k.current - k.previous) / Math.abs(k.previous)) * 100, k.dp ?? 1);
      const stated = { change: k.change ?? k.points, percent: "percent" in k ? k.percent : percent };
      return roundTo(stated.change ?? actual, 9) === actual && stated.percent === percent ? [] : [`${k.section ?? ""} ${k.name}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe("real-world corpus: published tables as analysts keep them", () => {
  for (const c of loadCases()) {
    const cause = FAILS_TODAY[c.id];
    (cause === undefined ? test : test.failing)(`${c.id}: ${c.source.publisher}, ${c.source.table}`, async () => {
      const outcome = await build(c);
      if (outcome.status !== "built") throw new Error(`nothing built: ${outcome.issues.filter((i) => i.severity === "error").map((i) => `${i.sheet}!${i.cell} ${i.message}`).join("; ")}`);
      const kpis = outcome.results.kpis;
      expect(c.expect.kpis.map((e) => shownFor(e, kpis))).toEqual(expectedShown(c));
      expect(kpis).toHaveLength(c.expect.kpiCount ?? c.expect.kpis.length);
      expect(outcome.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(unlocated(outcome.issues)).toEqual([]);
      expect(silentGuesses(c, outcome)).toEqual([]);
    });
  }
});
