/**
 * The standalone page in real Chromium, on the bundled sample: it starts without office.js, loads the sample, builds
 * the quarterly scorecard, previews the engine's own figures and downloads the workbook the engine wrote.
 * The tests run in order on one page, each picking up the state the previous one left.
 */
import { readFileSync } from "fs";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import { messageText } from "../../src/messages";
import { cellAt, findGrid } from "../../src/model/grid";
import type { Grid } from "../../src/model/grid";
import type { KpiResult, ScorecardResults } from "../../src/model/results";
import { expectedScorecardRow } from "./support/expectedScorecardRow";
import { findSeriousAxeViolations } from "./support/findSeriousAxeViolations";
import type { Chromium } from "./support/launchChromium";
import { launchChromium } from "./support/launchChromium";
import { listControls } from "./support/listControls";
import type { StandalonePage } from "./support/openStandalonePage";
import { EXCEL_ON_THE_WEB_QUERY, openStandalonePage } from "./support/openStandalonePage";
import { SAMPLE_WORKBOOK, DIST } from "./support/paths";
import { readPreviewTable } from "./support/readPreviewTable";
import type { EngineRun } from "./support/runEngineInNode";
import { runEngineInNode } from "./support/runEngineInNode";
import { saveScreenshot } from "./support/saveScreenshot";
import type { StaticServer } from "./support/startStaticServer";
import { startStaticServer } from "./support/startStaticServer";

/** Excel on the web's task pane: 350 px wide (Office.TaskPane.setWidth's documented default). */
const PANE = { width: 350, height: 800 };

/** Long enough for a slow CI machine to read and build the sample (about 1 s here), short enough to fail fast. */
const BUILD_TIMEOUT = 20_000;

let browser: Chromium;
let server: StaticServer;
let engine: EngineRun;
let results: ScorecardResults;

beforeAll(async () => {
  [browser, server, engine] = await Promise.all([launchChromium(), startStaticServer(DIST), runEngineInNode(readFileSync(SAMPLE_WORKBOOK))]);
  if (engine.outcome.status !== "built") throw new Error("The sample workbook no longer builds in Node: see the unit tests.");
  results = engine.outcome.results;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the standalone page on the sample workbook", () => {
  let app: StandalonePage;
  let page: Page;

  beforeAll(async () => {
    app = await openStandalonePage(browser.context, server.url, "fail");
    page = app.page;
  });

  afterEach(() => {
    expect(app.pageErrors).toEqual([]);
    expect(app.failedRequests).toEqual([]);
  });

  it("starts in standalone mode when office.js cannot be loaded", async () => {
    await page.getByRole("button", { name: "Use the sample workbook" }).waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Scorecard Builder");
    await expect(page.getByText("Running outside Excel.").count()).resolves.toBe(1);
    await expect(page.getByText("Starting Scorecard Builder").count()).resolves.toBe(0);
    // A page Office did not open never asks for office.js; nothing left the machine.
    expect(app.externalRequests).toEqual([]);
    await expectAccessible(page);
    await saveScreenshot(page, "01-standalone-start");
  });

  it("loads the sample and shows its KPI count and latest complete quarter", async () => {
    await page.getByRole("button", { name: "Use the sample workbook" }).click();
    await page.getByText("Open: sample-kpi-workbook.xlsx").waitFor();
    await page.locator("dt", { hasText: "Latest period" }).waitFor();

    const overview = await readOverview(page);
    expect(overview.get("KPIs")).toMatch(new RegExp(`^${engine.summary.kpiCount} in ${engine.summary.priorities.length} priorities$`));
    expect(engine.summary.kpiCount).toBe(32);
    expect(overview.get("Latest period")).toBe("Q2 2013-14");
    expect(overview.get("Latest period")).toBe(engine.summary.defaultPeriod);
    await expect(page.getByRole("combobox", { name: "Period" }).inputValue()).resolves.toBe("Q2 2013-14");
    // Before a build the preview shows the workbook's own first sheet.
    await page.getByRole("region", { name: /^Preview of / }).waitFor();
    expect((await readPreviewTable(page)).caption).toBe(engine.grids.sheets.find((g) => !g.hidden)?.sheet);

    await expectAccessible(page);
    await saveScreenshot(page, "02-sample-loaded");
  });

  it("builds the quarterly scorecard and previews every KPI's figures as the engine computed them", async () => {
    await page.getByRole("button", { name: "Build quarterly scorecard" }).click();
    const heading = page.getByRole("heading", { name: `Built the ${results.periodLabel} scorecard` });
    await heading.waitFor({ timeout: BUILD_TIMEOUT });
    // Focus moves to the result, so keyboard and screen-reader users land on it.
    await expect(heading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    const counts = await page.getByRole("list", { name: "RAG counts" }).textContent();
    const rag = (status: string | null) => results.kpis.filter((k) => k.rag.status === status).length;
    expect(counts).toBe(`Green: ${rag("green")}Amber: ${rag("amber")}Red: ${rag("red")}Not judged: ${rag(null)}`);

    const table = await readPreviewTable(page);
    expect(table.caption).toBe(`Scorecard ${results.sheetLabel}`);
    const shown = readScorecardRows(table.cells);
    expect([...shown.keys()]).toEqual(results.kpis.map((k) => k.kpi.id));
    for (const result of results.kpis) {
      expect({ id: result.kpi.id, ...shown.get(result.kpi.id) }).toEqual({
        id: result.kpi.id,
        ...expectedScorecardRow(result, results.settings.ragLabels, results.settings.currencySymbol),
      });
    }
    // Spot checks against the published report (seed 000), in case the engine and the page were both wrong.
    expect(shown.get("P1-01")).toMatchObject({ previous: "21,012", current: "19,581", change: "-1,431", changePercent: "-6.8%" });
    expect(shown.get("P1-02")).toMatchObject({ previous: "21.1%", current: "25.2%", changePercent: "+4.1 pts" });

    await expectAccessible(page);
    await saveScreenshot(page, "03-built");
  });

  it("downloads the workbook the engine wrote, with the scorecard's figures in its cells", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: BUILD_TIMEOUT }),
      page.getByRole("button", { name: "Download the workbook" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("scorecard-Q2-2013-14.xlsx");
    const bytes = readFileSync(await download.path());

    const workbook = await readWorkbookGrids(bytes);
    const planSheets = engine.outcome.status === "built" ? engine.outcome.job.plan.sheets.map((s) => s.name) : [];
    const names = workbook.sheets.map((g) => g.sheet);
    expect(names).toEqual(expect.arrayContaining([...engine.grids.sheets.map((g) => g.sheet), ...planSheets]));

    const scorecard = findGrid(workbook, `Scorecard ${results.sheetLabel}`);
    expect(scorecard).toBeDefined();
    const rows = scorecardFigures(scorecard!);
    expect([...rows.keys()]).toEqual(results.kpis.map((k) => k.kpi.id));
    for (const result of results.kpis) {
      expect({ id: result.kpi.id, ...rows.get(result.kpi.id) }).toEqual({
        id: result.kpi.id,
        previous: cellFigure(result, result.previous),
        current: cellFigure(result, result.current),
      });
    }
    // The browser's package is the one the file host writes in Node from the same bytes, part for part (only the
    // zip entries' timestamps differ).
    expect(unzipParts(bytes)).toEqual(unzipParts(engine.output!));
  });

  it("offers each KPI's drafted commentary, and 'Use this text' puts one in the KPI's Commentary of the download", async () => {
    if (engine.outcome.status !== "built") throw new Error("not built");
    const drafts = engine.outcome.drafts;
    // Number of Repeat Victims: no commentary in the sample, so the draft fills a blank.
    const draft = drafts.kpis.find((d) => d.kpiId === "P1-03")!;
    await page.getByRole("button", { name: "Suggested commentary" }).click();
    await page.getByText(drafts.scorecard, { exact: true }).waitFor();
    const item = page.getByRole("listitem").filter({ hasText: "Number of Repeat Victims" }).filter({ hasText: "P1-03" });
    await expect(item.getByText(draft.text, { exact: true }).count()).resolves.toBe(1);
    await expectAccessible(page);

    await item.getByRole("button", { name: "Use this text" }).click();
    const written = item.getByText(/^Written to Scorecard Q2 2013-14, cell [A-Z]+\d+\.$/);
    await written.waitFor({ timeout: BUILD_TIMEOUT });
    const cell = /cell ([A-Z]+\d+)/.exec((await written.textContent()) ?? "")![1]!;

    // The preview shows the scorecard at that cell, with the text in it.
    const table = await readPreviewTable(page);
    expect(table.caption).toBe(`Scorecard ${results.sheetLabel}`);
    expect(table.cells.get(cell)).toBe(draft.text);
    expect(table.cells.get(`A${cell.replace(/^[A-Z]+/, "")}`)).toBe("P1-03");
    await saveScreenshot(page, "05-suggested-commentary");

    // The download is the workbook built again with the text in the Commentary, the draft still beside it.
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: BUILD_TIMEOUT }),
      page.getByRole("button", { name: "Download the workbook" }).click(),
    ]);
    const scorecard = findGrid(await readWorkbookGrids(readFileSync(await download.path())), `Scorecard ${results.sheetLabel}`)!;
    const header = scorecard.rows.findIndex((row) => row[0] === "ID");
    const col = (title: string) => (scorecard.rows[header] ?? []).findIndex((v) => v === title);
    const row = scorecard.rows.find((r) => r[0] === "P1-03")!;
    expect(row[col("Commentary")]).toBe(draft.text);
    expect(row[col("Suggested commentary (drafted from the figures)")]).toBe(draft.text);
    // Other KPIs' commentary is as the sample's Notes gave it.
    const totalCrime = scorecard.rows.find((r) => r[0] === "P1-01")!;
    expect(totalCrime[col("Commentary")]).toBe(results.kpis.find((k) => k.kpi.id === "P1-01")?.commentary);
  });
});

describe("start-up, in and out of Office", () => {
  it("a plain browser never fetches office.js, so a CDN that hangs cannot hold the page up", async () => {
    const app = await openStandalonePage(browser.context, server.url, "stall");
    await app.page.getByRole("button", { name: "Use the sample workbook" }).waitFor({ timeout: 5_000 });
    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.page.close();
  });

  it("in Office, shows Connecting to Excel while Office takes its time, and says what to do once it is slow", async () => {
    const app = await openStandalonePage(browser.context, server.url, "hang", { query: EXCEL_ON_THE_WEB_QUERY, fakeTimers: true, viewport: PANE });
    await app.page.getByText("Connecting to Excel…").waitFor({ timeout: 5_000 });
    expect(app.externalRequests).toEqual([]);
    await app.page.clock.runFor(10_000);
    // Still waiting, and never the upload page: in Excel it would offer nothing Excel can use.
    await expect(app.page.getByText(messageText("OFFICE_SLOW")).count()).resolves.toBe(0);
    await expect(app.page.getByRole("button", { name: "Use the sample workbook" }).count()).resolves.toBe(0);
    await app.page.clock.runFor(6_000);
    await app.page.getByText(messageText("OFFICE_SLOW")).waitFor();
    await expect(app.page.getByText("Connecting to Excel…").count()).resolves.toBe(1);
    await saveScreenshot(app.page, "00-connecting-slow");
    expect(app.pageErrors).toEqual([]);
    await app.page.close();
  });

  it("in Office, says office.js could not be fetched rather than offering the upload page", async () => {
    const app = await openStandalonePage(browser.context, server.url, "fail", { query: EXCEL_ON_THE_WEB_QUERY, viewport: PANE });
    await app.page.getByText(messageText("OFFICE_JS_UNREACHABLE")).waitFor({ timeout: 5_000 });
    await expect(app.page.getByRole("button", { name: "Use the sample workbook" }).count()).resolves.toBe(0);
    expect(app.pageErrors).toEqual([]);
    await app.page.close();
  });

  it("runs standalone when the Office application that opened the page is not Excel", async () => {
    const app = await openStandalonePage(browser.context, server.url, "not-excel", { query: EXCEL_ON_THE_WEB_QUERY });
    await app.page.getByRole("button", { name: "Use the sample workbook" }).waitFor({ timeout: 5_000 });
    expect(app.pageErrors).toEqual([]);
    await app.page.close();
  });
});

/** No serious or critical axe violations, and every control named. */
async function expectAccessible(page: Page): Promise<void> {
  expect(await findSeriousAxeViolations(page)).toEqual([]);
  expect((await listControls(page)).filter((c) => c.name === "")).toEqual([]);
}

async function readOverview(page: Page): Promise<Map<string, string>> {
  const pairs = await page.evaluate(() =>
    [...document.querySelectorAll("dl dt")].map((dt) => [dt.textContent ?? "", dt.nextElementSibling?.textContent ?? ""] as [string, string]),
  );
  return new Map(pairs);
}

interface ShownRow {
  readonly previous: string;
  readonly current: string;
  readonly change: string;
  readonly changePercent: string;
  readonly rag: string;
}

/** The scorecard's KPI rows as shown, found by the header texts rather than by fixed columns. */
function readScorecardRows(cells: ReadonlyMap<string, string>): Map<string, ShownRow> {
  const headerRow = [...cells].find(([address, text]) => /^A\d+$/.test(address) && text === "ID")?.[0].slice(1);
  if (!headerRow) throw new Error("The preview shows no scorecard header row (a cell reading ID in column A).");
  const column = (title: string) => {
    const found = [...cells].find(([address, text]) => address.replace(/^[A-Z]+/, "") === headerRow && text.split("\n")[0] === title);
    if (!found) throw new Error(`The preview's scorecard has no "${title}" column.`);
    return found[0].replace(/\d+$/, "");
  };
  const columns = { previous: column("Previous"), current: column("Current"), change: column("Change"), changePercent: column("Change %"), rag: column("RAG") };
  const rows = new Map<string, ShownRow>();
  for (const [address, text] of cells) {
    const match = /^A(\d+)$/.exec(address);
    if (!match || Number(match[1]) <= Number(headerRow) || !/^P\d+-\d+$/.test(text)) continue;
    const at = (col: string) => cells.get(`${col}${match[1]}`) ?? "";
    rows.set(text, {
      previous: at(columns.previous),
      current: at(columns.current),
      change: at(columns.change),
      changePercent: at(columns.changePercent),
      rag: at(columns.rag),
    });
  }
  return rows;
}

/** Previous and current as stored in the downloaded scorecard's cells, by KPI id in column A. */
function scorecardFigures(grid: Grid): Map<string, { previous: unknown; current: unknown }> {
  const header = grid.rows.findIndex((row) => row[0] === "ID");
  const col = (title: string) => (grid.rows[header] ?? []).findIndex((v) => typeof v === "string" && v.split("\n")[0] === title);
  const [previous, current] = [col("Previous"), col("Current")];
  const rows = new Map<string, { previous: unknown; current: unknown }>();
  for (let r = header + 1; r < grid.rows.length; r++) {
    const id = cellAt(grid, r, 0);
    if (typeof id === "string" && /^P\d+-\d+$/.test(id)) rows.set(id, { previous: cellAt(grid, r, previous), current: cellAt(grid, r, current) });
  }
  return rows;
}

/** A package's parts by path, as text where they are XML, so a difference reads as one. */
function unzipParts(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    parts[path] = /\.(xml|rels)$/.test(path) ? Buffer.from(data).toString("utf8") : Buffer.from(data).toString("base64");
  }
  return parts;
}

/** What a figure's cell holds: percentages as fractions (so Excel's % formats work), n/a when missing. */
function cellFigure(result: KpiResult, value: number | null): unknown {
  if (value === null) return "n/a";
  return result.kpi.unit === "percent" ? expect.closeTo(value / 100, 12) : value;
}
