/**
 * Wraps an `Excel.run`-shaped function so the benchmark can add latency per sync and tell the time spent waiting
 * on "Excel" (the fake's own work plus the latency) from the time spent in the add-in's code.
 */
import type { ExcelRun } from "../src/excel/excelRun";

export interface InstrumentedRun {
  readonly run: ExcelRun;
  /** Milliseconds spent inside `context.sync()` (latency and the fake's work) since the last `reset`. */
  readonly syncMs: () => number;
  /** Latency added to each sync from now on. */
  setLatency(ms: number): void;
  reset(): void;
}

/**
 * The same delay as the fake's `syncDelayMs` (a timer before the batch is sent), but switchable between phases, so one
 * fake workbook serves every phase of a size without being seeded again.
 * @example const timed = instrumentRun(fake.run); timed.setLatency(150); await readWorkbook(timed.run);
 */
export function instrumentRun(run: ExcelRun): InstrumentedRun {
  let latency = 0;
  let inSync = 0;
  const wrapped: ExcelRun = (options, batch) =>
    run(options, (context) => {
      const sync = context.sync.bind(context);
      // Shadows the prototype's sync; Excel.run's final flush of queued commands goes through it too.
      context.sync = async <T>(passThroughValue?: T): Promise<T> => {
        const started = performance.now();
        try {
          if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
          return (await sync(passThroughValue)) as T;
        } finally {
          inSync += performance.now() - started;
        }
      };
      return batch(context);
    });
  return {
    run: wrapped,
    syncMs: () => inSync,
    setLatency: (ms) => {
      latency = ms;
    },
    reset: () => {
      inSync = 0;
    },
  };
}
