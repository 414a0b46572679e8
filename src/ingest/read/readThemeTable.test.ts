import type { Issue } from "../../model/issue";
import { quarter } from "../../model/period";
import type { IssueCode } from "../../messages";
import { MESSAGES, messageText } from "../../messages";
import { describeRagLabels } from "../parse/describeRagLabels";
import { detectTables } from "../detect/detectTables";
import { readThemeTable } from "./readThemeTable";
import { gridOf, gridOfTsv } from "../testing/gridOf";
import { PILLAR_1_THEMES, PILLAR_5_THEMES } from "../testing/seed002";

const issueAt = (sheet: string, code: IssueCode, cell: string, ...args: string[]): Issue => ({
  code,
  severity: MESSAGES[code].severity,
  sheet,
  cell,
  message: messageText(code, ...args),
});
const LABELS = { green: "Green", amber: "Yellow", red: "Red" };

function read(lines: readonly string[], sheet = "Victims", mapping?: unknown) {
  const grid = gridOfTsv(sheet, lines.join("\n"));
  const tables = detectTables({ sheets: [grid] }, { mapping }).filter((t) => t.kind === "themes");
  const results = tables.map((t) => readThemeTable(grid, t, { fiscalYearStartMonth: 4, ragLabels: LABELS }));
  return { themes: results.flatMap((r) => r.data), issues: results.flatMap((r) => r.issues) };
}

describe("readThemeTable", () => {
  describe("seed 002's theme tables", () => {
    const { themes, issues } = read(["Scorecard Q3 2023-24", ...PILLAR_5_THEMES]);

    it("reads both tables across, a RAG for Q2 and Q3 of the report's year", () => {
      expect(themes.map((t) => [t.name, ...t.assessments.map((a) => `${a.quarter.quarter}:${a.rag}`)])).toEqual([
        ["Criminal Justice Service and Restorative Justice", "2:amber", "3:amber"],
        ["Business and Retail Crime", "2:amber", "3:amber"],
        ["Hate Crime", "2:green", "3:green"],
        ["Vulnerability", "2:amber", "3:amber"],
        ["Victims and Community", "2:green", "3:green"],
      ]);
      expect(themes[0]?.assessments[1]?.quarter).toEqual(quarter(2023, 3));
    });

    it("puts the detail on the report quarter, a row without a theme continuing the commentary above", () => {
      const retail = themes.find((t) => t.name === "Business and Retail Crime");
      expect(retail?.assessments[1]?.commentary).toBe(
        "The PCC welcomed ‘Op Shopkeeper’. This robust approach will see arrests, searches, and bail conditions put on high harm and prolific retail offenders.\nFor Business Crime Awareness Week, the PCC handed over his newsletter to the Southern Co-op’s Loss and Prevention Security Services Manager.",
      );
      expect(retail?.assessments[0]?.commentary).toBe("");
    });

    it("says how many themes each table gave", () => {
      expect(issues.filter((i) => i.code === "TABLE_READ")).toEqual([
        issueAt("Victims", "TABLE_READ", "A2", "2 themes", "Victims!A2:D5"),
        issueAt("Victims", "TABLE_READ", "E2", "3 themes", "Victims!E2:H5"),
      ]);
    });
  });

  describe("problems", () => {
    it("keeps blank RAGs (shown only as colour in the PDF) as none, with the commentary", () => {
      const { themes } = read(["Q3 2023-24", ...PILLAR_1_THEMES]);
      expect(themes[0]).toMatchObject({ name: "Road Safety", priority: "General" });
      expect(themes[0]?.assessments).toEqual([expect.objectContaining({ rag: null, quarter: quarter(2023, 3) })]);
    });

    it("reports a RAG it does not know, and periods it cannot place", () => {
      const grid = gridOf("T", [["Theme", "RAG Q2", "Detail"], ["Road Safety", "Purple", "Trial funded."]]);
      const [table] = detectTables({ sheets: [grid] });
      const { issues } = table ? readThemeTable(grid, table, { fiscalYearStartMonth: 4, ragLabels: LABELS }) : { issues: [] };
      expect(issues).toEqual([
        issueAt("T", "PERIOD_NOT_KNOWN", "B1", "RAG Q2"),
        issueAt("T", "PERIOD_NOT_KNOWN", "C1", "Detail"),
        issueAt("T", "TABLE_READ", "A1", "1 theme", "T!A1:C2"),
      ]);
    });

    it("reports an unknown RAG with the workbook's labels", () => {
      const { issues } = read(["Q3 2023-24", "Theme\tRAG Q3", "Road Safety\tPurple"], "T");
      expect(issues).toContainEqual(issueAt("T", "RAG_UNKNOWN", "B3", "Purple", describeRagLabels(LABELS)));
    });
  });
});
