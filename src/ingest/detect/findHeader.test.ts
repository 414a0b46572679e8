import { messageText } from "../../messages";
import type { ColumnSpec } from "./findHeader";
import { findHeader } from "./findHeader";
import { gridOf } from "../testing/gridOf";

const SPECS: readonly ColumnSpec<"id" | "name" | "unit">[] = [
  { key: "id", label: "ID", synonyms: ["kpi id", "ref"], required: true },
  { key: "name", label: "Name", synonyms: ["indicator"], required: true },
  { key: "unit", label: "Unit" },
];

describe("findHeader", () => {
  it("finds a header in row 1 and maps its columns", () => {
    const result = findHeader(gridOf("KPIs", [["ID", "Name", "Unit"]]), SPECS);
    expect(result.header).toEqual({ row: 0, columns: { id: 0, name: 1, unit: 2 }, claimed: [] });
    expect(result.issues).toEqual([]);
  });

  it("skips title rows and matches synonyms in any case and order", () => {
    const grid = gridOf("KPIs", [["Performance report 2013-14"], [], ["Indicator", " kpi ID ", "UNIT"], ["Total Crime", "P1-01", "count"]]);
    expect(findHeader(grid, SPECS).header).toEqual({ row: 2, columns: { id: 1, name: 0, unit: 2 }, claimed: [] });
  });

  it("ignores footnote marks and trailing colons in headers", () => {
    const grid = gridOf("KPIs", [["Ref \u00b9", "Name:"]]);
    expect(findHeader(grid, SPECS).header?.columns).toEqual({ id: 0, name: 1 });
  });

  it("notes unknown headers and warns about duplicates, using the first", () => {
    const grid = gridOf("KPIs", [["ID", "Name", "Colour", "Ref"]]);
    const result = findHeader(grid, SPECS);
    expect(result.header?.columns).toEqual({ id: 0, name: 1 });
    expect(result.issues).toEqual([
      { code: "HEADER_UNKNOWN", severity: "info", sheet: "KPIs", cell: "C1", message: messageText("HEADER_UNKNOWN", "Colour") },
      { code: "HEADER_DUPLICATE", severity: "warning", sheet: "KPIs", cell: "D1", message: messageText("HEADER_DUPLICATE", "Ref") },
    ]);
  });

  it("lets a caller claim extra header cells, such as period columns", () => {
    const grid = gridOf("Data", [["ID", "Name", 41365, "Apr-13"]]);
    const result = findHeader(grid, SPECS, { claim: (cell) => typeof cell === "number" || cell === "Apr-13" });
    expect(result.header?.claimed).toEqual([2, 3]);
    expect(result.issues).toEqual([]);
  });

  it("maps workbook headers through the column mapping's aliases", () => {
    const grid = gridOf("KPIs", [["Code", "Crime type"]]);
    const aliases = new Map([["code", "id"], ["crime type", "name"]]);
    expect(findHeader(grid, SPECS, { aliases }).header?.columns).toEqual({ id: 0, name: 1 });
  });

  it("reports each missing column against the row that came closest", () => {
    const grid = gridOf("KPIs", [["Scorecard"], ["ID", "Unit"], ["P1-01", "count"]]);
    const result = findHeader(grid, SPECS);
    expect(result.header).toBeNull();
    expect(result.issues).toEqual([
      { code: "COLUMN_MISSING", severity: "error", sheet: "KPIs", cell: "A2:B2", message: messageText("COLUMN_MISSING", "Name", "ID, Unit") },
    ]);
  });

  it("looks only in the first 30 rows", () => {
    const rows = [...Array.from({ length: 30 }, () => ["title"]), ["ID", "Name"]];
    const result = findHeader(gridOf("KPIs", rows), SPECS);
    expect(result.header).toBeNull();
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([
      ["COLUMN_MISSING", "A1"],
      ["COLUMN_MISSING", "A1"],
    ]);
  });

  describe("edge cases", () => {
    it("reports an empty sheet", () => {
      expect(findHeader(gridOf("KPIs", []), SPECS).issues).toEqual([
        { code: "SHEET_EMPTY", severity: "error", sheet: "KPIs", cell: "A1", message: messageText("SHEET_EMPTY", "KPIs") },
      ]);
    });

    it("says nothing about an empty optional sheet", () => {
      expect(findHeader(gridOf("Notes", [[], [null, ""]]), SPECS, { optional: true })).toEqual({ header: null, issues: [] });
    });

    it("does not take numbers for header names", () => {
      expect(findHeader(gridOf("KPIs", [[1, 2]]), SPECS).header).toBeNull();
    });
  });
});
