/**
 * Colours of the scorecard, in one place so sheets, conditional formats and charts agree. RAG fills are Excel's
 * Good / Neutral / Bad palette: dark text on a light fill reads well on screen, in print and for most colour-blind
 * readers, and an analyst recognises it.
 */
import type { RagStatus } from "../model/kpi";

export const PALETTE = {
  navy: "#1F3864",
  blue: "#2E75B6",
  paleBlue: "#D9E1F2",
  text: "#262626",
  softText: "#404040",
  greyText: "#595959",
  faintText: "#767676",
  rule: "#BFBFBF",
  faintRule: "#D9D9D9",
  /** Behind drafted text: the suggestions column and summaries. */
  draftFill: "#F3F6FA",
  white: "#FFFFFF",
  link: "#0563C1",
  /** NHS "Making Data Count": blue for improvement, orange for concern. */
  improvementFill: "#DDEBF7",
  improvementText: "#1F4E79",
  concernFill: "#FCE4D6",
  concernText: "#C55A11",
  chartColumns: "#8EA9DB",
  chartLine: "#1F3864",
  chartValues: "#1F4E79",
  chartMean: "#595959",
  chartLimits: "#C00000",
  /** The months an SPC baseline takes its limits from: a wide pale band behind the mean. */
  chartBaseline: "#BDD7EE",
} as const;

/**
 * NHS "Making Data Count" colours, as NHSRplotthedots draws them (`ptd_spc_colours`): grey common cause, blue
 * improvement, orange concern, purple neither, red target. The scorecard's icons take the same hues as a dark letter
 * on a light fill, as the RAG cells do, so they read on screen, in colour print and in black and white.
 */
export const MDC_COLOURS = {
  commonCause: "#A6A6A6",
  improvement: "#00B0F0",
  concern: "#E46C0A",
  neither: "#490092",
  mean: "#000000",
  limits: "#A6A6A6",
  target: "#DE1B1B",
  icons: {
    commonCause: { fill: "#EDEDED", fontColor: "#404040" },
    improvement: { fill: "#DDEBF7", fontColor: "#0062A8" },
    concern: { fill: "#FCE4D6", fontColor: "#B34700" },
    neither: { fill: "#E4DFEC", fontColor: "#490092" },
  },
} as const;

/** Fill and font colour for a RAG status. */
export const RAG_COLOURS: Readonly<Record<RagStatus, { readonly fill: string; readonly fontColor: string }>> = {
  green: { fill: "#C6EFCE", fontColor: "#006100" },
  amber: { fill: "#FFEB9C", fontColor: "#9C5700" },
  red: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

/** Trend marks are coloured by whether the move is good for the KPI, not by its direction. */
export const TREND_COLOURS = {
  improving: "#00843D",
  worsening: "#C00000",
  neutral: "#767676",
} as const;
