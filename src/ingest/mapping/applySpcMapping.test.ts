import { month } from "../../model/period";
import { testKpi } from "../../model/testing/testKpi";
import { messageText } from "../../messages";
import { applySpcMapping } from "./applySpcMapping";
import { mappingToJson } from "./mappingToJson";
import { parseMapping } from "./parseMapping";

const kpis = [testKpi({ id: "total-crime", name: "Total Crime" }), testKpi({ id: "P1-02", name: "Positive Outcome Rate" })];

describe("applySpcMapping", () => {
  it("sets a KPI's baseline and recalculation months from the mapping, by ID or name", () => {
    const { mapping, issues } = parseMapping({
      kpis: { "Total Crime": { spcBaseline: "2011/12" }, "p1-02": { spcRecalculateFrom: "Nov-12", polarity: "higher" } },
    });
    expect(issues).toEqual([]);
    const applied = applySpcMapping(kpis, mapping.kpis, 4);
    expect(applied.issues).toEqual([]);
    expect(applied.kpis.map((k) => k.spc)).toEqual([
      { baseline: { kind: "period", from: month(2011, 4), to: month(2012, 3) }, recalculateFrom: [], source: { sheet: "", cell: "" } },
      { baseline: null, recalculateFrom: [month(2012, 11)], source: { sheet: "", cell: "" } },
    ]);
  });

  it("takes the mapping over the register, and keeps what the mapping does not say", () => {
    const register = testKpi({ id: "A", spc: { baseline: { kind: "first-points", count: 12 }, recalculateFrom: [], source: { sheet: "KPIs", cell: "T2" } } });
    const { mapping } = parseMapping({ kpis: { a: { spcRecalculateFrom: "Apr-13" } } });
    expect(applySpcMapping([register], mapping.kpis, 4).kpis[0]?.spc).toEqual({
      baseline: { kind: "first-points", count: 12 },
      recalculateFrom: [month(2013, 4)],
      source: { sheet: "", cell: "" },
    });
  });

  it("reports what it cannot read and leaves the KPI as it was", () => {
    const { mapping } = parseMapping({ kpis: { "Total Crime": { spcBaseline: "5 points", spcRecalculateFrom: "soon" } } });
    const applied = applySpcMapping(kpis, mapping.kpis, 4);
    expect(applied.kpis[0]).toBe(kpis[0]);
    expect(applied.issues.map((i) => i.message)).toEqual([
      messageText("MAPPING_UNREADABLE", "kpis.total crime.spcBaseline", '"5 points" is not a number of points (12 or more) or periods such as Apr-11 to Mar-12'),
      messageText("MAPPING_UNREADABLE", "kpis.total crime.spcRecalculateFrom", '"soon" is not a list of months such as Apr-13; Oct-13'),
    ]);
  });

  it("keeps the SPC entries when the mapping is saved as JSON and read back", () => {
    const { mapping } = parseMapping({ kpis: { "Total Crime": { spcBaseline: "2011/12", spcRecalculateFrom: "Apr-13" } } });
    // A round trip through the JSON the task pane saves.
    const again = parseMapping(JSON.parse(JSON.stringify(mappingToJson(mapping)))).mapping;
    expect(again.kpis.get("total crime")).toEqual({ spcBaseline: "2011/12", spcRecalculateFrom: "Apr-13" });
  });
});
