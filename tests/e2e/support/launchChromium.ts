import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium } from "playwright-core";
import type { BrowserContext } from "playwright-core";
import { CHROMIUM_PATH } from "./paths";

/** Headless, no sandbox (CI runs as root in a container), and none of the background traffic a fresh profile starts. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why the suite cannot run without Chromium, and how to fix it. */
export function missingChromiumMessage(path: string = CHROMIUM_PATH): string {
  return (
    `Chromium is not installed at ${path}: the end-to-end tests (tests/e2e) drive a real browser and cannot run without it.\n` +
    "Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu; .ci/run does this in CI), then run `npm test` again."
  );
}

export interface Chromium {
  readonly context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with a fresh profile in a temporary directory, downloads accepted, at a desktop size.
 * @example const browser = await launchChromium(); const page = await browser.context.newPage(); ...; await browser.close();
 */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(missingChromiumMessage());
  const profile = mkdtempSync(join(tmpdir(), "scorecard-e2e-profile-"));
  // A persistent context is how Playwright takes a --user-data-dir: a fresh one each run, so no state leaks between runs.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
    timezoneId: "Europe/London",
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
