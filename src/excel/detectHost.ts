/**
 * Where the task pane is running: inside Excel (Office.js answered and says Excel) or standalone (a plain browser,
 * office.js missing because the CDN was unreachable, another Office host, or office.js never answering).
 * The only place the pane's start-up names `Office`; it never throws, whatever state office.js is in.
 */

export type PaneTheme = "light" | "dark";

export type HostDetection =
  | { readonly kind: "excel"; readonly theme: PaneTheme }
  | { readonly kind: "standalone"; readonly reason: "no-office-js" | "not-excel" | "timeout" | "failed" };

export interface DetectHostOptions {
  /** How long to wait for `Office.onReady`; office.js can hang when loaded outside Office. Default 3000 ms. */
  readonly timeoutMs?: number;
}

/**
 * Asks office.js where the pane is running, giving up after the timeout.
 * @example const host = await detectHost(); if (host.kind === "excel") render(createExcelActions(), host.theme);
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<HostDetection> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { kind: "standalone", reason: "no-office-js" };
  const timeoutMs = options.timeoutMs ?? 3000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info === "timeout") return { kind: "standalone", reason: "timeout" };
    if (!info || info.host !== Office.HostType.Excel) return { kind: "standalone", reason: "not-excel" };
    return { kind: "excel", theme: readOfficeTheme() };
  } catch {
    // office.js can throw when loaded in a page Office did not open; the page then runs standalone.
    return { kind: "standalone", reason: "failed" };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
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
