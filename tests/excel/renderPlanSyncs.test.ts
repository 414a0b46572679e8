import { renderPlan } from "../../src/excel/renderPlan";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";
import { ANALYST_GRIDS, generatePlan } from "./planFixtures";

const FOUR_MB = 4 * 1024 * 1024;
/** The render's default estimated budget per request. */
const BUDGET = 3.6 * 1024 * 1024;

interface Measure {
  readonly kpis: number;
  readonly syncs: number;
  readonly requests: readonly number[];
  readonly largest: number;
  readonly staged: number;
}

async function measure(kpis: number): Promise<Measure> {
  const plan = generatePlan(kpis);
  const excel = createFakeExcel(fakeStateFromGrids(ANALYST_GRIDS));
  await renderPlan(excel.run, plan, { replaceSheets: [], store: [["build:Q2 2013-14", "[]"]] }, { token: "bench1" });
  const requests = excel.stats.requestBytes;
  return {
    kpis,
    syncs: excel.stats.syncs,
    requests,
    largest: Math.max(...requests),
    // Everything but the first (inspect) and last (swap) request is staging.
    staged: requests.slice(1, -1).reduce((a, b) => a + b, 0),
  };
}

describe("renderPlan round trips", () => {
  let results: Measure[];

  beforeAll(async () => {
    results = [];
    for (const kpis of [10, 100, 500]) results.push(await measure(kpis));
    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
    console.log(
      ["KPIs  syncs  largest request  staged in all", ...results.map((r) => `${String(r.kpis).padStart(4)}  ${String(r.syncs).padStart(5)}  ${mb(r.largest).padStart(15)}  ${mb(r.staged).padStart(13)}`)].join("\n"),
    );
  }, 60_000);

  it("takes the same number of syncs for 10 and 100 KPIs: inspect, stage, swap", () => {
    expect(results[0]?.syncs).toBe(3);
    expect(results[1]?.syncs).toBe(3);
  });

  it("keeps every request under 4 MB", () => {
    for (const r of results) expect(r.largest).toBeLessThan(FOUR_MB);
  });

  it("adds syncs only for size: 500 KPIs (1,000 charts, 30,000 months) need no more requests than 4 MB pieces require", () => {
    const big = results[2];
    expect(big).toBeDefined();
    if (!big) return;
    // More than one request's worth: Excel on the web refuses requests over 5 MB, so this cannot be one sync.
    expect(big.staged).toBeGreaterThan(FOUR_MB);
    expect(big.syncs).toBe(2 + Math.ceil(big.staged / BUDGET));
  });
});
