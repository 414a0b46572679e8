import type { ScorecardResults } from "../model/results";
import { longQuarterLabel } from "./longQuarterLabel";
import type { SheetCanvas } from "./sheetCanvas";
import { STYLE } from "./styleNames";

export interface TitleBand {
  readonly title: string;
  /** Lines under the period, in the caption style: what the columns mean, units, a key. */
  readonly captions: readonly string[];
}

/**
 * Writes the rows every output sheet opens with: its title, the organisation, the period (`Quarter 2 2013-14`, or as
 * the table labels it: `Oct-Dec 2023`) and captions. Returns the index of the first free row.
 * @example writeTitleBand(canvas, results, { title: "Exceptions", captions: [] }) === 3
 */
export function writeTitleBand(canvas: SheetCanvas, results: ScorecardResults, band: TitleBand): number {
  canvas.addRow([{ value: band.title, style: STYLE.title }], 24);
  canvas.addRow([{ value: results.settings.organisation, style: STYLE.subtitle }], 18);
  canvas.addRow([{ value: titleOf(results), style: STYLE.period }], 18);
  for (const caption of band.captions) canvas.addRow([{ value: caption, style: STYLE.caption }], 14);
  return canvas.nextRow;
}

/** The running header of every printed page: organisation and period. */
export function pageHeader(results: ScorecardResults): string {
  const period = titleOf(results);
  return results.settings.organisation.trim() === "" ? period : `${results.settings.organisation} · ${period}`;
}

/** The period as a cover names it: the scorecard's own quarter in words (`Quarter 2 2013-14`), a table's as it wrote it. */
function titleOf(results: ScorecardResults): string {
  return results.period.kind === "quarter" && results.period.label === undefined ? longQuarterLabel(results.periodLabel) : results.periodLabel;
}
