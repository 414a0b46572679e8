/**
 * Whether Office opened this page, decided before office.js is loaded. Office passes its host information to the
 * page it hosts, and office.js itself reads it from these places in this order (OfficeDev/office-js
 * `dist/office.debug.js`, `_retrieveHostInfo`): the `_host_Info` query parameter (Excel on the web, Windows, Mac),
 * a JSON `window.name` with a `hostInfo` member, `window.external.GetHostInfo()` (older Windows hosts), and the
 * `hostInfoValue` office.js keeps in session storage once it has run (the pane navigated within itself).
 */

/** What the page knows about who opened it. */
export interface PageMarks {
  /** `location.search`, e.g. `?_host_Info=Excel$Web$16.00$en-US$$$$0`. */
  readonly search: string;
  readonly windowName: string;
  /** `sessionStorage.hostInfoValue`, `null` when absent or storage is blocked. */
  readonly storedHostInfo: string | null;
  /** Whether `window.external.GetHostInfo` exists (Office's older Windows web view). */
  readonly externalHostInfo: boolean;
}

/**
 * The marks of the page this code runs in; empty marks outside a browser.
 * @example isOfficeHostedPage(readPageMarks())
 */
export function readPageMarks(): PageMarks {
  if (typeof window === "undefined") return { search: "", windowName: "", storedHostInfo: null, externalHostInfo: false };
  let storedHostInfo: string | null = null;
  try {
    storedHostInfo = window.sessionStorage.getItem("hostInfoValue");
  } catch {
    // Storage can be blocked (third-party iframe settings): the other marks still tell.
  }
  let externalHostInfo = false;
  try {
    externalHostInfo = typeof (window.external as unknown as { GetHostInfo?: unknown } | undefined)?.GetHostInfo === "function";
  } catch {
    externalHostInfo = false;
  }
  return { search: window.location.search, windowName: window.name, storedHostInfo, externalHostInfo };
}

function windowNameHostInfo(windowName: string): boolean {
  if (!windowName.startsWith("{")) return false;
  try {
    const parsed = JSON.parse(windowName) as unknown;
    return typeof parsed === "object" && parsed !== null && typeof (parsed as { hostInfo?: unknown }).hostInfo === "string";
  } catch {
    return false;
  }
}

/**
 * @example isOfficeHostedPage({ search: "?_host_Info=Excel$Web$16.00$en-US$$$$0", windowName: "", storedHostInfo: null, externalHostInfo: false }) === true
 */
export function isOfficeHostedPage(marks: PageMarks): boolean {
  if (/[?&]_host_Info=[^&#]/.test(marks.search)) return true;
  if (windowNameHostInfo(marks.windowName)) return true;
  if (marks.externalHostInfo) return true;
  return marks.storedHostInfo !== null && marks.storedHostInfo !== "";
}
