/**
 * What the scorecard should show for a KPI, written from the engine's results by rules of its own (Excel's number
 * formats as the layout documents them), so a preview that drifts from the results cannot agree by construction.
 */
import type { RagLabels, Unit } from "../../../src/model/kpi";
import type { KpiResult } from "../../../src/model/results";

export interface ScorecardRowText {
  readonly previous: string;
  readonly current: string;
  /** Blank for percentage KPIs: their change is in points, under Change %. */
  readonly change: string;
  readonly changePercent: string;
  readonly rag: string;
}

const NOT_AVAILABLE = "n/a";
const NO_RAG = "–";
const GRADES: Readonly<Record<number, string>> = { 5: "Outstanding", 4: "Good", 3: "Adequate", 2: "Requires improvement", 1: "Inadequate" };

/**
 * @example expectedScorecardRow(p102, { green: "Green", amber: "Amber", red: "Red" }, "£")
 *   // { previous: "21.1%", current: "25.2%", change: "", changePercent: "+4.1 pts", rag: "Amber" }
 */
export function expectedScorecardRow(result: KpiResult, labels: RagLabels, currencySymbol: string): ScorecardRowText {
  const { unit } = result.kpi;
  const places = decimalsFor(unit, result.kpi.decimals);
  const value = (n: number | null) => (n === null ? NOT_AVAILABLE : unit === "grade" ? (GRADES[Math.round(n)] ?? String(n)) : figure(n, unit, places, currencySymbol));
  const signed = (n: number | null, text: (abs: number) => string) =>
    n === null ? NOT_AVAILABLE : `${n > 0 ? "+" : n < 0 ? "-" : ""}${text(Math.abs(n))}`;
  const change = unit === "percent" ? "" : signed(result.change.actual, (abs) => figure(abs, unit === "grade" ? "count" : unit, unit === "grade" ? 0 : places, currencySymbol));
  const changePercent =
    unit === "percent"
      ? signed(result.change.points, (abs) => `${fixed(abs, places)} pts`)
      : unit === "grade"
        ? NOT_AVAILABLE
        : signed(result.change.percent, (abs) => `${fixed(abs, 1)}%`);
  const rag = result.rag.status === null ? NO_RAG : `${labels[result.rag.status]}${result.rag.basis === "override" ? "*" : ""}`;
  return { previous: value(result.previous), current: value(result.current), change, changePercent, rag };
}

/** The KPI's own decimals (0 to 6), else its unit's: whole numbers for counts and money, one place otherwise. */
function decimalsFor(unit: Unit, decimals: number | null): number {
  if (decimals !== null && Number.isFinite(decimals)) return Math.min(6, Math.max(0, Math.round(decimals)));
  return unit === "count" || unit === "currency" || unit === "grade" ? 0 : 1;
}

function figure(n: number, unit: Unit, places: number, currencySymbol: string): string {
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  switch (unit) {
    case "percent":
      return `${sign}${fixed(abs, places)}%`;
    case "currency":
      return `${sign}${currencySymbol}${grouped(fixed(abs, places))}`;
    case "duration":
      return `${sign}${fixed(abs, places)} mins`;
    case "count":
    case "rate":
    case "score":
    case "grade":
      return `${sign}${grouped(fixed(abs, places))}`;
    default: {
      const unreachable: never = unit;
      return unreachable;
    }
  }
}

/** Rounds half away from zero on the decimal digits, as Excel does (`toFixed` alone rounds the binary value). */
function fixed(abs: number, places: number): string {
  return Number(`${Math.round(Number(`${abs}e${places}`))}e-${places}`).toFixed(places);
}

function grouped(text: string): string {
  const [whole = "0", fraction] = text.split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction === undefined ? "" : `.${fraction}`}`;
}
