/**
 * Drafted commentary on real published tables: every workbook of the real-world corpus that builds, each KPI's draft
 * read against its own figures by the same checker as the sample's and the synthetic workbooks' (numbers equal the
 * results, rise and fall match the sign, improvement and deterioration match the polarity), and against the SPC and
 * trajectory notes beside it. Whatever the engine makes of a table today, the words never contradict the figures or
 * the notes beside them.
 */
import { createFileHost } from "../../src/files/fileHost";
import { month } from "../../src/model/period";
import { checkKpiDraft } from "../../src/narrative/testing/checkDraft";
import { disagreementsWithNotes } from "../../src/narrative/testing/disagreementsWithNotes";
import { runBuild } from "../../src/pipeline";
import { writeWorkbook } from "../corpus/writeWorkbook";
import { loadCases, sheetSpecs } from "./realWorldCase";

describe("real-world corpus: drafted commentary", () => {
  let drafted = 0;

  it.each(loadCases().map((c) => [c.id, c] as const))("%s: every draft agrees with its figures", async (_id, c) => {
    const [year, monthNumber] = c.asOf.split("-").map(Number);
    const outcome = await runBuild(createFileHost(await writeWorkbook(sheetSpecs(c))), { asOf: month(year ?? 0, monthNumber ?? 1) });
    if (outcome.status !== "built") return;
    const { results, drafts } = outcome;
    const names = new Map(results.kpis.map((r) => [r.kpi.id, r.kpi.name]));
    const problems = results.kpis.flatMap((result, i) =>
      checkKpiDraft(drafts.kpis[i]!, result, {
        settings: results.settings,
        previousRagLabel: results.previousPeriodLabel,
        exceptions: results.exceptions.filter((e) => e.kpiId === result.kpi.id),
        parentName: result.kpi.parentId === null ? null : (names.get(result.kpi.parentId) ?? null),
      }).map((p) => `${result.kpi.id}: ${p}`),
    );
    expect(problems).toEqual([]);
    expect(disagreementsWithNotes(results, drafts)).toEqual({});
    expect(drafts.kpis.map((d) => d.kpiId)).toEqual(results.kpis.map((r) => r.kpi.id));
    drafted += drafts.kpis.length;
  });

  it("drafted the KPIs of the workbooks that build (not a vacuous pass)", () => {
    expect(drafted).toBeGreaterThanOrEqual(130);
  });
});
