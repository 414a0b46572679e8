import type { DraftSentence } from "../model/drafts";
import type { KpiDraftContext } from "./draftTypes";
import { pickWording } from "./pickWording";
import { countNoun } from "./countNoun";
import { capitalise, inPeriod } from "./sentenceText";

/**
 * The first sentence of a KPI's draft: the current figure against the previous one, with both period labels and
 * the change in the KPI's unit (`1,431 fewer crimes`, `4.1 percentage points`, `£5,000`), in the register of seed 000
 * ("crime has decreased by 6.8% or 1,431 fewer crimes"). The wording is one of several, chosen by the KPI id.
 * @example changeSentence(totalCrime).text
 *   // "Total Crime has decreased by 6.8% or 1,431 fewer crimes in Apr - Sep 2013/14 compared with Apr - Sep 2012/13 (21,012 to 19,581)."
 */
export function changeSentence(context: KpiDraftContext): DraftSentence {
  return { topic: "change", text: capitalise(changeText(context)) };
}

function changeText(context: KpiDraftContext): string {
  const { result, figures, subject, verbs } = context;
  const { current, previous } = figures;
  const key = `${result.kpi.id}\u0000change`;

  if (current === null) {
    const last = previous === null ? "" : `; the last was ${previous}${inPeriod(result.previousLabel)}`;
    return `There is no figure for ${subject}${inPeriod(result.currentLabel)}${last}.`;
  }
  if (previous === null || figures.movement === null) {
    const now = inPeriod(result.currentLabel);
    const earlier = result.previousLabel.trim() === "" ? "no earlier figure" : `no figure for ${result.previousLabel}`;
    return pickWording(key, [
      `${subject} ${verbs.is} ${current}${now}; there is ${earlier} to compare with.`,
      `${subject} ${verbs.stands} at ${current}${now}, with ${earlier} to compare with.`,
    ]);
  }
  return comparisonText(context, key);
}

/** Both figures are here: a comparison names both periods, even where the table gave no label. */
function comparisonText({ result, figures, subject, verbs }: KpiDraftContext, key: string): string {
  const { current, previous, amount, percent, movement, comparative } = figures;
  const now = inPeriod(result.currentLabel || "the latest period");
  const before = inPeriod(result.previousLabel || "the previous period");
  const opening = `${now.trim()}, `;

  switch (movement) {
    case "unchanged":
      return pickWording(key, [
        `${subject} ${verbs.is} unchanged at ${current}${now}, the same as${before}.`,
        `${subject} held steady at ${current}${now}, as${before}.`,
      ]);
    case "little-changed":
      return pickWording(key, [
        `${subject} ${verbs.is} little changed at ${current}${now}, against ${previous}${before}.`,
        `${subject} ${verbs.is} ${current}${now}, little changed from ${previous}${before}.`,
      ]);
    case "up":
    case "down":
      break;
    case null:
      return `${subject} ${verbs.is} ${current}${now}.`;
    default: {
      const unreachable: never = movement;
      return unreachable;
    }
  }

  const up = movement === "up";
  const unit = result.kpi.unit;
  if (unit === "grade") {
    return pickWording(key, [
      `${subject} moved ${up ? "up" : "down"} ${amount}, from ${previous}${before} to ${current}${now}.`,
      `${subject} ${verbs.is} rated ${current}${now}, ${up ? "up" : "down"} from ${previous}${before}.`,
    ]);
  }
  if (unit === "percent") {
    return pickWording(key, [
      `${subject} ${verbs.has} ${up ? "risen" : "fallen"} to ${current}${now} from ${previous}${before}, ${up ? "an increase" : "a decrease"} of ${amount}.`,
      `${opening}${subject} ${verbs.was} ${current}, ${up ? "up" : "down"} ${amount} on ${previous}${before}.`,
      `${subject} ${up ? "increased" : "decreased"} by ${amount}, from ${previous}${before} to ${current}${now}.`,
    ]);
  }

  // Counts, money, rates, scores, durations: a percentage as well, unless there is none (from zero) or it rounds away.
  // "1,431 fewer crimes" where the name says what a count counts; money and other units keep "less" / "more".
  const noun = unit === "count" ? countNoun(result.kpi.name) : null;
  const more = noun === null ? (comparative ?? "") : `${comparative ?? ""} ${noun}`;
  if (percent === null) {
    const fromZero = result.previous === 0 ? " There is no percentage change from zero." : "";
    return (
      pickWording(key, [
        `${subject} ${verbs.has} ${up ? "increased" : "decreased"} by ${amount}${now}, from ${previous}${before} to ${current}.`,
        `${subject} ${verbs.is} ${current}${now}, ${amount} ${more} than the ${previous}${before}.`,
      ]) + fromZero
    );
  }
  // "1,431 fewer crimes" reads well after a percentage only for counts; other units give the amount alone.
  const alsoAmount = unit === "count" ? `${amount} ${more}` : amount;
  return pickWording(key, [
    `${subject} ${verbs.has} ${up ? "increased" : "decreased"} by ${percent} or ${alsoAmount}${now} compared with${before.replace(/^ (in|at) /, " ")} (${previous} to ${current}).`,
    `${opening}${subject} ${up ? "rose" : "fell"} by ${percent} to ${current}, ${amount} ${more} than the ${previous}${before}.`,
    `${subject} ${verbs.stands} at ${current}${now}, ${up ? "up" : "down"} ${percent} (${amount} ${more}) on ${previous}${before}.`,
    `${subject} ${verbs.has} ${up ? "risen" : "fallen"} from ${previous}${before} to ${current}${now}, ${up ? "an increase" : "a decrease"} of ${amount} (${percent}).`,
  ]);
}
