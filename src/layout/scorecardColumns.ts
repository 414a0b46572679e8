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
  /** Hidden: the commentary the build took from the Notes sheet, so a rebuild can tell an analyst's edit from it. */
  builtCommentary: 14,
  /** Hidden: the KPI's key, which a rebuild finds commentary by, also for KPIs whose ID is not printed. */
  key: 15,
} as const;

/** Widths in characters, by column index. */
export const SCORECARD_WIDTHS: readonly number[] = [8, 36, 11, 12, 12, 10, 11, 10, 10, 7, 10, 10, 26, 50, 30, 16];

export const HEADER_ID = "ID";
export const HEADER_COMMENTARY = "Commentary";
export const HEADER_BUILT_COMMENTARY = "Commentary from Notes (kept for rebuilds)";
export const HEADER_KEY = "KPI key (kept for rebuilds)";

/** The last column a reader sees (Commentary); banners and merges stop here. */
export const LAST_VISIBLE_COLUMN = SCORECARD_COLUMNS.commentary;
