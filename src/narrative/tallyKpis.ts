import type { RagStatus } from "../model/kpi";
import type { KpiResult } from "../model/results";
import type { PhrasedFigures } from "./phraseFigures";

/** A KPI with its figures in words and the name a summary gives it. */
export interface NamedKpi {
  readonly result: KpiResult;
  readonly name: string;
  readonly figures: PhrasedFigures;
}

export interface KpiTally {
  readonly total: number;
  readonly rag: Readonly<Record<RagStatus | "none", number>>;
  /** Moved the right way, the wrong way, or not at all as the scorecard shows the figures. */
  readonly improved: readonly NamedKpi[];
  readonly worsened: readonly NamedKpi[];
  readonly unchanged: number;
  /** Moved, for KPIs with no preferred direction (neither better nor worse): how many rose and how many fell. */
  readonly rose: number;
  readonly fell: number;
  /** RAG this period against last, where both were rated and differ. */
  readonly ragMoves: readonly { readonly kpi: NamedKpi; readonly from: RagStatus; readonly to: RagStatus }[];
  /** KPIs rated this period and last, so "no rating changed" means something. */
  readonly ratedBoth: number;
  /** The latest month shows special cause variation of concern, or of improvement. */
  readonly spcConcerns: readonly NamedKpi[];
  readonly spcImprovements: readonly NamedKpi[];
  /** KPIs with monthly control limits, so "no concerns" means something. */
  readonly withSpc: number;
  /** A shift runs to the latest month: recalculating the control limits is proposed (and assurance withheld). */
  readonly spcProposals: readonly NamedKpi[];
}

/**
 * Counts for a summary, each from the same results the scorecard shows: RAG statuses, which KPIs improved or
 * worsened (the trend mark's own assessment, for a change the figures show), how many with no preferred direction
 * rose or fell, RAG moves, SPC signals. Improvements
 * and deteriorations come largest first by what the Change % column shows (points for percentage KPIs).
 * @example tallyKpis(named).rag // { green: 3, amber: 2, red: 2, none: 25 }
 */
export function tallyKpis(kpis: readonly NamedKpi[]): KpiTally {
  const rag: Record<RagStatus | "none", number> = { green: 0, amber: 0, red: 0, none: 0 };
  const improved: NamedKpi[] = [];
  const worsened: NamedKpi[] = [];
  const ragMoves: { kpi: NamedKpi; from: RagStatus; to: RagStatus }[] = [];
  const spcConcerns: NamedKpi[] = [];
  const spcImprovements: NamedKpi[] = [];
  const spcProposals: NamedKpi[] = [];
  let unchanged = 0;
  let rose = 0;
  let fell = 0;
  let withSpc = 0;
  let ratedBoth = 0;
  for (const named of kpis) {
    const { result, figures } = named;
    rag[result.rag.status ?? "none"] += 1;
    const moved = figures.movement === "up" || figures.movement === "down";
    if (moved && result.trend.assessment === "improving") improved.push(named);
    else if (moved && result.trend.assessment === "worsening") worsened.push(named);
    else if (moved && figures.movement === "up") rose++;
    else if (moved && figures.movement === "down") fell++;
    else if (figures.movement === "unchanged" || figures.movement === "little-changed") unchanged++;
    const from = result.previousRag.status;
    const to = result.rag.status;
    if (from !== null && to !== null) ratedBoth++;
    if (from !== null && to !== null && from !== to) ragMoves.push({ kpi: named, from, to });
    const variation = result.monthly?.spc.variation ?? null;
    if (variation !== null) withSpc++;
    if (variation === "special-cause-concerning") spcConcerns.push(named);
    if (variation === "special-cause-improving") spcImprovements.push(named);
    if (result.monthly?.spc.proposal) spcProposals.push(named);
  }
  const bySize = (a: NamedKpi, b: NamedKpi) => changeSize(b.result) - changeSize(a.result);
  return {
    total: kpis.length,
    rag,
    improved: [...improved].sort(bySize),
    worsened: [...worsened].sort(bySize),
    unchanged,
    rose,
    fell,
    ragMoves,
    ratedBoth,
    spcConcerns,
    spcImprovements,
    withSpc,
    spcProposals,
  };
}

/**
 * The size the Change % column shows: percentage points for percentage KPIs, the percentage change for the rest
 * (a change from zero, which has none, first). Ties keep scorecard order (Array.prototype.sort is stable).
 */
function changeSize(result: KpiResult): number {
  const { actual, percent, points } = result.change;
  if (points !== null) return Math.abs(points);
  if (percent !== null) return Math.abs(percent);
  return actual !== null && actual !== 0 && result.previous === 0 ? Infinity : 0;
}
