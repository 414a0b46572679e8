/**
 * Charts in Excel for KPIs with little or no data in the months charted. Excel refuses to format a chart series whose
 * cells are all blank (EmptyChartSeries, Microsoft's application-specific error page); the fake refuses it too. A KPI
 * with fewer than three figures in the window gets no chart, and every series a chart is given has data.
 */
import { BENCH_AS_OF, generateKpiWorkbook } from "../../bench/generateKpiWorkbook";
import { createExcelHost } from "../../src/excel/excelHost";
import type { WorkbookGrids } from "../../src/model/grid";
import { runBuild } from "../../src/pipeline";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";

const ALL_SETS = () => true;

/** Five years of data (Apr 2009 to Mar 2014) for four KPIs, then thinned: K0001 keeps its last two months, K0002 its
 * last four, K0003 only its first year (before the charted window, which starts in Apr 2011). */
function sparseWorkbook(): WorkbookGrids {
  const grids = JSON.parse(JSON.stringify(generateKpiWorkbook({ kpis: 4, years: 5, segments: 1 }))) as WorkbookGrids;
  const rows = grids.sheets.find((g) => g.sheet === "Measurements")!.rows as (string | number | null)[][];
  const months = (rows[0]?.length ?? 0) - 2;
  const keep: Record<string, (month: number) => boolean> = {
    K0001: (m) => m >= months - 2,
    K0002: (m) => m >= months - 4,
    K0003: (m) => m < 12,
  };
  for (const row of rows.slice(1)) {
    const kept = keep[String(row[0])];
    if (!kept) continue;
    for (let m = 0; m < months; m++) if (!kept(m)) row[m + 2] = null;
  }
  return grids;
}

describe("charts of KPIs with few figures, in Excel", () => {
  it("builds without an empty chart series, and charts only the KPIs with three or more figures in the window", async () => {
    const excel = createFakeExcel(fakeStateFromGrids(sparseWorkbook()));
    const outcome = await runBuild(createExcelHost(excel.run, { read: { isSetSupported: ALL_SETS } }), { asOf: BENCH_AS_OF, period: "Q4 2013-14" });
    expect(outcome.status).toBe("built");

    const charts = excel.state.sheets.filter((s) => s.name.startsWith("Charts ")).flatMap((s) => s.charts);
    const titles = charts.map((c) => c.title ?? "");
    expect(titles.some((t) => t.startsWith("Indicator 1:"))).toBe(false);
    expect(titles.some((t) => t.startsWith("Indicator 2:"))).toBe(true);
    expect(titles.some((t) => t.startsWith("Indicator 3:"))).toBe(false);
    expect(titles.some((t) => t.startsWith("Indicator 4:"))).toBe(true);
  });
});
