import { month, monthIndex, monthSpan } from "../../model/period";
import { cleanText } from "../parse/cleanText";
import { normaliseHeader } from "../parse/normaliseHeader";
import type { HeaderPeriod, HeaderPeriodMatch } from "../parse/parseHeaderPeriod";
import { parseHeaderPeriod } from "../parse/parseHeaderPeriod";
import { spanForm } from "../parse/periodForms";
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
}

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
  const base = { period: null, measureLabel: null, valueWord: false, themeWord: false, finance };
  const clue = (role: ColumnRole, confidence: number, reason: string, extra: Partial<HeaderClue> = {}): HeaderClue => ({
    ...base,
    role,
    confidence,
    reason,
    ...extra,
  });

  if (/\btargets?\b/.test(all)) return clue("target", 0.95, `the header "${shown}" names a target`);
  if (CHANGE.test(topText) || CHANGE.test(subText)) {
    return clue("change", 0.9, `the header "${shown}" is a change, which the scorecard computes itself`);
  }

  const subPeriod = sub ? parseHeaderPeriod(sub.text, fiscalStartMonth, sub.numberFormat, sub.serial) : null;
  const topPeriod = parseHeaderPeriod(top.text, fiscalStartMonth, top.numberFormat, top.serial);
  const compared = [topPeriod, subPeriod].find((p) => p?.period.kind === "comparison");
  if (compared) return clue("change", 0.9, `the header "${shown}" compares two periods, a change the scorecard computes itself`, { period: compared.period });

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
    const label = topText !== "" && !word && topPeriod === null ? top.text.trim() : null;
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
    return clue("period", 0.85, `"${sub.text.trim()}" under the period "${top.text.trim()}"`, { period: topPeriod.period });
  }

  const period = topPeriod ?? subPeriod;
  if (period) {
    const word = period.rest === "" ? null : roleWord(period.rest);
    if (word && (word.role === "rag" || word.role === "trend" || word.role === "commentary")) {
      return clue(word.role, 0.85, `"${shown}" is ${word.what} for a period`, { period: period.period });
    }
    const confidence = period.period.kind === "explicit" ? 0.9 : 0.7;
    const why = period.period.kind === "explicit" ? "names a period" : "names a period without its year, which the report quarter gives";
    return clue("period", confidence, `the header "${shown}" ${why}`, { period: period.period });
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

const CHANGE = /\b(change|changes|variance|difference|diff|movement|\+\/-)\b/;

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
