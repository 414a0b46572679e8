import { Field, ProgressBar } from "@fluentui/react-components";
import { describeStep } from "../state/describeStep";
import type { BuildState } from "../state/usePaneState";

export interface BuildProgressProps {
  readonly build: BuildState;
}

/** The bar through reading, calculating, writing and done, with its text; shown while a build runs. */
export function BuildProgress({ build }: BuildProgressProps) {
  if (build.status !== "running") return null;
  const step = describeStep(build.step);
  return (
    <Field label="Build progress" validationMessage={step.text} validationState="none">
      <ProgressBar value={step.value} max={1} aria-valuetext={step.text} />
    </Field>
  );
}
