import { describeStep } from "./describeStep";

describe("describeStep", () => {
  it("numbers the steps in the order the pipeline runs them", () => {
    expect((["reading", "calculating", "writing", "done"] as const).map((s) => describeStep(s).number)).toEqual([1, 2, 3, 4]);
  });

  it("fills the progress bar in quarters and says what is happening", () => {
    expect(describeStep("writing")).toMatchObject({ value: 0.75, text: "Step 3 of 4: writing the scorecard sheets" });
  });

  describe("edge cases", () => {
    it("shows an empty bar before the first step is reported", () => {
      expect(describeStep(null).value).toBe(0);
    });
  });
});
