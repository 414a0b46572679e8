/**
 * The page at Excel on the web's task-pane size, 350 x 800 (Office.TaskPane's documented default width): once a
 * workbook is loaded the build button is in view without scrolling, the build shows each of its steps as it goes,
 * the result and the download are one step (one Tab) apart, and nothing is wider than the pane. Then the mapping
 * step on seed 000's pasted tables, in the same width. Screenshots of each state go to out/screenshots.
 */
import type { Page } from "playwright-core";
import { FIGURE_1, FIGURE_11 } from "../../src/ingest/testing/seed000";
import { pastedCells, writeWorkbook } from "../corpus/writeWorkbook";
import type { Chromium } from "./support/launchChromium";
import { launchChromium } from "./support/launchChromium";
import type { StandalonePage } from "./support/openStandalonePage";
import { openStandalonePage } from "./support/openStandalonePage";
import { DIST } from "./support/paths";
import { saveScreenshot } from "./support/saveScreenshot";
import type { StaticServer } from "./support/startStaticServer";
import { startStaticServer } from "./support/startStaticServer";

const PANE = { width: 350, height: 800 };
const BUILD_TIMEOUT = 20_000;

let browser: Chromium;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startStaticServer(DIST)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the pane at 350 x 800 on the sample workbook", () => {
  let app: StandalonePage;
  let page: Page;

  beforeAll(async () => {
    app = await openStandalonePage(browser.context, server.url, "fail", { viewport: PANE });
    page = app.page;
    await page.getByRole("button", { name: "Use the sample workbook" }).waitFor();
  });

  afterEach(() => {
    expect(app.pageErrors).toEqual([]);
    expect(app.failedRequests).toEqual([]);
  });

  it("shows the build button without scrolling once the sample is loaded, nothing wider than the pane", async () => {
    await page.getByRole("button", { name: "Use the sample workbook" }).click();
    await page.locator("dt", { hasText: "Latest period" }).waitFor();
    const build = page.getByRole("button", { name: "Build quarterly scorecard" });
    await build.waitFor();

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = await build.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PANE.height);
    expect(await overflowingElements(page)).toEqual([]);
    await saveScreenshot(page, "10-pane-loaded");
  });

  it("shows each step of the build as it runs", async () => {
    await recordProgressFrames(page);
    await page.getByRole("button", { name: "Build quarterly scorecard" }).click();
    await page.getByRole("heading", { name: /^Built the .* scorecard$/ }).waitFor({ timeout: BUILD_TIMEOUT });
    const painted = await page.evaluate(() => (window as unknown as { progressFrames: string[] }).progressFrames);
    // What the bar said at each animation frame (the text a frame paints), repeats dropped.
    expect(painted.filter((text) => text.startsWith("Step "))).toEqual([
      "Step 1 of 4: reading the workbook",
      "Step 2 of 4: calculating the scorecard",
      "Step 3 of 4: writing the scorecard sheets",
      "Step 4 of 4: done",
    ]);
  });

  it("puts the result in view with focus on it, and the download one Tab away", async () => {
    const heading = page.getByRole("heading", { name: /^Built the .* scorecard$/ });
    await expect(heading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expectInView(page, heading);
    await saveScreenshot(page, "11-pane-built");

    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLElement ? { tag: el.tagName, text: el.textContent?.trim() ?? "" } : null;
    });
    expect(focused).toEqual({ tag: "BUTTON", text: "Download the workbook" });
    await expectInView(page, page.getByRole("button", { name: "Download the workbook" }));
    expect(await overflowingElements(page)).toEqual([]);
  });

  it("keeps the issues folded by severity, notes closed, so the result stays near the top", async () => {
    const issues = page.getByRole("heading", { name: /^Issues \(/ });
    if ((await issues.count()) === 0) return; // a build without issues has nothing to fold
    const notes = page.getByRole("button", { name: /^\d+ notes?$/ });
    if ((await notes.count()) > 0) await expect(notes.first().getAttribute("aria-expanded")).resolves.toBe("false");
    await saveScreenshot(page, "12-pane-issues", { fullPage: true });
  });
});

describe("the mapping step at 350 x 800 on seed 000's pasted tables", () => {
  let app: StandalonePage;
  let page: Page;

  beforeAll(async () => {
    app = await openStandalonePage(browser.context, server.url, "fail", { viewport: PANE });
    page = app.page;
    await page.getByRole("button", { name: "Use the sample workbook" }).waitFor();
    const bytes = await writeWorkbook([
      { name: "Figure 1", rows: FIGURE_1.map(pastedCells) },
      { name: "Figure 11", rows: FIGURE_11.map(pastedCells) },
    ]);
    await page.locator("input[type=file]").setInputFiles({
      name: "seed-000-tables.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(bytes),
    });
    await page.getByText("Open: seed-000-tables.xlsx").waitFor();
  });

  afterEach(() => {
    expect(app.pageErrors).toEqual([]);
    expect(app.failedRequests).toEqual([]);
  });

  it("shows the tables found and their KPIs with the figures the build will use, within the pane", async () => {
    const heading = page.getByRole("heading", { name: "Figure 1 A3:G16" });
    await heading.waitFor({ timeout: BUILD_TIMEOUT });
    await heading.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await saveScreenshot(page, "13-pane-mapping");
    const preview = page.getByRole("table").filter({ hasText: "Total Crime" }).first();
    await preview.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await expect(preview.textContent()).resolves.toContain("19,581");
    expect(await overflowingElements(page)).toEqual([]);
    await saveScreenshot(page, "14-pane-mapping-preview");
  });

  it("keeps the table in view when its KPI names are set to Segment, says why, and takes the change back", async () => {
    const role = () => page.getByRole("combobox", { name: "Role of Key Performance Indicators" }).first();
    await role().selectOption({ label: "Segment" });
    // The table stays as it was read, with what to do and the way back, never "No KPI table was found" alone.
    const lost = page.getByText(/no longer read as a KPI table/);
    await lost.waitFor({ timeout: BUILD_TIMEOUT });
    await expect(page.getByRole("heading", { name: "Figure 1 A3:G16" }).count()).resolves.toBe(1);
    await expect(role().inputValue()).resolves.toBe("segment");
    await expect(page.getByText("No KPI table was found").count()).resolves.toBe(0);
    await lost.evaluate((el) => el.scrollIntoView({ block: "start" }));
    expect(await overflowingElements(page)).toEqual([]);
    await saveScreenshot(page, "15-pane-mapping-edited");

    await page.getByRole("button", { name: "Undo last change" }).click();
    await lost.waitFor({ state: "detached" });
    await expect(role().inputValue()).resolves.toBe("name");
  });
});

/**
 * What reaches past the pane's right edge, or scrolls sideways, as tag and start of text. The sheet previews
 * ("Preview of ...") are the one exception: a sheet is wider than any pane, and its region scrolls both ways by
 * design, as Excel's own grid does; what is inside a scrolling region is clipped by it, not the pane's problem.
 */
async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const found: string[] = [];
    const isPreview = (el: Element) => el.getAttribute("role") === "region" && (el.getAttribute("aria-label") ?? "").startsWith("Preview of ");
    const clipped = (el: HTMLElement) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(up).overflowX)) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden") continue;
      const scrolls = ["auto", "scroll"].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      if ((scrolls && !isPreview(el)) || (rect.right > width + 0.5 && !clipped(el))) {
        found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
      }
    }
    if (document.documentElement.scrollWidth > width) found.push(`page ${document.documentElement.scrollWidth} px wide`);
    return found;
  }, PANE.width);
}

/** Records, at every animation frame, the progress bar's text when it changed: what each painted frame showed. */
async function recordProgressFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frames: string[] = [];
    (window as unknown as { progressFrames: string[] }).progressFrames = frames;
    const tick = () => {
      const text = document.querySelector("[role=progressbar]")?.getAttribute("aria-valuetext") ?? "";
      if (text !== "" && frames[frames.length - 1] !== text) frames.push(text);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function expectInView(page: Page, locator: ReturnType<Page["getByRole"]>): Promise<void> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(PANE.height);
}
