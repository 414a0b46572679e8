import { spcAssuranceTarget } from "./spcAssuranceTarget";

describe("spcAssuranceTarget", () => {
  const level = { kind: "level", comparator: ">=", value: 90 } as const;

  it("gives a level target of a KPI that averages or takes the latest month", () => {
    expect(spcAssuranceTarget({ target: level, aggregation: "average" })).toBe(level);
    expect(spcAssuranceTarget({ target: level, aggregation: "last" })).toBe(level);
  });

  it("gives none for a KPI whose months are added up, or a target that is not a level", () => {
    expect(spcAssuranceTarget({ target: level, aggregation: "sum" })).toBeNull();
    expect(spcAssuranceTarget({ target: { kind: "none" }, aggregation: "average" })).toBeNull();
  });
});
