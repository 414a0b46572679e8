import type { PrintSettings } from "./plan";

export interface PrintSettingsOptions {
  readonly orientation?: "landscape" | "portrait";
  /** 0-based inclusive rows repeated on every printed page, or `null`. */
  readonly titleRows?: { readonly first: number; readonly last: number } | null;
  readonly headerCenter: string;
  readonly sheetName: string;
}

/**
 * A4, one page wide and as many tall as needed; the organisation and period in the header, the sheet name and
 * page number in the footer (`&P`/`&N` are Excel's page codes, which hosts translate for their API).
 * @example printSettings({ headerCenter: "Dorset · Quarter 2 2013-14", sheetName: "Scorecard Q2 2013-14" }).fitToWidth === 1
 */
export function printSettings(options: PrintSettingsOptions): PrintSettings {
  const rows = options.titleRows ?? null;
  return {
    orientation: options.orientation ?? "landscape",
    paperSize: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: rows === null ? null : `$${rows.first + 1}:$${rows.last + 1}`,
    headerCenter: options.headerCenter,
    footerLeft: options.sheetName,
    footerRight: "Page &P of &N",
  };
}
