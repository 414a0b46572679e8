import type { ExceptionResult, ScorecardResults } from "../model/results";
import { draftKpiCommentary } from "./draftKpiCommentary";
import { draftScorecardSummary } from "./draftScorecardSummary";
import { draftSectionSummary } from "./draftSectionSummary";
import type { CommentaryDrafts } from "../model/drafts";
import { nameKpis } from "./nameKpis";
import type { NamedKpi } from "./tallyKpis";

/**
 * The draft step of the pipeline: results in, the first draft of every KPI's commentary, each priority's summary
 * and the whole scorecard's summary out. Pure and deterministic: no clock, no network, no model; the same results
 * always give the same words, and every figure is formatted as the scorecard formats it.
 *
 *   1. Name each KPI as a sentence does (a sub-indicator with its parent) and phrase its figures.
 *   2. Draft each KPI's paragraph from its own results and exceptions.
 *   3. Summarise each priority, in the scorecard's order, then the whole scorecard.
 * @example draftCommentary(results).kpis[0]?.text
 *   // "Total Crime stands at 19,581 in Apr - Sep 2013/14, down 6.8% (1,431 fewer crimes) on 21,012 in Apr - Sep 2012/13. ..."
 */
export function draftCommentary(results: ScorecardResults): CommentaryDrafts {
  const settings = results.settings;
  const previousRagLabel = results.previousPeriodLabel;

  // 1. Names and figures.
  const named = nameKpis(results.kpis, results.kpis, settings.currencySymbol);
  const names = new Map(results.kpis.map((r) => [r.kpi.id, r.kpi.name]));
  const exceptions = new Map<string, ExceptionResult[]>();
  for (const e of results.exceptions) {
    const list = exceptions.get(e.kpiId);
    if (list) list.push(e);
    else exceptions.set(e.kpiId, [e]);
  }

  // 2. A paragraph per KPI.
  const kpis = named.map(({ result }) => {
    const { id, parentId } = result.kpi;
    return draftKpiCommentary(result, {
      settings,
      parentName: parentId === null || parentId === id ? null : (names.get(parentId) ?? null),
      previousRagLabel,
      exceptions: exceptions.get(id) ?? [],
    });
  });

  // 3. Summaries.
  const sections = [...groupByPriority(named)].map(([priority, group]) =>
    draftSectionSummary(priority, group, { settings, previousRagLabel, exceptions: results.exceptions }),
  );
  return { kpis, sections, scorecard: draftScorecardSummary(results, named) };
}

/** Priorities in the order their first KPI appears, as the scorecard lays out its sections. */
function groupByPriority(named: readonly NamedKpi[]): Map<string, NamedKpi[]> {
  const groups = new Map<string, NamedKpi[]>();
  for (const k of named) {
    const group = groups.get(k.result.kpi.priority);
    if (group) group.push(k);
    else groups.set(k.result.kpi.priority, [k]);
  }
  return groups;
}
