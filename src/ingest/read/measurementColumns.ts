import type { Measurement, MeasurementList, SourceRef } from "../../model/kpi";
import type { Period } from "../../model/period";
import { CellSource } from "./cellSource";

/** Figures a column holds before it first grows. */
const INITIAL_CAPACITY = 1024;

/** Figures in a row: the same KPI, segment, sheet and row (0-based; -1 where the source is in `sources`). */
interface Run {
  readonly kpiId: string;
  readonly segment: string | null;
  readonly sheet: string;
  readonly row: number;
}

/** The one object `forEachReused` hands on, refilled for each measurement. */
class ReusedMeasurement implements Measurement {
  index = 0;
  kpiId = "";
  period: Period = { kind: "month", year: 0, month: 1 };
  value: number | null = null;
  text: string | undefined = undefined;
  segment: string | null = null;

  constructor(private readonly list: MeasurementColumns) {}

  get source(): SourceRef {
    return this.list.sourceAt(this.index);
  }
}

/**
 * Measurements kept as columns of numbers, and made into `Measurement` objects only as they are read.
 *
 * A ten-year data sheet holds millions of figures, and ingest keeps every one it reads: as objects (a measurement and
 * its source, 136 bytes each) they were most of a 1,000-KPI build's time, spent allocating them and by the garbage
 * collector copying them. Here a figure is four numbers in typed arrays (its value, period, column and its row's
 * run); what a row's figures share (KPI, segment, sheet, row) is kept once per run of them, and the periods once
 * each. The objects a reader asks for live only while it looks at them, which costs the collector next to nothing.
 *
 * @example
 * const list = new MeasurementColumns();
 * list.addCell("P1-01", month(2013, 4), 3612, null, "Measurements", 5, 2);
 * [...list][0]?.source.cell === "C6"
 */
export class MeasurementColumns implements MeasurementList {
  private count = 0;
  private values = new Float64Array(INITIAL_CAPACITY);
  private periodIndexes = new Int32Array(INITIAL_CAPACITY);
  private runIndexes = new Int32Array(INITIAL_CAPACITY);
  /** 0-based column of the cell; -1 where the source is in `sources`. */
  private cols = new Int32Array(INITIAL_CAPACITY);
  private readonly periods: Period[] = [];
  private readonly periodIndex = new Map<Period, number>();
  private readonly runs: Run[] = [];
  // Rare: values that are no data, texts kept (`n/a`, a grade's word), sources other than a cell of a grid.
  private readonly nulls = new Set<number>();
  private readonly texts = new Map<number, string>();
  private readonly sources = new Map<number, SourceRef>();

  get length(): number {
    return this.count;
  }

  /** A figure read from a cell (`row` and `col` 0-based); its A1 address is worked out only if someone asks. */
  addCell(kpiId: string, period: Period, value: number | null, segment: string | null, sheet: string, row: number, col: number, text?: string): void {
    const i = this.count;
    if (i === this.values.length) this.grow();
    this.values[i] = value ?? 0;
    if (value === null) this.nulls.add(i);
    let p = this.periodIndex.get(period);
    if (p === undefined) {
      p = this.periods.length;
      this.periods.push(period);
      this.periodIndex.set(period, p);
    }
    this.periodIndexes[i] = p;
    const last = this.runs.length - 1;
    const run = this.runs[last];
    if (run && run.kpiId === kpiId && run.segment === segment && run.row === row && run.sheet === sheet) this.runIndexes[i] = last;
    else {
      this.runIndexes[i] = this.runs.length;
      this.runs.push({ kpiId, segment, sheet, row });
    }
    this.cols[i] = col;
    if (text !== undefined) this.texts.set(i, text);
    this.count = i + 1;
  }

  /** Any measurement, kept as given. */
  add(m: Measurement): void {
    if (m.source instanceof CellSource) {
      this.addCell(m.kpiId, m.period, m.value, m.segment, m.source.sheet, m.source.row, m.source.col, m.text);
      return;
    }
    this.sources.set(this.count, m.source);
    this.addCell(m.kpiId, m.period, m.value, m.segment, m.source.sheet, -1, -1, m.text);
  }

  /** Every measurement of `list`, after these. */
  addAll(list: MeasurementList): void {
    for (const m of list) this.add(m);
  }

  /** The `i`th measurement, made now. */
  at(i: number): Measurement | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const run = this.runs[this.runIndexes[i] as number] as Run;
    const source = this.sourceAt(i);
    const value = this.valueAt(i);
    const text = this.texts.size > 0 ? this.texts.get(i) : undefined;
    const period = this.periods[this.periodIndexes[i] as number] as Period;
    const { kpiId, segment } = run;
    return text === undefined ? { kpiId, period, value, segment, source } : { kpiId, period, value, text, segment, source };
  }

  forEachReused(visit: (m: Measurement) => void): void {
    const m = new ReusedMeasurement(this);
    for (let i = 0; i < this.count; i++) {
      const run = this.runs[this.runIndexes[i] as number] as Run;
      m.index = i;
      m.kpiId = run.kpiId;
      m.segment = run.segment;
      m.period = this.periods[this.periodIndexes[i] as number] as Period;
      m.value = this.valueAt(i);
      m.text = this.texts.size > 0 ? this.texts.get(i) : undefined;
      visit(m);
    }
  }

  /** Where the `i`th measurement was read from. */
  sourceAt(i: number): SourceRef {
    const col = this.cols[i] as number;
    if (col < 0) return this.sources.get(i) as SourceRef;
    const run = this.runs[this.runIndexes[i] as number] as Run;
    return new CellSource(run.sheet, run.row, col);
  }

  private valueAt(i: number): number | null {
    return this.nulls.size > 0 && this.nulls.has(i) ? null : (this.values[i] as number);
  }

  [Symbol.iterator](): Iterator<Measurement> {
    let i = 0;
    return {
      next: (): IteratorResult<Measurement> => {
        const m = this.at(i);
        if (m === undefined) return { done: true, value: undefined };
        i++;
        return { done: false, value: m };
      },
    };
  }

  /** Twice the room, the figures so far copied over. */
  private grow(): void {
    const size = this.values.length * 2;
    const values = new Float64Array(size);
    values.set(this.values);
    this.values = values;
    const periods = new Int32Array(size);
    periods.set(this.periodIndexes);
    this.periodIndexes = periods;
    const runs = new Int32Array(size);
    runs.set(this.runIndexes);
    this.runIndexes = runs;
    const cols = new Int32Array(size);
    cols.set(this.cols);
    this.cols = cols;
  }
}
