/**
 * A small accumulator the sheet builders write rows into, top to bottom, before freezing it into a `SheetPlan`.
 * It keeps row arithmetic (where the next row goes, which rows were merged) out of the builders' logic.
 */
import { toA1Range } from "../model/address";
import type { ColumnSpec, ConditionalFormatSpec, ChartSpec, PlanCell, PrintSettings, SheetPlan, SheetRole } from "./plan";

export interface SheetCanvas {
  /** The 0-based index the next row will take. */
  readonly nextRow: number;
  /** Appends a row (empty when no cells are given) and returns its index. */
  addRow(cells?: readonly PlanCell[], height?: number): number;
  /** Merges a 0-based inclusive rectangle. */
  merge(top: number, left: number, bottom: number, right: number): void;
  setHeight(row: number, height: number): void;
  addConditionalFormats(formats: readonly ConditionalFormatSpec[]): void;
  addCharts(charts: readonly ChartSpec[]): void;
  toSheet(meta: SheetMeta): SheetPlan;
}

export interface SheetMeta {
  readonly name: string;
  readonly role: SheetRole;
  readonly tabColor: string | null;
  readonly columns: readonly ColumnSpec[];
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly print: PrintSettings;
  /** 0-based rows that start a new printed page. */
  readonly pageBreakRows?: readonly number[];
}

export function createSheetCanvas(): SheetCanvas {
  const rows: (readonly PlanCell[])[] = [];
  const heights = new Map<number, number>();
  const merges: string[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const charts: ChartSpec[] = [];
  return {
    get nextRow() {
      return rows.length;
    },
    addRow(cells = [], height) {
      rows.push(cells);
      if (height !== undefined) heights.set(rows.length - 1, height);
      return rows.length - 1;
    },
    merge(top, left, bottom, right) {
      merges.push(toA1Range(top, left, bottom, right));
    },
    setHeight(row, height) {
      heights.set(row, height);
    },
    addConditionalFormats(formats) {
      conditionalFormats.push(...formats);
    },
    addCharts(added) {
      charts.push(...added);
    },
    toSheet(meta) {
      return {
        name: meta.name,
        role: meta.role,
        tabColor: meta.tabColor,
        columns: meta.columns,
        rowHeights: [...heights.entries()].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height })),
        blocks: rows.length === 0 ? [] : [{ top: 0, left: 0, cells: rows }],
        merges,
        freeze: meta.freeze,
        print: meta.print,
        conditionalFormats,
        charts,
        showGridlines: false,
        ...(meta.pageBreakRows && meta.pageBreakRows.length > 0 ? { pageBreakRows: meta.pageBreakRows } : {}),
      };
    },
  };
}
