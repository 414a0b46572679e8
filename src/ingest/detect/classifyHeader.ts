import { month, monthIndex, monthSpan } from "../../model/period";
import { cleanText } from "../parse/cleanText";
import { normaliseHeader } from "../parse/normaliseHeader";
import type { HeaderPeriod, HeaderPeriodMatch } from "../parse/parseHeaderPeriod";
import { parseHeaderPeriod } from "../parse/parseHeaderPeriod";
import { spanForm } from "../parse/periodForms";
import { stripFootnote } from "../parse/stripFootnote";
import type { ColumnRole } from "./tableTypes";

/** What a column's header suggests, before its values are looked at. */
export interface HeaderClue {
  readonly role: ColumnRole;
  readonly confidence: number;
  readonly reason: string;
  readonly period: HeaderPeriod | null;
  /** Text over period columns that is neither a range nor a role word: the KPI they report (`Actual rate of re-offending`). */
  readonly measureLabel: string | null;
  /** A header word for a figure (`Actual`, `Value`, `Current`): `value` in long data, `current` in wide. */
  readonly valueWord: boolean;
  /** `Theme`: the row label of a themes table, or a KPI table's priority. */
  readonly themeWord: boolean;
  /** A finance role, for tables of budget lines (seed 000, section 3). */
  readonly finance: ColumnRole | null;
  /**
   * What a change column holds: the change in the KPI's unit (`Change` over `Actual`, `Numeric`), a percentage
   * change (`% change`, `Percentage`), percentage points (`pts`), or a variance against the target (`Value vs
   * Target`), which is not a change between periods. `null` when the header does not say.
   */
  readonly changeKind: ChangeKind | null;
}

export type ChangeKind = "actual" | "percent" | "points" | "target";

export interface HeaderCell {
  readonly text: string;
  /** The raw cell when it is a number (a date header), with its format. */
  readonly serial?: number;
  readonly numberFormat?: string;
}

/**
 * Proposes a column's role from its header: one row, or two (`top` over `sub`) for a two-level header. Every
 * proposal says why. `null` for a column without a header; the caller looks at its values instead.
 * @example classifyHeader({ text: "Apr - Sep" }, { text: "2012/13" }, 4)?.role === "period"
 */
export function classifyHeader(top: HeaderCell, sub: HeaderCell | null, fiscalStartMonth: number): HeaderClue | null {
  const topText = normaliseHeader(top.text);
  const subText = sub ? normaliseHeader(sub.text) : "";
  const all = `${topText} ${subText}`.trim();
  if (all === "" && top.serial === undefined && sub?.serial === undefined) return null;
  const shown = [top.text, sub?.text ?? ""].map((t) => t.trim()).filter((t) => t !== "").join(" ");
  const finance = financeRole(topText, subText);
  const base = { period: null, measureLabel: null, valueWord: false, themeWord: false, finance, changeKind: null };
  const clue = (role: ColumnRole, confidence: number, reason: string, extra: Partial<HeaderClue> = {}): HeaderClue => ({
    ...base,
    role,
    confidence,
    reason,
    ...extra,
  });

  const subPeriod = sub ? parseHeaderPeriod(sub.text, fiscalStartMonth, sub.numberFormat, sub.serial) : null;
  const topPeriod = parseHeaderPeriod(top.text, fiscalStartMonth, top.numberFormat, top.serial);
  const anyPeriod = (topPeriod ?? subPeriod)?.period ?? null;
  const compared = [topPeriod, subPeriod].find((p) => p?.period.kind === "comparison");

  if (AGAINST_TARGET.test(all)) {
    return clue("change", 0.85, `the header "${shown}" compares the figure with its target, which the scorecard does itself`, { changeKind: "target" });
  }
  if (CHANGE.test(topText) || CHANGE.test(subText) || compared) {
    const what = compared ? "compares two periods, a change" : "is a change";
    return clue("change", 0.9, `the header "${shown}" ${what} the scorecard computes itself and checks against it`, {
      changeKind: changeKindOf(all),
      period: compared?.period ?? null,
    });
  }
  if (TARGET_WORDS.test(all)) {
    const of = anyPeriod ? ` for ${(topPeriod ? top : sub)?.text.trim() ?? ""}` : "";
    return clue("target", 0.95, `the header "${shown}" names a target${of}`, { period: anyPeriod });
  }
  if (FORECAST_WORDS.test(all)) return clue("ignore", 0.8, `the header "${shown}" is a forecast, not a figure for a period that has passed`);
  // `Year to date` over `2019/20`: part of a year whose months it does not say, so neither the year nor a span.
  if (anyPeriod?.kind === "explicit" && anyPeriod.period.kind === "year" && /\b(year to date|ytd)\b/.test(all)) {
    return clue("ignore", 0.8, `the header "${shown}" is part of a year whose months it does not say`);
  }

  // Two levels with the period below: `Apr - Sep` over `2012/13`, or a KPI named over its periods.
  if (subPeriod && sub) {
    const ytd = monthsOfYear(topPeriod, subPeriod, top.text, sub.text, fiscalStartMonth);
    if (ytd) {
      // The year under the months says which they are: nothing is inferred.
      return clue("period", 0.9, `"${top.text.trim()}" over "${sub.text.trim()}": the months ${top.text.trim()} of ${sub.text.trim()}`, { period: ytd });
    }
    const word = roleWord(`${topText} ${subPeriod.rest}`.trim());
    if (word && (word.role === "rag" || word.role === "trend" || word.role === "commentary")) {
      return clue(word.role, 0.85, `"${shown}" is ${word.what} for ${sub.text.trim()}`, { period: subPeriod.period });
    }
    // `Earlier Period`, `Actuals` over the periods say nothing of what the figures measure; other words do.
    const label = topText !== "" && !word && topPeriod === null && !QUALIFIER_ONLY.test(topText) ? top.text.trim() : null;
    return clue("period", 0.9, `the header "${sub.text.trim()}" names a period${label ? ` of "${label}"` : ""}`, {
      period: subPeriod.period,
      measureLabel: label,
    });
  }
  // Two levels with the period above: `Q2 2013-14` over `Actual | RAG`.
  if (topPeriod && sub && subText !== "") {
    const word = roleWord(subText);
    if (word?.role === "rag" || word?.role === "trend" || word?.role === "commentary") {
      return clue(word.role, 0.85, `"${shown}" is ${word.what} for ${top.text.trim()}`, { period: topPeriod.period });
    }
    // `31 March 2002` over a count and a rate: each names what its figures measure; `Actual` names nothing.
    const measure = QUALIFIER_ONLY.test(subText) || word?.valueWord ? null : sub.text.trim();
    return clue("period", 0.85, `"${sub.text.trim()}" under the period "${top.text.trim()}"`, { period: topPeriod.period, measureLabel: measure });
  }

  const period = topPeriod ?? subPeriod;
  if (period) {
    const word = period.rest === "" ? null : roleWord(period.rest);
    if (word && (word.role === "rag" || word.role === "trend" || word.role === "commentary")) {
      return clue(word.role, 0.85, `"${shown}" is ${word.what} for a period`, { period: period.period });
    }
    const confidence = period.period.kind === "explicit" ? 0.9 : 0.7;
    const why = period.period.kind === "explicit" ? "names a period" : "names a period without its year, which the report quarter gives";
    return clue("period", confidence, `the header "${shown}" ${why}`, { period: labelledAsWritten(period, top.text) });
  }

  const word = roleWord(all);
  if (word) {
    return clue(word.role, word.exact ? 0.95 : 0.75, `the header "${shown}" ${word.exact ? "is" : "mentions"} ${word.what}`, {
      valueWord: word.valueWord,
      themeWord: word.themeWord,
    });
  }
  if (finance) return clue(finance, 0.85, `the header "${shown}" is a budget column`);
  return clue("ignore", 0.3, `the header "${shown}" is not one the scorecard knows`);
}

/**
 * `Apr - Sep` over `2012/13`, as two-level headers write a year to date: the months of that fiscal year, labelled
 * `Apr - Sep 2012/13`. `null` for other pairs.
 */
function monthsOfYear(
  top: HeaderPeriodMatch | null,
  sub: HeaderPeriodMatch,
  topText: string,
  subText: string,
  fiscalStartMonth: number,
): HeaderPeriod | null {
  if (top?.period.kind !== "months-only" || sub.period.kind !== "explicit" || sub.period.period.kind !== "year") return null;
  const { from, to } = top.period;
  const fy = sub.period.period.fiscalYear;
  const at = (m: number) => month(m >= fiscalStartMonth ? fy : fy + 1, m);
  const first = at(from);
  const last = at(to);
  if (monthIndex(last) < monthIndex(first)) return null;
  return { kind: "explicit", period: monthSpan(first, last, spanForm(first, last, fiscalStartMonth), `${cleanText(topText)} ${cleanText(subText)}`) };
}

/**
 * A period followed by words of the table's own (`September 2019 Panel`) is labelled as the header writes it, as
 * the scorecard labels every period the way its table does. Words before it say what is measured (`Establishment
 * at 30 Sep 13`: labelled `30 Sep 13`), and words that only place it (`Actual`, `ending`) are no part of a label.
 */
function labelledAsWritten(match: HeaderPeriodMatch, header: string): HeaderPeriod {
  const { period, rest } = match;
  if (period.kind !== "explicit" || !/[a-z]/.test(rest) || QUALIFIER_ONLY.test(rest)) return period;
  const written = stripFootnote(cleanText(header)).text;
  if (written.toLowerCase().startsWith(rest.split(" ")[0] ?? "")) return period;
  return { kind: "explicit", period: { ...period.period, label: written } };
}

const CHANGE = /\b(change|changes|variance|difference|diff|movement|\+\/-)\b/;

/** A figure set against its target (`Value vs Target`, `Variance to target`): not a change between periods. */
const AGAINST_TARGET = /\b(?:vs\.?|v|versus|against|to|from)\s+(?:the\s+)?target\b|\btarget\s+(?:variance|difference|gap)\b/;

/** A level to reach for a period: `2014/15 Target`, `Aim` over `2019/20`, `Target` under a year, `Budget` in a KPI table. */
const TARGET_WORDS = /\b(targets?|aims?|goals?|ambitions?|budgets?|plan|planned|standards?|thresholds?)\b/;

const FORECAST_WORDS = /\b(forecasts?|projected|projections?|outturn|predicted|estimated year end)\b/;

/** Words that place figures in a period without saying what they measure: `Earlier Period`, `Actuals`, `Year`. */
const QUALIFIER_ONLY = /^(?:(?:earlier|later|previous|prior|current|latest|this|last|next|reporting|report|period|periods|year|years|month|months|quarter|quarters|actual|actuals|outturn|figures?|data|performance|value|values|result|results|position|as at|at|to|ending|ended)\s*)+$/;

/** What a change column holds, from its words: `Percentage`, `%` a percentage change; `pts` points; else the change. */
function changeKindOf(text: string): ChangeKind {
  if (/\b(pts|points|pp|ppts|percentage points)\b/.test(text)) return "points";
  if (/%|\b(percentage|percent|per cent|pct)\b/.test(text)) return "percent";
  return "actual";
}

interface RoleWord {
  readonly role: ColumnRole;
  readonly what: string;
  readonly exact: boolean;
  readonly valueWord: boolean;
  readonly themeWord: boolean;
}

/** Header words, matched whole (`exact`) or as words within the header. Order matters: `unit of measure` is a unit. */
const WORDS: readonly { role: ColumnRole; what: string; exact: readonly string[]; words?: RegExp; valueWord?: boolean; themeWord?: boolean }[] = [
  { role: "unit", what: "a unit", exact: ["unit", "units", "unit of measure", "measure type", "format"] },
  {
    role: "polarity",
    what: "a polarity",
    exact: ["polarity", "good direction", "better", "direction of improvement", "good is", "higher or lower is better", "is higher better"],
  },
  { role: "id", what: "an ID", exact: ["id", "kpi id", "ref", "reference", "kpi ref", "kpi code", "code", "no", "no.", "#", "measure id", "indicator id", "kpi no"] },
  { role: "rag", what: "a RAG", exact: ["rag", "rag status", "status", "rating", "rag rating", "assessment"], words: /\brag\b/ },
  { role: "trend", what: "a trend mark", exact: ["trend", "direction of travel", "dot", "direction", "arrow", "trend arrow"], words: /\btrend\b/ },
  {
    role: "commentary",
    what: "commentary",
    exact: ["commentary", "comment", "comments", "detail", "details", "narrative", "notes", "note", "update", "progress", "explanation", "context", "analysis", "exception report"],
    words: /\b(commentary|comments?|narrative)\b/,
  },
  {
    role: "period-label",
    what: "the period of each row",
    exact: ["period", "month", "date", "quarter", "month ending", "period ending", "year", "week", "reporting period", "month end", "qtr"],
  },
  {
    role: "segment",
    what: "a segment",
    exact: ["segment", "area", "section", "department", "location", "division", "district", "local authority", "lpa", "neighbourhood", "ward", "region", "force area", "borough", "team", "site", "sector", "service"],
  },
  { role: "name", what: "the theme", exact: ["theme", "themes", "theme name"], themeWord: true },
  { role: "priority", what: "a priority", exact: ["priority", "priorities", "pillar", "priority area", "objective", "outcome", "strategic priority", "strategic objective", "category"] },
  {
    role: "name",
    what: "the KPI",
    exact: [
      "key performance indicators",
      "key performance indicator",
      "performance indicators",
      "performance indicator",
      "kpi",
      "kpis",
      "kpi name",
      "indicator",
      "indicators",
      "indicator name",
      "measure",
      "measures",
      "measure name",
      "measures of success",
      "additional key indicators",
      "key indicators",
      "metric",
      "metrics",
      "name",
      "description",
    ],
    words: /\b(indicators?|kpis?|measures?|metrics?)\b/,
  },
  { role: "previous", what: "the previous figure", exact: ["previous", "previous performance", "previous period", "last period", "last quarter", "prior period", "previous quarter", "last year", "prior year"], words: /\b(previous|prior)\b/ },
  {
    role: "current",
    what: "a figure",
    exact: ["current", "current performance", "this period", "latest", "latest performance", "actual", "actuals", "value", "result", "figure", "performance", "this quarter", "amount", "count"],
    words: /\b(current|latest)\b/,
    valueWord: true,
  },
];

function roleWord(text: string): RoleWord | null {
  if (text === "") return null;
  for (const w of WORDS) {
    if (w.exact.includes(text)) return { role: w.role, what: w.what, exact: true, valueWord: w.valueWord ?? false, themeWord: w.themeWord ?? false };
  }
  for (const w of WORDS) {
    if (w.words?.test(text)) return { role: w.role, what: w.what, exact: false, valueWord: w.valueWord ?? false, themeWord: w.themeWord ?? false };
  }
  return null;
}

/** Budget table words (seed 000, section 3): the group over the column says year to date or full year. */
function financeRole(top: string, sub: string): ColumnRole | null {
  const all = `${top} ${sub}`;
  const fullYear = /\b(full year|year end|annual|projected|outturn|fy)\b/.test(all);
  if (/\bvariance\b/.test(all)) return fullYear ? "variance-full-year" : "variance-ytd";
  if (/\b(projection|forecast|outturn)\b/.test(sub || top)) return "projection-full-year";
  if (/\bbudgets?\b/.test(sub || top)) return fullYear ? "budget-full-year" : "budget-ytd";
  if (/\bactuals?\b/.test(sub || top)) return fullYear ? "projection-full-year" : "actual-ytd";
  return null;
}
