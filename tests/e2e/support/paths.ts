/** Where the end-to-end suite finds the project, the built page and Chromium. */
import { join } from "path";

export const ROOT = join(__dirname, "..", "..", "..");
export const DIST = join(ROOT, "dist");
export const SAMPLE_WORKBOOK = join(ROOT, "samples", "sample-kpi-workbook.xlsx");
export const SCREENSHOTS = join(ROOT, "docs", "screenshots");
/** Debian's `chromium` package; CI (.ci/run) installs it. */
export const CHROMIUM_PATH = "/usr/bin/chromium";
