import { gridOf } from "./testing/gridOf";
import { monthsNamedBelowHeader, planReadWindow } from "./planReadWindow";
import { month } from "../model/period";

const MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
/** `Apr-04` .. for `years` fiscal years from April `from`. */
const monthLabels = (from: number, years: number) => Array.from({ length: years * 12 }, (_, i) => `${MONTHS[i % 12]}-${String((from + Math.floor((i + 3) / 12)) % 100).padStart(2, "0")}`);
const sheet = (header: readonly string[], rows = 3) => gridOf("Data", [["KPI ID", ...header], ...Array.from({ length: rows }, (_, r) => [`K${r}`, ...header.map((_, c) => r * 10 + c)])]);

describe("planReadWindow", () => {
  it("leaves unread the months before the window of a sheet whose header reaches into it", () => {
    const window = planReadWindow({ sheets: [sheet(monthLabels(2004, 10))] }, { asOf: month(2014, 4) }, new Set(["Data"]));
    expect(window?.from).toEqual(month(2010, 5));
    // Apr-04 (column B) to Apr-10 (column BT): 73 months.
    expect(window?.skip.get("Data")).toEqual({ headerRow: 0, columns: Array.from({ length: 73 }, (_, i) => i + 1) });
  });

  it("reads whole a sheet whose header names only months before the window: a newer table may be stacked below", () => {
    const old = { ...sheet(monthLabels(2004, 2)), sheet: "Old" };
    const window = planReadWindow({ sheets: [sheet(monthLabels(2004, 10)), old] }, { asOf: month(2014, 4), period: "Q4 2013-14" }, new Set(["Data", "Old"]));
    expect(window?.skip.has("Data")).toBe(true);
    expect(window?.skip.has("Old")).toBe(false);
  });
});

describe("monthsNamedBelowHeader", () => {
  it("is false for a table of figures under its header of months", () => {
    expect(monthsNamedBelowHeader({ sheets: [sheet(monthLabels(2012, 2), 50)], partlyRead: ["Data"] }, 4)).toBe(false);
  });

  it("is true when a second header of months heads a table below the first", () => {
    const first = sheet(monthLabels(2012, 1));
    const stacked = gridOf("Data", [...first.rows, [], ["KPI ID", ...monthLabels(2013, 1)], ["K0", ...monthLabels(2013, 1).map((_, c) => c)]]);
    expect(monthsNamedBelowHeader({ sheets: [stacked], partlyRead: ["Data"] }, 4)).toBe(true);
  });

  it("is false for a sheet read whole: no window left its figures out", () => {
    const first = sheet(monthLabels(2012, 1));
    const stacked = gridOf("Data", [...first.rows, [], ["KPI ID", ...monthLabels(2013, 1)], ["K0", ...monthLabels(2013, 1).map((_, c) => c)]]);
    expect(monthsNamedBelowHeader({ sheets: [stacked], partlyRead: ["Other"] }, 4)).toBe(false);
  });

  it("is true for a second header of dates, false for one month named in a note", () => {
    const first = sheet(monthLabels(2012, 1));
    const at = first.rows.length;
    const dates = gridOf("Data", [...first.rows, ["KPI ID", 41365, 41395]], { formats: { [`${at},1`]: "mmm-yy", [`${at},2`]: "mmm-yy" } });
    expect(monthsNamedBelowHeader({ sheets: [dates], partlyRead: ["Data"] }, 4)).toBe(true);
    const note = gridOf("Data", [...first.rows, ["Note: figures for Apr-13 are provisional"], ["Apr-13"]]);
    expect(monthsNamedBelowHeader({ sheets: [note], partlyRead: ["Data"] }, 4)).toBe(false);
  });
});
