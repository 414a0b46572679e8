import { issue } from "../messages";
import type { BuildOutcome } from "../pipeline";
import { summariseBuild } from "./summariseBuild";
import { FAKE_PLAN } from "./testing/fakePlan";

const noData = issue("VALUE_NO_DATA", { sheet: "Measurements", cell: "C9" }, "n/a");
const gap = issue("PERIOD_GAP", { sheet: "Measurements", cell: "A20" }, "All crime", "Jun-13");

/** Only the parts summariseBuild reads; the rest of the model and results do not matter to it. */
function built(statuses: readonly ("green" | "amber" | "red" | null)[]): BuildOutcome {
  const kpis = statuses.map((status, i) => ({ kpi: { id: `K${i + 1}`, name: `KPI ${i + 1}`, priority: "Reduce crime", parentId: null }, rag: { status } }));
  return {
    status: "built",
    model: { issues: [noData] },
    results: { kpis },
    drafts: { kpis: kpis.map((k) => ({ kpiId: k.kpi.id, text: `Draft for ${k.kpi.id}.`, sentences: [] })), sections: [], scorecard: "Summary." },
    commentary: new Map([["K1", { text: "Typed.", built: "", source: "analyst" }]]),
    job: { plan: FAKE_PLAN, replaceSheets: [], store: [] },
    issues: [noData, gap],
  } as unknown as BuildOutcome;
}

describe("summariseBuild", () => {
  it("counts RAG statuses, with KPIs that could not be judged as none", () => {
    const response = summariseBuild(built(["green", "green", "amber", "red", null]));
    expect(response.status === "built" && response.summary.ragCounts).toEqual({ green: 2, amber: 1, red: 1, none: 1 });
    expect(response.status === "built" && response.summary.kpiCount).toBe(5);
  });

  it("lists the plan's sheets in tab order with their roles, and the plan for the preview", () => {
    const response = summariseBuild(built([]));
    if (response.status !== "built") throw new Error("expected a build");
    expect(response.summary.periodLabel).toBe("Q2 2013-14");
    expect(response.summary.sheets.map((s) => s.role)).toEqual(["scorecard", "themes", "issues"]);
    expect(response.summary.plan).toBe(FAKE_PLAN);
  });

  it("lists an issue found by both ingest and calc once", () => {
    const response = summariseBuild(built([]));
    expect(response.status === "built" && response.summary.issues).toEqual([noData, gap]);
  });

  it("gives each KPI's draft beside the Commentary the scorecard holds, and the summaries", () => {
    const response = summariseBuild(built(["green", null]));
    if (response.status !== "built") throw new Error("expected a build");
    expect(response.summary.drafts).toEqual([
      { kpiId: "K1", name: "KPI 1", priority: "Reduce crime", text: "Draft for K1.", commentary: "Typed." },
      { kpiId: "K2", name: "KPI 2", priority: "Reduce crime", text: "Draft for K2.", commentary: "" },
    ]);
    expect(response.summary.summaries).toEqual({ scorecard: "Summary.", sections: [] });
  });

  describe("edge cases", () => {
    it("passes a blocked build's issues through", () => {
      const blocked = { status: "blocked", model: {}, issues: [gap] } as unknown as BuildOutcome;
      expect(summariseBuild(blocked)).toEqual({ status: "blocked", issues: [gap] });
    });
  });
});
