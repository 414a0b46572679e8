import type { Settings } from "../../model/kpi";
import { parsePercentInput } from "./parsePercentInput";
import type { SettingsForm } from "./settingsForm";

export interface ChangedSettings {
  /** Only what the analyst changed: the build saves these in the workbook's store, where they win over the
   * Settings sheet, so settings left alone must not be pinned there. */
  readonly settings: Partial<Settings>;
  /** Fields whose text is not a percentage; they are left out of `settings`. */
  readonly invalid: readonly ("tolerancePercent" | "exceptionThresholdPercent")[];
}

/**
 * The settings the form changes against those the workbook gave (`baseline`).
 * @example changedSettings({ ...toSettingsForm(s), tolerancePercent: "10" }, s).settings // { defaultTolerancePercent: 10 }
 */
export function changedSettings(form: SettingsForm, baseline: Settings): ChangedSettings {
  const settings: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  const invalid: ("tolerancePercent" | "exceptionThresholdPercent")[] = [];
  if (form.fiscalYearStartMonth !== baseline.fiscalYearStartMonth) settings.fiscalYearStartMonth = form.fiscalYearStartMonth;
  const labels = form.ragLabels;
  if (labels.green !== baseline.ragLabels.green || labels.amber !== baseline.ragLabels.amber || labels.red !== baseline.ragLabels.red) {
    settings.ragLabels = labels;
  }
  const tolerance = parsePercentInput(form.tolerancePercent);
  if (tolerance === null) invalid.push("tolerancePercent");
  else if (tolerance !== baseline.defaultTolerancePercent) settings.defaultTolerancePercent = tolerance;
  const threshold = parsePercentInput(form.exceptionThresholdPercent);
  if (threshold === null) invalid.push("exceptionThresholdPercent");
  else if (threshold !== baseline.exceptionThresholdPercent) settings.exceptionThresholdPercent = threshold;
  if (form.fillCommentaryFromDraft !== baseline.fillCommentaryFromDraft) settings.fillCommentaryFromDraft = form.fillCommentaryFromDraft;
  return { settings, invalid };
}
