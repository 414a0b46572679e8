import type { BrowserContext, Page } from "playwright-core";

/** Where the page gets office.js (Microsoft's CDN, unreachable from CI). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * What office.js does in the test:
 * - `fail`: the request fails, as on a machine without Microsoft's CDN;
 * - `hang`: it loads but `Office.onReady` never answers, as when the page is opened outside Office;
 * - `not-excel`: it loads and says there is no Office host, as office.js does in a plain browser.
 */
export type OfficeJsBehaviour = "fail" | "hang" | "not-excel";

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

const FAKE_OFFICE_JS: Readonly<Record<Exclude<OfficeJsBehaviour, "fail">, string>> = {
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
): Promise<StandalonePage> {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const externalRequests: string[] = [];
  const failedRequests: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on("response", (response) => {
    if (response.url().startsWith(baseUrl) && response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  await page.clock.setFixedTime(FIXED_NOW);
  await page.route(
    (url) => !url.href.startsWith(baseUrl),
    async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL && officeJs !== "fail") {
        await route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_OFFICE_JS[officeJs] });
        return;
      }
      externalRequests.push(url);
      await route.abort("internetdisconnected");
    },
  );
  await page.goto(`${baseUrl}taskpane.html`);
  return { page, pageErrors, externalRequests, failedRequests };
}
