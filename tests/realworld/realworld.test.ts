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
  // 3: headerless blocks (`2023-24 average | 97.35%`) stacked under captions, each repeating the year before: no table found.
  "council-uttlesford-invoices-30-days": "1, 3",
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
