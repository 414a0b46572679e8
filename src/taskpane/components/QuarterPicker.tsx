import { Field, Select } from "@fluentui/react-components";

export interface QuarterPickerProps {
  /** Newest first, as `inspect()` lists them. */
  readonly quarters: readonly string[];
  readonly value: string | null;
  readonly onChange: (quarter: string) => void;
  readonly disabled?: boolean;
}

/** The quarter to build; a native select, so it works with the keyboard and screen readers everywhere. */
export function QuarterPicker({ quarters, value, onChange, disabled }: QuarterPickerProps) {
  const empty = quarters.length === 0;
  return (
    <Field label="Quarter" hint={empty ? "No quarter with data has ended yet." : undefined}>
      <Select value={value ?? ""} disabled={disabled || empty} onChange={(_, data) => onChange(data.value)}>
        {empty ? <option value="">No complete quarter</option> : null}
        {quarters.map((q) => (
          <option key={q} value={q}>
            {q}
          </option>
        ))}
      </Select>
    </Field>
  );
}
