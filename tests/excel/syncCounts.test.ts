/**
 * Round trips do not grow with the number of KPIs: a whole build (read, then write) of generated workbooks of
 * 10, 100 and 500 KPIs through the real pipeline and the Office.js host, against the fake Excel that counts syncs.
 * The workbooks hold 3 years of monthly data, so even 500 KPIs fit one read response of data; beyond that the read
 * takes one more sync per response's worth of bytes (see bench/README.md), since no response may exceed 5 MB.
 */
import { BENCH_AS_OF, generateKpiWorkbook } from "../../bench/generateKpiWorkbook";
import { createExcelHost } from "../../src/excel/excelHost";
import { runBuild } from "../../src/pipeline";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";

const ALL_SETS = () => true;

async function syncsFor(kpis: number): Promise<{ syncs: number; largest: number; sheets: number }> {
  const excel = createFakeExcel(fakeStateFromGrids(generateKpiWorkbook({ kpis, years: 3, segments: 0 })));
  const outcome = await runBuild(createExcelHost(excel.run, { read: { isSetSupported: ALL_SETS } }), { asOf: BENCH_AS_OF });
  if (outcome.status !== "built") throw new Error(`not built: ${outcome.issues[0]?.message}`);
  return { syncs: excel.stats.syncs, largest: Math.max(...excel.stats.requestBytes), sheets: outcome.job.plan.sheets.length };
}

describe("a whole build through the Office.js host", () => {
  it("takes the same number of syncs for 10, 100 and 500 KPIs, every request under 4 MB", async () => {
    const counts = [];
    for (const kpis of [10, 100, 500]) {
      const { syncs, largest } = await syncsFor(kpis);
      console.log(`${kpis} KPIs: ${syncs} syncs (read + write), largest request ${(largest / 1024).toFixed(0)} KB`);
      expect(largest).toBeLessThan(4 * 1024 * 1024);
      counts.push(syncs);
    }
    // Two read syncs when every sheet fits its first rows (10 KPIs), three once the data needs one more.
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
  }, 120_000);
});
