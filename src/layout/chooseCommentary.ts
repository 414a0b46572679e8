import type { CommentaryDrafts } from "../model/drafts";
import type { ScorecardResults } from "../model/results";

/** Where a KPI's commentary on the scorecard came from. */
export type CommentarySource = "analyst" | "notes" | "draft" | "none";

export interface ChosenCommentary {
  /** What the Commentary column shows. */
  readonly text: string;
  /** What the build itself put there (the hidden column): a rebuild keeps only commentary that differs from it. */
  readonly built: string;
  readonly source: CommentarySource;
}

export interface ChooseCommentaryOptions {
  /** Commentary by KPI id read back from the last build of this quarter (`readPreservedCommentary`): what an
   * analyst typed or chose there, `""` where they cleared it. */
  readonly preserved?: ReadonlyMap<string, string>;
  /** Drafted commentary, used for an empty commentary when `Settings.fillCommentaryFromDraft` is on. */
  readonly drafts?: CommentaryDrafts;
}

/**
 * Each KPI's commentary on the scorecard, never overwriting what an analyst wrote: what they typed into the last
 * build of this quarter (even a cleared cell), else the Notes sheet's commentary, else, only with the "Fill empty
 * commentary from draft" setting on, the draft. The draft stays in its own column either way.
 * @example chooseCommentary(results, { preserved: new Map([["P1-01", "Edited."]]) }).get("P1-01") // { text: "Edited.", built: "In the first two ...", source: "analyst" }
 */
export function chooseCommentary(results: ScorecardResults, options: ChooseCommentaryOptions = {}): Map<string, ChosenCommentary> {
  const fill = results.settings.fillCommentaryFromDraft;
  const drafts = new Map(options.drafts?.kpis.map((d) => [d.kpiId, d.text]) ?? []);
  const chosen = new Map<string, ChosenCommentary>();
  for (const result of results.kpis) {
    const id = result.kpi.id;
    const notes = result.commentary;
    const draft = drafts.get(id) ?? "";
    const built = notes.trim() === "" && fill ? draft : notes;
    const preserved = options.preserved?.get(id);
    if (preserved !== undefined) chosen.set(id, { text: preserved, built, source: "analyst" });
    else if (notes.trim() !== "") chosen.set(id, { text: notes, built, source: "notes" });
    else if (built !== "") chosen.set(id, { text: built, built, source: "draft" });
    else chosen.set(id, { text: "", built: "", source: "none" });
  }
  return chosen;
}
