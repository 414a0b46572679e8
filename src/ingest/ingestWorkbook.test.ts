import type { Grid, WorkbookGrids } from "../model/grid";
import type { Issue } from "../model/issue";
import { DEFAULT_SETTINGS } from "../model/kpi";
import { month, quarter } from "../model/period";
import type { IssueCode } from "../messages";
import { MESSAGES, messageText } from "../messages";
import { ingestWorkbook } from "./ingestWorkbook";
import { describePeriodForms } from "./parse/describePeriodForms";
import { gridOf, gridOfTsv } from "./testing/gridOf";
import { FIGURE_1, FIGURE_11, FIGURE_4, FINANCE, REOFFENDING } from "./testing/seed000";
import { PILLAR_1_MEASURES, PILLAR_5_MEASURES, PILLAR_5_THEMES } from "./testing/seed002";

const issueAt = (sheet: string, code: IssueCode, cell: string, ...args: string[]): Issue => ({
  code,
  severity: MESSAGES[code].severity,
  sheet,
  cell,
  message: messageText(code, ...args),
});

const P1 = "1. Reduce the number of victims of crime and ASB";

/** A small workbook in the canonical layout of docs/workbook-format.md, with figures from seed 000. */
function canonicalWorkbook(): Grid[] {
  return [
    gridOf("Settings", [
      ["Setting", "Value"],
      ["Organisation", "Dorset Police & Crime Panel"],
      ["Fiscal year start", "April"],
      ["RAG labels", "Green / Yellow / Red"],
    ]),
    gridOf("KPIs", [
      ["Scorecard KPI register"],
      [],
      ["ID", "Priority", "Name", "Parent ID", "Unit", "Polarity", "Roll-up", "Target", "Tolerance"],
      ["P1-01", P1, "Total Crime", null, "count", "lower", "sum", "≥ 1%", null],
      ["P1-02", P1, "Positive Outcome Rate", null, "percent", "higher", "average", "≥ 25.5%", "2%"],
      ["P1-07", P1, "Dwelling Burglary", null, "count", "lower", null, null, null],
      ["P1-08", P1, "Sanction Detection Rate", "P1-07", "percent", "higher", null, null, null],
    ]),
    gridOf(
      "Measurements",
      [
        ["KPI ID", "Segment", 41000 /* Apr-12 */, 41030 /* May-12 */, 41365 /* Apr-13 */, 41395 /* May-13 */],
        ["P1-01", null, "3,612", 3540, 3300, 3250],
        ["P1-01", "Purbeck", 120, 118, 140, 135],
        ["P1-02", null, 0.211, 0.215, 0.25, 0.252],
        ["P1-07", null, 160, 150, 148, "n/a"],
      ],
      { formats: { "0,2": "mmm-yy", "0,3": "mmm-yy", "0,4": "mmm-yy", "0,5": "mmm-yy", "3,2": "0.0%", "3,3": "0.0%", "3,4": "0.0%", "3,5": "0.0%" } },
    ),
    gridOf("Notes", [
      ["KPI ID", "Quarter", "RAG override", "Commentary"],
      ["P1-02", "Q2 2013-14", "Yellow", "Just short of the 25.5% year-end target; on course."],
    ]),
    gridOf("Themes", [
      ["Priority", "Theme", "Quarter", "RAG", "Commentary"],
      ["Cut crime and ASB", "Road Safety", "Q2 2013-14", "Green", "Sign trial funded."],
    ]),
    gridOf("Finance", [
      ["Line", "Group", "Kind", "Budget YTD", "Actual YTD", "Budget full year", "Projection full year"],
      ["Territorial Policing", "Operational Commands", "line", 391, 346, 784, 694],
    ]),
    // Written by an earlier build, and the store: never read as input.
    gridOf("Scorecard Q2 2013-14", [["KPI ID", "Period", "Value"], ["P9-99", "Apr-13", 1]]),
    gridOf("_scorecard_builder", [["settings", "{}"]]),
  ];
}

describe("ingestWorkbook", () => {
  describe("a canonical workbook", () => {
    const model = ingestWorkbook({ sheets: canonicalWorkbook() });

    it("reads it without an issue other than the no-data note", () => {
      expect(model.issues).toEqual([issueAt("Measurements", "VALUE_NO_DATA", "F5", "n/a")]);
    });

    it("reads the settings", () => {
      expect(model.settings).toEqual({
        ...DEFAULT_SETTINGS,
        organisation: "Dorset Police & Crime Panel",
        ragLabels: { green: "Green", amber: "Yellow", red: "Red" },
      });
    });

    it("reads the register below its title rows", () => {
      expect(model.kpis.map((k) => [k.id, k.parentId, k.unit, k.polarity, k.target.kind])).toEqual([
        ["P1-01", null, "count", "lower-is-better", "change"],
        ["P1-02", null, "percent", "higher-is-better", "level"],
        ["P1-07", null, "count", "lower-is-better", "none"],
        ["P1-08", "P1-07", "percent", "higher-is-better", "none"],
      ]);
      expect(model.kpis[1]?.tolerance).toBe(2);
    });

    it("reads the wide measurements, percentages as percentages, segments and no-data kept", () => {
      expect(model.measurements).toHaveLength(16);
      expect([...model.measurements].filter((m) => m.kpiId === "P1-02").map((m) => m.value)).toEqual([21.1, 21.5, 25, 25.2]);
      expect([...model.measurements].filter((m) => m.segment === "Purbeck")).toHaveLength(4);
      // The source as JSON has it: ingest works the A1 address out only when asked (`CellSource`).
      expect(JSON.parse(JSON.stringify([...model.measurements].find((m) => m.kpiId === "P1-07" && m.value === null)))).toEqual({
        kpiId: "P1-07",
        period: month(2013, 5 /* May */),
        value: null,
        text: "n/a",
        segment: null,
        source: { sheet: "Measurements", cell: "F5" },
      });
    });

    it("reads notes with the workbook's own RAG labels, themes and finance", () => {
      expect(model.notes).toEqual([
        { kpiId: "P1-02", quarter: quarter(2013, 2), ragOverride: "amber", commentary: "Just short of the 25.5% year-end target; on course.", source: { sheet: "Notes", cell: "A2" } },
      ]);
      expect(model.themes.map((t) => [t.priority, t.name, t.assessments[0]?.rag])).toEqual([["Cut crime and ASB", "Road Safety", "green"]]);
      expect(model.finance.map((f) => [f.line, f.actualYtd])).toEqual([["Territorial Policing", 346]]);
    });

    it("never reads a sheet the tool wrote", () => {
      expect([...model.measurements].some((m) => m.kpiId === "P9-99" || m.source.sheet === "Scorecard Q2 2013-14")).toBe(false);
    });
  });

  describe("seed 000's published tables, pasted", () => {
    const pasted: WorkbookGrids = { sheets: [gridOfTsv("Q2 report", [...FIGURE_1, "", ...FIGURE_4].join("\n"))] };
    const model = ingestWorkbook(pasted);

    it("reads both tables as KPIs with quarter-to-date figures and needs no Measurements sheet", () => {
      expect(model.kpis).toHaveLength(20);
      expect(model.measurements).toHaveLength(40);
      expect(model.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect([...model.measurements].find((m) => m.kpiId === "number-of-people-killed-or-seriously-injured" && m.period.kind === "span" && m.period.last.year === 2013)).toMatchObject({
        value: 184,
        source: { sheet: "Q2 report", cell: "E29" },
      });
    });

    it("reads the tables on separate sheets with ids unique across them", () => {
      const split = ingestWorkbook({ sheets: [gridOfTsv("Figure 1", FIGURE_1.join("\n")), gridOfTsv("Figure 4", FIGURE_4.join("\n"))] });
      expect(split.kpis.map((k) => k.id)).toEqual(model.kpis.map((k) => k.id));
      expect(split.kpis.map((k) => k.source.sheet).filter((s) => s === "Figure 4")).toHaveLength(8);
    });

    it("takes polarities from the mapping, so targets can be judged", () => {
      const mapped = ingestWorkbook(pasted, { mapping: { kpis: { "total-crime": { polarity: "lower is better" }, "Positive Outcome Rate": { polarity: "higher" } } } });
      expect(mapped.kpis[0]).toMatchObject({ polarity: "lower-is-better", target: { kind: "change", comparator: ">=", percent: 1, direction: "reduction" } });
      expect(mapped.kpis[1]).toMatchObject({ polarity: "higher-is-better" });
      expect(mapped.issues.filter((i) => i.code === "POLARITY_NOT_SET")).toHaveLength(18);
      expect(mapped.issues.some((i) => i.code === "TARGET_NOT_JUDGED")).toBe(false);
    });

    it("reads a KPIs sheet that is itself a published table", () => {
      const asRegister = ingestWorkbook({ sheets: [gridOfTsv("KPIs", FIGURE_1.join("\n"))] });
      expect(asRegister.kpis).toHaveLength(12);
      expect(asRegister.issues.filter((i) => i.severity === "error")).toEqual([]);
    });
  });

  describe("seed 000's other tables, and seed 002's, pasted", () => {
    it("reads Figure 11, the re-offending rates and the budget table (on a sheet named Finance) beside Figures 1 and 4", () => {
      const model = ingestWorkbook({
        sheets: [
          gridOfTsv("Figure 1", FIGURE_1.join("\n")),
          gridOfTsv("Figure 11", FIGURE_11.join("\n")),
          gridOfTsv("Re-offending", REOFFENDING.join("\n")),
          gridOfTsv("Finance", FINANCE.join("\n")),
        ],
      });
      expect(model.kpis).toHaveLength(12 + 8 + 1);
      expect([...model.measurements].filter((m) => m.source.sheet === "Figure 11").map((m) => m.period)).toContainEqual(quarter(2013, 2));
      expect(model.issues).toContainEqual(issueAt("Figure 11", "PERIOD_ASSUMED", "D3", "Previous Performance", "Q2 2013-14"));
      expect(model.finance).toHaveLength(27);
      expect(model.issues.filter((i) => i.sheet === "Finance" && i.code === "COLUMN_MISSING")).toEqual([]);
      expect(model.issues.filter((i) => i.severity === "error")).toEqual([]);
    });

    it("reads seed 002's measures, indicators and themes, RAG columns as notes, the quarter from the mapping", () => {
      const model = ingestWorkbook(
        { sheets: [gridOfTsv("Cut crime", PILLAR_1_MEASURES.join("\n")), gridOfTsv("Victims", [...PILLAR_5_MEASURES, "", ...PILLAR_5_THEMES].join("\n"))] },
        { mapping: { tables: { "Cut crime": { period: "Q3 2023-24", priority: "Cut crime and ASB" }, Victims: { period: "Q3 2023-24", priority: "Victims" } } } },
      );
      expect(model.kpis).toHaveLength(9 + 9);
      expect(new Set(model.kpis.map((k) => k.priority))).toEqual(new Set(["Cut crime and ASB", "Victims"]));
      expect(model.notes.filter((n) => n.ragOverride === "red").map((n) => model.kpis.find((k) => k.id === n.kpiId)?.name)).toEqual(["Business Crime (YTD)"]);
      expect(model.themes.map((t) => [t.priority, t.name])).toContainEqual(["Victims", "Hate Crime"]);
      expect(model.issues.filter((i) => i.severity === "error")).toEqual([]);
    });

    it("reports a report quarter in the mapping that is not a quarter", () => {
      const model = ingestWorkbook({ sheets: [gridOfTsv("Cut crime", PILLAR_1_MEASURES.join("\n"))] }, { mapping: { tables: { "Cut crime": { period: "last quarter" } } } });
      expect(model.issues).toContainEqual(issueAt("", "MAPPING_UNREADABLE", "", "tables.cut crime.period", '"last quarter" is not a quarter such as Q2 2013-14'));
      expect(model.issues).toContainEqual(issueAt("Cut crime", "PERIOD_NOT_KNOWN", "D1", "Current"));
    });

    it("notes a KPI table it does not read because the workbook has a register", () => {
      const model = ingestWorkbook({ sheets: [...canonicalWorkbook(), gridOfTsv("Pasted", FIGURE_4.join("\n"))] });
      expect(model.kpis).toHaveLength(4);
      expect(model.issues).toContainEqual(issueAt("Pasted", "TABLE_NOT_READ", "A3:G12", "Pasted!A3:G12", 'the workbook has a KPI register (sheet "KPIs"), which lists the KPIs'));
    });

    it("takes a Notes sheet of footnotes (a cover page, as ONS tables have) for a page to search, not the commentary sheet", () => {
      const cover = gridOf("Notes", [
        ["Notes"],
        ["This worksheet contains one table. Some cells refer to notes which can be found below."],
        ["Note number", "Note text"],
        ["Note 1", "Police recorded crime figures are not designated as National Statistics."],
        ["Note 2", "Figures for Greater Manchester are affected by the introduction of a new IT system."],
      ]);
      const model = ingestWorkbook({ sheets: [gridOf("Cover sheet", [["Police recorded crime"]]), cover, gridOfTsv("Figure 1", FIGURE_1.join("\n"))] });
      expect(model.kpis).toHaveLength(12);
      expect(model.issues.filter((i) => i.severity !== "info")).toEqual([]);
      expect(model.issues).toContainEqual(issueAt("Notes", "NOTES_SHEET_NOT_COMMENTARY", "A1", "Notes"));
      expect(model.notes).toEqual([]);
    });

    it("still reads a Notes sheet with a KPI ID column as the commentary sheet, and reports what its header lacks", () => {
      const sheets = canonicalWorkbook().map((g) => (g.sheet === "Notes" ? gridOf("Notes", [["KPI ID", "Commentary"], ["P1-02", "On course."]]) : g));
      const model = ingestWorkbook({ sheets });
      expect(model.issues.filter((i) => i.sheet === "Notes").map((i) => i.code)).toEqual(["COLUMN_MISSING"]);
    });

    it("notes an input sheet that is hidden", () => {
      const sheets = canonicalWorkbook().map((g) => (g.sheet === "Notes" ? { ...g, hidden: true } : g));
      expect(ingestWorkbook({ sheets }).issues).toContainEqual(issueAt("Notes", "SHEET_HIDDEN_READ", "", "Notes"));
    });
  });

  describe("problems", () => {
    it("reports a workbook with no KPI table, naming the sheets it searched, a few period forms and where to go next", () => {
      const model = ingestWorkbook({ sheets: [gridOf("Sheet1", [["Hello"]]), gridOf("Sheet2", [])] });
      expect(model.kpis).toEqual([]);
      expect(model.issues).toEqual([issueAt("Sheet1", "NO_KPI_TABLE", "A1", 'sheets "Sheet1" and "Sheet2"', "", describePeriodForms(8))]);
      const message = model.issues[0]?.message ?? "";
      expect(message).toContain("mapping step");
      expect(message).toContain("docs/workbook-format.md");
      expect(message).toContain('"Q3 2022/23"');
    });

    it("names the header cells it could not read as periods, located at the first", () => {
      const model = ingestWorkbook({ sheets: [gridOf("Table 1", [["Crimes recorded"], ["Offence", "Spring 2013", "Spring 2014"], ["Burglary", 120, 130]])] });
      const cells = 'Table 1!B2 "Spring 2013", Table 1!C2 "Spring 2014"';
      expect(model.issues).toEqual([issueAt("Table 1", "NO_KPI_TABLE", "B2", 'sheet "Table 1"', cells, describePeriodForms(8))]);
      expect(model.issues[0]?.message).toContain(`could not be read as periods: ${cells}.`);
    });

    it("names at most five sheets it searched", () => {
      const sheets = Array.from({ length: 7 }, (_, i) => gridOf(`Sheet${i + 1}`, [["Hello"]]));
      expect(ingestWorkbook({ sheets }).issues[0]?.message).toContain('No KPI table was found on sheets "Sheet1", "Sheet2", "Sheet3", "Sheet4", "Sheet5" and 2 more:');
    });

    it("reports a register without a Measurements sheet", () => {
      const sheets = canonicalWorkbook().filter((g) => g.sheet !== "Measurements");
      expect(ingestWorkbook({ sheets }).issues).toContainEqual(
        issueAt("", "SHEET_MISSING", "", "Measurements", "the KPI register needs a Measurements (or Data) sheet with KPI ID, Period and Value columns"),
      );
    });

    it("reports a register whose header cannot be found, and reads no values for it", () => {
      const model = ingestWorkbook({ sheets: [gridOf("KPIs", [["ID", "Name"], ["P1-01", "Total Crime"]]), gridOf("Data", [["KPI ID", "Period", "Value"], ["P1-01", "Apr-13", 1]])] });
      expect(model.issues.map((i) => [i.code, i.sheet])).toEqual([
        ["COLUMN_MISSING", "KPIs"],
        ["COLUMN_MISSING", "KPIs"],
      ]);
    });

    it("skips measurements of KPIs the register left out, without a second issue", () => {
      const model = ingestWorkbook({
        sheets: [gridOf("KPIs", [["ID", "Name", "Unit", "Polarity"], ["X-1", "Widgets", "widgets", "lower"]]), gridOf("Measurements", [["KPI ID", "Period", "Value"], ["X-1", "Apr-13", 1]])],
      });
      expect(model.issues).toEqual([issueAt("KPIs", "UNIT_UNKNOWN", "C2", "widgets")]);
    });

    it("reports a sheet the host could not read in full", () => {
      const sheets = canonicalWorkbook().map((g) => (g.sheet === "Measurements" ? { ...g, totalRows: 2_000_000 } : g));
      expect(ingestWorkbook({ sheets }).issues).toContainEqual(issueAt("Measurements", "SHEET_TOO_LARGE", "A6", "2000000", "5"));
    });

    it("reports a mapping it cannot use and carries on", () => {
      const model = ingestWorkbook({ sheets: canonicalWorkbook() }, { mapping: { sheets: { widgets: "Sheet9" } } });
      expect(model.kpis).toHaveLength(4);
      expect(model.issues[0]).toEqual(issueAt("", "MAPPING_UNREADABLE", "", "sheets.widgets", "expected one of settings, kpis, measurements, notes, themes, finance"));
    });
  });

  describe("options", () => {
    it("lets the settings override win over the Settings sheet, ignoring values of the wrong type", () => {
      const override = { organisation: "Dorset OPCC", fiscalYearStartMonth: "4" } as unknown as Partial<typeof DEFAULT_SETTINGS>;
      const model = ingestWorkbook({ sheets: canonicalWorkbook() }, { settingsOverride: { ...override, spcShiftLength: 6 } });
      expect(model.settings).toMatchObject({ organisation: "Dorset OPCC", fiscalYearStartMonth: 4, spcShiftLength: 6 });
    });

    it("reads sheets the mapping names, with its column aliases", () => {
      const model = ingestWorkbook(
        {
          sheets: [
            gridOf("Indicators 2013", [["Code", "Crime type", "Unit", "Polarity"], ["C1", "Total Crime", "count", "lower"]]),
            gridOf("Crime data", [["Code", "Month ending", "Value"], ["C1", "Apr-13", 5]]),
          ],
        },
        { mapping: { sheets: { kpis: "Indicators 2013", measurements: "Crime data" }, columns: { Code: "ID", "Crime type": "Name", "Month ending": "Period" } } },
      );
      expect(model.issues).toEqual([]);
      expect([...model.measurements].map((m) => [m.kpiId, m.period, m.value])).toEqual([["C1", month(2013, 4 /* Apr */), 5]]);
    });
  });

  describe("edge cases", () => {
    it("reads a 150,000-row long table on a sheet of its own, and an issue per bad cell of it, without running out of stack", () => {
      const months = ["Apr-12", "May-12", "Jun-12", "Jul-12", "Aug-12", "Sep-12"];
      const rows: (string | number)[][] = [["Indicator", "Month", "Actual"]];
      for (let i = 0; i < 150_000; i++) rows.push([`KPI ${Math.floor(i / 6)}`, months[i % 6] ?? "", i % 1000 === 0 ? "lots" : i]);
      const model = ingestWorkbook({ sheets: [gridOf("Crime data", rows)] });
      expect(model.kpis).toHaveLength(25_000);
      expect(model.measurements).toHaveLength(150_000 - 150);
      expect(model.issues.filter((i) => i.code === "VALUE_UNREADABLE")).toHaveLength(150);
      expect(model.issues).toContainEqual(issueAt("Crime data", "PUBLISHED_TABLE_READ", "A1", "25000", "Crime data!A1:C150001"));
    });

    it("reads an empty workbook as nothing, with one error", () => {
      const model = ingestWorkbook({ sheets: [] });
      expect(model).toEqual({ settings: DEFAULT_SETTINGS, kpis: [], measurements: [], notes: [], themes: [], finance: [], issues: [issueAt("", "NO_KPI_TABLE", "", "any sheet (the workbook has none to search)", "", describePeriodForms(8))] });
    });
  });
});
