/** Where the end-to-end suite finds the project, the built page and Chromium. */
import { join } from "path";

export const ROOT = join(__dirname, "..", "..", "..");
export const DIST = join(ROOT, "dist");
export const SAMPLE_WORKBOOK = join(ROOT, "samples", "sample-kpi-workbook.xlsx");
/**
 * Screenshots of each state go to out/screenshots on every run (look at them after a UI change); with
 * UPDATE_SCREENSHOTS=1 they replace the ones in docs/screenshots that the README shows.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "docs", "screenshots") : join(ROOT, "out", "screenshots");
/** Debian's `chromium` package; CI (.ci/run) installs it. */
export const CHROMIUM_PATH = "/usr/bin/chromium";
