/**
 * The scorecard table's columns, shared by the builder and by `readPreservedCommentary`, which finds them again
 * by their header text when it reads a scorecard back from a workbook.
 */
export const SCORECARD_COLUMNS = {
  id: 0,
  kpi: 1,
  target: 2,
  previous: 3,
  current: 4,
  change: 5,
  changePercent: 6,
  rag: 7,
  previousRag: 8,
  trend: 9,
  /** NHS "Making Data Count" icons of the latest month. */
  variation: 10,
  assurance: 11,
  notes: 12,
  commentary: 13,
  /** The drafted commentary, beside the analyst's and never over it: rewritten by every build. */
  suggested: 14,
  /** Hidden: the commentary the build itself wrote (the Notes sheet's, or the draft with the fill setting on), so a
   * rebuild can tell an analyst's edit from it. */
  builtCommentary: 15,
  /** Hidden: the KPI's key, which a rebuild finds commentary by, also for KPIs whose ID is not printed. */
  key: 16,
} as const;

/**
 * Widths in characters, by column index. Commentary and Suggested commentary are equally wide, so text moved from
 * one to the other ("Use this text") fits the row height the build gave it. The KPI, Target, Notes and Commentary
 * columns gave up some width for the drafts, so the table prints on A4 at the size it did without them (LibreOffice
 * render of the sample: body glyphs 7.7 pt high, 7.8 pt without the column).
 */
export const SCORECARD_WIDTHS: readonly number[] = [8, 32, 9, 12, 12, 10, 10, 9, 10, 7, 10, 10, 16, 40, 40, 30, 16];

export const HEADER_ID = "ID";
export const HEADER_COMMENTARY = "Commentary";
export const HEADER_SUGGESTED = "Suggested commentary (drafted from the figures)";
export const HEADER_BUILT_COMMENTARY = "Commentary from Notes (kept for rebuilds)";
export const HEADER_KEY = "KPI key (kept for rebuilds)";

/** The last column a reader sees (Suggested commentary); banners and merges stop here. */
export const LAST_VISIBLE_COLUMN = SCORECARD_COLUMNS.suggested;
