/**
 * Before a sheet of an earlier build is rewritten in place (so the analyst's references to it keep working), whatever
 * that build set on it is cleared: cells and their formats, merges, rules, links, charts, widths and heights, hidden
 * columns, page breaks, frozen panes, tab colour, gridlines, headers and footers, print scaling.
 */

const SECTIONS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;

/**
 * Queues the reset (nothing syncs); `charts` are the sheet's charts as loaded (`charts.load("items/name")`).
 * @example queueSheetReset(kept, kept.charts.items);
 */
export function queueSheetReset(sheet: Excel.Worksheet, charts: readonly Excel.Chart[]): void {
  for (const chart of charts) chart.delete();
  const whole = sheet.getRange();
  whole.clear("All");
  whole.unmerge();
  whole.conditionalFormats.clearAll();
  whole.format.useStandardWidth = true;
  whole.format.useStandardHeight = true;
  whole.columnHidden = false;
  sheet.horizontalPageBreaks.removePageBreaks();
  sheet.freezePanes.unfreeze();
  sheet.tabColor = "";
  sheet.showGridlines = true;
  const headersFooters = sheet.pageLayout.headersFooters.defaultForAllPages;
  for (const section of SECTIONS) headersFooters[section] = "";
  sheet.pageLayout.zoom = { scale: 100 };
}
