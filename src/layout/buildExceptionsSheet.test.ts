import { buildExceptionsSheet, EXCEPTION_HEADERS } from "./buildExceptionsSheet";
import { buildStyleCatalogue } from "./buildStyleCatalogue";
import { cellAt, findRow } from "./__fixtures__/planCells";
import { changeOf, KPI_RESULTS, scorecardResults, SETTINGS } from "./__fixtures__/scorecardResults";

const sheet = buildExceptionsSheet(scorecardResults())!;
const styles = buildStyleCatalogue(SETTINGS);

describe("buildExceptionsSheet", () => {
  it("names the sheet for the quarter", () => {
    expect(sheet.name).toBe("Exceptions Q2 2013-14");
  });

  it("has the KPI, segment, figures and change columns", () => {
    const header = findRow(sheet, 0, "KPI");
    expect(EXCEPTION_HEADERS.map((_, col) => cellAt(sheet, header, col)?.value)).toEqual([
      "KPI",
      "Segment",
      "Previous",
      "Current",
      "Change",
      "Change %",
    ]);
    expect(sheet.freeze).toEqual({ rows: header + 1, columns: 0 });
  });

  it("reproduces seed 000's geographical exceptions (Purbeck +95, +12.3%)", () => {
    const row = findRow(sheet, 1, "Purbeck");
    expect(cellAt(sheet, row, 0)?.value).toBe("Total Crime");
    expect(cellAt(sheet, row, 2)?.value).toBe(772);
    expect(cellAt(sheet, row, 3)?.value).toBe(867);
    expect(cellAt(sheet, row, 4)?.value).toBe(95);
    expect(cellAt(sheet, row, 5)?.value).toBeCloseTo(0.123, 3);
    expect(styles[cellAt(sheet, row, 5)?.style ?? ""]?.numberFormat).toBe("+0.0%;-0.0%;0.0%");
  });

  it("states the threshold in the caption", () => {
    expect(cellAt(sheet, 3, 0)?.value).toContain("adverse by more than 5%");
  });

  it("formats a percentage KPI's change in points", () => {
    const s = buildExceptionsSheet(
      scorecardResults({
        exceptions: [{ kpiId: "P1-02", kpiName: "Positive Outcome Rate", segment: "Purbeck", previous: 24, current: 21.5, change: changeOf(24, 21.5, "percent"), segmentsCompared: 11 }],
      }),
    )!;
    const row = findRow(s, 1, "Purbeck");
    expect(cellAt(s, row, 3)?.value).toBe(0.215);
    expect(cellAt(s, row, 5)).toEqual({ value: -2.5, style: "change-pts" });
  });

  describe("edge cases", () => {
    it("is left out when there are no exceptions", () => {
      expect(buildExceptionsSheet(scorecardResults({ exceptions: [] }))).toBeNull();
    });

    it("formats an exception for an unknown KPI as a count", () => {
      const s = buildExceptionsSheet(
        scorecardResults({
          kpis: KPI_RESULTS.slice(0, 1),
          exceptions: [{ kpiId: "X-1", kpiName: "Unknown", segment: "Poole", previous: 10, current: 12, change: changeOf(10, 12, "count"), segmentsCompared: 1 }],
        }),
      )!;
      expect(cellAt(s, findRow(s, 1, "Poole"), 3)).toEqual({ value: 12, style: "count" });
    });
  });
});
