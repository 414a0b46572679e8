/**
 * Issue 11, item 1: period headers that name a span of months. Each form the issue lists (and the ones the corpus
 * found) heads a two-column table pasted as an analyst pastes it; the build reports the span the table gives, under
 * the table's own label, in its title, column headings, sheet names and JSON, never as an invented quarter, and never
 * plots a span's total as one month. When nothing can be built the message names the cells. The command line, the
 * standalone page and the task pane in Excel take the same path and build the same period from the same file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/main";
import { createFileHost } from "../src/files/fileHost";
import { readWorkbookGrids } from "../src/files/readWorkbook";
import { describePeriodForms } from "../src/ingest";
import { gridOfTsv } from "../src/ingest/testing/gridOf";
import { inspectWorkbook } from "../src/inspectWorkbook";
import { messageText } from "../src/messages";
import type { WorkbookGrids } from "../src/model/grid";
import { month } from "../src/model/period";
import type { Month } from "../src/model/period";
import type { BuildOutcome } from "../src/pipeline";
import { buildScorecard, runBuild } from "../src/pipeline";
import { createExcelActions } from "../src/taskpane/excelActions";
import { createStandaloneActions } from "../src/taskpane/standaloneActions";
import { writeWorkbook } from "./corpus/writeWorkbook";
import type { SheetSpec } from "./corpus/writeWorkbook";
import { pastedCells } from "./corpus/writeWorkbook";
import { createFakeExcel, fakeStateFromGrids } from "./fakes/fakeExcel";

const AS_OF = month(2024, 6 /* Jun */);

/** A table as published: a caption, the header with the two periods, two offences. */
function table(previous: string, current: string, extra: readonly string[] = []): string[] {
  return ["Crimes recorded by the police", "", ["Offence", previous, current, ...extra].join("\t"), "Burglary\t1,234\t1,100", "Vehicle crime\t2,000\t2,100"];
}

function grids(lines: readonly string[], sheet = "Table 1"): WorkbookGrids {
  return { sheets: [gridOfTsv(sheet, lines.join("\n"))] };
}

function built(outcome: BuildOutcome): Extract<BuildOutcome, { status: "built" }> {
  if (outcome.status !== "built") throw new Error(outcome.issues.map((i) => i.message).join("; "));
  return outcome;
}

/** What a reader sees: the period in the title band, the sheet names, and each KPI's figures and periods. */
function shown(outcome: Extract<BuildOutcome, { status: "built" }>) {
  const scorecard = outcome.job.plan.sheets[0];
  const texts = (scorecard?.blocks ?? []).flatMap((b) => b.cells.flat().map((c) => c.value)).filter((v): v is string => typeof v === "string");
  return {
    title: texts[2],
    sheets: outcome.job.plan.sheets.map((s) => s.name),
    kpis: outcome.results.kpis.map((k) => [k.kpi.name, k.previousLabel, k.previous, k.currentLabel, k.current]),
    monthly: outcome.results.kpis.map((k) => k.monthly),
  };
}

describe("period headers that name a span of months (issue 11, item 1)", () => {
  // header of the earlier column, of the later one, the sheet names' label, with an April year start
  const cases: readonly (readonly [string, string, string])[] = [
    ["Oct-Dec 2022", "Oct-Dec 2023", "Oct-Dec 2023"],
    ["Oct 22 - Dec 22", "Oct 23 - Dec 23", "Oct-Dec 2023"],
    ["Jan 12 - Mar 12", "Jan 13 - Mar 13", "Jan-Mar 2013"],
    ["YTD Dec 22", "YTD Dec 23", "YTD Dec-23"],
    ["Apr 2022 - Dec 2022", "Apr 2023 - Dec 2023", "YTD Dec-23"],
    ["12 months to Dec-22", "12 months to Dec-23", "12m to Dec-23"],
    ["12m to Apr-14", "12m to Apr-15", "12m to Apr-15"],
    ["May-13 to Apr-14", "May-14 to Apr-15", "May 14-Apr 15"],
    ["Jul '17 to Jun '18", "Jul '18 to Jun '19", "Jul 18-Jun 19"],
    ["April 2004-March 2005", "April 2005-March 2006", "Apr 05-Mar 06"],
    ["Q3 2022 to 2023", "Q3 2023 to 2024", "Q3 2023-24"],
    ["Q3 2021/22", "Q3 2022/23", "Q3 2022-23"],
    ["2021-22 Q3", "2022-23 Q3", "Q3 2022-23"],
    ["FY 2021/22", "FY 2022/23", "2022-23"],
    ["2021/2022", "2022/2023", "2022-23"],
    ["2021 - 22", "2022 - 23", "2022-23"],
  ];

  it.each(cases)("%s | %s: reported as the table gives it, under its label", (previous, current, sheetLabel) => {
    const outcome = built(buildScorecard(grids(table(previous, current)), { asOf: AS_OF }));
    const seen = shown(outcome);
    expect(outcome.results.periodLabel).toBe(current);
    expect(seen.title).toBe(current);
    expect(seen.sheets[0]).toBe(`Scorecard ${sheetLabel}`);
    for (const name of seen.sheets) expect(name.length).toBeLessThanOrEqual(31);
    expect(seen.kpis).toEqual([
      ["Burglary", previous, 1234, current, 1100],
      ["Vehicle crime", previous, 2000, current, 2100],
    ]);
    // A span's total is never a month: no monthly series, no chart of it.
    expect(seen.monthly).toEqual([null, null]);
    expect(seen.sheets.some((s) => s.startsWith("Chart"))).toBe(false);
  });

  it("says how each period header was read, naming its cell", () => {
    const outcome = built(buildScorecard(grids(table("Jan 12 - Mar 12", "Jan 13 - Mar 13")), { asOf: AS_OF }));
    expect(outcome.issues.filter((i) => i.code === "PERIOD_READ_AS").map((i) => [i.cell, i.message])).toEqual([
      ["B3", messageText("PERIOD_READ_AS", "Jan 12 - Mar 12", "Jan 2012 - Mar 2012 (range)")],
      ["C3", messageText("PERIOD_READ_AS", "Jan 13 - Mar 13", "Jan 2013 - Mar 2013 (range)")],
    ]);
  });

  it("takes a published comparison header (12m to Apr-15 -v- 12m to Apr-14) for a change column, not a period", () => {
    const outcome = built(buildScorecard(grids(table("12m to Apr-14", "12m to Apr-15", ["12m to Apr-15 -v- 12m to Apr-14"])), { asOf: AS_OF }));
    expect(outcome.results.periodLabel).toBe("12m to Apr-15");
    expect(outcome.results.kpis.map((k) => k.current)).toEqual([1100, 2100]);
  });

  it("builds a quarter asked for by name as the span the table gives for its months, under the table's label", () => {
    const outcome = built(buildScorecard(grids(table("Jan 12 - Mar 12", "Jan 13 - Mar 13")), { asOf: AS_OF, period: "Q4 2012-13" }));
    expect(outcome.results.periodLabel).toBe("Jan 13 - Mar 13");
    expect(outcome.results.kpis[0]).toMatchObject({ previousLabel: "Jan 12 - Mar 12", currentLabel: "Jan 13 - Mar 13" });
  });

  it("reports a table of months month by month, its months labelled as the table labels them, on the charts too", () => {
    const lines = ["Indicator\tDec 17\tJan 18\tFeb 18\tMar 18\tApr 18", "A&E four hours\t86%\t83.3%\t85.6%\t83.7%\t87.6%", "Cancer two weeks\t93.7%\t96.1%\t96.3%\t96.6%\t"];
    const outcome = built(buildScorecard(grids(lines, "Key targets"), { asOf: month(2018, 5) }));
    expect(outcome.results.periodLabel).toBe("Apr 18");
    expect(shown(outcome).kpis).toEqual([
      ["A&E four hours", "Mar 18", 83.7, "Apr 18", 87.6],
      // A blank under the latest month is no figure for it, not a reason to report an older one.
      ["Cancer two weeks", "Mar 18", 96.6, "Apr 18", null],
    ]);
    const chartData = outcome.job.plan.sheets.find((sheet) => sheet.role === "chart-data");
    const texts = (chartData?.blocks ?? []).flatMap((b) => b.cells.flat().map((c) => c.value));
    expect(texts).toEqual(expect.arrayContaining(["Dec 17", "Jan 18", "Feb 18", "Mar 18", "Apr 18"]));
    expect(texts).not.toContain("Apr-18");
  });

  it("titles yearly figures as the year, not as its last quarter", () => {
    const outcome = built(buildScorecard(grids(table("2013/14", "2014/15")), { asOf: AS_OF }));
    expect(shown(outcome).title).toBe("2014/15");
    expect(outcome.job.plan.sheets[0]?.name).toBe("Scorecard 2014-15");
  });

  it("respects the fiscal year start: a year to date from July", () => {
    const outcome = built(buildScorecard(grids(table("YTD Dec 22", "YTD Dec 23")), { asOf: AS_OF, settings: { fiscalYearStartMonth: 7 } }));
    expect(outcome.issues.find((i) => i.code === "PERIOD_READ_AS" && i.cell === "C3")?.message).toBe(
      messageText("PERIOD_READ_AS", "YTD Dec 23", "Jul 2023 - Dec 2023 (year to date)"),
    );
  });

  it("reports the newest period with a like one before it, and says why it passed over a newer half year", () => {
    const lines = ["Acute hospital trust\tApril 2004-March 2005\tApril 2005-March 2006\tApril-September 2006", "Sunderland\t47\t47\t22"];
    const outcome = built(buildScorecard(grids(lines, "MRSA"), { asOf: month(2007, 3) }));
    expect(outcome.results.periodLabel).toBe("April 2005-March 2006");
    expect(outcome.results.kpis[0]).toMatchObject({ previous: 47, current: 47 });
    expect(outcome.issues.find((i) => i.code === "PERIOD_PASSED_OVER")).toMatchObject({ sheet: "MRSA", cell: "D2" });
  });

  describe("when nothing can be built", () => {
    it("names the header cells it could not read as periods, lists the forms it reads, and points to the mapping step and the docs", () => {
      const outcome = buildScorecard(grids(table("Spring 2013", "Spring 2014")), { asOf: AS_OF });
      expect(outcome.status).toBe("blocked");
      const cells = 'Table 1!B3 "Spring 2013", Table 1!C3 "Spring 2014"';
      expect(outcome.issues).toContainEqual({
        code: "NO_KPI_TABLE",
        severity: "error",
        sheet: "Table 1",
        cell: "B3",
        message: messageText("NO_KPI_TABLE", 'sheet "Table 1"', cells, describePeriodForms(8)),
      });
      const message = outcome.issues.find((i) => i.code === "NO_KPI_TABLE")?.message ?? "";
      expect(message).toContain("mapping step");
      expect(message).toContain("docs/workbook-format.md");
      expect(message).toContain('"Q3 2022/23"');
      // Said once: no second error that there is no report period.
      expect(outcome.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["NO_KPI_TABLE"]);
      expect(outcome.issues.filter((i) => i.code === "PERIOD_HEADER_UNREAD").map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Table 1!B3", "Table 1!C3"]);
    });

    it("says so on the command line: on stderr, naming the sheet and cells, exit code 2", async () => {
      const dir = mkdtempSync(join(tmpdir(), "scorecard-periods-"));
      const path = join(dir, "book.xlsx");
      writeFileSync(path, await writeWorkbook([{ name: "Table 1", rows: table("Spring 2013", "Spring 2014").map(pastedCells) }]));
      let err = "";
      const io = { stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) } };
      expect(await main(["build", path, "--out", `${dir}/`], io, new Date(2024, 5, 20))).toBe(2);
      expect(err).toContain("Table 1!B3");
      expect(err).toContain('No KPI table was found on sheet "Table 1"');
      expect(err).toContain('Table 1!B3 "Spring 2013", Table 1!C3 "Spring 2014"');
      expect(err).toContain("docs/workbook-format.md");
    });

    it("builds once the mapping gives those columns their periods, labelled as the table heads them", () => {
      const mapping = { tables: { "Table 1": { periods: { "Spring 2013": "Mar-May 2013", "Spring 2014": "Mar-May 2014" } } } };
      const outcome = built(buildScorecard(grids(table("Spring 2013", "Spring 2014")), { asOf: AS_OF, mapping }));
      expect(outcome.results.periodLabel).toBe("Spring 2014");
      expect(shown(outcome).kpis[0]).toEqual(["Burglary", "Spring 2013", 1234, "Spring 2014", 1100]);
      expect(outcome.issues.find((i) => i.code === "PERIOD_READ_AS" && i.cell === "C3")?.message).toBe(
        messageText("PERIOD_READ_AS", "Spring 2014", "Mar 2014 - May 2014 (range)"),
      );
    });

    it("says so when the mapping gives a column a period it cannot read", () => {
      const mapping = { tables: { "Table 1": { periods: { "Spring 2013": "springtime" } } } };
      const outcome = buildScorecard(grids(table("Spring 2013", "Spring 2014")), { asOf: AS_OF, mapping });
      expect(outcome.issues).toContainEqual(
        expect.objectContaining({
          code: "MAPPING_UNREADABLE",
          message: messageText("MAPPING_UNREADABLE", "tables.table 1.periods.spring 2013", '"springtime" is not a period such as Oct-Dec 2023 or 2023/24'),
        }),
      );
    });
  });
});

describe("the command line, the standalone page and the task pane in Excel build the same period from the same file", () => {
  const NOW = new Date(2024, 5 /* Jun */, 20);
  const asOf: Month = month(2024, 6);
  const books: Record<string, SheetSpec[]> = {
    "a table of spans": [{ name: "Table 1", rows: table("Jan 12 - Mar 12", "Jan 13 - Mar 13").map(pastedCells) }],
    "a table of rolling years and a change column": [{ name: "Lancashire", rows: table("12m to Apr-14", "12m to Apr-15", ["% change"]).map(pastedCells) }],
    "a table of years": [{ name: "Years", rows: table("2013/14", "2014/15").map(pastedCells) }],
    "a newer half year after full years": [
      { name: "MRSA", rows: ["Trust\tApril 2004-March 2005\tApril 2005-March 2006\tApril-September 2006", "Sunderland\t47\t47\t22"].map(pastedCells) },
    ],
  };

  it.each(Object.keys(books))("%s", async (name) => {
    const bytes = await writeWorkbook(books[name] ?? []);
    const figures = (kpis: readonly { previous: number | null; current: number | null; previousLabel: string; currentLabel: string }[]) =>
      kpis.map((k) => [k.previousLabel, k.previous, k.currentLabel, k.current]);

    // The command line: no period asked for.
    const dir = mkdtempSync(join(tmpdir(), "scorecard-periods-"));
    const path = join(dir, "book.xlsx");
    writeFileSync(path, bytes);
    const io = { stdout: { write: () => true }, stderr: { write: () => true } };
    expect(await main(["build", path, "--out", `${dir}/`, "--json", join(dir, "r.json")], io, NOW)).toBe(0);
    const cli = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as { period: { label: string }; kpis: Parameters<typeof figures>[0] };

    // The pipeline on the file host, as the command line and the standalone page run it.
    const direct = built(await runBuild(createFileHost(bytes), { asOf }));

    // The standalone page: what the pane offers by default, then a build of it.
    const standalone = createStandaloneActions(async () => bytes.slice().buffer as ArrayBuffer, { now: () => NOW });
    await standalone.loadSample();
    const offered = await standalone.inspect();
    const page = await standalone.build({ period: offered.defaultPeriod ?? "", settings: {} }, () => undefined);

    // The task pane in Excel (the fake Excel host): the same.
    const fake = createFakeExcel(fakeStateFromGrids(await readWorkbookGrids(bytes)));
    const globals = globalThis as { Excel?: unknown; Office?: unknown };
    globals.Excel = { run: fake.run };
    globals.Office = { context: { requirements: { isSetSupported: () => true } } };
    try {
      const excel = createExcelActions(() => NOW);
      const inExcel = await excel.inspect();
      const excelBuild = await excel.build({ period: inExcel.defaultPeriod ?? "", settings: {} }, () => undefined);

      expect(inExcel.defaultPeriod).toBe(cli.period.label);
      expect(offered.defaultPeriod).toBe(cli.period.label);
      expect(inspectWorkbook(await readWorkbookGrids(bytes), { asOf }).defaultPeriod).toBe(cli.period.label);
      expect(direct.results.periodLabel).toBe(cli.period.label);
      expect(page.status === "built" && page.summary.periodLabel).toBe(cli.period.label);
      expect(excelBuild.status === "built" && excelBuild.summary.periodLabel).toBe(cli.period.label);
      expect(figures(direct.results.kpis)).toEqual(figures(cli.kpis));
      expect(page.status === "built" && page.summary.plan.sheets.map((s) => s.name)).toEqual(direct.job.plan.sheets.map((s) => s.name));
      expect(excelBuild.status === "built" && excelBuild.summary.plan.sheets.map((s) => s.name)).toEqual(direct.job.plan.sheets.map((s) => s.name));
    } finally {
      delete globals.Excel;
      delete globals.Office;
    }
  });
});
