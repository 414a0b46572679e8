/**
 * How the host talks to Excel: every host function takes `run` (the add-in passes `Excel.run`, tests pass the fake's
 * `run`) and calls it with `RUN_OPTIONS`, so a batch waits while the analyst is typing in a cell instead of failing.
 */

/** The `Excel.run(options, batch)` overload, the only one the host uses. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Options for every `Excel.run` of the host.
 * @example await run(RUN_OPTIONS, async (context) => context.sync());
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };
