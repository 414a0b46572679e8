import type { PageMarks } from "./isOfficeHostedPage";
import { isOfficeHostedPage } from "./isOfficeHostedPage";

const plain: PageMarks = { search: "", windowName: "", storedHostInfo: null, externalHostInfo: false };

describe("isOfficeHostedPage", () => {
  it("knows Office's page by the _host_Info parameter Excel on the web, Windows and Mac pass", () => {
    expect(isOfficeHostedPage({ ...plain, search: "?_host_Info=Excel$Web$16.00$en-US$$$$0" })).toBe(true);
    expect(isOfficeHostedPage({ ...plain, search: "?et=&_host_Info=Excel|Win32|16.01|en-GB|telemetry|isDialog|" })).toBe(true);
  });

  it("knows it by a window name carrying hostInfo, by the older Windows bridge, or by what office.js stored", () => {
    expect(isOfficeHostedPage({ ...plain, windowName: JSON.stringify({ hostInfo: "Excel$Mac$16.00$en-GB$$$$0", xdmInfo: "x" }) })).toBe(true);
    expect(isOfficeHostedPage({ ...plain, externalHostInfo: true })).toBe(true);
    expect(isOfficeHostedPage({ ...plain, storedHostInfo: "Excel$Web$16.00$en-GB$$$$0" })).toBe(true);
  });

  it("takes a plain browser's page for what it is", () => {
    expect(isOfficeHostedPage(plain)).toBe(false);
    expect(isOfficeHostedPage({ ...plain, search: "?sample=1", windowName: "{not json" })).toBe(false);
    expect(isOfficeHostedPage({ ...plain, search: "?_host_Info=", windowName: JSON.stringify({ other: 1 }), storedHostInfo: "" })).toBe(false);
  });
});
