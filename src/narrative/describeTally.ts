import { formatNumber } from "../calc/describeFigure";
import type { RagLabels, RagStatus } from "../model/kpi";
import type { ExceptionResult } from "../model/results";
import { pickWording } from "./pickWording";
import { joinList } from "./sentenceText";
import type { KpiTally, NamedKpi } from "./tallyKpis";

export interface DescribeTallyOptions {
  /** What the KPIs are: `under this priority`, `in the Q2 2013-14 scorecard`. */
  readonly scope: string;
  readonly labels: RagLabels;
  /** The period the previous RAG column is for (`Q1 2013-14`). */
  readonly previousRagLabel: string;
  /** Chooses the wording: the same key, the same wording. */
  readonly key: string;
  /** How many improvements and deteriorations to name. */
  readonly mostNamed: number;
  /** The exceptions of these KPIs. */
  readonly exceptions: readonly ExceptionResult[];
  /** The KPIs, to find an exception's KPI. */
  readonly kpis: readonly NamedKpi[];
  /** The exception threshold, percent (points for percentage KPIs). */
  readonly exceptionThresholdPercent: number;
}

const RAG_ORDER: readonly RagStatus[] = ["green", "amber", "red"];
const MOST_MOVES = 4;

/**
 * The sentences a summary makes of a tally: RAG counts, what improved and worsened since the previous period,
 * ratings that changed, the largest improvements and deteriorations, special-cause concerns, recalculations of control
 * limits proposed, and exceptions by area.
 * @example describeTally(tallyKpis(named), options).join(" ")
 *   // "Of the 12 KPIs under this priority, 1 is rated Green and 1 Amber; 10 are not rated. Against the previous period, 12 improved and none worsened. ..."
 */
export function describeTally(tally: KpiTally, options: DescribeTallyOptions): string[] {
  return [
    ragSentence(tally, options),
    movementSentence(tally, options.key),
    ragMovesSentence(tally, options),
    largestSentence(tally, options.mostNamed),
    spcSentence(tally),
    proposalsSentence(tally),
    exceptionsSentence(options),
  ].filter((s): s is string => s !== null);
}

function ragSentence(tally: KpiTally, { scope, labels }: DescribeTallyOptions): string | null {
  const total = tally.total;
  if (total === 0) return null;
  const rated = RAG_ORDER.filter((s) => tally.rag[s] > 0);
  const notRated = tally.rag.none;
  if (total === 1) {
    const only = rated[0];
    return only === undefined ? `The one KPI ${scope} is not rated.` : `The one KPI ${scope} is rated ${labels[only]}.`;
  }
  if (rated.length === 0) return `None of the ${total} KPIs ${scope} is rated.`;
  const parts = rated.map((s, i) => {
    const n = tally.rag[s];
    return i === 0 ? `${n} ${n === 1 ? "is" : "are"} rated ${labels[s]}` : `${n} ${labels[s]}`;
  });
  const rest = notRated === 0 ? "" : `; ${notRated} ${notRated === 1 ? "is" : "are"} not rated`;
  return `Of the ${total} KPIs ${scope}, ${joinList(parts)}${rest}.`;
}

/**
 * What moved: improved and worsened for KPIs with a preferred direction, rose and fell for those without (which are
 * neither better nor worse), and how many were unchanged.
 */
function movementSentence(tally: KpiTally, key: string): string | null {
  const improved = tally.improved.length;
  const worsened = tally.worsened.length;
  const { rose, fell } = tally;
  if (improved + worsened + rose + fell + tally.unchanged === 0) return null;
  const opening = pickWording(`${key}\u0000movement`, ["Against the previous period", "Compared with the previous period"]);
  const wasUnchanged = `${tally.unchanged} ${tally.unchanged === 1 ? "was" : "were"} unchanged`;
  const judged = `${count(improved)} improved and ${count(worsened)} worsened`;
  if (rose + fell === 0) return `${opening}, ${judged}${tally.unchanged === 0 ? "" : `, and ${wasUnchanged}`}.`;
  const neutral = `of the KPIs with no preferred direction, ${count(rose)} rose and ${count(fell)} fell`;
  const parts = [improved + worsened > 0 ? judged : null, neutral, tally.unchanged > 0 ? wasUnchanged : null].filter((p): p is string => p !== null);
  return `${opening}, ${parts.join("; ")}.`;
}

function ragMovesSentence(tally: KpiTally, { labels, previousRagLabel }: DescribeTallyOptions): string | null {
  if (tally.ratedBoth === 0) return null;
  const since = previousRagLabel.trim() === "" ? "the previous period" : previousRagLabel;
  if (tally.ragMoves.length === 0) return `No rating changed since ${since}.`;
  const named = tally.ragMoves.slice(0, MOST_MOVES).map((m) => `${m.kpi.name} (${labels[m.from]} to ${labels[m.to]})`);
  const others = tally.ragMoves.length - named.length;
  const list = others > 0 ? `${named.join(", ")} and ${others} more` : joinList(named);
  return `${tally.ragMoves.length === 1 ? "One rating changed" : `${tally.ragMoves.length} ratings changed`} since ${since}: ${list}.`;
}

function largestSentence(tally: KpiTally, most: number): string | null {
  const part = (list: readonly NamedKpi[], noun: string): string | null => {
    if (list.length === 0) return null;
    const shown = list.slice(0, most).map((k) => `${k.name} (${shortChange(k)})`);
    if (list.length === 1) return `the ${noun} was in ${shown[0] ?? ""}`;
    return `the largest ${noun}s were in ${joinList(shown)}`;
  };
  const parts = [part(tally.improved, "improvement"), part(tally.worsened, "deterioration")].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** `down 15.0%`, `up 8.7 percentage points`, `up 5 from 0`. */
function shortChange({ result, figures }: NamedKpi): string {
  const way = figures.movement === "up" ? "up" : "down";
  if (figures.percent !== null) return `${way} ${figures.percent}`;
  return result.previous === 0 ? `${way} ${figures.amount ?? ""} from 0` : `${way} ${figures.amount ?? ""}`;
}

function spcSentence(tally: KpiTally): string | null {
  if (tally.withSpc === 0) return null;
  const improving = tally.spcImprovements.length;
  if (tally.spcConcerns.length > 0) {
    const also = improving === 0 ? "" : `; ${improving} ${improving === 1 ? "shows" : "show"} special cause improvement`;
    return `The monthly figures show special cause variation of concern in ${joinList(tally.spcConcerns.map((k) => k.name))}${also}.`;
  }
  const also = improving === 0 ? "" : `, and ${improving} ${improving === 1 ? "shows" : "show"} special cause improvement`;
  return `No KPI shows special cause variation of concern in its monthly figures${also}.`;
}

/** Shifts the analyst is asked to decide on, as the Data issues sheet lists them one by one. */
function proposalsSentence(tally: KpiTally): string | null {
  const proposals = tally.spcProposals;
  const [only] = proposals;
  if (only === undefined) return null;
  if (proposals.length === 1) return `The monthly figures of ${only.name} have shifted and stayed shifted, so recalculating its control limits is proposed.`;
  const named = proposals.slice(0, MOST_MOVES).map((k) => k.name);
  const others = proposals.length - named.length;
  const list = others > 0 ? `${named.join("; ")} and ${others} more` : `${named.slice(0, -1).join("; ")} and ${named[named.length - 1] ?? ""}`;
  return `The monthly figures of ${proposals.length} KPIs have shifted and stayed shifted, so recalculating their control limits is proposed: ${list}.`;
}

function exceptionsSentence({ exceptions, kpis, exceptionThresholdPercent }: DescribeTallyOptions): string | null {
  const byKpi = new Map<string, ExceptionResult[]>();
  for (const e of exceptions) {
    const list = byKpi.get(e.kpiId);
    if (list) list.push(e);
    else byKpi.set(e.kpiId, [e]);
  }
  if (byKpi.size === 0) return null;
  const byId = new Map(kpis.map((k) => [k.result.kpi.id, k]));
  const parts: string[] = [];
  for (const [kpiId, list] of byKpi) {
    const named = byId.get(kpiId);
    if (!named || named.result.kpi.polarity === "neutral") continue;
    const way = named.result.kpi.polarity === "lower-is-better" ? "rose" : "fell";
    const compared = Math.max(list.length, ...list.map((e) => e.segmentsCompared));
    const unit = named.result.kpi.unit === "percent" ? " percentage points" : "%";
    const beyond = exceptionThresholdPercent > 0 ? ` by more than ${formatNumber(exceptionThresholdPercent)}${unit}` : "";
    parts.push(`${named.name} ${way}${beyond} in ${list.length} of the ${compared} areas`);
  }
  return parts.length === 0 ? null : `By area, ${joinList(parts)}.`;
}

function count(n: number): string {
  return n === 0 ? "none" : String(n);
}
