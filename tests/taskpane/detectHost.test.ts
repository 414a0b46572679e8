import { detectHost } from "../../src/excel/detectHost";

type OfficeLike = {
  onReady: () => Promise<{ host: string | null; platform: string | null }>;
  HostType: { Excel: string };
  context?: { officeTheme?: { isDarkTheme?: boolean; bodyBackgroundColor?: string } };
};

/** office.js's global, as the page would have it; `unknown` first because the real `Office` type is a namespace. */
const page = globalThis as unknown as { Office?: OfficeLike };

function installOffice(office: OfficeLike | undefined): void {
  page.Office = office;
}

const ready = (host: string | null) => () => Promise.resolve({ host, platform: host ? "OfficeOnline" : null });

describe("detectHost", () => {
  afterEach(() => {
    delete page.Office;
  });

  it("runs standalone when office.js did not load", async () => {
    await expect(detectHost()).resolves.toEqual({ kind: "standalone", reason: "no-office-js" });
  });

  it("runs in Excel when office.js says the host is Excel, in Office's theme", async () => {
    installOffice({ onReady: ready("Excel"), HostType: { Excel: "Excel" }, context: { officeTheme: { isDarkTheme: true } } });
    await expect(detectHost()).resolves.toEqual({ kind: "excel", theme: "dark" });
  });

  it("runs standalone when office.js answers with no host (a plain browser) or another Office app", async () => {
    installOffice({ onReady: ready(null), HostType: { Excel: "Excel" } });
    await expect(detectHost()).resolves.toEqual({ kind: "standalone", reason: "not-excel" });
    installOffice({ onReady: ready("Word"), HostType: { Excel: "Excel" } });
    await expect(detectHost()).resolves.toEqual({ kind: "standalone", reason: "not-excel" });
  });

  it("runs standalone when office.js never answers", async () => {
    installOffice({ onReady: () => new Promise(() => undefined), HostType: { Excel: "Excel" } });
    await expect(detectHost({ timeoutMs: 20 })).resolves.toEqual({ kind: "standalone", reason: "timeout" });
  });

  describe("edge cases", () => {
    it("judges the theme by the pane's background where Office has no isDarkTheme", async () => {
      installOffice({ onReady: ready("Excel"), HostType: { Excel: "Excel" }, context: { officeTheme: { bodyBackgroundColor: "#262626" } } });
      await expect(detectHost()).resolves.toEqual({ kind: "excel", theme: "dark" });
      installOffice({ onReady: ready("Excel"), HostType: { Excel: "Excel" }, context: { officeTheme: { bodyBackgroundColor: "#FFFFFF" } } });
      await expect(detectHost()).resolves.toEqual({ kind: "excel", theme: "light" });
    });

    it("never throws, even when office.js does", async () => {
      installOffice({ onReady: () => Promise.reject(new Error("Office.js has not fully loaded")), HostType: { Excel: "Excel" } });
      await expect(detectHost()).resolves.toEqual({ kind: "standalone", reason: "failed" });
      installOffice({
        onReady: () => {
          throw new Error("boom");
        },
        HostType: { Excel: "Excel" },
      });
      await expect(detectHost()).resolves.toEqual({ kind: "standalone", reason: "failed" });
    });
  });
});
