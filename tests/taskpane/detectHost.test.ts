import { detectHost } from "../../src/excel/detectHost";
import type { PageMarks } from "../../src/excel/isOfficeHostedPage";

type OfficeLike = {
  onReady: () => Promise<{ host: string | null; platform: string | null }>;
  HostType: { Excel: string };
  context?: { officeTheme?: { isDarkTheme?: boolean; bodyBackgroundColor?: string } };
};

/** office.js's global, as the page would have it; `unknown` first because the real `Office` type is a namespace. */
const page = globalThis as unknown as { Office?: OfficeLike };

const IN_EXCEL: PageMarks = { search: "?_host_Info=Excel$Web$16.00$en-GB$$$$0", windowName: "", storedHostInfo: null, externalHostInfo: false };
const PLAIN_BROWSER: PageMarks = { search: "", windowName: "", storedHostInfo: null, externalHostInfo: false };

const ready = (host: string | null) => () => Promise.resolve({ host, platform: host ? "OfficeOnline" : null });

/** office.js as it arrives from the CDN: the loader installs it and says it ran. */
function loads(office: OfficeLike): () => Promise<boolean> {
  return () => {
    page.Office = office;
    return Promise.resolve(true);
  };
}

describe("detectHost", () => {
  afterEach(() => {
    delete page.Office;
    jest.useRealTimers();
  });

  it("runs standalone at once on a page Office did not open, never fetching office.js", async () => {
    const load = jest.fn(() => Promise.resolve(true));
    await expect(detectHost({ page: PLAIN_BROWSER, loadOfficeJs: load })).resolves.toEqual({ kind: "standalone", reason: "not-office" });
    expect(load).not.toHaveBeenCalled();
  });

  it("does not wait on office.js outside Office, even when a copy of it hangs", async () => {
    jest.useFakeTimers();
    page.Office = { onReady: () => new Promise(() => undefined), HostType: { Excel: "Excel" } };
    const detected = detectHost({ page: PLAIN_BROWSER });
    await expect(detected).resolves.toEqual({ kind: "standalone", reason: "not-office" });
  });

  it("runs in Excel when office.js says the host is Excel, in Office's theme", async () => {
    const office = { onReady: ready("Excel"), HostType: { Excel: "Excel" }, context: { officeTheme: { isDarkTheme: true } } };
    await expect(detectHost({ page: IN_EXCEL, loadOfficeJs: loads(office) })).resolves.toEqual({ kind: "excel", theme: "dark" });
  });

  it("waits for Office however long a cold start takes, telling the pane once it is slow", async () => {
    jest.useFakeTimers();
    let answer: (info: { host: string; platform: string }) => void = () => undefined;
    const office = { onReady: () => new Promise<{ host: string; platform: string }>((resolve) => (answer = resolve)), HostType: { Excel: "Excel" } };
    const onSlow = jest.fn();
    let settled = false;
    const detected = detectHost({ page: IN_EXCEL, loadOfficeJs: loads(office), onSlow, slowAfterMs: 15_000 }).then((d) => {
      settled = true;
      return d;
    });
    await jest.advanceTimersByTimeAsync(14_000);
    expect(onSlow).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(46_000);
    expect(onSlow).toHaveBeenCalledTimes(1);
    expect(settled).toBe(false);
    answer({ host: "Excel", platform: "OfficeOnline" });
    await expect(detected).resolves.toEqual({ kind: "excel", theme: "light" });
  });

  it("says office.js is unavailable, rather than showing the upload page, when Office opened the page but the CDN cannot be reached", async () => {
    await expect(detectHost({ page: IN_EXCEL, loadOfficeJs: () => Promise.resolve(false) })).resolves.toEqual({
      kind: "office-unavailable",
      reason: "office-js-unreachable",
    });
  });

  it("runs standalone when another Office application opened the page", async () => {
    const office = { onReady: ready("Word"), HostType: { Excel: "Excel" } };
    await expect(detectHost({ page: IN_EXCEL, loadOfficeJs: loads(office) })).resolves.toEqual({ kind: "standalone", reason: "not-excel" });
  });

  describe("edge cases", () => {
    it("judges the theme by the pane's background where Office has no isDarkTheme", async () => {
      const dark = { onReady: ready("Excel"), HostType: { Excel: "Excel" }, context: { officeTheme: { bodyBackgroundColor: "#262626" } } };
      await expect(detectHost({ page: IN_EXCEL, loadOfficeJs: loads(dark) })).resolves.toEqual({ kind: "excel", theme: "dark" });
      const light = { onReady: ready("Excel"), HostType: { Excel: "Excel" }, context: { officeTheme: { bodyBackgroundColor: "#FFFFFF" } } };
      await expect(detectHost({ page: IN_EXCEL, loadOfficeJs: loads(light) })).resolves.toEqual({ kind: "excel", theme: "light" });
    });

    it("never throws, even when office.js does", async () => {
      const rejecting = { onReady: () => Promise.reject(new Error("Office.js has not fully loaded")), HostType: { Excel: "Excel" } };
      await expect(detectHost({ page: IN_EXCEL, loadOfficeJs: loads(rejecting) })).resolves.toEqual({ kind: "office-unavailable", reason: "office-js-failed" });
      const throwing = {
        onReady: () => {
          throw new Error("boom");
        },
        HostType: { Excel: "Excel" },
      };
      await expect(detectHost({ page: IN_EXCEL, loadOfficeJs: loads(throwing) })).resolves.toEqual({ kind: "office-unavailable", reason: "office-js-failed" });
    });
  });
});
