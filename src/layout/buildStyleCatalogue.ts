import type { RagStatus, Settings, TimeUnit, Unit } from "../model/kpi";
import { RAG_STATUSES, TIME_UNITS, UNITS } from "../model/kpi";
import type { CellStyle } from "./plan";
import type { FormatRole } from "./numberFormatFor";
import { numberFormatFor } from "./numberFormatFor";
import { MDC_COLOURS, PALETTE, RAG_COLOURS, TREND_COLOURS } from "./palette";
import { numberStyleName, ragStyleName, STYLE } from "./styleNames";

const BODY = 10;
/** Table cells share a faint rule beneath them: gridlines are off, so rows need their own separation. */
const ROW_RULE: CellStyle = { fontSize: BODY, vertical: "top", borderBottom: "thin", borderColor: PALETTE.faintRule };
const NUMBER: CellStyle = { ...ROW_RULE, horizontal: "right" };
const FINANCE_FORMAT = "#,##0;(#,##0);0";
const ADVERSE: CellStyle = { fill: RAG_COLOURS.red.fill, fontColor: RAG_COLOURS.red.fontColor };
const TOTAL: CellStyle = { bold: true, borderTop: "thin", borderBottom: "thin", borderColor: PALETTE.softText };
const GRAND_TOTAL: CellStyle = { bold: true, borderTop: "medium", borderBottom: "medium", borderColor: PALETTE.navy };
const MAX_DECIMALS = 6;
/** Excel applies an indent only to left- (or right-) aligned cells, so indented styles say "left". */
const SIGNAL: CellStyle = { horizontal: "left", indent: 1 };
const ROLES: readonly FormatRole[] = ["value", "change", "change-percent", "change-points"];

/**
 * Every named style a plan may use. `buildScorecardPlan` keeps the ones its cells name; tests look formats up here.
 * @example buildStyleCatalogue(DEFAULT_SETTINGS)["percent"].numberFormat === "0.0%"
 */
export function buildStyleCatalogue(settings: Settings): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = {
    [STYLE.title]: { bold: true, fontSize: 16, fontColor: PALETTE.navy, vertical: "center" },
    [STYLE.subtitle]: { bold: true, fontSize: 12, fontColor: PALETTE.softText, vertical: "center" },
    [STYLE.period]: { bold: true, fontSize: 12, fontColor: PALETTE.blue, vertical: "center" },
    [STYLE.caption]: { italic: true, fontSize: 9, fontColor: PALETTE.greyText, vertical: "center" },
    [STYLE.header]: {
      bold: true,
      fontSize: BODY,
      fontColor: PALETTE.white,
      fill: PALETTE.navy,
      horizontal: "center",
      vertical: "center",
      wrap: true,
    },
    [STYLE.headerLeft]: {
      bold: true,
      fontSize: BODY,
      fontColor: PALETTE.white,
      fill: PALETTE.navy,
      horizontal: "left",
      vertical: "center",
      wrap: true,
    },
    [STYLE.headerGroup]: {
      bold: true,
      fontSize: BODY,
      fontColor: PALETTE.navy,
      fill: PALETTE.paleBlue,
      horizontal: "center",
      vertical: "center",
      borderBottom: "thin",
      borderColor: PALETTE.navy,
    },
    [STYLE.section]: {
      bold: true,
      fontSize: 11,
      fontColor: PALETTE.navy,
      fill: PALETTE.paleBlue,
      vertical: "center",
      wrap: true,
      borderTop: "medium",
      borderColor: PALETTE.navy,
    },
    [STYLE.id]: { ...ROW_RULE, fontColor: PALETTE.greyText },
    [STYLE.kpi]: { ...ROW_RULE, wrap: true, fontColor: PALETTE.text },
    [STYLE.kpiChild]: { ...ROW_RULE, wrap: true, horizontal: "left", indent: 2, fontColor: PALETTE.softText },
    [STYLE.kpiGrandchild]: { ...ROW_RULE, wrap: true, horizontal: "left", indent: 4, fontColor: PALETTE.softText },
    [STYLE.target]: { ...ROW_RULE, horizontal: "center", wrap: true },
    [STYLE.text]: { ...ROW_RULE, wrap: true },
    [STYLE.textBold]: { ...ROW_RULE, bold: true, wrap: true },
    [STYLE.cell]: { ...ROW_RULE },
    [STYLE.na]: { ...ROW_RULE, horizontal: "right", italic: true, fontColor: PALETTE.faintText },
    [STYLE.grade]: { ...ROW_RULE, horizontal: "right" },
    [STYLE.ragNone]: { ...ROW_RULE, horizontal: "center", fontColor: PALETTE.faintText },
    [STYLE.trendImproving]: { ...ROW_RULE, horizontal: "center", bold: true, fontColor: TREND_COLOURS.improving },
    [STYLE.trendWorsening]: { ...ROW_RULE, horizontal: "center", bold: true, fontColor: TREND_COLOURS.worsening },
    [STYLE.trendNeutral]: { ...ROW_RULE, horizontal: "center", bold: true, fontColor: TREND_COLOURS.neutral },
    [STYLE.trendKeyImproving]: { fontSize: 9, bold: true, horizontal: "center", fontColor: TREND_COLOURS.improving },
    [STYLE.trendKeyWorsening]: { fontSize: 9, bold: true, horizontal: "center", fontColor: TREND_COLOURS.worsening },
    [STYLE.trendKeyNeutral]: { fontSize: 9, bold: true, horizontal: "center", fontColor: TREND_COLOURS.neutral },
    [STYLE.keyLabel]: { fontSize: 9, bold: true, fontColor: PALETTE.softText, vertical: "center" },
    [STYLE.notes]: { ...ROW_RULE, fontSize: 9, wrap: true, fontColor: PALETTE.softText },
    [STYLE.commentary]: { ...ROW_RULE, wrap: true },
    // Drafts are set apart by a faint fill and softer text, at the same size so they print as legibly.
    [STYLE.suggested]: { ...ROW_RULE, wrap: true, fontColor: PALETTE.softText, fill: PALETTE.draftFill },
    [STYLE.draftSummary]: { fontSize: BODY, wrap: true, vertical: "top", fontColor: PALETTE.softText, fill: PALETTE.draftFill, borderBottom: "thin", borderColor: PALETTE.faintRule },
    [STYLE.footnote]: { italic: true, fontSize: 9, fontColor: PALETTE.greyText },
    [STYLE.blockTitle]: { bold: true, fontSize: 11, fontColor: PALETTE.navy },
    [STYLE.month]: { ...ROW_RULE, horizontal: "center" },
    [STYLE.signalImprovement]: { ...ROW_RULE, ...SIGNAL, fill: PALETTE.improvementFill, fontColor: PALETTE.improvementText },
    [STYLE.signalConcern]: { ...ROW_RULE, ...SIGNAL, fill: PALETTE.concernFill, fontColor: PALETTE.concernText },
    [STYLE.signalNeither]: { ...ROW_RULE, ...SIGNAL, fontColor: PALETTE.greyText },
    [STYLE.spcCommonCause]: spcIcon(MDC_COLOURS.icons.commonCause),
    [STYLE.spcImprovement]: spcIcon(MDC_COLOURS.icons.improvement),
    [STYLE.spcConcern]: spcIcon(MDC_COLOURS.icons.concern),
    [STYLE.spcNeither]: spcIcon(MDC_COLOURS.icons.neither),
    [STYLE.spcNone]: { ...ROW_RULE, horizontal: "center", fontColor: PALETTE.faintText },
    [STYLE.severityError]: { ...ROW_RULE, bold: true, ...ADVERSE },
    [STYLE.severityWarning]: { ...ROW_RULE, bold: true, fill: RAG_COLOURS.amber.fill, fontColor: RAG_COLOURS.amber.fontColor },
    [STYLE.severityInfo]: { ...ROW_RULE, fontColor: PALETTE.greyText },
    [STYLE.link]: { ...ROW_RULE, fontColor: PALETTE.link },
    [STYLE.code]: { ...ROW_RULE, fontSize: 9, fontColor: PALETTE.greyText },
    [STYLE.financeGroup]: { bold: true, fontSize: BODY, fontColor: PALETTE.navy, borderBottom: "thin", borderColor: PALETTE.rule },
    [STYLE.financeLine]: { ...ROW_RULE, horizontal: "left", indent: 1 },
    [STYLE.financeTotalLabel]: { fontSize: BODY, vertical: "top", ...TOTAL },
    [STYLE.financeGrandTotalLabel]: { fontSize: BODY, vertical: "top", ...GRAND_TOTAL },
    [STYLE.financeValue]: { ...NUMBER, numberFormat: FINANCE_FORMAT },
    [STYLE.financeAdverse]: { ...NUMBER, numberFormat: FINANCE_FORMAT, ...ADVERSE },
    [STYLE.financeTotal]: { ...NUMBER, ...TOTAL, numberFormat: FINANCE_FORMAT },
    [STYLE.financeTotalAdverse]: { ...NUMBER, ...TOTAL, numberFormat: FINANCE_FORMAT, ...ADVERSE },
    [STYLE.financeGrandTotal]: { ...NUMBER, ...GRAND_TOTAL, numberFormat: FINANCE_FORMAT },
    [STYLE.financeGrandTotalAdverse]: { ...NUMBER, ...GRAND_TOTAL, numberFormat: FINANCE_FORMAT, ...ADVERSE },
    [STYLE.financeNa]: { ...ROW_RULE, horizontal: "right", italic: true, fontColor: PALETTE.faintText },
    [STYLE.summaryCount]: { ...NUMBER, horizontal: "center", bold: true, numberFormat: "0" },
  };
  for (const status of RAG_STATUSES) styles[ragStyleName(status)] = ragStyle(status);
  for (const unit of UNITS) addNumberStyles(styles, unit, settings.currencySymbol);
  for (const timeUnit of TIME_UNITS) addNumberStyles(styles, "duration", settings.currencySymbol, timeUnit);
  return styles;
}

/** An MDC icon: its bold letter in the icon's colour on a light fill of it, like a RAG cell. */
function spcIcon(colours: { readonly fill: string; readonly fontColor: string }): CellStyle {
  return { ...ROW_RULE, bold: true, fontSize: 12, horizontal: "center", ...colours };
}

function ragStyle(status: RagStatus): CellStyle {
  const { fill, fontColor } = RAG_COLOURS[status];
  return { ...ROW_RULE, bold: true, horizontal: "center", fill, fontColor };
}

function addNumberStyles(styles: Record<string, CellStyle>, unit: Unit, currencySymbol: string, timeUnit?: TimeUnit): void {
  for (const role of ROLES) {
    for (let decimals = 0; decimals <= MAX_DECIMALS; decimals += 1) {
      const name = numberStyleName(unit, role, decimals, timeUnit);
      if (name in styles) continue;
      styles[name] = { ...NUMBER, numberFormat: numberFormatFor(unit, role, { decimals, currencySymbol, ...(timeUnit ? { timeUnit } : {}) }) };
    }
  }
}
