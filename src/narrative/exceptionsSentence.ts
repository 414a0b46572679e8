import { formatNumber } from "../calc/describeFigure";
import type { ExceptionResult } from "../model/results";
import type { DraftSentence } from "../model/drafts";
import type { KpiDraftContext } from "./draftTypes";
import { phraseChange } from "./phraseFigures";
import { joinList } from "./sentenceText";

/** Areas named in full; more are counted. */
const MAX_NAMED = 5;

/**
 * The areas with adverse change, as seed 000's "Geographical exceptions" (1.1.8-1.1.12): how many of the areas
 * compared, each with its change, worst first, and, where the whole force improved, that it did ("Although it has
 * fallen overall, 3 of the 11 areas saw increases: Purbeck, up 95 (12.3%), ...").
 * @example exceptionsSentence(totalCrime)?.text
 */
export function exceptionsSentence({ result, figures, exceptions, settings }: KpiDraftContext): DraftSentence | null {
  if (exceptions.length === 0 || result.kpi.polarity === "neutral") return null;
  const adverseUp = result.kpi.polarity === "lower-is-better";
  const compared = Math.max(exceptions.length, ...exceptions.map((e) => e.segmentsCompared));
  const overallBetter = figures.movement === (adverseUp ? "down" : "up");
  const although = overallBetter ? `Although it has ${adverseUp ? "fallen" : "risen"} overall, ` : "";
  const changes = adverseUp ? "increases" : "decreases";
  const threshold = settings.exceptionThresholdPercent;
  const beyond =
    threshold > 0 ? ` of more than ${formatNumber(threshold)}${result.kpi.unit === "percent" ? " percentage points" : "%"}` : "";
  const count = exceptions.length === compared ? `all ${compared} areas` : `${exceptions.length} of the ${compared} areas`;
  const named = exceptions.slice(0, MAX_NAMED).map((e) => segmentText(e, result, figures.figure));
  const others = exceptions.length - named.length;
  const list = others > 0 ? `${named.join(", ")} and ${others} more` : joinList(named);
  const opening = `${although}${count} saw ${changes}${beyond}: `;
  return { topic: "exceptions", text: `${opening.charAt(0).toUpperCase()}${opening.slice(1)}${list}.` };
}

function segmentText(exception: ExceptionResult, result: KpiDraftContext["result"], figure: (value: number) => string): string {
  const phrased = phraseChange(exception.change, exception.current, exception.previous, result.kpi.unit, result.kpi.decimals, figure);
  const way = (exception.change.actual ?? 0) > 0 ? "up" : "down";
  const size = phrased.amount ?? "";
  if (phrased.percent !== null) return `${exception.segment} (${way} ${size}, ${way === "up" ? "+" : "-"}${phrased.percent})`;
  if (exception.previous === 0) return `${exception.segment} (${way} ${size} from 0)`;
  return `${exception.segment} (${way} ${size})`;
}
