import type { ExceptionResult, KpiResult } from "../model/results";
import { baselineSentence } from "./baselineSentence";
import { changeSentence } from "./changeSentence";
import type { DraftSentence, KpiDraft } from "../model/drafts";
import type { DraftSettings, KpiDraftContext } from "./draftTypes";
import { exceptionsSentence } from "./exceptionsSentence";
import { judgementSentence } from "./judgementSentence";
import { kpiSubject } from "./kpiSubject";
import { phraseFigures } from "./phraseFigures";
import { previousRagSentence } from "./previousRagSentence";
import { spcSentence } from "./spcSentence";
import { subjectVerbs } from "./subjectVerbs";
import { targetSentence } from "./targetSentence";
import { trajectorySentence } from "./trajectorySentence";

export interface DraftKpiOptions {
  readonly settings: DraftSettings;
  /** The parent KPI's name for a sub-indicator (`Sanction Detection Rate for Dwelling Burglary`). */
  readonly parentName?: string | null;
  /** The period the previous RAG column is for (`Q1 2013-14`). */
  readonly previousRagLabel: string;
  /** This KPI's exceptions by segment, worst first. */
  readonly exceptions?: readonly ExceptionResult[];
}

/**
 * The first draft of a KPI's commentary, made from its results alone, in this order: the change with both period
 * labels, good or bad by polarity, the RAG against the target and why, last period's RAG, the trajectory, the
 * change from the baseline, the SPC reading, and the areas with adverse change. Deterministic: wording varies
 * between KPIs by a hash of the KPI id, never between builds.
 * @example draftKpiCommentary(totalCrime, { settings, previousRagLabel: "Q1 2013-14", exceptions }).text
 *   // "Total Crime has decreased by 6.8% or 1,431 fewer crimes in Apr - Sep 2013/14 compared with Apr - Sep 2012/13 (21,012 to 19,581). This is an improvement. ..."
 */
export function draftKpiCommentary(result: KpiResult, options: DraftKpiOptions): KpiDraft {
  const subject = kpiSubject(result.kpi.name, options.parentName);
  const context: KpiDraftContext = {
    result,
    figures: phraseFigures(result, options.settings.currencySymbol),
    subject,
    verbs: subjectVerbs(subject),
    settings: options.settings,
    previousRagLabel: options.previousRagLabel,
    exceptions: options.exceptions ?? [],
  };
  const sentences = [
    changeSentence(context),
    judgementSentence(context),
    targetSentence(context),
    previousRagSentence(context),
    trajectorySentence(context),
    baselineSentence(context),
    spcSentence(context),
    exceptionsSentence(context),
  ].filter((s): s is DraftSentence => s !== null);
  return { kpiId: result.kpi.id, text: sentences.map((s) => s.text).join(" "), sentences };
}
