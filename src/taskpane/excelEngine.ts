/**
 * Everything the pane needs in Excel beyond its UI: the Office.js host and the pipeline. A separate chunk
 * (loaded as the pane starts) so the first paint does not wait for ingest, calc and layout to download.
 */
import { activateSheet } from "../excel/activateSheet";
import { checkRequirements } from "../excel/checkRequirements";
import { describeOfficeError } from "../excel/describeOfficeError";
import { createExcelHost } from "../excel/excelHost";
import { ExcelHostError } from "../excel/excelHostError";
import { officeRun } from "../excel/officeRun";
import { readWorkbook } from "../excel/readWorkbook";
import { selectCell } from "../excel/selectCell";
import { writeCommentary } from "../excel/writeCommentary";
import { inspectWorkbook } from "../inspectWorkbook";
import { locateCommentary } from "../layout/locateCommentary";
import type { ScorecardPlan } from "../layout/plan";
import { month } from "../model/period";
import type { Month } from "../model/period";
import { runBuild } from "../pipeline";
import type { PaneActions } from "./actions";
import { proposeMapping } from "./mapping/proposeMapping";
import { summariseBuild } from "./summariseBuild";

function today(now: () => Date): Month {
  const date = now();
  return month(date.getFullYear(), date.getMonth() + 1);
}

/** Office errors reach the pane as sentences an analyst can act on, never as codes. */
async function plainly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExcelHostError) throw error;
    throw new Error(describeOfficeError(error));
  }
}

/** Fails early, in words, when this Excel lacks an API set the build needs. */
function requireApis(): void {
  const check = checkRequirements();
  if (!check.ok) throw new Error(check.message ?? "This version of Excel cannot run Scorecard Builder.");
}

/**
 * @example const actions = createExcelEngine(() => new Date()); await actions.build({ period: "Q2 2013-14", settings: {} }, onStep);
 */
export function createExcelEngine(now: () => Date): PaneActions & Required<Pick<PaneActions, "detect">> {
  const host = createExcelHost(officeRun);
  // The scorecard this pane last built: "Use this text" writes where it put each KPI, after checking the row.
  let built: ScorecardPlan | null = null;
  return {
    inspect: (settings, mapping) =>
      plainly(async () => {
        requireApis();
        return inspectWorkbook(await readWorkbook(officeRun), { asOf: today(now), settings, mapping });
      }),
    detect: (mapping, settings, period) =>
      plainly(async () => {
        requireApis();
        return proposeMapping(await readWorkbook(officeRun), { mapping, settings, asOf: today(now), ...(period !== undefined ? { period } : {}) });
      }),
    build: (request, onStep) =>
      plainly(async () => {
        requireApis();
        built = null;
        const outcome = await runBuild(
          host,
          { period: request.period, settings: request.settings, asOf: today(now), ...(request.mapping !== undefined ? { mapping: request.mapping } : {}) },
          onStep,
        );
        if (outcome.status === "built") built = outcome.job.plan;
        return summariseBuild(outcome);
      }),
    applyCommentary: (request) =>
      plainly(async () => {
        if (!built || built.periodLabel !== request.periodLabel) throw new Error(`Build the ${request.periodLabel} scorecard first, then use the text.`);
        const where = locateCommentary(built, request.kpiId);
        if (!where) throw new Error(`KPI ${request.kpiId} is not on the ${request.periodLabel} scorecard.`);
        return { sheet: where.sheet, cell: await writeCommentary(officeRun, { ...where, text: request.text }) };
      }),
    activateSheet: (sheet) => plainly(() => activateSheet(officeRun, sheet)),
    selectCell: (sheet, cell) => plainly(() => selectCell(officeRun, sheet, cell)),
  };
}
