/**
 * The task pane's Excel actions as the add-in runs them: through the real `Excel.run` global (here the fake's
 * `run`) and `Office.context.requirements`, from a first look at the workbook to a build and a jump to a cell.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { describeOfficeError } from "../../src/excel/describeOfficeError";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import { messageText } from "../../src/messages";
import { SCORECARD_COLUMNS } from "../../src/layout/scorecardColumns";
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

  describe("Use this text", () => {
    const QUARTER = "Q2 2013-14";
    const scorecard = () => fake.state.sheets.find((s) => s.name === `Scorecard ${QUARTER}`)!;
    /** The address of a KPI's cell in a column of the scorecard, found as a reader would: by the ID column. */
    const cellOf = (kpiId: string, col: number) => {
      const entry = Object.entries(scorecard().cells).find(([address, cell]) => /^A\d+$/.test(address) && cell.value === kpiId);
      return `${String.fromCharCode(65 + col)}${entry![0].slice(1)}`;
    };

    it("writes the draft into the KPI's Commentary cell in one sync, selects it, and a rebuild keeps it", async () => {
      const actions = createExcelActions(NOW);
      const built = await actions.build({ period: QUARTER, settings: {} }, () => undefined);
      if (built.status !== "built") throw new Error("not built");
      const draft = built.summary.drafts.find((d) => d.kpiId === "P1-03")!;
      const syncs = fake.stats.syncs;

      const where = await actions.applyCommentary({ periodLabel: QUARTER, kpiId: "P1-03", text: draft.text });

      expect(fake.stats.syncs - syncs).toBe(1);
      expect(where).toEqual({ sheet: `Scorecard ${QUARTER}`, cell: cellOf("P1-03", SCORECARD_COLUMNS.commentary) });
      expect(scorecard().cells[where.cell]?.value).toBe(draft.text);
      expect(fake.state.selection).toEqual({ sheet: `Scorecard ${QUARTER}`, address: where.cell });

      const rebuilt = await actions.build({ period: QUARTER, settings: {} }, () => undefined);
      if (rebuilt.status !== "built") throw new Error("not rebuilt");
      expect(scorecard().cells[cellOf("P1-03", SCORECARD_COLUMNS.commentary)]?.value).toBe(draft.text);
      expect(rebuilt.summary.drafts.find((d) => d.kpiId === "P1-03")?.commentary).toBe(draft.text);
    });

    /** The workbook as Excel would hold it after the analyst inserted columns and rows at the top left of the scorecard. */
    function insertBeforeScorecard(columns: number, rows: number): void {
      const moved = fake.state;
      const sheet = moved.sheets.find((x) => x.name === `Scorecard ${QUARTER}`)!;
      sheet.cells = Object.fromEntries(
        Object.entries(sheet.cells).map(([address, cell]) => {
          const match = /^([A-Z]+)(\d+)$/.exec(address)!;
          return [`${String.fromCharCode(match[1]!.charCodeAt(0) + columns)}${Number(match[2]) + rows}`, cell];
        }),
      );
      fake = createFakeExcel(moved);
      installOffice(fake);
    }

    it("finds the Commentary column again after the analyst inserted a column", async () => {
      const actions = createExcelActions(NOW);
      await actions.build({ period: QUARTER, settings: {} }, () => undefined);
      const planned = cellOf("P1-05", SCORECARD_COLUMNS.commentary);
      insertBeforeScorecard(1, 0);
      const where = await actions.applyCommentary({ periodLabel: QUARTER, kpiId: "P1-05", text: "Repeat callers fell by 4.8%." });
      expect(where.cell).toBe(`${String.fromCharCode(planned.charCodeAt(0) + 1)}${planned.slice(1)}`);
      expect(scorecard().cells[where.cell]?.value).toBe("Repeat callers fell by 4.8%.");
    });

    it("writes nothing, and says so, when rows were inserted above the KPI since the build", async () => {
      const actions = createExcelActions(NOW);
      await actions.build({ period: QUARTER, settings: {} }, () => undefined);
      insertBeforeScorecard(0, 1);
      const before = JSON.stringify(fake.state.sheets);
      await expect(actions.applyCommentary({ periodLabel: QUARTER, kpiId: "P1-05", text: "Repeat callers fell." })).rejects.toThrow(
        messageText("EXCEL_COMMENTARY_CELL_MISSING", `Scorecard ${QUARTER}`, "Number of Repeat Callers"),
      );
      expect(JSON.stringify(fake.state.sheets)).toBe(before);
    });

    it("writes nothing, and says so, when the scorecard sheet is gone", async () => {
      const actions = createExcelActions(NOW);
      await actions.build({ period: QUARTER, settings: {} }, () => undefined);
      const gone = fake.state;
      fake = createFakeExcel({ ...gone, sheets: gone.sheets.filter((x) => x.name !== `Scorecard ${QUARTER}`) });
      installOffice(fake);
      await expect(actions.applyCommentary({ periodLabel: QUARTER, kpiId: "P1-01", text: "x" })).rejects.toThrow(
        messageText("EXCEL_COMMENTARY_CELL_MISSING", `Scorecard ${QUARTER}`, "Total Crime"),
      );
    });

    it("asks for a build first, and refuses a KPI the scorecard does not have", async () => {
      const actions = createExcelActions(NOW);
      await expect(actions.applyCommentary({ periodLabel: QUARTER, kpiId: "P1-01", text: "x" })).rejects.toThrow(
        `Build the ${QUARTER} scorecard first, then use the text.`,
      );
      await actions.build({ period: QUARTER, settings: {} }, () => undefined);
      await expect(actions.applyCommentary({ periodLabel: QUARTER, kpiId: "P9-99", text: "x" })).rejects.toThrow(`KPI P9-99 is not on the ${QUARTER} scorecard.`);
    });
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
