/**
 * A workbook with mistakes, uploaded through the page's file picker: every issue the engine finds is listed with its
 * sheet and cell, and choosing one shows that cell in the preview.
 */
import type { Page } from "playwright-core";
import { messageText } from "../../src/messages";
import { formatIssueAddress } from "../../src/taskpane/state/formatIssueAddress";
import { findSeriousAxeViolations } from "./support/findSeriousAxeViolations";
import type { Chromium } from "./support/launchChromium";
import { launchChromium } from "./support/launchChromium";
import { listControls } from "./support/listControls";
import type { BrokenWorkbook } from "./support/makeBrokenWorkbook";
import { makeBrokenWorkbook } from "./support/makeBrokenWorkbook";
import type { StandalonePage } from "./support/openStandalonePage";
import { openStandalonePage } from "./support/openStandalonePage";
import { DIST } from "./support/paths";
import type { EngineRun } from "./support/runEngineInNode";
import { runEngineInNode } from "./support/runEngineInNode";
import { saveScreenshot } from "./support/saveScreenshot";
import type { StaticServer } from "./support/startStaticServer";
import { startStaticServer } from "./support/startStaticServer";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const BUILD_TIMEOUT = 20_000;

let browser: Chromium;
let server: StaticServer;
let broken: BrokenWorkbook;
let engine: EngineRun;
let app: StandalonePage;
let page: Page;

beforeAll(async () => {
  broken = await makeBrokenWorkbook();
  [browser, server, engine] = await Promise.all([launchChromium(), startStaticServer(DIST), runEngineInNode(broken.bytes)]);
  app = await openStandalonePage(browser.context, server.url);
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(app.pageErrors).toEqual([]);
  expect(app.failedRequests).toEqual([]);
});

describe("a broken workbook on the standalone page", () => {
  it("lists each problem with its sheet and cell once the file is opened", async () => {
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open an .xlsx file…" }).click(),
    ]);
    await chooser.setFiles({ name: broken.fileName, mimeType: XLSX_TYPE, buffer: broken.bytes });
    await page.getByText(`Open: ${broken.fileName}`).waitFor();
    await page.getByRole("heading", { name: /^Found in the workbook/ }).waitFor();

    const { badUnit, divideByZero, unknownKpi } = broken.planted;
    const listed = await readIssueList(page, /^Found in the workbook/);
    expect(listed).toEqual(
      expect.arrayContaining([
        { severity: "Error", address: `KPIs!${badUnit.cell}`, message: messageText("UNIT_UNKNOWN", badUnit.found) },
        { severity: "Error", address: `Measurements!${divideByZero.cell}`, message: messageText("VALUE_ERROR", divideByZero.found) },
        { severity: "Error", address: `Measurements!${unknownKpi.cell}`, message: messageText("KPI_UNKNOWN", unknownKpi.found) },
      ]),
    );
    // Everything the engine reports, and nothing else.
    const fromEngine = engine.summary.issues.map((i) => ({ address: formatIssueAddress(i), message: i.message }));
    expect(listed.map(({ address, message }) => ({ address, message }))).toEqual(expect.arrayContaining(fromEngine));
    expect(listed).toHaveLength(fromEngine.length);
    // The sound KPIs are still counted, so the rest of the workbook can be built.
    await expect(page.locator("dt:text-is('KPIs') + dd").textContent()).resolves.toMatch(/^2 in 2 priorities$/);
  });

  it("shows the cell an issue points at when the issue is chosen", async () => {
    const { badUnit, divideByZero } = broken.planted;

    await page.getByRole("button", { name: `KPIs!${badUnit.cell}` }).click();
    await expectPreviewAt(page, "KPIs", badUnit.cell, badUnit.found);

    await page.getByRole("button", { name: `Measurements!${divideByZero.cell}` }).click();
    await expectPreviewAt(page, "Measurements", divideByZero.cell, divideByZero.found);

    await expectAccessible(page);
  });

  it("builds what it can and still lists the problems, each leading to its cell", async () => {
    await page.getByRole("button", { name: "Build quarterly scorecard" }).click();
    await page.getByRole("heading", { name: /^Built the Q2 2013-14 scorecard$/ }).waitFor({ timeout: BUILD_TIMEOUT });
    expect(engine.outcome.status).toBe("built");

    const listed = await readIssueList(page, /^Issues \(/);
    const fromEngine = engine.outcome.issues.map((i) => ({ address: formatIssueAddress(i), message: i.message }));
    expect(listed.map(({ address, message }) => ({ address, message }))).toEqual(expect.arrayContaining(fromEngine));
    expect(listed).toHaveLength(fromEngine.length);

    const { unknownKpi } = broken.planted;
    await page.getByRole("button", { name: `Measurements!${unknownKpi.cell}` }).click();
    await expectPreviewAt(page, "Measurements", unknownKpi.cell, unknownKpi.found);

    await expectAccessible(page);
    // The whole page: the issue list and the cell it led to, however the window was scrolled to reach the link.
    await saveScreenshot(page, "04-issues", { fullPage: true });
  });
});

interface ListedIssue {
  readonly severity: string;
  readonly address: string;
  readonly message: string;
}

/**
 * The issues under the heading matching `title`, as the page shows them: severity, address, message. Folded groups
 * (notes start folded) are opened and long ones shown in full first, as an analyst would to read them all.
 */
async function readIssueList(page: Page, title: RegExp): Promise<ListedIssue[]> {
  const section = page.locator("section", { has: page.getByRole("heading", { name: title }) });
  for (let folded = section.locator("button[aria-expanded='false']"); (await folded.count()) > 0; ) await folded.first().click();
  for (let more = section.getByRole("button", { name: /^Show all / }); (await more.count()) > 0; ) await more.first().click();
  return section.locator("li").evaluateAll((items) =>
    items.map((li) => {
      const [severity, address, message] = [...li.children].map((el) => el.textContent?.trim() ?? "");
      return { severity: severity ?? "", address: address ?? "", message: message ?? "" };
    }),
  );
}

/** The preview shows `sheet`, says so, and has moved focus to `cell`, which holds `text`. */
async function expectPreviewAt(page: Page, sheet: string, cell: string, text: string): Promise<void> {
  await page.getByRole("status").filter({ hasText: `Showing ${sheet}, cell ${cell}.` }).waitFor();
  await expect(page.getByRole("combobox", { name: "Sheet to preview" }).inputValue()).resolves.toBe(`source:${sheet}`);
  await page.getByRole("region", { name: `Preview of ${sheet}` }).waitFor();
  const target = page.locator(`[role=region][aria-label='Preview of ${sheet}'] td[data-address='${cell}']`);
  await expect(target.textContent()).resolves.toBe(text);
  await expect(target.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await findSeriousAxeViolations(page)).toEqual([]);
  expect((await listControls(page)).filter((c) => c.name === "")).toEqual([]);
}
