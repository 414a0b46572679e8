import type { Page } from "playwright-core";

export interface PreviewTableText {
  /** The table's caption: the sheet shown. */
  readonly caption: string;
  /** Each cell's text by its address (`E9`), as the page shows it. */
  readonly cells: ReadonlyMap<string, string>;
}

/**
 * Reads the preview table the page shows, cell by cell, by the addresses it labels its cells with.
 * @example (await readPreviewTable(page)).cells.get("E9") === "25.2%"
 */
export async function readPreviewTable(page: Page): Promise<PreviewTableText> {
  const { caption, cells } = await page.evaluate(() => {
    const table = document.querySelector("[role=region][aria-label^='Preview of'] table");
    return {
      caption: table?.querySelector("caption")?.textContent ?? "",
      cells: [...(table?.querySelectorAll<HTMLElement>("td[data-address]") ?? [])].map(
        (td) => [td.dataset.address ?? "", td.textContent ?? ""] as [string, string],
      ),
    };
  });
  return { caption, cells: new Map(cells) };
}
