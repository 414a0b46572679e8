/**
 * Turns the pipeline's outcome into what the task pane shows. Shared by the Excel and standalone actions so both
 * modes count RAGs and list sheets the same way.
 */
import type { RagStatus } from "../model/kpi";
import type { Issue } from "../model/issue";
import { kpiSubject } from "../narrative/kpiSubject";
import type { BuildOutcome } from "../pipeline";
import type { BuildResponse } from "./actions";

/**
 * @example
 * const outcome = await runBuild(host, request, onStep);
 * return summariseBuild(outcome); // { status: "built", summary: { periodLabel: "Q2 2013-14", ragCounts: {...}, ... } }
 */
export function summariseBuild(outcome: BuildOutcome): BuildResponse {
  if (outcome.status === "blocked") return { status: "blocked", issues: outcome.issues };
  const ragCounts: Record<RagStatus | "none", number> = { green: 0, amber: 0, red: 0, none: 0 };
  for (const k of outcome.results.kpis) ragCounts[k.rag.status ?? "none"] += 1;
  const plan = outcome.job.plan;
  const names = new Map(outcome.results.kpis.map((r) => [r.kpi.id, r.kpi.name]));
  const drafted = new Map(outcome.drafts.kpis.map((d) => [d.kpiId, d.text]));
  const drafts = outcome.results.kpis.map(({ kpi }) => ({
    kpiId: kpi.id,
    name: kpiSubject(kpi.name, kpi.parentId === null || kpi.parentId === kpi.id ? null : names.get(kpi.parentId)),
    priority: kpi.priority,
    text: drafted.get(kpi.id) ?? "",
    commentary: outcome.commentary.get(kpi.id)?.text ?? "",
  }));
  return {
    status: "built",
    summary: {
      periodLabel: plan.periodLabel,
      sheets: plan.sheets.map((s) => ({ name: s.name, role: s.role })),
      kpiCount: outcome.results.kpis.length,
      ragCounts,
      // The model's issues (ingest) and the results' (calc) may overlap; each is listed once.
      issues: uniqueIssues([...outcome.model.issues, ...outcome.issues]),
      plan,
      drafts,
      summaries: { scorecard: outcome.drafts.scorecard, sections: outcome.drafts.sections },
    },
  };
}

function uniqueIssues(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}\u0000${i.sheet}\u0000${i.cell}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
