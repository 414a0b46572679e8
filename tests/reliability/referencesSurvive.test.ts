/**
 * An analyst links to the scorecard: a cover sheet's formula pulls a KPI's current figure, a defined name points at
 * it, a chart of their own draws from the chart data, a validation list offers the theme names. Excel keeps such
 * references to the sheet itself, so they follow a rename and turn into #REF! for good when the sheet is deleted
 * (tests/fakes/fakeExcel/references.ts). A rebuild of the quarter must keep every one of them working, showing the
 * new figures.
 */
import { createExcelHost } from "../../src/excel/excelHost";
import { SCORECARD_COLUMNS } from "../../src/layout/scorecardColumns";
import { toA1 } from "../../src/model/address";
import { outputSheetName } from "../../src/model/outputSheets";
import { runBuild } from "../../src/pipeline";
import type { FakeSheet, FakeWorkbookState } from "../fakes/fakeExcel";
import { createFakeExcel, emptySheet } from "../fakes/fakeExcel";
import { parseCellKey } from "../fakes/fakeExcel/model";
import { AS_OF, OFFICE_OPTIONS, sampleState } from "./support/sampleWorkbook";

const QUARTER = "Q2 2013-14";
const SCORECARD = outputSheetName("scorecard", QUARTER);
const CHART_DATA = outputSheetName("chart-data", QUARTER);
const THEMES = outputSheetName("themes", QUARTER);
/** 1 Sep 2013, the last month of the quarter, as the sample's Measurements sheet holds it. */
const SEP_2013 = 41518;

/** The address of KPI `id`'s cell in scorecard column `column`, found by its ID in column A. */
function scorecardCell(sheet: FakeSheet, id: string, column: number): string {
  const row = Object.entries(sheet.cells).find(([key, cell]) => parseCellKey(key).col === 0 && cell.value === id);
  if (!row) throw new Error(`no row for ${id}`);
  return toA1(parseCellKey(row[0]).row, column);
}

/** `L9` as an absolute reference, `$L$9`. */
function absolute(cell: string): string {
  return cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

function sheetNamed(state: FakeWorkbookState, name: string): FakeSheet {
  const sheet = state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

async function build(excel: ReturnType<typeof createFakeExcel>): Promise<void> {
  const outcome = await runBuild(createExcelHost(excel.run, OFFICE_OPTIONS), { asOf: AS_OF });
  expect(outcome.status).toBe("built");
}

describe("references the analyst made to the scorecard's sheets", () => {
  let before: FakeWorkbookState;
  let after: FakeWorkbookState;
  let current: string;
  let coverShows: unknown;

  beforeAll(async () => {
    const first = createFakeExcel(await sampleState());
    await build(first);
    const state = first.state;

    // The analyst's links, made after the first build.
    current = scorecardCell(sheetNamed(state, SCORECARD), "P1-01", SCORECARD_COLUMNS.current);
    const cover = emptySheet("sheet900", "Cover");
    cover.cells.A1 = { value: "Total crime this year" };
    cover.cells.B1 = { formula: `='${SCORECARD}'!${absolute(current)}` };
    cover.validations = [{ range: "D1", list: `='${THEMES}'!$B$5:$B$9` }];
    cover.charts = [
      {
        name: "My crime chart",
        chartType: "Line",
        legend: {},
        axes: {},
        series: [{ name: "Monthly", values: `'${CHART_DATA}'!$B$7:$B$36`, xValues: `'${CHART_DATA}'!$A$7:$A$36`, axisGroup: "Primary" }],
      },
    ];
    state.sheets.unshift(cover);
    state.names = [{ name: "TotalCrimeNow", formula: `='${SCORECARD}'!${absolute(current)}` }];

    // September's total crime is revised after the first build.
    const measurements = sheetNamed(state, "Measurements");
    const row = Object.entries(measurements.cells).find(([key, cell]) => {
      const { row: r, col } = parseCellKey(key);
      return col === 1 && cell.value === SEP_2013 && measurements.cells[toA1(r, 0)]?.value === "P1-01";
    });
    if (!row) throw new Error("no September row for P1-01");
    const valueCell = measurements.cells[toA1(parseCellKey(row[0]).row, 2)]!;
    valueCell.value = (valueCell.value as number) + 500;
    before = JSON.parse(JSON.stringify(state)) as FakeWorkbookState;

    const second = createFakeExcel(state);
    await build(second);
    after = second.state;
    await second.run({ delayForCellEdit: true }, async (context) => {
      const range = context.workbook.worksheets.getItem("Cover").getRange("B1");
      range.load("values");
      await context.sync();
      coverShows = range.values[0]?.[0];
    });
  }, 60_000);

  it("keeps a cover sheet's formula pointing at the scorecard, showing the rebuilt figure", () => {
    expect(sheetNamed(after, "Cover").cells.B1?.formula).toBe(sheetNamed(before, "Cover").cells.B1?.formula);
    const rebuilt = sheetNamed(after, SCORECARD).cells[current]?.value;
    expect(typeof rebuilt).toBe("number");
    expect(rebuilt).not.toBe(sheetNamed(before, SCORECARD).cells[current]?.value);
    expect(coverShows).toBe(rebuilt);
  });

  it("keeps a defined name, a chart of the analyst's and a validation list pointing at the rebuilt sheets", () => {
    expect(after.names).toEqual(before.names);
    expect(sheetNamed(after, "Cover").charts).toEqual(sheetNamed(before, "Cover").charts);
    expect(sheetNamed(after, "Cover").validations).toEqual(sheetNamed(before, "Cover").validations);
  });

  it("leaves no #REF! anywhere, and the sheets where they were", () => {
    expect(JSON.stringify(after)).not.toContain("#REF!");
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(after.sheets.map((s) => s.id)).toEqual(before.sheets.map((s) => s.id));
  });
});
