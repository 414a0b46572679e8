import type { Issue } from "../../model/issue";
import { quarter } from "../../model/period";
import type { IssueCode } from "../../messages";
import { MESSAGES, messageText } from "../../messages";
import { readThemes } from "./readThemes";
import { gridOf } from "../testing/gridOf";

const LABELS = { green: "Green", amber: "Yellow", red: "Red" };
const issueAt = (code: IssueCode, cell: string, ...args: string[]): Issue => ({
  code,
  severity: MESSAGES[code].severity,
  sheet: "Themes",
  cell,
  message: messageText(code, ...args),
});
const read = (rows: readonly (readonly (string | null)[])[]) => readThemes(gridOf("Themes", rows), { fiscalYearStartMonth: 4, ragLabels: LABELS });
const HEADER = ["Priority", "Theme", "Quarter", "RAG", "Commentary"];

describe("readThemes", () => {
  it("groups assessments by theme under their priority, in order of appearance", () => {
    const { data, issues } = read([
      HEADER,
      ["Cut crime and ASB", "Road Safety", "Q2 2023-24", "Green", "The PCC funded a 12-month road safety sign trial..."],
      ["Cut crime and ASB", "Burglary", "Q2 2023-24", "Yellow", ""],
      ["Cut crime and ASB", "Road Safety", "Q3 2023-24", "G", "Trial continues."],
    ]);
    expect(issues).toEqual([]);
    expect(data).toEqual([
      {
        priority: "Cut crime and ASB",
        name: "Road Safety",
        assessments: [
          { quarter: quarter(2023, 2), rag: "green", commentary: "The PCC funded a 12-month road safety sign trial...", source: { sheet: "Themes", cell: "B2" } },
          { quarter: quarter(2023, 3), rag: "green", commentary: "Trial continues.", source: { sheet: "Themes", cell: "B4" } },
        ],
      },
      {
        priority: "Cut crime and ASB",
        name: "Burglary",
        assessments: [{ quarter: quarter(2023, 2), rag: "amber", commentary: "", source: { sheet: "Themes", cell: "B3" } }],
      },
    ]);
  });

  it("puts a theme without a priority under General and keeps a blank RAG as none", () => {
    const { data } = read([HEADER, [null, "Rural Resources", "Q3 2023-24", null, null]]);
    expect(data[0]).toMatchObject({ priority: "General", assessments: [{ rag: null }] });
  });

  it("reports problems with their cells", () => {
    const { data, issues } = read([
      HEADER,
      ["P", "Road Safety", "Q3 2023-24", "Purple", ""],
      ["P", "Road Safety", "Q3 2023/24", "Green", ""],
      ["P", "Road Safety", "later", "Green", ""],
      ["P", null, "Q3 2023-24", "Green", ""],
    ]);
    expect(data[0]?.assessments).toHaveLength(1);
    expect(issues).toEqual([
      issueAt("RAG_UNKNOWN", "D2", "Purple", "Green, Yellow, Red (or Amber, G, A, Y, R)"),
      issueAt("PERIOD_DUPLICATE", "C3", "Road Safety", "Q3 2023-24", "C2"),
      issueAt("QUARTER_UNKNOWN", "C4", "later"),
      issueAt("VALUE_MISSING", "B5", "Theme", "the theme's name"),
    ]);
  });

  describe("edge cases", () => {
    it("reads an empty sheet as no themes", () => {
      expect(read([])).toEqual({ data: [], issues: [] });
    });
  });
});
