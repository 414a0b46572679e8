/**
 * The head of taskpane.html decides, before the bundle runs, whether to fetch office.js; src/excel/isOfficeHostedPage
 * decides the same in the bundle. Both must agree on every page Office may open.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { PageMarks } from "../../src/excel/isOfficeHostedPage";
import { isOfficeHostedPage } from "../../src/excel/isOfficeHostedPage";
import { OFFICE_JS_URL } from "../../src/excel/loadOfficeJs";

const HTML = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"), "utf8");
const LOADER = /<script id="office-js-loader">([\s\S]*?)<\/script>\s*<style>/.exec(HTML)?.[1] ?? "";

/** Runs the head's loader against a page with these marks; returns what it wrote into the document. */
function runLoader(marks: PageMarks): string[] {
  const written: string[] = [];
  const window = {
    location: { search: marks.search },
    name: marks.windowName,
    external: marks.externalHostInfo ? { GetHostInfo: () => "Excel|Win32|16.01|en-GB" } : {},
    sessionStorage: { getItem: (key: string) => (key === "hostInfoValue" ? marks.storedHostInfo : null) },
  };
  const document = { write: (html: string) => written.push(html) };
  // The loader is the page's own inline script: run it as the browser would, with this window and document.
  new Function("window", "document", LOADER)(window, document);
  return written;
}

const PAGES: readonly PageMarks[] = [
  { search: "", windowName: "", storedHostInfo: null, externalHostInfo: false },
  { search: "?_host_Info=Excel$Web$16.00$en-GB$$$$0", windowName: "", storedHostInfo: null, externalHostInfo: false },
  { search: "?a=1&_host_Info=Excel|Mac|16.00|en-GB", windowName: "", storedHostInfo: null, externalHostInfo: false },
  { search: "?_host_Info=", windowName: "", storedHostInfo: null, externalHostInfo: false },
  { search: "", windowName: JSON.stringify({ hostInfo: "Excel$Win32$16.01$en-GB$$$$0" }), storedHostInfo: null, externalHostInfo: false },
  { search: "", windowName: "{oops", storedHostInfo: null, externalHostInfo: false },
  { search: "", windowName: "", storedHostInfo: "Excel$Web$16.00$en-GB$$$$0", externalHostInfo: false },
  { search: "", windowName: "", storedHostInfo: "", externalHostInfo: false },
  { search: "", windowName: "", storedHostInfo: null, externalHostInfo: true },
];

describe("taskpane.html", () => {
  it("has no script tag for office.js of its own: a plain browser never waits on the CDN", () => {
    expect(LOADER).not.toBe("");
    expect(HTML.replace(LOADER, "")).not.toContain("appsforoffice");
  });

  it.each(PAGES.map((p) => [JSON.stringify(p), p] as const))("fetches office.js exactly when the bundle will wait for Office: %s", (_, marks) => {
    const written = runLoader(marks);
    expect(written.length > 0).toBe(isOfficeHostedPage(marks));
    for (const html of written) expect(html).toBe(`<script src="${OFFICE_JS_URL}"></script>`);
  });
});
