import type { Target, Unit } from "../model/kpi";
import type { TrajectoryResult } from "../model/results";
import { computeChange } from "./computeChange";
import { computeRag } from "./computeRag";
import type { ComputeRagInput } from "./computeRag";

function input(
  target: Target,
  targetText: string,
  current: number | null,
  previous: number | null,
  options: { unit?: Unit; tolerance?: number | null; override?: ComputeRagInput["override"]; trajectory?: TrajectoryResult } = {},
): ComputeRagInput {
  const unit = options.unit ?? "count";
  return {
    kpi: { target, targetText, unit, polarity: "higher-is-better", tolerance: options.tolerance ?? null, decimals: null },
    current,
    previous,
    change: computeChange(current, previous, unit),
    defaultTolerancePercent: 5,
    override: options.override ?? null,
    ...(options.trajectory ? { trajectory: options.trajectory } : {}),
  };
}

const atLeast25_5: Target = { kind: "level", comparator: ">=", value: 25.5 };
const atMost2: Target = { kind: "level", comparator: "<=", value: 2 };
const reduceBy1: Target = { kind: "change", comparator: ">=", percent: 1, direction: "reduction" };

describe("computeRag", () => {
  describe("level targets", () => {
    it("is green when the target is met", () => {
      const rag = computeRag(input(atLeast25_5, "≥ 25.5%", 26, 21.1, { unit: "percent" }));
      expect(rag).toEqual({ status: "green", basis: "target", computed: "green", reason: "26% against ≥ 25.5%: target met" });
    });

    it("is amber when missed by no more than the tolerance percent of the target (seed 000 Positive Outcome Rate)", () => {
      const rag = computeRag(input(atLeast25_5, "≥ 25.5%", 25.2, 21.1, { unit: "percent" }));
      expect(rag.status).toBe("amber");
      expect(rag.reason).toBe("25.2% against ≥ 25.5%: within 5% tolerance");
    });

    it("is red when missed by more than the tolerance", () => {
      // 5% of 25.5 is 1.275, so anything below 24.225 is red.
      const rag = computeRag(input(atLeast25_5, "≥ 25.5%", 24.2, 21.1, { unit: "percent" }));
      expect(rag.status).toBe("red");
      expect(rag.reason).toBe("24.2% against ≥ 25.5%: outside 5% tolerance");
    });

    it("uses the KPI's own tolerance over the default", () => {
      expect(computeRag(input(atLeast25_5, "≥ 25.5%", 25.2, null, { unit: "percent", tolerance: 1 })).status).toBe("red");
      expect(computeRag(input(atLeast25_5, "≥ 25.5%", 25.3, null, { unit: "percent", tolerance: 1 })).status).toBe("amber");
    });

    it("judges at-most targets from above (seed 000: 999 calls abandoned ≤ 2%)", () => {
      expect(computeRag(input(atMost2, "≤ 2%", 0.3, 0.1, { unit: "percent" })).status).toBe("green");
      expect(computeRag(input(atMost2, "≤ 2%", 2.1, 0.1, { unit: "percent" })).status).toBe("amber");
      expect(computeRag(input(atMost2, "≤ 2%", 2.2, 0.1, { unit: "percent" })).status).toBe("red");
    });

    it("reads seed 000's call handling against ≥ 95% and ≥ 75%", () => {
      const answered = { kind: "level", comparator: ">=", value: 95 } as const;
      expect(computeRag(input(answered, "≥ 95%", 94.2, 95.5, { unit: "percent" })).status).toBe("amber");
      const nonEmergency = { kind: "level", comparator: ">=", value: 75 } as const;
      expect(computeRag(input(nonEmergency, "≥ 75%", 62.6, 65.9, { unit: "percent" })).status).toBe("red");
    });

    it("treats a strict comparator met exactly as missed, within tolerance", () => {
      expect(computeRag(input({ kind: "level", comparator: ">", value: 10 }, "> 10", 10, null)).status).toBe("amber");
      expect(computeRag(input({ kind: "level", comparator: "<", value: 10 }, "< 10", 9, null)).status).toBe("green");
      expect(computeRag(input({ kind: "level", comparator: "<", value: 10 }, "< 10", 12, null)).status).toBe("red");
    });

    it("judges an exact target by distance either side", () => {
      const exactly100: Target = { kind: "level", comparator: "=", value: 100 };
      expect(computeRag(input(exactly100, "= 100", 100, null)).status).toBe("green");
      expect(computeRag(input(exactly100, "= 100", 104, null)).status).toBe("amber");
      expect(computeRag(input(exactly100, "= 100", 94, null)).status).toBe("red");
    });

    it("writes the target from the parsed form when the published text is missing", () => {
      expect(computeRag(input(atLeast25_5, "", 26, null, { unit: "percent" })).reason).toBe("26% against ≥ 25.5%: target met");
    });
  });

  describe("change targets", () => {
    it("is green when the reduction reaches the target (seed 000 Total Crime, -6.8% against ≥ 1%)", () => {
      const rag = computeRag(input(reduceBy1, "≥ 1%", 19581, 21012));
      expect(rag.status).toBe("green");
      expect(rag.basis).toBe("change-target");
      expect(rag.reason).toBe("Down 6.8% against a ≥ 1% reduction: target met");
    });

    it("is amber when short by no more than the tolerance in percentage points", () => {
      // A 2% rise is 3 points short of a 1% reduction: within 5 points.
      expect(computeRag(input(reduceBy1, "≥ 1%", 102, 100)).status).toBe("amber");
      expect(computeRag(input(reduceBy1, "≥ 1%", 102, 100)).reason).toBe("Up 2.0% against a ≥ 1% reduction: within 5 point tolerance");
    });

    it("is red when short by more than the tolerance", () => {
      expect(computeRag(input(reduceBy1, "≥ 1%", 105, 100)).status).toBe("red");
    });

    it("judges an increase target in the other direction", () => {
      const growBy10: Target = { kind: "change", comparator: ">=", percent: 10, direction: "increase" };
      expect(computeRag(input(growBy10, "≥ 10%", 111, 100)).status).toBe("green");
      expect(computeRag(input(growBy10, "≥ 10%", 106, 100)).status).toBe("amber");
      expect(computeRag(input(growBy10, "≥ 10%", 95, 100)).status).toBe("red");
    });

    it("judges a percentage KPI on its change in points", () => {
      const rag = computeRag(input({ kind: "change", comparator: ">=", percent: 2, direction: "increase" }, "≥ 2%", 25.2, 21.1, { unit: "percent" }));
      expect(rag.status).toBe("green");
      expect(rag.reason).toBe("Up 4.1 points against a ≥ 2% increase: target met");
    });

    it("is not judged when the previous figure is 0", () => {
      const rag = computeRag(input(reduceBy1, "≥ 1%", 5, 0));
      expect(rag).toMatchObject({ status: null, basis: "none" });
      expect(rag.reason).toBe("No percentage change can be measured: the previous figure is 0");
    });

    it("is not judged without a previous figure", () => {
      expect(computeRag(input(reduceBy1, "≥ 1%", 5, null)).status).toBeNull();
    });
  });

  describe("direction targets", () => {
    const down: Target = { kind: "direction", direction: "down" };
    const up: Target = { kind: "direction", direction: "up" };

    it("is green for change in the right direction (seed 002: ASB ↓)", () => {
      const rag = computeRag(input(down, "↓", 75, 100));
      expect(rag).toMatchObject({ status: "green", basis: "direction" });
      expect(rag.reason).toBe("Down 25.0% against ↓: the right direction");
    });

    it("is amber for no change", () => {
      expect(computeRag(input(up, "↑", 46, 46, { unit: "percent" })).status).toBe("amber");
    });

    it("is red for change the wrong way", () => {
      expect(computeRag(input(up, "↑", 86.9, 90, { unit: "percent" })).status).toBe("red");
    });

    it("is not judged without a previous figure", () => {
      expect(computeRag(input(up, "↑", 86.9, null)).status).toBeNull();
    });
  });

  describe("grade targets", () => {
    const adequate: Target = { kind: "grade", grade: "adequate" };

    it("is green at or above the target grade", () => {
      const rag = computeRag(input(adequate, "ADQ.", 4, null, { unit: "grade" }));
      expect(rag).toMatchObject({ status: "green", basis: "grade", reason: "Good against Adequate: target met" });
      expect(computeRag(input(adequate, "ADQ.", 3, null, { unit: "grade" })).status).toBe("green");
    });

    it("is amber one grade short", () => {
      expect(computeRag(input(adequate, "ADQ.", 2, null, { unit: "grade" }))).toMatchObject({
        status: "amber",
        reason: "Requires improvement against Adequate: one grade short",
      });
    });

    it("is red more than one grade short", () => {
      expect(computeRag(input({ kind: "grade", grade: "good" }, "Good", 2, null, { unit: "grade" })).status).toBe("red");
    });
  });

  describe("targets that are not judged", () => {
    it("needs a league table for a rank target", () => {
      const rag = computeRag(input({ kind: "rank", comparator: "<=", position: 3, group: "MSG" }, "≥ 3rd in MSG", 70, 68.8));
      expect(rag).toMatchObject({ status: null, computed: null, basis: "none" });
      expect(rag.reason).toBe('A league table is needed to judge "≥ 3rd in MSG"');
    });

    it("gives reasons for no target, TBC and text that was not understood", () => {
      expect(computeRag(input({ kind: "none" }, "", 5, 4))).toMatchObject({ status: null, reason: "No target" });
      expect(computeRag(input({ kind: "to-be-confirmed" }, "TBC", 5, 4))).toMatchObject({ status: null, reason: "Target to be confirmed" });
      expect(computeRag(input({ kind: "unparsed", text: "better" }, "better", 5, 4))).toMatchObject({
        status: null,
        reason: 'Target "better" was not understood',
      });
    });

    it("says No data when there is no current figure", () => {
      expect(computeRag(input(atLeast25_5, "≥ 25.5%", null, 21.1, { unit: "percent" }))).toEqual({
        status: null,
        basis: "none",
        computed: null,
        reason: "No data",
      });
    });
  });

  describe("trajectories", () => {
    const ksi = (projectedYearEnd: number, onTrack: boolean): TrajectoryResult => ({
      targetForYear: 347.5,
      yearLabel: "2013",
      actualToDate: 242,
      projectedYearEnd,
      onTrack,
      lastYear: { yearLabel: "2012", target: 362, actual: null, actualToDate: null },
    });

    it("is green on track (seed 000 KSIs: 322.7 projected against 347.5)", () => {
      const rag = computeRag(input({ kind: "none" }, "", 242, 290, { trajectory: ksi(322.7, true) }));
      expect(rag).toMatchObject({ status: "green", basis: "trajectory" });
      expect(rag.reason).toBe("Projected 322.7 for 2013 against a trajectory target of 347.5: on track");
    });

    it("is amber off track but within tolerance of the trajectory target", () => {
      // 5% of 347.5 is 17.4.
      expect(computeRag(input({ kind: "none" }, "", 270, 290, { trajectory: ksi(360, false) })).status).toBe("amber");
    });

    it("is red off track beyond the tolerance", () => {
      expect(computeRag(input({ kind: "none" }, "", 290, 290, { trajectory: ksi(386.7, false) })).status).toBe("red");
    });
  });

  describe("overrides", () => {
    it("replaces the status, marks it as an override and keeps the computed status", () => {
      const rag = computeRag(input(atLeast25_5, "≥ 25.5%", 25.2, 21.1, { unit: "percent", override: "green" }));
      expect(rag.status).toBe("green");
      expect(rag.basis).toBe("override");
      expect(rag.computed).toBe("amber");
      expect(rag.reason).toBe("Green set by the analyst; the figures give Amber (25.2% against ≥ 25.5%: within 5% tolerance)");
    });

    it("gives a status to a KPI the figures cannot judge", () => {
      const rag = computeRag(input({ kind: "none" }, "", 5, 4, { override: "amber" }));
      expect(rag).toMatchObject({ status: "amber", basis: "override", computed: null });
    });

    it("names statuses with the workbook's labels", () => {
      const rag = computeRag({
        ...input(atLeast25_5, "≥ 25.5%", 25.2, 21.1, { unit: "percent", override: "amber" }),
        ragLabels: { green: "Green", amber: "Yellow", red: "Red" },
      });
      expect(rag.reason).toMatch(/^Yellow set by the analyst; the figures give Yellow/);
    });
  });
});
