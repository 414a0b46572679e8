/**
 * The standalone page with the keyboard alone (Tab, Shift+Tab, Enter, Space; the mouse never moves): load the sample,
 * build the scorecard, download it. Every control met on the way has an accessible name.
 */
import type { Page } from "playwright-core";
import type { Chromium } from "./support/launchChromium";
import { launchChromium } from "./support/launchChromium";
import { listControls } from "./support/listControls";
import type { StandalonePage } from "./support/openStandalonePage";
import { openStandalonePage } from "./support/openStandalonePage";
import { DIST } from "./support/paths";
import type { StaticServer } from "./support/startStaticServer";
import { startStaticServer } from "./support/startStaticServer";

const BUILD_TIMEOUT = 20_000;
/** More Tab presses than the page has stops before the control sought (issue links included). */
const MAX_TABS = 80;

let browser: Chromium;
let server: StaticServer;
let app: StandalonePage;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startStaticServer(DIST)]);
  app = await openStandalonePage(browser.context, server.url);
  page = app.page;
  await page.getByRole("button", { name: "Use the sample workbook" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(app.pageErrors).toEqual([]);
  expect(app.failedRequests).toEqual([]);
});

describe("the standalone page by keyboard alone", () => {
  it("loads the sample with Tab and Enter", async () => {
    await tabTo(page, "Use the sample workbook");
    await page.keyboard.press("Enter");
    await page.getByText("Open: sample-kpi-workbook.xlsx").waitFor();
    await page.locator("dt", { hasText: "Latest period" }).waitFor();
    expect(await unnamedControls(page)).toEqual([]);
  });

  it("builds the scorecard with Tab and Space, and lands on the result", async () => {
    await tabTo(page, "Build quarterly scorecard");
    await page.keyboard.press("Space");
    const heading = page.getByRole("heading", { name: "Built the Q2 2013-14 scorecard" });
    await heading.waitFor({ timeout: BUILD_TIMEOUT });
    await expect(heading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await unnamedControls(page)).toEqual([]);
  });

  it("downloads the workbook with Tab and Enter", async () => {
    await tabTo(page, "Download the workbook");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: BUILD_TIMEOUT }), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("scorecard-Q2-2013-14.xlsx");
  });

  it("reaches every control by Tab, and back by Shift+Tab", async () => {
    const forward = await tabStops(page, "Tab");
    const backward = await tabStops(page, "Shift+Tab", forward.length);
    const names = forward.map((stop) => stop.name);
    expect(names).toEqual(
      expect.arrayContaining(["Use the sample workbook", "Open an .xlsx file…", "Build quarterly scorecard", "Download the workbook", "Scorecard Q2 2013-14"]),
    );
    expect(forward.filter((stop) => stop.name === "")).toEqual([]);
    expect([...backward].reverse()).toEqual(forward);
  });
});

interface TabStop {
  readonly tag: string;
  readonly name: string;
}

/** What has focus: its tag and the name a screen reader would read (aria-label, labelled-by, or its text). */
function focused(page: Page): Promise<TabStop> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: "body", name: "" };
    const labelledBy = el.getAttribute("aria-labelledby");
    const byId = labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ") : "";
    const label = el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? "") : "";
    const name = el.getAttribute("aria-label") ?? (byId || label || (el.textContent ?? ""));
    return { tag: el.tagName.toLowerCase(), name: name.trim() };
  });
}

/** Presses Tab until the control named `name` has focus; fails if it is never reached. */
async function tabTo(page: Page, name: string): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press("Tab");
    const stop = await focused(page);
    if (stop.name === name) return;
    seen.push(stop.name || stop.tag);
  }
  throw new Error(`"${name}" was not reached by Tab; focus went through: ${seen.join(" | ")}`);
}

/** The stops of `key` presses from the top (Tab) or bottom (Shift+Tab) of the page, until focus leaves it or `limit`. */
async function tabStops(page: Page, key: "Tab" | "Shift+Tab", limit = MAX_TABS * 2): Promise<TabStop[]> {
  await page.evaluate(
    ([forward]) => {
      // Start where a fresh page starts: focus an unfocusable-by-Tab mark at the top (or bottom) of the page.
      const mark = document.createElement("span");
      mark.tabIndex = -1;
      if (forward) document.body.prepend(mark);
      else document.body.append(mark);
      mark.focus();
    },
    [key === "Tab"] as const,
  );
  const stops: TabStop[] = [];
  for (let i = 0; i < MAX_TABS * 2; i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    if (stop.tag === "body") return stops;
    stops.push(stop);
    if (stops.length === limit) return stops;
  }
  throw new Error(`Focus never left the page after ${MAX_TABS * 2} presses of ${key}: a keyboard trap?`);
}

async function unnamedControls(page: Page) {
  return (await listControls(page)).filter((c) => c.name === "");
}
