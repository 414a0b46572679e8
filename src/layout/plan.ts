/**
 * The scorecard plan: everything the tool will write, as plain JSON-serialisable data. Layout builds it; the
 * file host (.xlsx) and the Office.js host render the same plan. Nothing here knows about either host.
 * Coordinates are 0-based (row, col); ranges and chart references are A1 strings.
 */

export type SheetRole = "scorecard" | "themes" | "charts" | "chart-data" | "finance" | "exceptions" | "issues";

export type HorizontalAlignment = "left" | "center" | "right";
export type BorderWeight = "thin" | "medium";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** `#RRGGBB` */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly borderTop?: BorderWeight;
  readonly borderBottom?: BorderWeight;
  readonly borderColor?: string;
}

/**
 * A cell to write. Strings are always written as text, even when they start with `=`, `+`, `-` or `@`:
 * the plan never carries formulas, so nothing an analyst typed can become one.
 */
export interface PlanCell {
  readonly value: string | number | boolean | null;
  /** Key into `ScorecardPlan.styles`. */
  readonly style?: string;
  /** An internal link, e.g. from the data-issues sheet to the offending cell: `'Measurements'!C7`. */
  readonly link?: string;
}

export interface CellBlock {
  readonly top: number;
  readonly left: number;
  /** Row-major; rows may be ragged, missing cells stay empty. */
  readonly cells: readonly (readonly PlanCell[])[];
}

export interface ColumnSpec {
  /** Width in characters, as Excel measures it. */
  readonly width: number;
  readonly hidden?: boolean;
}

/** Colours a cell by its text so an analyst who retypes a RAG sees the fill follow. */
export interface TextConditionalFormat {
  readonly kind: "text-equals";
  /** A1 range on the sheet. */
  readonly range: string;
  readonly text: string;
  readonly fill: string;
  readonly fontColor: string;
}

export type ConditionalFormatSpec = TextConditionalFormat;

export interface PrintSettings {
  readonly orientation: "landscape" | "portrait";
  readonly paperSize: "A4";
  /** Pages wide and tall; 0 tall means "as many as needed". */
  readonly fitToWidth: number;
  readonly fitToHeight: number;
  /** Rows repeated at the top of every page, e.g. `$1:$4`. */
  readonly titleRows: string | null;
  /** Plain texts; hosts translate `&P`/`&N` style codes themselves. */
  readonly headerCenter: string;
  readonly footerLeft: string;
  readonly footerRight: string;
}

export type ChartKind = "monthly-rolling" | "control";

export interface ChartSeriesSpec {
  readonly name: string;
  /** Absolute reference to the values, e.g. `'Chart data Q2 2013-14'!$C$3:$C$32`. */
  readonly values: string;
  readonly type: "column" | "line";
  readonly axis: "primary" | "secondary";
  /** `#RRGGBB` */
  readonly color: string;
  /** `none`: markers only, no line (the special causes drawn over a control chart's values). */
  readonly dash: "solid" | "dash" | "none";
  readonly lineWidthPt: number;
  readonly markers: boolean;
}

export interface ChartSpec {
  /** Unique within the plan; hosts use it to name the chart so a rebuild can find it. */
  readonly id: string;
  readonly kind: ChartKind;
  readonly title: string;
  /** Absolute reference to the month labels. */
  readonly categories: string;
  readonly series: readonly ChartSeriesSpec[];
  readonly primaryAxisTitle: string;
  readonly secondaryAxisTitle: string | null;
  readonly numberFormat: string;
  /**
   * Where the primary value axis starts, when not at zero: a control chart of figures far from zero would otherwise
   * squash its signals into a flat band. Absent: the host's automatic scale.
   */
  readonly axisMin?: number;
  /** Top-left and bottom-right cells the chart covers on its sheet. */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

export interface SheetPlan {
  readonly name: string;
  readonly role: SheetRole;
  readonly tabColor: string | null;
  readonly columns: readonly ColumnSpec[];
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly blocks: readonly CellBlock[];
  /** A1 ranges. */
  readonly merges: readonly string[];
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly print: PrintSettings;
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly charts: readonly ChartSpec[];
  readonly showGridlines: boolean;
  /** 0-based rows that start a new printed page (a manual page break above each), e.g. between chart pairs. */
  readonly pageBreakRows?: readonly number[];
}

export interface ScorecardPlan {
  readonly version: 1;
  /** What the scorecard reports, as titled: `Q2 2013-14`, `Oct-Dec 2023`, `12 months to Apr-15`. */
  readonly periodLabel: string;
  /** The same period as sheet names carry it (`Q2 2013-14`, `12m to Apr-15`): also the store's key for the build. */
  readonly sheetLabel: string;
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** In tab order. The scorecard sheet comes first and is activated after a build. */
  readonly sheets: readonly SheetPlan[];
}
