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
