/**
 * What the file host will read from one workbook, whatever the file says: a file is data, not instructions. Each
 * limit is checked before the work it bounds (a part's size before it is inflated, a cell before it is stored), so
 * a hostile or broken file ends in a located message within seconds and well under 1 GB, never a crash or a hang.
 *
 * The figures leave room for real workbooks: the benchmark's 1,000 KPIs x 10 years x 21 rows is 2.6 million cells
 * in an 87 MB worksheet part, read in about a second.
 */
export interface ReadLimits {
  /** Zip entries (parts and folders). A real workbook has tens to a few thousand; 65,536 needs zip64. */
  readonly maxEntries: number;
  /** Bytes one part may inflate to. */
  readonly maxPartBytes: number;
  /** Bytes of XML read from the whole package (every sheet, shared strings, styles, ...). */
  readonly maxTotalBytes: number;
  /** Cells stored from one sheet; past it the sheet is read only in part and the build refused (SHEET_TOO_LARGE). */
  readonly maxSheetCells: number;
  /** Cells stored from the whole workbook. */
  readonly maxWorkbookCells: number;
  /** Entries of the shared-strings table. */
  readonly maxSharedStrings: number;
  /** Merged ranges of one sheet. */
  readonly maxMerges: number;
  /** Sheets in the workbook (Excel itself is limited by memory; 1,000 is far past any real KPI workbook). */
  readonly maxSheets: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxEntries: 250_000,
  maxPartBytes: 512 * MB,
  maxTotalBytes: 1024 * MB,
  maxSheetCells: 6_000_000,
  maxWorkbookCells: 10_000_000,
  maxSharedStrings: 4_000_000,
  maxMerges: 200_000,
  maxSheets: 1_000,
};
