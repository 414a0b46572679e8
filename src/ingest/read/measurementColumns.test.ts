import type { Measurement } from "../../model/kpi";
import { forEachMeasurement } from "../../model/kpi";
import { month, quarter } from "../../model/period";
import { CellSource } from "./cellSource";
import { MeasurementColumns } from "./measurementColumns";

/** As JSON has them: a `CellSource` is `{sheet, cell}`. */
const plain = (list: Iterable<Measurement>) => JSON.parse(JSON.stringify([...list])) as unknown;

describe("MeasurementColumns", () => {
  it("gives back every measurement as it was added, in order", () => {
    const list = new MeasurementColumns();
    list.addCell("P1-01", month(2013, 4), 3612, null, "Measurements", 5, 2);
    list.addCell("P1-01", month(2013, 5), null, "Purbeck", "Measurements", 5, 3, "n/a");
    list.add({ kpiId: "P1-02", period: quarter(2013, 2), value: 25.5, segment: null, source: { sheet: "Figure 4", cell: "B7" } });
    list.addCell("P1-03", month(2013, 4), 3, null, "Measurements", 20_000, 121, "Good");
    expect(list).toHaveLength(4);
    expect(plain(list)).toEqual([
      { kpiId: "P1-01", period: month(2013, 4), value: 3612, segment: null, source: { sheet: "Measurements", cell: "C6" } },
      { kpiId: "P1-01", period: month(2013, 5), value: null, text: "n/a", segment: "Purbeck", source: { sheet: "Measurements", cell: "D6" } },
      { kpiId: "P1-02", period: quarter(2013, 2), value: 25.5, segment: null, source: { sheet: "Figure 4", cell: "B7" } },
      { kpiId: "P1-03", period: month(2013, 4), value: 3, text: "Good", segment: null, source: { sheet: "Measurements", cell: "DR20001" } },
    ]);
  });

  it("keeps a value of zero apart from no data", () => {
    const list = new MeasurementColumns();
    list.addCell("A", month(2013, 4), 0, null, "M", 1, 1);
    list.addCell("A", month(2013, 5), null, null, "M", 1, 2);
    expect([...list].map((m) => m.value)).toEqual([0, null]);
  });

  it("keeps another list's measurements after its own, sources and all", () => {
    const tables: Measurement[] = [{ kpiId: "T1", period: month(2013, 4), value: 1, segment: null, source: { sheet: "Table 1", cell: "C3" } }];
    const sheet = new MeasurementColumns();
    sheet.add({ kpiId: "M1", period: month(2013, 4), value: 2, segment: "North", source: new CellSource("Measurements", 1, 2) });
    const all = new MeasurementColumns();
    all.addAll(tables);
    all.addAll(sheet);
    expect(plain(all)).toEqual([
      { kpiId: "T1", period: month(2013, 4), value: 1, segment: null, source: { sheet: "Table 1", cell: "C3" } },
      { kpiId: "M1", period: month(2013, 4), value: 2, segment: "North", source: { sheet: "Measurements", cell: "C2" } },
    ]);
    expect(all.at(2)).toBeUndefined();
  });

  it("visits every measurement through one reused object, each source made as asked", () => {
    const list = new MeasurementColumns();
    list.addCell("P1-01", month(2013, 4), 3612, null, "Measurements", 5, 2);
    list.addCell("P1-01", month(2013, 5), null, "Purbeck", "Measurements", 5, 3, "n/a");
    list.add({ kpiId: "P1-02", period: quarter(2013, 2), value: 25.5, segment: null, source: { sheet: "Figure 4", cell: "B7" } });
    const seen: unknown[] = [];
    const objects = new Set<Measurement>();
    forEachMeasurement(list, (m) => {
      objects.add(m);
      seen.push({ kpiId: m.kpiId, period: m.period, value: m.value, ...(m.text !== undefined ? { text: m.text } : {}), segment: m.segment, source: m.source });
    });
    expect(objects.size).toBe(1);
    expect(JSON.parse(JSON.stringify(seen))).toEqual(plain(list));
  });

  it("can be read any number of times", () => {
    const list = new MeasurementColumns();
    list.addCell("A", month(2013, 4), 1, null, "M", 1, 1);
    expect([...list]).toHaveLength(1);
    expect([...list]).toHaveLength(1);
  });
});
