import type { ExceptionResult } from "../model/results";
import { describeTally } from "./describeTally";
import type { SectionSummary } from "../model/drafts";
import type { DraftSettings } from "./draftTypes";
import { tallyKpis } from "./tallyKpis";
import type { NamedKpi } from "./tallyKpis";

export interface DraftSectionOptions {
  readonly settings: DraftSettings;
  readonly previousRagLabel: string;
  /** Every exception of the scorecard; the section's own are picked out. */
  readonly exceptions: readonly ExceptionResult[];
}

/**
 * The summary of one priority's KPIs: RAG counts, what improved and worsened, ratings that changed, the two
 * largest improvements and deteriorations, special-cause concerns and exceptions by area.
 * @example draftSectionSummary("1. Reduce the number of victims", named, options).text
 *   // "Of the 12 KPIs under this priority, 1 is rated Green and 1 Amber; 10 are not rated. ..."
 */
export function draftSectionSummary(priority: string, kpis: readonly NamedKpi[], options: DraftSectionOptions): SectionSummary {
  const ids = new Set(kpis.map((k) => k.result.kpi.id));
  const sentences = describeTally(tallyKpis(kpis), {
    scope: "under this priority",
    labels: options.settings.ragLabels,
    previousRagLabel: options.previousRagLabel,
    key: priority,
    mostNamed: 2,
    exceptions: options.exceptions.filter((e) => ids.has(e.kpiId)),
    kpis,
    exceptionThresholdPercent: options.settings.exceptionThresholdPercent,
  });
  return { priority, text: sentences.join(" ") };
}
