import { AccordionHeader, AccordionItem, AccordionPanel, Checkbox, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import type { RagLabels, Settings } from "../../model/kpi";
import { parsePercentInput } from "../state/parsePercentInput";
import type { SettingsForm } from "../state/settingsForm";
import { SETTINGS_ITEM } from "./paneItems";
import { useSectionStyles } from "./useSectionStyles";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const LABEL_SETS: readonly RagLabels[] = [
  { green: "Green", amber: "Amber", red: "Red" },
  { green: "Green", amber: "Yellow", red: "Red" },
];

export interface SettingsPanelProps {
  readonly form: SettingsForm;
  /** The workbook's own settings: a custom set of RAG labels stays selectable. */
  readonly baseline: Settings;
  readonly onChange: (form: SettingsForm) => void;
}

const labelKey = (l: RagLabels) => `${l.green}/${l.amber}/${l.red}`;


/** Settings, an item of the pane's accordion, saved in the workbook with the next build so next quarter is one click again. */
export function SettingsPanel({ form, baseline, onChange }: SettingsPanelProps) {
  const styles = useSectionStyles();
  const labelSets = [...LABEL_SETS];
  for (const l of [baseline.ragLabels, form.ragLabels]) if (!labelSets.some((s) => labelKey(s) === labelKey(l))) labelSets.push(l);
  const percentError = (text: string) => (parsePercentInput(text) === null ? "Enter a number from 0 to 100." : undefined);
  const toleranceError = percentError(form.tolerancePercent);
  const thresholdError = percentError(form.exceptionThresholdPercent);

  return (
    <AccordionItem value={SETTINGS_ITEM}>
      <AccordionHeader as="h2" size="large">
        Settings
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel}>
          <p className={styles.note}>Saved in the workbook when you build.</p>
          <Field label="Fiscal year starts in">
            <Select
              value={String(form.fiscalYearStartMonth)}
              onChange={(_, data) => onChange({ ...form, fiscalYearStartMonth: Number(data.value) })}
            >
              {MONTHS.map((name, i) => (
                <option key={name} value={String(i + 1)}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="RAG labels">
            <RadioGroup
              value={labelKey(form.ragLabels)}
              onChange={(_, data) => {
                const chosen = labelSets.find((s) => labelKey(s) === data.value);
                if (chosen) onChange({ ...form, ragLabels: chosen });
              }}
            >
              {labelSets.map((s) => (
                <Radio key={labelKey(s)} value={labelKey(s)} label={`${s.green} / ${s.amber} / ${s.red}`} />
              ))}
            </RadioGroup>
          </Field>
          <Field
            label="Default tolerance (%)"
            hint="How far from target still counts as amber, for KPIs without their own tolerance."
            validationState={toleranceError ? "error" : "none"}
            validationMessage={toleranceError}
          >
            <Input
              inputMode="decimal"
              value={form.tolerancePercent}
              onChange={(_, data) => onChange({ ...form, tolerancePercent: data.value })}
            />
          </Field>
          <Field
            label="Exception threshold (%)"
            hint="An area is an exception when its change is worse than this."
            validationState={thresholdError ? "error" : "none"}
            validationMessage={thresholdError}
          >
            <Input
              inputMode="decimal"
              value={form.exceptionThresholdPercent}
              onChange={(_, data) => onChange({ ...form, exceptionThresholdPercent: data.value })}
            />
          </Field>
          <Field hint="Off: drafts stay in their own column. Never replaces commentary anyone wrote.">
            <Checkbox
              label="Fill empty commentary from the draft"
              checked={form.fillCommentaryFromDraft}
              onChange={(_, data) => onChange({ ...form, fillCommentaryFromDraft: data.checked === true })}
            />
          </Field>
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
