/**
 * The task pane's Excel actions as the add-in runs them: through the real `Excel.run` global (here the fake's
 * `run`) and `Office.context.requirements`, from a first look at the workbook to a build and a jump to a cell.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { describeOfficeError } from "../../src/excel/describeOfficeError";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import { messageText } from "../../src/messages";
import { STORE_SHEET } from "../../src/model/outputSheets";
import { createExcelActions } from "../../src/taskpane/excelActions";
import type { FakeExcel } from "../fakes/fakeExcel";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";

const SAMPLE = join(__dirname, "..", "..", "samples", "sample-kpi-workbook.xlsx");
const NOW = () => new Date(2013, 10 /* Nov */, 20);

type Globals = { Excel?: unknown; Office?: unknown };
const globals = globalThis as Globals;

function installOffice(fake: FakeExcel, supported: (version: string) => boolean = () => true): void {
  globals.Excel = { run: fake.run };
  globals.Office = { context: { requirements: { isSetSupported: (_name: string, version: string) => supported(version) } } };
}

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

describe("createExcelActions", () => {
  let fake: FakeExcel;

  beforeEach(async () => {
    fake = createFakeExcel(fakeStateFromGrids(await readWorkbookGrids(new Uint8Array(readFileSync(SAMPLE)))));
    installOffice(fake);
  });

  it("inspects the open workbook: KPIs and the latest complete quarter", async () => {
    const summary = await createExcelActions(NOW).inspect();
    expect(summary.kpiCount).toBe(32);
    expect(summary.defaultPeriod).toBe("Q2 2013-14");
  });

  it("builds the quarter into the workbook, reports each step and activates the scorecard", async () => {
    const steps: string[] = [];
    const response = await createExcelActions(NOW).build({ period: "Q2 2013-14", settings: {} }, (s) => void steps.push(s));
    expect(response.status).toBe("built");
    if (response.status !== "built") return;
    expect(steps).toEqual(["reading", "calculating", "writing", "done"]);
    expect(response.summary.ragCounts).toEqual({ green: 3, amber: 2, red: 2, none: 25 });
    expect(fake.state.activeSheet).toBe("Scorecard Q2 2013-14");
    expect(fake.state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(response.summary.sheets.map((s) => s.name)));
  });

  it("proposes a mapping from the open workbook, and saves a chosen mapping in the workbook's store with the build", async () => {
    const actions = createExcelActions(NOW);
    const proposal = await actions.detect!();
    expect(proposal.canonical).toBe(true); // the sample has a KPI register: nothing to map
    const mapping = { kpis: { "P1-01": { polarity: "lower is better" } } };
    const response = await actions.build({ period: "Q2 2013-14", settings: {}, mapping }, () => undefined);
    expect(response.status).toBe("built");
    const store = fake.state.sheets.find((s) => s.name === STORE_SHEET)!;
    const keyCell = Object.entries(store.cells).find(([address, cell]) => address.startsWith("A") && cell.value === "mapping");
    expect(keyCell).toBeDefined();
    expect(store.cells[keyCell![0].replace("A", "B")]?.value).toBe(JSON.stringify(mapping));
  });

  it("selects the cell an issue points at", async () => {
    await createExcelActions(NOW).selectCell("Measurements", "C7");
    expect(fake.state.activeSheet).toBe("Measurements");
    expect(fake.state.selection).toMatchObject({ sheet: "Measurements", address: "C7" });
  });

  it("says in words what this Excel lacks instead of failing half way", async () => {
    installOffice(fake, (version) => Number(version.split(".")[1]) < 9);
    const before = JSON.stringify(fake.state);
    await expect(createExcelActions(NOW).build({ period: "Q2 2013-14", settings: {} }, () => undefined)).rejects.toThrow(/ExcelApi 1\.9/);
    expect(JSON.stringify(fake.state)).toBe(before);
  });

  it("turns an Office failure into a plain message and leaves the workbook as it was", async () => {
    const before = JSON.stringify(fake.state);
    fake.failAtSync(4, 0, "GeneralException");
    const failure = createExcelActions(NOW).build({ period: "Q2 2013-14", settings: {} }, () => undefined);
    await expect(failure).rejects.toThrow(messageText("BUILD_FAILED", describeOfficeError({ code: "GeneralException" }).replace(/\.$/, "")));
    expect(JSON.stringify(fake.state)).toBe(before);
  });
});
