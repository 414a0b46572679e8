import type { BrowserContext, Page } from "playwright-core";

import { OFFICE_JS_URL } from "../../../src/excel/loadOfficeJs";

export { OFFICE_JS_URL };

/** The query string Excel on the web adds to the page it opens in the task pane. */
export const EXCEL_ON_THE_WEB_QUERY = "?_host_Info=Excel$Web$16.00$en-GB$$$$0";

/**
 * What office.js does in the test:
 * - `fail`: the request fails, as on a machine without Microsoft's CDN;
 * - `stall`: the request never completes, as a CDN that hangs;
 * - `hang`: it loads but `Office.onReady` never answers, as on a cold start before Office's host script arrives;
 * - `not-excel`: it loads and says there is no Office host, as office.js does in a plain browser.
 */
export type OfficeJsBehaviour = "fail" | "stall" | "hang" | "not-excel";

export interface OpenPageOptions {
  /** Added to `taskpane.html`, e.g. `EXCEL_ON_THE_WEB_QUERY` to open the page as Office does. */
  readonly query?: string;
  /** Fake timers from `FIXED_NOW` (`page.clock.runFor` moves them) instead of a fixed clock and real timers. */
  readonly fakeTimers?: boolean;
  /** The browser window's size; 350 x 800 is Excel on the web's task pane. */
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** The day the browser's clock is set to, so the page and the engine in Node agree on what "today" is. */
export const FIXED_NOW = new Date(Date.UTC(2025, 5 /* Jun */, 16, 9, 0, 0));

export interface StandalonePage {
  readonly page: Page;
  /** Uncaught exceptions in the page, in order; every test expects none. */
  readonly pageErrors: readonly string[];
  /** Requests the page made to anywhere but the local server (all refused). */
  readonly externalRequests: readonly string[];
  /** Local requests that failed (`404 http://127.0.0.1:.../x.js`): a missing chunk, sample or icon. */
  readonly failedRequests: readonly string[];
}

const FAKE_OFFICE_JS: Readonly<Record<Exclude<OfficeJsBehaviour, "fail" | "stall">, string>> = {
  hang: "window.Office = { onReady: function () { return new Promise(function () {}); }, HostType: { Excel: 'Excel' } };",
  "not-excel":
    "window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); }, HostType: { Excel: 'Excel' } };",
};

/**
 * Opens the built task pane in a new tab as a plain browser would: office.js as asked, every other request off the
 * local server refused (the suite never depends on the network), the clock fixed at `FIXED_NOW`.
 * Resolves once the page has started (standalone mode or not); the test decides what to wait for.
 * @example const { page } = await openStandalonePage(browser.context, server.url);
 */
export async function openStandalonePage(
  context: BrowserContext,
  baseUrl: string,
  officeJs: OfficeJsBehaviour = "fail",
  options: OpenPageOptions = {},
): Promise<StandalonePage> {
  const page = await context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  const pageErrors: string[] = [];
  const externalRequests: string[] = [];
  const failedRequests: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on("response", (response) => {
    if (response.url().startsWith(baseUrl) && response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  if (options.fakeTimers) await page.clock.install({ time: FIXED_NOW });
  else await page.clock.setFixedTime(FIXED_NOW);
  await page.route(
    (url) => !url.href.startsWith(baseUrl),
    async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) {
        switch (officeJs) {
          case "stall":
            // Never answered: the request stays open until the page closes.
            externalRequests.push(url);
            return;
          case "hang":
          case "not-excel":
            await route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_OFFICE_JS[officeJs] });
            return;
          case "fail":
            break;
          default: {
            const never: never = officeJs;
            throw new Error(`Unknown office.js behaviour ${String(never)}`);
          }
        }
      }
      externalRequests.push(url);
      await route.abort("internetdisconnected");
    },
  );
  // "commit": the test decides what to wait for (a page whose office.js stalls never finishes loading).
  await page.goto(`${baseUrl}taskpane.html${options.query ?? ""}`, { waitUntil: "commit" });
  return { page, pageErrors, externalRequests, failedRequests };
}
