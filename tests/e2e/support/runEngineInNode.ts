import { createFileHost } from "../../../src/files/fileHost";
import { readWorkbookGrids } from "../../../src/files/readWorkbook";
import type { WorkbookSummary } from "../../../src/inspectWorkbook";
import { inspectWorkbook } from "../../../src/inspectWorkbook";
import type { WorkbookGrids } from "../../../src/model/grid";
import { month } from "../../../src/model/period";
import type { BuildOutcome } from "../../../src/pipeline";
import { buildScorecard } from "../../../src/pipeline";
import { FIXED_NOW } from "./openStandalonePage";

export interface EngineRun {
  readonly grids: WorkbookGrids;
  /** What the pane's overview is built from. */
  readonly summary: WorkbookSummary;
  readonly outcome: BuildOutcome;
  /** The .xlsx the file host writes for the outcome; `null` when the build was blocked. */
  readonly output: Uint8Array | null;
}

/**
 * The same pipeline the page runs, here in Node on the same bytes and the same "today" as the page's fixed clock:
 * read with the file host's reader, inspect, build (latest complete quarter, no settings changed), render.
 * @example const engine = await runEngineInNode(readFileSync(SAMPLE_WORKBOOK));
 */
export async function runEngineInNode(bytes: Uint8Array): Promise<EngineRun> {
  const asOf = month(FIXED_NOW.getUTCFullYear(), FIXED_NOW.getUTCMonth() + 1);
  const grids = await readWorkbookGrids(bytes);
  const summary = inspectWorkbook(grids, { asOf });
  const outcome = buildScorecard(grids, { period: summary.defaultPeriod ?? undefined, asOf, settings: {} });
  let output: Uint8Array | null = null;
  if (outcome.status === "built") {
    const host = createFileHost(bytes);
    await host.render(outcome.job);
    output = host.output();
  }
  return { grids, summary, outcome, output };
}
