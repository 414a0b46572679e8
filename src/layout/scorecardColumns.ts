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
  notes: 10,
  commentary: 11,
  /** The drafted commentary, beside the analyst's and never over it: rewritten by every build. */
  suggested: 12,
  /** Hidden: the commentary the build itself wrote (the Notes sheet's, or the draft with the fill setting on), so a
   * rebuild can tell an analyst's edit from it. */
  builtCommentary: 13,
} as const;

/**
 * Widths in characters, by column index. Commentary and Suggested commentary are equally wide, so text moved from
 * one to the other ("Use this text") fits the row height the build gave it.
 */
export const SCORECARD_WIDTHS: readonly number[] = [8, 32, 10, 12, 12, 10, 10, 9, 10, 7, 24, 44, 44, 30];

export const HEADER_ID = "ID";
export const HEADER_COMMENTARY = "Commentary";
export const HEADER_SUGGESTED = "Suggested commentary (drafted from the figures)";
export const HEADER_BUILT_COMMENTARY = "Commentary from Notes (kept for rebuilds)";

/** The last column a reader sees (Suggested commentary); banners and merges stop here. */
export const LAST_VISIBLE_COLUMN = SCORECARD_COLUMNS.suggested;
