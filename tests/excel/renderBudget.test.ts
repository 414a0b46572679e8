/**
 * The write is packed into requests by estimated size; Excel on the web refuses a request over 5 MB. This renders
 * real plans (every KPI charted, so the largest plans layout can make) through the fake, which measures each
 * request as Office.js serialises it, and holds the estimate to the measurement.
 */
import { renderPlan } from "../../src/excel/renderPlan";
import { month } from "../../src/model/period";
import { buildScorecard } from "../../src/pipeline";
import { generateKpiWorkbook } from "../../bench/generateKpiWorkbook";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";

const FOUR_MB = 4 * 1024 * 1024;

async function largestRequest(kpis: number): Promise<{ largest: number; syncs: number }> {
  const grids = generateKpiWorkbook({ kpis, years: 5, segments: 2 });
  const outcome = buildScorecard(grids, { asOf: month(2014, 6), settings: { chartLimit: 10_000 } });
  if (outcome.status !== "built") throw new Error("not built");
  const excel = createFakeExcel(fakeStateFromGrids({ sheets: [{ sheet: "Sheet1", rows: [["x"]] }] }));
  await renderPlan(excel.run, outcome.job.plan, { replaceSheets: outcome.job.replaceSheets, store: outcome.job.store });
  return { largest: Math.max(...excel.stats.requestBytes), syncs: excel.stats.syncs };
}

describe("renderPlan's request budget", () => {
  it("keeps every request under 4 MB for 500 KPIs all charted (1,000 charts)", async () => {
    const { largest, syncs } = await largestRequest(500);
    console.log(`500 KPIs, 1,000 charts: ${syncs} syncs, largest request ${(largest / 1024 / 1024).toFixed(2)} MB`);
    expect(largest).toBeLessThanOrEqual(FOUR_MB);
  }, 120_000);
});
