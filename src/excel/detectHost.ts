/**
 * Where the task pane is running, and getting office.js ready when it is in Office.
 *
 *   - A page Office did not open (`isOfficeHostedPage`): standalone at once; office.js is never fetched.
 *   - A page Office opened: office.js is fetched and `Office.onReady` awaited for as long as it takes (Office resolves
 *     it only after its host script has come from the CDN, which on a cold start can take many seconds). Past
 *     `slowAfterMs` the caller is told (`onSlow`), so the pane can say what to do while it keeps waiting.
 *
 * The only place the pane's start-up names `Office`; it never throws, whatever state office.js is in.
 */
import type { PageMarks } from "./isOfficeHostedPage";
import { isOfficeHostedPage, readPageMarks } from "./isOfficeHostedPage";
import { loadOfficeJs } from "./loadOfficeJs";

export type PaneTheme = "light" | "dark";

export type HostDetection =
  | { readonly kind: "excel"; readonly theme: PaneTheme }
  /** Not opened by Office (a plain browser), or opened by another Office application. */
  | { readonly kind: "standalone"; readonly reason: "not-office" | "not-excel" }
  /** Opened by Office, but office.js could not be fetched or failed to start: Excel's actions cannot work. */
  | { readonly kind: "office-unavailable"; readonly reason: "office-js-unreachable" | "office-js-failed" };

export interface DetectHostOptions {
  /** The page's marks; the running page's by default. */
  readonly page?: PageMarks;
  /** Fetches office.js; `loadOfficeJs` by default. */
  readonly loadOfficeJs?: () => Promise<boolean>;
  /** Told once when Office has not answered after `slowAfterMs` (default 15 s); the wait goes on. */
  readonly onSlow?: () => void;
  readonly slowAfterMs?: number;
}

const SLOW_AFTER_MS = 15_000;

/**
 * @example const host = await detectHost({ onSlow: () => render(<Connecting slow />) });
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<HostDetection> {
  if (!isOfficeHostedPage(options.page ?? readPageMarks())) return { kind: "standalone", reason: "not-office" };
  const timer = setTimeout(() => options.onSlow?.(), options.slowAfterMs ?? SLOW_AFTER_MS);
  try {
    const loaded = await (options.loadOfficeJs ?? loadOfficeJs)();
    if (!loaded || typeof Office === "undefined" || typeof Office.onReady !== "function") return { kind: "office-unavailable", reason: "office-js-unreachable" };
    const info = await Office.onReady();
    if (!info || info.host !== Office.HostType.Excel) return { kind: "standalone", reason: "not-excel" };
    return { kind: "excel", theme: readOfficeTheme() };
  } catch {
    return { kind: "office-unavailable", reason: "office-js-failed" };
  } finally {
    clearTimeout(timer);
  }
}

function readOfficeTheme(): PaneTheme {
  try {
    const theme = Office.context?.officeTheme;
    if (!theme) return "light";
    if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
    // Older hosts have no isDarkTheme: judge by the pane's background colour.
    return isDarkColor(theme.bodyBackgroundColor) ? "dark" : "light";
  } catch {
    return "light";
  }
}

function isDarkColor(hex: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!match) return false;
  const [r, g, b] = [match[1], match[2], match[3]].map((h) => parseInt(h ?? "ff", 16) / 255) as [number, number, number];
  // Relative luminance (sRGB weights, without gamma: close enough to tell a dark pane from a light one).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
