import { mkdirSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { SCREENSHOTS } from "./paths";

/**
 * Saves the visible page to `SCREENSHOTS`/<name>.png (docs/screenshots with UPDATE_SCREENSHOTS=1), with the caret, animations and
 * mouse out of the way so the same state gives the same picture.
 * @example await saveScreenshot(page, "03-built");
 * @example await saveScreenshot(page, "04-issues", { fullPage: true }); // the whole page, not just the window
 */
export async function saveScreenshot(page: Page, name: string, options: { readonly fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.mouse.move(0, 0); // no hover highlight left on the last button clicked
  await page.screenshot({ path, animations: "disabled", caret: "hide", fullPage: options.fullPage ?? false });
  return path;
}
