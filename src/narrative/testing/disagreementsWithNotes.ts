import { describeKpiNotes } from "../../layout/describeKpiNotes";
import type { CommentaryDrafts } from "../../model/drafts";
import type { ScorecardResults } from "../../model/results";

/**
 * Test support: where a KPI's draft and the scorecard's Notes column beside it say different things about SPC or
 * the trajectory, by KPI. The two are written by different code from the same results, so each is read against the
 * other as a reader would.
 */
export function disagreementsWithNotes(results: ScorecardResults, drafts: CommentaryDrafts): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const said = (notes: string, draft: string, what: string, inNotes: RegExp, inDraft: RegExp, problems: string[]) => {
    if (inNotes.test(notes) !== inDraft.test(draft)) problems.push(`${what}: notes "${notes}", draft "${draft}"`);
  };
  results.kpis.forEach((result, i) => {
    const notes = describeKpiNotes(result, { previous: "", current: "" }, results.settings.ragLabels).join(" | ");
    const sentences = drafts.kpis[i]?.sentences ?? [];
    const spc = sentences.filter((s) => s.topic === "spc").map((s) => s.text).join(" ");
    const trajectory = sentences.filter((s) => s.topic === "trajectory").map((s) => s.text).join(" ");
    const problems: string[] = [];
    said(notes, spc, "too few months", /Making Data Count judges from/, /months of figures/, problems);
    said(notes, spc, "new limits need months", /new limits need/, /needed for new limits/, problems);
    said(notes, spc, "a recalculation proposed", /recalculation proposed/, /is proposed/, problems);
    said(notes, spc, "assurance withheld", /no assurance until then/, /is proposed/, problems);
    said(notes, spc, "common cause", /common cause variation/, /common cause/, problems);
    said(notes, spc, "improving", /special cause variation, improving/, /improving nature|real improvement/, problems);
    said(notes, spc, "concerning", /special cause variation, concerning/, /of concern|real deterioration/, problems);
    said(notes, spc, "consistently passing", /consistently passes/, /passing side of the target/, problems);
    said(notes, spc, "consistently failing", /consistently fails/, /failing side of the target/, problems);
    said(notes, spc, "hit and miss", /hit and miss/, /met in some months and missed/, problems);
    for (const [, month] of notes.matchAll(/(?:since|recalculated from) ([^ (|:,]+)/g)) {
      if (month !== undefined && !spc.includes(month)) problems.push(`the notes' ${month} is not in the draft "${spc}"`);
    }
    said(notes, trajectory, "on track", /: on track/, /\bon track\b/, problems);
    said(notes, trajectory, "off track", /: off track/, /\boff track\b/, problems);
    if (problems.length > 0) found[result.kpi.id] = problems;
  });
  return found;
}
