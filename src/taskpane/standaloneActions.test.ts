import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbookGrids } from "../files/readWorkbook";
import { SCORECARD_COLUMNS } from "../layout/scorecardColumns";
import { createStandaloneActions } from "./standaloneActions";

const SAMPLE = join(__dirname, "../../samples/sample-kpi-workbook.xlsx");
const fetchSample = async () => {
  const bytes = readFileSync(SAMPLE);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};
const november2013 = () => new Date(2013, 10 /* Nov */, 15);

describe("createStandaloneActions", () => {
  it("loads the sample, says what it holds and builds the latest complete quarter into a download", async () => {
    const actions = createStandaloneActions(fetchSample, { now: november2013 });
    expect(await actions.loadSample()).toBe("sample-kpi-workbook.xlsx");
    const summary = await actions.inspect();
    expect(summary.kpiCount).toBeGreaterThan(0);
    expect(summary.defaultPeriod).toBe("Q2 2013-14");
    expect(actions.download()).toBeNull();

    const steps: string[] = [];
    const response = await actions.build({ period: "Q2 2013-14", settings: {} }, (s) => void steps.push(s));
    expect(steps).toEqual(["reading", "calculating", "writing", "done"]);
    if (response.status !== "built") throw new Error(`expected a build, got ${JSON.stringify(response)}`);
    expect(response.summary.periodLabel).toBe("Q2 2013-14");
    expect(response.summary.sheets[0]).toEqual({ name: "Scorecard Q2 2013-14", role: "scorecard" });
    const { green, amber, red, none } = response.summary.ragCounts;
    expect(green + amber + red + none).toBe(response.summary.kpiCount);

    const file = actions.download();
    expect(file?.fileName).toBe("scorecard-Q2-2013-14.xlsx");
    const bytes = new Uint8Array(await file!.blob.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK": a zip package
  });

  it("sends activateSheet and selectCell to the preview instead of Excel", async () => {
    const actions = createStandaloneActions(fetchSample);
    const seen: unknown[] = [];
    const stop = actions.onNavigate((target) => seen.push(target));
    await actions.activateSheet("Scorecard Q2 2013-14");
    await actions.selectCell("Measurements", "C7");
    stop();
    await actions.selectCell("Measurements", "C8");
    expect(seen).toEqual([
      { sheet: "Scorecard Q2 2013-14", cell: null },
      { sheet: "Measurements", cell: "C7" },
    ]);
  });

  it("keeps the workbook's sheets as read for the preview", async () => {
    const actions = createStandaloneActions(fetchSample, { now: november2013 });
    expect(actions.sourceGrids()).toBeNull();
    await actions.loadSample();
    await actions.inspect();
    expect(actions.sourceGrids()?.sheets.length).toBeGreaterThan(0);
  });

  describe("Use this text", () => {
    /** The built workbook's scorecard as the next reader of the download sees it. */
    async function downloadedScorecard(actions: ReturnType<typeof createStandaloneActions>) {
      const file = actions.download();
      const grids = await readWorkbookGrids(new Uint8Array(await file!.blob.arrayBuffer()));
      return grids.sheets.find((g) => g.sheet === "Scorecard Q2 2013-14")!;
    }
    const commentaryOf = (grid: Awaited<ReturnType<typeof downloadedScorecard>>, kpiId: string) =>
      grid.rows.find((row) => row[SCORECARD_COLUMNS.id] === kpiId)?.[SCORECARD_COLUMNS.commentary];

    it("writes the draft into the KPI's Commentary of the workbook offered for download, and shows the cell", async () => {
      const actions = createStandaloneActions(fetchSample, { now: november2013 });
      await actions.loadSample();
      const built = await actions.build({ period: "Q2 2013-14", settings: {} }, () => undefined);
      if (built.status !== "built") throw new Error("not built");
      const draft = built.summary.drafts.find((d) => d.kpiId === "P1-03")!;
      expect(draft.commentary).toBe("");
      expect(commentaryOf(await downloadedScorecard(actions), "P1-03")).toBeNull();

      const rebuilt: unknown[] = [];
      const seen: unknown[] = [];
      actions.onRebuilt((summary) => rebuilt.push(summary.drafts.find((d) => d.kpiId === "P1-03")?.commentary));
      actions.onNavigate((target) => seen.push(target));
      const where = await actions.applyCommentary({ periodLabel: "Q2 2013-14", kpiId: "P1-03", text: draft.text });

      expect(commentaryOf(await downloadedScorecard(actions), "P1-03")).toBe(draft.text);
      expect(rebuilt).toEqual([draft.text]);
      expect(seen).toEqual([where]);
      expect(where.sheet).toBe("Scorecard Q2 2013-14");
      expect(where.cell).toMatch(/^N\d+$/);
    });

    it("keeps a used draft through a later build of the quarter, as Excel keeps typed commentary", async () => {
      const actions = createStandaloneActions(fetchSample, { now: november2013 });
      await actions.loadSample();
      await actions.build({ period: "Q2 2013-14", settings: {} }, () => undefined);
      await actions.applyCommentary({ periodLabel: "Q2 2013-14", kpiId: "P1-05", text: "Repeat callers fell." });
      await actions.build({ period: "Q2 2013-14", settings: { defaultTolerancePercent: 10 } }, () => undefined);
      expect(commentaryOf(await downloadedScorecard(actions), "P1-05")).toBe("Repeat callers fell.");
    });

    it("asks for a build of the quarter first", async () => {
      const actions = createStandaloneActions(fetchSample, { now: november2013 });
      await actions.loadSample();
      await expect(actions.applyCommentary({ periodLabel: "Q2 2013-14", kpiId: "P1-03", text: "x" })).rejects.toThrow(
        "Build the Q2 2013-14 scorecard first, then use the text.",
      );
    });
  });

  describe("edge cases", () => {
    it("asks for a workbook before inspecting or building", async () => {
      const actions = createStandaloneActions(fetchSample);
      await expect(actions.inspect()).rejects.toThrow("Choose a workbook first");
      await expect(actions.build({ period: "Q2 2013-14", settings: {} }, () => undefined)).rejects.toThrow("Choose a workbook first");
    });

    it("refuses a file that is not an .xlsx, in plain words", async () => {
      const actions = createStandaloneActions(fetchSample);
      const file = new File(["a,b"], "kpis.csv", { type: "text/csv" });
      await expect(actions.loadFile(file)).rejects.toThrow('"kpis.csv" is not an .xlsx workbook');
    });

    it("says the sample could not be loaded when fetching it fails", async () => {
      const actions = createStandaloneActions(() => Promise.reject(new Error("HTTP 404")));
      await expect(actions.loadSample()).rejects.toThrow("The sample workbook could not be loaded (HTTP 404).");
    });

    it("forgets the last build when another workbook is loaded", async () => {
      const actions = createStandaloneActions(fetchSample, { now: november2013 });
      await actions.loadSample();
      await actions.build({ period: "Q2 2013-14", settings: {} }, () => undefined);
      expect(actions.download()).not.toBeNull();
      await actions.loadSample();
      expect(actions.download()).toBeNull();
    });
  });
});
