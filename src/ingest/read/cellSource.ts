import { toA1 } from "../../model/address";
import type { SourceRef } from "../../model/kpi";

/**
 * Where a measurement came from, with its A1 address worked out only when someone asks: ingest keeps millions of
 * these and nearly none is ever shown, so the address string is not built up front (a quarter of ingest's time
 * at 2.5 million measurements went on building and collecting those strings).
 * @example new CellSource("Measurements", 6, 2).cell === "C7"
 */
export class CellSource implements SourceRef {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
  ) {}

  get cell(): string {
    return toA1(this.row, this.col);
  }

  toJSON(): SourceRef {
    return { sheet: this.sheet, cell: this.cell };
  }
}
