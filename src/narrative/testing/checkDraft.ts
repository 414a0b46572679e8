/**
 * Test support: checks a KPI's draft against its results, reading the text as a reader would and the figures
 * straight from the results (not from the drafting code's own phrasing), so a template that says "fell" for a rise,
 * a figure that differs from the scorecard's, or "an improvement" for a worsening is caught.
 * - Every number a sentence states must be one of the figures its topic may state, to the places it shows.
 * - Words of direction (increase, fell, fewer, ...) must match the sign of the change they describe.
 * - Words of judgement (improvement, deterioration, concern, ...) must match the polarity, the RAG move or the SPC
 *   mark, and appear only where one of those is described.
 * - RAG labels named must be the ones the scorecard shows.
 * - No doubled word or doubled preposition ("compared with at 31 March 2001").
 */
import { MIN_BASELINE_POINTS } from "../../calc/computeControlLimits";
import { TREND_LENGTH } from "../../calc/detectSpecialCauses";
import { monthLabel } from "../../layout/monthLabel";
import { resolveDecimals } from "../../layout/numberFormatFor";
import { GRADES } from "../../model/kpi";
import type { RagStatus } from "../../model/kpi";
import type { AssuranceMark, ExceptionResult, KpiResult } from "../../model/results";
import type { DraftSentence, KpiDraft } from "../../model/drafts";
import type { DraftSettings } from "../draftTypes";

export interface CheckContext {
  readonly settings: DraftSettings;
  readonly previousRagLabel: string;
  readonly exceptions: readonly ExceptionResult[];
  readonly parentName: string | null;
}

const UP = /\b(increase[sd]?|increasing|rose|risen|rising|up|higher|more|longer|grew)\b/;
const DOWN = /\b(decrease[sd]?|decreasing|fell|fallen|falling|down|lower|fewer|less|shorter|reduc\w*)\b/;
const POSITIVE = /\b(improv\w*|right direction|encouraging|welcome)\b/;
const NEGATIVE = /\b(deteriorat\w*|wrong direction|wrong way|concern\w*|worse\w*)\b/;
const NUMBER = /(?<![\w.])[+-]?£?\d(?:[\d,]*\d)?(?:\.\d+)?%?/g;
const MONTH_LABEL = /\b[A-Z][a-z]{2}-\d{2}\b/g;
const GRADE_NAMES = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"];
const RANK: Record<RagStatus, number> = { green: 3, amber: 2, red: 1 };

/** Problems found, each naming the sentence; an empty list when the draft agrees with its figures. */
export function checkKpiDraft(draft: KpiDraft, result: KpiResult, context: CheckContext): string[] {
  const problems: string[] = [];
  if (/NaN|undefined|null|Infinity|\[object/.test(draft.text)) problems.push(`junk in "${draft.text}"`);
  if (draft.text !== draft.sentences.map((s) => s.text).join(" ")) problems.push("the text is not its sentences joined");
  for (const sentence of draft.sentences) {
    for (const p of checkSentence(sentence, result, context)) problems.push(`${sentence.topic}: ${p} in "${sentence.text}"`);
  }
  return problems;
}

function checkSentence(sentence: DraftSentence, result: KpiResult, context: CheckContext): string[] {
  const problems: string[] = [];
  const plain = stripNames(sentence.text, result, context);
  const lower = plain.toLowerCase();
  const numbers = numbersIn(plain);
  const { kpi } = result;
  const places = resolveDecimals(kpi.unit, kpi.decimals);
  const labels = context.settings.ragLabels;
  const judgementAllowed = sentence.topic === "judgement" || sentence.topic === "spc" || sentence.topic === "previous-rag";
  if (!judgementAllowed && (POSITIVE.test(lower) || NEGATIVE.test(lower))) problems.push("a judgement where none belongs");
  // Periods are put "in" or "at" by one helper; a template's own preposition before it reads "compared with at".
  const stumble = /\b(with|from|on) (in|at)\b|\b(\w+) \3\b/.exec(lower);
  if (stumble) problems.push(`"${stumble[0]}" does not read as English`);
  const allow = (candidates: readonly (number | null | undefined)[]) => {
    for (const n of numbers) if (!matchesAny(n, candidates)) problems.push(`${n.text} is not one of its figures`);
  };
  // In the text without its names: a KPI may be named by a grade (Devon and Cornwall's Green, Amber, Red rows).
  const ragNamed = (Object.keys(labels) as RagStatus[]).filter((s) => new RegExp(`\\b${labels[s]}\\b`).test(plain));

  switch (sentence.topic) {
    case "change": {
      allow([result.current, result.previous, abs(result.change.actual), abs(result.change.percent), abs(result.change.points)]);
      if (result.current !== null) {
        if (kpi.unit === "grade") {
          if (!sentence.text.includes(gradeName(result.current))) problems.push("the current grade is not stated");
        } else if (!numbers.some((n) => matches(n, result.current))) problems.push("the current figure is not stated");
      }
      problems.push(...directionProblems(lower, expectedMovement(result.change.actual, result.current, result.previous, places)));
      if (ragNamed.length > 0) problems.push("a RAG label in the change sentence");
      break;
    }
    case "judgement": {
      if (numbers.length > 0) problems.push("a figure in the judgement");
      const a = result.trend.assessment;
      if (POSITIVE.test(lower) !== (a === "improving")) problems.push(`positive words for trend ${String(a)}`);
      if (NEGATIVE.test(lower) !== (a === "worsening")) problems.push(`negative words for trend ${String(a)}`);
      break;
    }
    case "target": {
      const t = kpi.target;
      const level = t.kind === "level" ? t.value : null;
      const gap = level !== null && result.current !== null ? Math.abs(result.current - level) : null;
      allow([result.current, level, gap, t.kind === "change" ? t.percent : null, abs(result.change.percent), abs(result.change.points)]);
      const expected = [result.rag.status, result.rag.basis === "override" ? result.rag.computed : null].filter((s): s is RagStatus => s !== null);
      for (const s of ragNamed) if (!expected.includes(s)) problems.push(`names ${labels[s]} but the RAG is ${String(result.rag.status)}`);
      if (result.rag.status !== null && !ragNamed.includes(result.rag.status)) problems.push("does not name the RAG");
      if (/\bit (rose|has risen)\b/.test(lower) && !((result.change.actual ?? 0) > 0)) problems.push("says it rose");
      if (/\bit (fell|has fallen)\b/.test(lower) && !((result.change.actual ?? 0) < 0)) problems.push("says it fell");
      break;
    }
    case "previous-rag": {
      const now = result.rag.status;
      const before = result.previousRag.status;
      if (now === null || before === null) {
        problems.push("a previous RAG without both RAGs");
        break;
      }
      if (!sentence.text.includes(labels[before])) problems.push("does not name last period's RAG");
      if (POSITIVE.test(lower) !== RANK[now] > RANK[before]) problems.push("says improved wrongly");
      if (/\bworsened\b/.test(lower) !== RANK[now] < RANK[before]) problems.push("says worsened wrongly");
      if (/\balso\b/.test(lower) !== (now === before)) problems.push("says also wrongly");
      break;
    }
    case "trajectory": {
      const tr = result.trajectory;
      if (!tr) {
        problems.push("a trajectory sentence without a trajectory");
        break;
      }
      const last = tr.lastYear;
      const sinceLastYear = last.actualToDate === null ? null : tr.actualToDate - last.actualToDate;
      const step = kpi.trajectory?.annualChangePercent ?? 0;
      allow([tr.targetForYear, tr.actualToDate, tr.projectedYearEnd, last.target, last.actual, last.actualToDate, abs(sinceLastYear), Math.abs(step)]);
      if (/which was met/.test(lower) || /which was not met/.test(lower)) {
        const lowerIsBetter = kpi.polarity === "lower-is-better" || (kpi.polarity === "neutral" && step <= 0);
        const met = last.actual !== null && (lowerIsBetter ? last.actual <= last.target : last.actual >= last.target);
        if (/which was not met/.test(lower) === met) problems.push("last year's target met wrongly");
      }
      if (/\bon track\b/.test(lower) !== tr.onTrack) problems.push("on track wrongly");
      if (/\boff track\b/.test(lower) === tr.onTrack) problems.push("off track wrongly");
      const projected = round(tr.projectedYearEnd, places);
      const target = round(tr.targetForYear, places);
      if (/\bbelow the target\b/.test(lower) && !(projected < target)) problems.push("says below");
      if (/\babove the target\b/.test(lower) && !(projected > target)) problems.push("says above");
      if (sinceLastYear !== null && round(Math.abs(sinceLastYear), places) !== 0) {
        if (/\b(fewer|less|lower|shorter) than in the same months\b/.test(lower) !== sinceLastYear < 0) problems.push("fewer than last year wrongly");
        if (/\b(more|higher|longer) than in the same months\b/.test(lower) !== sinceLastYear > 0) problems.push("more than last year wrongly");
      }
      if (/% reduction on/.test(lower) && !(step < 0)) problems.push("says a reduction");
      if (/% increase on/.test(lower) && !(step > 0)) problems.push("says an increase");
      if (result.rag.basis === "trajectory" && result.rag.status !== null && !ragNamed.includes(result.rag.status)) problems.push("does not name the RAG");
      break;
    }
    case "baseline": {
      const change = result.changeFromBaseline;
      if (!change || !kpi.baseline) {
        problems.push("a baseline sentence without a baseline");
        break;
      }
      allow([kpi.baseline.value, result.current, abs(change.actual), abs(change.percent), abs(change.points)]);
      problems.push(...directionProblems(lower.replace(/^against[^,]*? of [^ ]+ /, ""), expectedMovement(change.actual, result.current, kpi.baseline.value, places)));
      break;
    }
    case "spc": {
      const monthly = result.monthly;
      const spc = monthly?.spc;
      if (!monthly || !spc) {
        problems.push("an SPC sentence without monthly figures");
        break;
      }
      const v = spc.variation;
      const lastValue = [...monthly.values].reverse().find((x): x is number => x !== null);
      const lastIndex = monthly.values.lastIndexOf(lastValue ?? null);
      const segment = spc.segments.find((s) => s.start <= lastIndex && lastIndex <= s.end);
      allow([context.settings.spcShiftLength, TREND_LENGTH, spc.valueCount, spc.minimumValues, spc.proposal?.points, segment?.baselineValues, MIN_BASELINE_POINTS]);
      if (POSITIVE.test(lower) !== (v === "special-cause-improving")) problems.push(`positive words for ${String(v)}`);
      if (NEGATIVE.test(lower) !== (v === "special-cause-concerning")) problems.push(`negative words for ${String(v)}`);
      if (/common cause/.test(lower) !== (v === "common-cause")) problems.push("common cause wrongly");
      // Structural wording is read from the whole text: a KPI's baseline label can be "baseline".
      const said = sentence.text.toLowerCase();
      if (/no spc reading/.test(said) !== (v === null)) problems.push("no SPC reading wrongly");
      if (v === null) {
        const tooFew = spc.valueCount < spc.minimumValues;
        const recalculatedTooRecently = segment?.startsWith === "recalculation" && segment.limits === null;
        if (!tooFew && !recalculatedTooRecently) problems.push("no SPC reading with enough months");
        if (tooFew && !numbers.some((n) => matches(n, spc.valueCount))) problems.push("does not say how many months there are");
      }
      if (/is proposed/.test(said) !== (spc.proposal !== null)) problems.push("a recalculation proposed wrongly");
      const stated = /the last (\d+) months, from [^,]+, have all been (above|below)/.exec(said);
      if (spc.proposal && !(stated && Number(stated[1]) === spc.proposal.points && stated[2] === spc.proposal.side)) problems.push("the proposal's run is not as calc found it");
      if (/no assurance/.test(said) && spc.proposal === null) problems.push("withholds assurance without a proposal");
      const assurance: Record<AssuranceMark, RegExp> = {
        "consistently-passing": /passing side of the target/,
        "consistently-failing": /failing side of the target/,
        "hit-and-miss": /met in some months and missed in others/,
      };
      for (const [mark, words] of Object.entries(assurance)) if (words.test(said) !== (spc.assurance === mark)) problems.push(`${mark} wrongly`);
      // Where the limits come from is said with a reading; without one, only a recalculation too recent for limits.
      const recalculated = segment?.startsWith === "recalculation";
      if (/recalculated from/.test(said) && !recalculated) problems.push("says recalculated");
      if (v !== null && !/recalculated from/.test(said) && recalculated) problems.push("does not say recalculated");
      const wholeBaseline = !segment || (segment.baseline.start === segment.start && segment.baseline.end === segment.end);
      if (/baseline months|on the months/.test(said) && (wholeBaseline || v === null)) problems.push("says a baseline");
      if (v !== null && !/baseline months|on the months/.test(said) && !wholeBaseline) problems.push("does not say the baseline");
      if (/above the upper control limit/.test(lower) && !(lastValue !== undefined && spc.limits && lastValue > spc.limits.upper)) problems.push("not above the upper limit");
      if (/below the lower control limit/.test(lower) && !(lastValue !== undefined && spc.limits && lastValue < spc.limits.lower)) problems.push("not below the lower limit");
      break;
    }
    case "exceptions": {
      const ex = context.exceptions;
      const compared = Math.max(ex.length, ...ex.map((e) => e.segmentsCompared));
      allow([ex.length, compared, context.settings.exceptionThresholdPercent, 0, ...ex.flatMap((e) => [abs(e.change.actual), abs(e.change.percent), abs(e.change.points)])]);
      const stated = /(\d+) of the (\d+) areas/.exec(plain);
      if (stated && (Number(stated[1]) !== ex.length || Number(stated[2]) !== compared)) problems.push("the count of areas is wrong");
      if (!stated && !new RegExp(`all ${compared} areas`).test(lower)) problems.push("no count of areas");
      for (const e of ex.slice(0, 5)) {
        const way = (e.change.actual ?? 0) > 0 ? "up" : "down";
        if (!sentence.text.includes(`${e.segment} (${way} `)) problems.push(`${e.segment} is not given as ${way}`);
      }
      if (/although it has fallen overall/.test(lower) && !((result.change.actual ?? 0) < 0)) problems.push("says fallen overall");
      if (/although it has risen overall/.test(lower) && !((result.change.actual ?? 0) > 0)) problems.push("says risen overall");
      const adverse = kpi.polarity === "lower-is-better" ? "increases" : "decreases";
      if (!lower.includes(adverse)) problems.push(`does not say ${adverse}`);
      break;
    }
    default: {
      const unreachable: never = sentence.topic;
      return unreachable;
    }
  }
  return problems;
}

type Expected = "up" | "down" | "unchanged" | "little" | null;

/** Which way the figures moved, as shown to the KPI's places; computed here, not by the drafting code. */
export function expectedMovement(actual: number | null, current: number | null, previous: number | null, places: number): Expected {
  if (actual === null || current === null || previous === null) return null;
  if (actual === 0) return "unchanged";
  if (round(Math.abs(actual), places) === 0 || round(current, places) === round(previous, places)) return "little";
  return actual > 0 ? "up" : "down";
}

function directionProblems(lower: string, expected: Expected): string[] {
  const up = UP.test(lower);
  const down = DOWN.test(lower);
  switch (expected) {
    case "up":
      return [...(up ? [] : ["no word of a rise"]), ...(down ? ["a word of a fall for a rise"] : [])];
    case "down":
      return [...(down ? [] : ["no word of a fall"]), ...(up ? ["a word of a rise for a fall"] : [])];
    case "unchanged":
      return [...(/unchanged|held steady/.test(lower) ? [] : ["does not say unchanged"]), ...(up || down ? ["a direction for no change"] : [])];
    case "little":
      return [...(/little changed/.test(lower) ? [] : ["does not say little changed"]), ...(up || down ? ["a direction for a change too small to show"] : [])];
    case null:
      return up || down ? ["a direction without two figures"] : [];
    default: {
      const unreachable: never = expected;
      return unreachable;
    }
  }
}

/** Names and labels hold numbers and words ("999 calls", "Requires improvement") that are not claims. */
function stripNames(text: string, result: KpiResult, context: CheckContext): string {
  const names = [
    result.kpi.name,
    context.parentName ?? "",
    result.currentLabel,
    result.previousLabel,
    context.previousRagLabel,
    result.trajectory?.yearLabel ?? "",
    result.trajectory?.lastYear.yearLabel ?? "",
    result.kpi.baseline?.label ?? "",
    result.kpi.targetText,
    ...context.exceptions.map((e) => e.segment),
    ...(result.monthly?.months.map(monthLabel) ?? []),
    ...GRADE_NAMES,
  ]
    .map((n) => n.trim())
    .filter((n) => n !== "")
    .sort((a, b) => b.length - a.length);
  let plain = text;
  for (const name of names) plain = plain.split(name).join(" ¤ ");
  return plain.replace(MONTH_LABEL, " ¤ ");
}

interface StatedNumber {
  readonly text: string;
  readonly value: number;
  readonly places: number;
}

function numbersIn(text: string): StatedNumber[] {
  return [...text.matchAll(NUMBER)].map((m) => {
    const raw = m[0];
    const digits = raw.replace(/[£%,+-]/g, "");
    return { text: raw, value: Math.abs(Number(digits)), places: digits.includes(".") ? (digits.split(".")[1] ?? "").length : 0 };
  });
}

function matches(n: StatedNumber, candidate: number | null | undefined): boolean {
  if (candidate === null || candidate === undefined || !Number.isFinite(candidate)) return false;
  return Math.abs(n.value - Math.abs(candidate)) <= 0.5 * 10 ** -n.places + 1e-9;
}

function matchesAny(n: StatedNumber, candidates: readonly (number | null | undefined)[]): boolean {
  return candidates.some((c) => matches(n, c));
}

function abs(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.abs(value);
}

function round(value: number, places: number): number {
  return Number(value.toFixed(places));
}

function gradeName(score: number): string {
  return GRADE_NAMES[GRADES.length - Math.round(score)] ?? String(score);
}
