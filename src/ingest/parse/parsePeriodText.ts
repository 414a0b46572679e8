import { formatPeriodLabel } from "../../calc/formatPeriodLabel";
import { cleanText } from "./cleanText";
import type { MatchedTokens, PeriodForm, PeriodReading, PeriodToken } from "./periodForms";
import { PERIOD_FORMS, PERIOD_TOKENS } from "./periodForms";
import { stripFootnote } from "./stripFootnote";

export interface PeriodTextMatch {
  readonly reading: PeriodReading;
  readonly form: PeriodForm;
}

export interface ParsePeriodTextOptions {
  /**
   * The text heads a column: `2011-12` is then the fiscal year 2011/12 (a column of Decembers is unheard of), where a
   * cell of a Period column reads it as December 2011, as ISO writes months; and the header-only forms are read
   * (`2014`, `Q3 2022`: calendar periods, as the neighbouring columns show); and a month, quarter or year keeps the
 * header's own label.
   */
  readonly header?: boolean;
}

/**
 * Reads a period as analysts write it, by the forms of `PERIOD_FORMS` in order (the first that reads the whole text
 * wins): months (`Apr-13`, `2013-04`, `30 Sep 13`), fiscal quarters (`Q3 2022/23`, `2022-23 Q3`) and years
 * (`2021/22`, `FY 2021/22`, `2021 - 22`), and spans of months (`Oct-Dec 2022`, `Jan 12 - Mar 12`, `YTD Dec 22`,
 * `12 months to Dec-22`, `May-13 to Apr-14`, `Jul '17 to Jun '18`), with the fiscal year start respected; a column
 * header's quarter, month or months without a year (`Q2`, `Sep`, `Apr - Sep`); and a comparison of two periods
 * (`12m to Apr-15 -v- 12m to Apr-14`). Case, spacing and a trailing footnote mark do not matter. `null` when no form
 * reads it.
 * @example parsePeriodText("Jan 12 - Mar 12", 4)?.reading // { kind: "period", period: { kind: "span", first: Jan 2012, last: Mar 2012, form: "range", label: "Jan 12 - Mar 12" } }
 */
export function parsePeriodText(text: string, fiscalStartMonth: number, options: ParsePeriodTextOptions = {}): PeriodTextMatch | null {
  const label = stripFootnote(cleanText(text)).text;
  const lower = label.toLowerCase();
  if (lower === "" || !/[a-z0-9]/.test(lower)) return null;
  if (options.header && HEADER_FISCAL_YEAR.test(lower)) {
    const fiscal = readWith(FISCAL_YEAR, lower, label, fiscalStartMonth, true);
    if (fiscal) return fiscal;
  }
  for (const compiled of COMPILED) {
    const found = readWith(compiled, lower, label, fiscalStartMonth, options.header ?? false);
    if (found) return found;
  }
  return null;
}

/**
 * A month, quarter or year read from a column header keeps the header's text where the scorecard would write it
 * otherwise (`Q1 2024/25`), so the scorecard labels it as the table does. A cell of a Period column is data, labelled
 * the scorecard's way.
 */
function labelled(reading: PeriodReading, label: string, fiscalStartMonth: number): PeriodReading {
  if (reading.kind !== "period" || reading.period.kind === "span") return reading;
  return label === formatPeriodLabel(reading.period, fiscalStartMonth) ? reading : { kind: "period", period: { ...reading.period, label } };
}

/** `2011-12`: a year and the next year's last two digits, which could be a month. */
const HEADER_FISCAL_YEAR = /^\d{4}\s*[-\u2013]\s*\d{2}$/;

interface CompiledForm {
  readonly form: PeriodForm;
  readonly whole: RegExp;
  /** The same, to find the form inside longer text (`Establishment at 30 Sep 13`). */
  readonly within: RegExp;
  readonly tokens: readonly PeriodToken[];
}

/**
 * Between two tokens: spaces and the separators analysts type (`Apr-13`, `Jul '17`, `04/2013`), none needed between
 * a word and a number (`Apr13`, `12m`).
 */
const SEPARATORS = "[\\s\\-'\u2019.,/:]";
const NUMERIC: ReadonlySet<PeriodToken> = new Set<PeriodToken>(["DAY", "YEAR", "YYYY", "MM", "FY", "FYY", "N", "Q"]);

function compile(form: PeriodForm): CompiledForm {
  const tokens: PeriodToken[] = [];
  let body = "";
  for (const piece of form.template.split(" ")) {
    const optional = piece.endsWith("?");
    const token = (optional ? piece.slice(0, -1) : piece) as PeriodToken;
    const previous = tokens[tokens.length - 1];
    // Two numbers need a separator, and so does the word between two periods compared (`Nov 22 v Nov 21`).
    const needed = (NUMERIC.has(previous as PeriodToken) && NUMERIC.has(token)) || token === "VS" || previous === "VS";
    const join = previous === undefined ? "" : `${SEPARATORS}${needed ? "+" : "*"}`;
    tokens.push(token);
    const group = `(${PERIOD_TOKENS[token]})`;
    body += optional ? `(?:${join}${group})?` : `${join}${group}`;
  }
  return {
    form,
    // Matched against the text as written, so a token keeps its case for a label. No look-behind: Safari before
    // 16.4 (Excel for Mac on older macOS) cannot compile one, so the character before is matched and skipped.
    whole: new RegExp(`^${body}$`, "i"),
    within: new RegExp(`(^|[^a-z0-9])(${body})(?![a-z0-9])`, "gi"),
    tokens,
  };
}

const COMPILED: readonly CompiledForm[] = PERIOD_FORMS.map(compile);
const FISCAL_YEAR = COMPILED.find((c) => c.form.name === "Fiscal year") as CompiledForm;

function tokensOf(compiled: CompiledForm, match: RegExpExecArray): MatchedTokens {
  const written = (token: PeriodToken, index = 0): string | undefined => {
    let seen = 0;
    for (let i = 0; i < compiled.tokens.length; i++) {
      if (compiled.tokens[i] === token && seen++ === index) return match[i + 1];
    }
    return undefined;
  };
  return { written, get: (token, index) => written(token, index)?.toLowerCase() };
}

function readWith(compiled: CompiledForm, lower: string, label: string, fiscalStartMonth: number, header: boolean, within = false): PeriodTextMatch | null {
  const match = compiled.whole.exec(label);
  if (!match) return null;
  const reading = compiled.form.read(tokensOf(compiled, match), {
    fiscalStartMonth,
    label,
    text: lower,
    header,
    within,
    readPeriod: (part) => {
      const read = parsePeriodText(part, fiscalStartMonth, { header: true });
      return read?.reading.kind === "period" ? read.reading.period : null;
    },
  });
  if (!reading) return null;
  return { reading: header ? labelled(reading, label, fiscalStartMonth) : reading, form: compiled.form };
}

export interface PeriodTextFound extends PeriodTextMatch {
  /** Where the period's text starts in the cleaned text, and the text it matched, as written. */
  readonly index: number;
  readonly text: string;
}

/**
 * The longest period named inside longer text: `Establishment at 30 Sep 13` names Sep 2013, `2013/14 Target` the
 * year 2013/14, `RAG Q2` the second quarter. Comparisons and partial forms other than a quarter are not looked for
 * (`may` is a word, `Apr - Sep` inside a sentence is not a column's period); `accept` can refuse others. `null` when
 * it names none.
 * @example findPeriodText("Establishment at 30 Sep 13", 4)?.text === "30 Sep 13"
 */
export function findPeriodText(
  text: string,
  fiscalStartMonth: number,
  accept: (found: PeriodTextMatch) => boolean = () => true,
): PeriodTextFound | null {
  const clean = stripFootnote(cleanText(text)).text;
  let best: PeriodTextFound | null = null;
  for (const compiled of COMPILED) {
    if (compiled.tokens.includes("ANY") || compiled.tokens.every((t) => t === "MON" || t === "TO")) continue;
    compiled.within.lastIndex = 0;
    for (let m = compiled.within.exec(clean); m; m = compiled.within.exec(clean)) {
      const found = m[2] ?? "";
      const index = m.index + (m[1] ?? "").length;
      // The next search starts after the period, not after the character before it.
      compiled.within.lastIndex = index + Math.max(1, found.length);
      if (best && found.length <= best.text.length) continue;
      const reading = readWith(compiled, found.toLowerCase(), found, fiscalStartMonth, true, true);
      if (reading && (reading.reading.kind === "period" || reading.reading.kind === "quarter-only") && accept(reading)) {
        best = { ...reading, index, text: found };
      }
    }
  }
  return best;
}
