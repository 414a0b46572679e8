import { Field, Select } from "@fluentui/react-components";

export interface PeriodPickerProps {
  /** Newest first, as `inspect()` lists them: `Q2 2013-14`, or as a table labels them: `Oct-Dec 2023`. */
  readonly periods: readonly string[];
  readonly value: string | null;
  readonly onChange: (period: string) => void;
  readonly disabled?: boolean;
}

/**
 * The period to build: the quarters monthly data completes, or the periods the tables give. A native select, so it
 * works with the keyboard and screen readers everywhere.
 */
export function PeriodPicker({ periods, value, onChange, disabled }: PeriodPickerProps) {
  const empty = periods.length === 0;
  return (
    <Field label="Period" hint={empty ? "No period with data has ended yet." : undefined}>
      <Select value={value ?? ""} disabled={disabled || empty} onChange={(_, data) => onChange(data.value)}>
        {empty ? <option value="">No complete period</option> : null}
        {periods.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </Select>
    </Field>
  );
}
