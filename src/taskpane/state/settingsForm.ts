/**
 * The settings the task pane lets an analyst change, as the form holds them: percentages as typed text so a
 * half-typed value is not lost, and a way back to the partial settings the build takes.
 */
import type { RagLabels, Settings } from "../../model/kpi";

export interface SettingsForm {
  readonly fiscalYearStartMonth: number;
  readonly ragLabels: RagLabels;
  /** As typed, e.g. `5`. */
  readonly tolerancePercent: string;
  readonly exceptionThresholdPercent: string;
  /** Write the draft into an empty Commentary (`Settings.fillCommentaryFromDraft`). */
  readonly fillCommentaryFromDraft: boolean;
}

/** @example toSettingsForm(DEFAULT_SETTINGS).tolerancePercent === "5" */
export function toSettingsForm(settings: Settings): SettingsForm {
  return {
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    ragLabels: settings.ragLabels,
    tolerancePercent: String(settings.defaultTolerancePercent),
    exceptionThresholdPercent: String(settings.exceptionThresholdPercent),
    fillCommentaryFromDraft: settings.fillCommentaryFromDraft,
  };
}
