import { formatValueText } from "../layout/formatValueText";
import type { ScorecardResults, ThemeResult } from "../model/results";
import type { RagLabels, RagStatus } from "../model/kpi";
import { describeTally } from "./describeTally";
import { joinList } from "./sentenceText";
import { tallyKpis } from "./tallyKpis";
import type { NamedKpi } from "./tallyKpis";

const MOST_THEME_MOVES = 4;

/**
 * The summary of the whole scorecard: the KPI tally (RAG counts, movement, ratings that changed, the three largest
 * improvements and deteriorations, special-cause concerns, exceptions), then what changed in the analysts' theme
 * RAGs since last period (seed 002), then the finance projection against budget (seed 000, section 3).
 * @example draftScorecardSummary(results, named) // "Of the 32 KPIs in the Q2 2013-14 scorecard, 3 are rated Green, ..."
 */
export function draftScorecardSummary(results: ScorecardResults, kpis: readonly NamedKpi[]): string {
  const settings = results.settings;
  const sentences = describeTally(tallyKpis(kpis), {
    scope: `in the ${results.periodLabel} scorecard`,
    labels: settings.ragLabels,
    previousRagLabel: results.previousPeriodLabel,
    key: results.periodLabel,
    mostNamed: 3,
    exceptions: results.exceptions,
    kpis,
    exceptionThresholdPercent: settings.exceptionThresholdPercent,
  });
  const themes = themesSentence(results.themes, settings.ragLabels);
  const finance = financeSentence(results);
  return [...sentences, themes, finance].filter((s): s is string => s !== null).join(" ");
}

function themesSentence(themes: readonly ThemeResult[], labels: RagLabels): string | null {
  const rated = themes.filter((t) => t.current !== null);
  if (rated.length === 0) return null;
  const counts = (["green", "amber", "red"] as const)
    .map((s) => [s, rated.filter((t) => t.current === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n], i) => (i === 0 ? `${n} ${n === 1 ? "is" : "are"} ${labels[s]}` : `${n} ${labels[s]}`));
  const moves = themes.filter(
    (t): t is ThemeResult & { current: RagStatus; previous: RagStatus } => t.current !== null && t.previous !== null && t.current !== t.previous,
  );
  const compared = themes.filter((t) => t.current !== null && t.previous !== null).length;
  const head = `Of the ${rated.length} ${rated.length === 1 ? "theme" : "themes"} the analysts rated, ${joinList(counts)}`;
  if (compared === 0) return `${head}.`;
  if (moves.length === 0) return `${head}; none changed since last period.`;
  const named = moves.slice(0, MOST_THEME_MOVES).map((t) => `${t.name} (${labels[t.previous]} to ${labels[t.current]})`);
  const others = moves.length - named.length;
  const list = others > 0 ? `${named.join(", ")} and ${others} more` : joinList(named);
  return `${head}; ${moves.length} changed since last period: ${list}.`;
}

/** The year-end projection against the full-year budget, in the finance table's own unit (`£000's`). */
function financeSentence(results: ScorecardResults): string | null {
  const total = results.finance.find((f) => f.line.kind === "grand-total");
  const budget = total?.line.budgetFullYear ?? null;
  const projection = total?.line.projectionFullYear ?? null;
  const variance = total?.varianceFullYear ?? null;
  if (!total || budget === null || projection === null || variance === null) return null;
  const money = (value: number) => formatValueText(value, "count", { decimals: 0 });
  const unit = results.settings.financeUnitLabel.trim();
  const inUnit = unit === "" ? "" : ` (${unit})`;
  const side = variance === 0 ? "exactly on" : variance < 0 ? `${money(Math.abs(variance))} under` : `${money(variance)} over`;
  return `Finance${inUnit}: the year-end projection of ${money(projection)} is ${side} the full-year budget of ${money(budget)}.`;
}
