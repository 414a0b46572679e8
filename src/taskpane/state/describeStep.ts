import type { BuildStep } from "../../pipeline";

export interface StepDescription {
  /** 1-based position among the build's steps. */
  readonly number: number;
  readonly of: number;
  /** Fraction done, for the progress bar. */
  readonly value: number;
  readonly text: string;
}

/**
 * What the progress bar says for a build step (`null`: the build has started but not reported yet).
 * @example describeStep("calculating").text === "Step 2 of 4: calculating the scorecard"
 */
export function describeStep(step: BuildStep | null): StepDescription {
  const of = 4;
  switch (step) {
    case null:
      return { number: 0, of, value: 0, text: "Starting the build" };
    case "reading":
      return { number: 1, of, value: 0.25, text: "Step 1 of 4: reading the workbook" };
    case "calculating":
      return { number: 2, of, value: 0.5, text: "Step 2 of 4: calculating the scorecard" };
    case "writing":
      return { number: 3, of, value: 0.75, text: "Step 3 of 4: writing the scorecard sheets" };
    case "done":
      return { number: 4, of, value: 1, text: "Step 4 of 4: done" };
    default: {
      const unknown: never = step;
      return unknown;
    }
  }
}
