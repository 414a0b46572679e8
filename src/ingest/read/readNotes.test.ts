import type { Issue } from "../../model/issue";
import type { Kpi } from "../../model/kpi";
import { quarter } from "../../model/period";
import type { IssueCode } from "../../messages";
import { MESSAGES, messageText } from "../../messages";
import { readNotes } from "./readNotes";
import { gridOf } from "../testing/gridOf";

const KPIS = [{ id: "P1-02" }, { id: "P1-01" }] as unknown as Kpi[]; // readNotes only looks at IDs
const LABELS = { green: "Green", amber: "Amber", red: "Red" };
const issueAt = (code: IssueCode, cell: string, ...args: string[]): Issue => ({
  code,
  severity: MESSAGES[code].severity,
  sheet: "Notes",
  cell,
  message: messageText(code, ...args),
});

function read(rows: readonly (readonly (string | number | null)[])[], ignoredIds?: ReadonlySet<string>) {
  return readNotes(gridOf("Notes", rows), { kpis: KPIS, fiscalYearStartMonth: 4, ragLabels: LABELS, ...(ignoredIds ? { ignoredIds } : {}) });
}

describe("readNotes", () => {
  it("reads the documented note", () => {
    const { data, issues } = read([
      ["KPI ID", "Quarter", "RAG override", "Commentary"],
      ["P1-02", "Q2 2013-14", null, "Just short of the 25.5% year-end target; on course."],
      ["p1-01", "Q2 2013/14", "Green", ""],
    ]);
    expect(issues).toEqual([]);
    expect(data).toEqual([
      { kpiId: "P1-02", quarter: quarter(2013, 2), ragOverride: null, commentary: "Just short of the 25.5% year-end target; on course.", source: { sheet: "Notes", cell: "A2" } },
      { kpiId: "P1-01", quarter: quarter(2013, 2), ragOverride: "green", commentary: "", source: { sheet: "Notes", cell: "A3" } },
    ]);
  });

  it("reads a month or a date in the Quarter column as the quarter it falls in", () => {
    const { data } = read([["KPI ID", "Quarter"], ["P1-02", "Sep-13"], ["P1-01", "2013-10"]]);
    expect(data.map((n) => n.quarter)).toEqual([quarter(2013, 2), quarter(2013, 3)]);
  });

  it("keeps a note whose RAG is not understood, without an override", () => {
    const { data, issues } = read([["KPI ID", "Quarter", "RAG override"], ["P1-02", "Q2 2013-14", "Blue"]]);
    expect(data[0]?.ragOverride).toBeNull();
    expect(issues).toEqual([issueAt("RAG_UNKNOWN", "C2", "Blue", "Green, Amber, Red (or Yellow, G, A, Y, R)")]);
  });

  it("reports unknown KPIs, unreadable quarters and second notes, and leaves them out", () => {
    const { data, issues } = read([
      ["KPI ID", "Quarter", "Commentary"],
      ["P9-99", "Q2 2013-14", "x"],
      ["P1-02", "Spring", "y"],
      ["P1-02", "Q2 2013-14", "first"],
      ["P1-02", "Q2 2013/14", "second"],
      [null, "Q2 2013-14", "orphan"],
    ]);
    expect(data.map((n) => n.commentary)).toEqual(["first"]);
    expect(issues).toEqual([
      issueAt("KPI_UNKNOWN", "A2", "P9-99"),
      issueAt("QUARTER_UNKNOWN", "B3", "Spring"),
      issueAt("PERIOD_DUPLICATE", "B5", "P1-02", "Q2 2013-14", "B4"),
      issueAt("VALUE_MISSING", "A6", "KPI ID", "the ID of a KPI in the KPI register"),
    ]);
  });

  it("skips notes on KPIs the register left out, quietly", () => {
    expect(read([["KPI ID", "Quarter"], ["X-1", "Q2 2013-14"]], new Set(["X-1"]))).toEqual({ data: [], issues: [] });
  });

  describe("edge cases", () => {
    it("reads an empty sheet as no notes", () => {
      expect(read([])).toEqual({ data: [], issues: [] });
    });

    it("reports a sheet without a Quarter column", () => {
      expect(read([["KPI ID", "Commentary"], ["P1-02", "x"]]).issues).toEqual([issueAt("COLUMN_MISSING", "A1:B1", "Quarter", "KPI ID, Commentary")]);
    });
  });
});
