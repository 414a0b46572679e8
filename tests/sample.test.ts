/**
 * The committed sample workbook reproduces the published figures of seed 000 in its raw cells (read with
 * readWorkbookGrids only: no ingest or calc), and `npm run sample` regenerates the same content.
 * The published figures below are typed in again from the seed, independently of scripts/sample/published.ts.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { makeSampleWorkbook } from "../scripts/make-sample";
import { readWorkbookGrids } from "../src/files/readWorkbook";
import type { CellValue, Grid, WorkbookGrids } from "../src/model/grid";
import { findGrid, isCellError } from "../src/model/grid";

const SAMPLE = join(__dirname, "..", "samples", "sample-kpi-workbook.xlsx");

/** Excel serial (1900 system) of the first of a month. */
function monthSerial(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / 86_400_000 + 25569;
}

/** A value the way an analyst means it: percent-formatted fractions and `21.1%` as percentages, `3,512` as a number. */
function numberOf(value: CellValue, format: string | undefined): number {
  if (typeof value === "number") return format?.includes("%") ? value * 100 : value;
  if (typeof value === "string") {
    const text = value.trim();
    const negative = /^\(.*\)$/.test(text);
    const n = Number(text.replace(/[(),%]/g, ""));
    if (!Number.isNaN(n) && text !== "") return negative ? -n : n;
  }
  throw new Error(`not a number: ${JSON.stringify(value)}`);
}

function sheet(grids: WorkbookGrids, name: string): Grid {
  const grid = findGrid(grids, name);
  if (!grid) throw new Error(`sample has no ${name} sheet`);
  return grid;
}

/** Rows of a sheet as objects keyed by the header row. */
function records(grid: Grid): { row: Record<string, CellValue>; formats: Record<string, string | undefined> }[] {
  const [header, ...rows] = grid.rows;
  const names = (header ?? []).map(String);
  return rows.map((cells, r) => ({
    row: Object.fromEntries(names.map((n, c) => [n, cells[c] ?? null])),
    formats: Object.fromEntries(names.map((n, c) => [n, grid.numberFormats?.[r + 1]?.[c]])),
  }));
}

interface Measured {
  readonly kpiId: string;
  readonly period: CellValue;
  readonly value: number;
  readonly segment: string | null;
  readonly raw: CellValue;
}

function measurements(grids: WorkbookGrids): Measured[] {
  return records(sheet(grids, "Measurements")).map(({ row, formats }) => ({
    kpiId: String(row["KPI ID"]),
    period: row["Period"] ?? null,
    value: numberOf(row["Value"] ?? null, formats["Value"]),
    segment: typeof row["Segment"] === "string" ? row["Segment"] : null,
    raw: row["Value"] ?? null,
  }));
}

/** Whole-force monthly values of a KPI between two months inclusive, as [serial, value]. */
function monthly(all: readonly Measured[], kpiId: string, segment: string | null = null): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of all) {
    if (m.kpiId === kpiId && m.segment === segment && typeof m.period === "number") out.set(m.period, m.value);
  }
  return out;
}

function window(values: Map<number, number>, from: [number, number], to: [number, number]): number[] {
  const out: number[] = [];
  for (let y = from[0], m = from[1]; y * 12 + m <= to[0] * 12 + to[1]; m === 12 ? ((m = 1), y++) : m++) {
    const v = values.get(monthSerial(y, m));
    if (v === undefined) throw new Error(`no value for ${y}-${m}`);
    out.push(v);
  }
  return out;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const average = (xs: readonly number[]) => sum(xs) / xs.length;
/** To one decimal place, halves away from zero as the report rounds them (-21 / 48 = -43.75% is printed -43.8%). */
const round1 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
const APR_SEP_2012: [[number, number], [number, number]] = [[2012, 4 /* Apr */], [2012, 9 /* Sep */]];
const APR_SEP_2013: [[number, number], [number, number]] = [[2013, 4 /* Apr */], [2013, 9 /* Sep */]];

/** Seed 000, Figures 1 and 4: ID, Apr - Sep 2012/13, 2013/14, and the published change (actual, or points). */
const PUBLISHED_COUNTS: readonly [string, number, number, number, number][] = [
  ["P1-01", 21012, 19581, -1431, -6.8],
  ["P1-03", 2922, 2484, -438, -15.0],
  ["P1-04", 18315, 17088, -1227, -6.7],
  ["P1-05", 1563, 1488, -75, -4.8],
  ["P1-06", 2983, 2740, -243, -8.1],
  ["P1-07", 936, 888, -48, -5.1],
  ["P1-09", 1031, 982, -49, -4.8],
  ["P1-11", 2539, 2157, -382, -15.0],
  ["P2-01", 48, 27, -21, -43.8],
  ["P2-03", 214, 228, 14, 6.5],
  ["P2-05", 972, 1060, 88, 9.1],
  ["P2-06", 4309, 4437, 128, 3.0],
  ["P2-07", 83, 60, -23, -27.7],
  ["P2-08", 200, 184, -16, -8.0],
];
const PUBLISHED_RATES: readonly [string, number, number, number][] = [
  ["P1-02", 21.1, 25.2, 4.1],
  ["P1-08", 12.9, 21.6, 8.7],
  ["P1-10", 1.4, 3.5, 2.1],
  ["P1-12", 3.9, 4.0, 0.1],
  ["P2-02", 64.6, 66.7, 2.1],
  ["P2-04", 26.2, 20.6, -5.6],
];

describe("the sample workbook", () => {
  let grids: WorkbookGrids;
  let data: Measured[];

  beforeAll(async () => {
    grids = await readWorkbookGrids(readFileSync(SAMPLE));
    data = measurements(grids);
  });

  it("has the canonical sheets, About first", () => {
    expect(grids.sheets.map((g) => g.sheet)).toEqual(["About", "Settings", "KPIs", "Measurements", "Notes", "Themes", "Finance"]);
  });

  it("names both sources and says which figures are illustrative", () => {
    const about = sheet(grids, "About").rows.map((r) => String(r[0] ?? "")).join("\n");
    expect(about).toContain("Police and Crime Plan 2013-17: Progress against Plan and Priorities");
    expect(about).toContain("Q3 2023-24");
    expect(about).toMatch(/Illustrative: generated, not published/);
    expect(about).toMatch(/Every individual monthly value/);
  });

  it("holds the settings the brief asks for", () => {
    const settings = Object.fromEntries(
      records(sheet(grids, "Settings")).map(({ row, formats }) => [row["Setting"], [row["Value"], formats["Value"]]]),
    );
    expect(settings["Organisation"]?.[0]).toBe("Dorset Police & Crime Panel");
    expect(settings["Report title"]?.[0]).toBe("Police and Crime Plan 2013-17: Progress against Plan and Priorities");
    expect(settings["Fiscal year start"]?.[0]).toBe("April");
    expect(settings["RAG labels"]?.[0]).toBe("Green / Amber / Red");
    expect(settings["Default tolerance"]).toEqual([0.05, "0%"]);
    expect(settings["Exception threshold"]?.[0]).toBe("0%");
    expect(settings["SPC shift length"]?.[0]).toBe(7);
    expect(settings["Finance unit"]?.[0]).toBe("£000's");
  });

  describe("KPIs", () => {
    it("lists every KPI of Figures 1, 4 and 11, re-offending and the workforce", () => {
      const ids = records(sheet(grids, "KPIs")).map(({ row }) => row["ID"]);
      expect(ids).toEqual([
        ...["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((n) => `P1-${n}`),
        ...["01", "02", "03", "04", "05", "06", "07", "08"].map((n) => `P2-${n}`),
        "P4-01",
        ...["01", "02", "03", "04", "05", "06", "07", "08"].map((n) => `P5-${n}`),
        "P6-01",
        "P6-02",
        "P6-03",
      ]);
    });

    it("keeps the targets exactly as published", () => {
      const targets = Object.fromEntries(records(sheet(grids, "KPIs")).map(({ row }) => [row["ID"], row["Target"]]));
      expect(targets).toMatchObject({
        "P1-01": "≥ 1%",
        "P1-02": "≥ 25.5% ¹",
        "P1-03": null,
        "P2-08": null,
        "P5-03": "≥ 3rd in MSG",
        "P5-04": "≥ 3rd in MSG",
        "P5-05": "≥ 95%",
        "P5-06": "≤ 2%",
        "P5-07": "≥ 75%",
        "P5-08": "≤ 5%",
      });
    });

    it("puts each Sanction Detection Rate under the crime type above it", () => {
      const sdr = records(sheet(grids, "KPIs"))
        .filter(({ row }) => row["Name"] === "Sanction Detection Rate")
        .map(({ row }) => [row["ID"], row["Parent ID"]]);
      expect(sdr).toEqual([
        ["P1-08", "P1-07"],
        ["P1-10", "P1-09"],
        ["P1-12", "P1-11"],
        ["P2-02", "P2-01"],
        ["P2-04", "P2-03"],
      ]);
    });

    it("gives polarity by what good looks like", () => {
      const polarity = Object.fromEntries(records(sheet(grids, "KPIs")).map(({ row }) => [row["ID"], row["Polarity"]]));
      expect(polarity).toMatchObject({
        "P1-01": "lower is better",
        "P1-02": "higher is better",
        "P1-03": "lower is better",
        "P1-08": "higher is better",
        "P5-02": "higher is better",
        "P5-05": "higher is better",
        "P5-06": "lower is better",
        "P5-08": "lower is better",
        "P6-01": "neutral",
      });
    });

    it("reproduces the KSI targets of 362 (2012) and 348 (2013) from the trajectory", () => {
      const ksi = records(sheet(grids, "KPIs")).find(({ row }) => row["ID"] === "P2-08");
      const { row, formats } = ksi ?? { row: {}, formats: {} };
      const base = Number(row["Trajectory baseline"]);
      const perYear = numberOf(row["Trajectory % a year"] ?? null, formats["Trajectory % a year"]);
      expect([row["Trajectory year"], perYear, row["Trajectory basis"]]).toEqual([2009, -4, "calendar"]);
      expect(Math.round(base * (1 + perYear / 100) ** 3)).toBe(362);
      expect(Math.round(base * (1 + perYear / 100) ** 4)).toBe(348);
    });
  });

  describe("Measurements", () => {
    it.each(PUBLISHED_COUNTS)("%s sums to the published Apr - Sep figures", (id, previous, current, change, percent) => {
      const values = monthly(data, id);
      const before = sum(window(values, ...APR_SEP_2012));
      const after = sum(window(values, ...APR_SEP_2013));
      expect([before, after]).toEqual([previous, current]);
      expect(after - before).toBe(change);
      expect(round1(((after - before) / before) * 100)).toBe(percent);
    });

    it.each(PUBLISHED_RATES)("%s averages to the published Apr - Sep rates", (id, previous, current, points) => {
      const values = monthly(data, id);
      const before = average(window(values, ...APR_SEP_2012));
      const after = average(window(values, ...APR_SEP_2013));
      expect(before).toBeCloseTo(previous, 9);
      expect(after).toBeCloseTo(current, 9);
      expect(round1(after - before)).toBe(points);
    });

    it("has monthly values from April 2011 to September 2013 for every Figure 1 and 4 KPI", () => {
      for (const [id] of [...PUBLISHED_COUNTS, ...PUBLISHED_RATES]) {
        expect(window(monthly(data, id), [2011, 4 /* Apr */], [2013, 9 /* Sep */])).toHaveLength(30);
        expect(monthly(data, id).size).toBe(30);
      }
    });

    it("gives KSIs the calendar totals of para 1.2.13", () => {
      const ksi = monthly(data, "P2-08");
      expect(sum(window(ksi, [2012, 1 /* Jan */], [2012, 12 /* Dec */]))).toBe(393);
      expect(sum(window(ksi, [2013, 1 /* Jan */], [2013, 9 /* Sep */]))).toBe(242);
      expect(sum(window(ksi, [2012, 1 /* Jan */], [2012, 9 /* Sep */]))).toBe(290);
    });

    it("has KSIs in August and September 2013 below 2012, so the rolling 12 months fall (para 1.2.11)", () => {
      const ksi = monthly(data, "P2-08");
      const [aug13, sep13] = window(ksi, [2013, 8 /* Aug */], [2013, 9 /* Sep */]);
      const [aug12, sep12] = window(ksi, [2012, 8 /* Aug */], [2012, 9 /* Sep */]);
      expect(aug13).toBeLessThan(aug12 ?? 0);
      expect(sep13).toBeLessThan(sep12 ?? 0);
    });

    it("writes counts as whole numbers and rates to one decimal place", () => {
      for (const [id] of PUBLISHED_COUNTS) for (const v of monthly(data, id).values()) expect(Number.isInteger(v)).toBe(true);
      for (const [id] of PUBLISHED_RATES) {
        for (const v of monthly(data, id).values()) expect(Math.abs(v * 10 - Math.round(v * 10))).toBeLessThan(1e-6);
      }
    });

    it("types a few values as text, the way analysts do", () => {
      const text = data.filter((m) => typeof m.raw === "string").map((m) => String(m.raw));
      expect(text.some((t) => /^\d{1,3}(,\d{3})+$/.test(t))).toBe(true);
      expect(text.some((t) => /^\d+\.\d%$/.test(t))).toBe(true);
      expect(text.length).toBeLessThan(data.length / 10);
      expect(data.some((m) => isCellError(m.raw))).toBe(false);
    });

    describe("Total Crime by section", () => {
      const SECTIONS = [
        "Bournemouth Central",
        "Bournemouth East",
        "Bournemouth West",
        "Poole",
        "Christchurch",
        "East Dorset",
        "Purbeck",
        "Dorchester and Sherborne",
        "Weymouth and Portland",
        "Bridport and Lyme Regis",
        "North Dorset",
      ];

      it("has the eleven sections", () => {
        const found = new Set(data.filter((m) => m.kpiId === "P1-01" && m.segment).map((m) => m.segment));
        expect([...found].sort()).toEqual([...SECTIONS].sort());
      });

      it("adds up to the force total every month", () => {
        const force = monthly(data, "P1-01");
        for (const [serial, total] of force) {
          const parts = SECTIONS.map((s) => monthly(data, "P1-01", s).get(serial) ?? NaN);
          expect(sum(parts)).toBe(total);
        }
      });

      it.each([
        ["Bournemouth Central", 114, 4.5],
        ["Dorchester and Sherborne", 75, 7.3],
        ["Purbeck", 95, 12.3],
      ] as const)("%s rises by the published amount", (section, change, percent) => {
        const values = monthly(data, "P1-01", section);
        const before = sum(window(values, ...APR_SEP_2012));
        const after = sum(window(values, ...APR_SEP_2013));
        expect(after - before).toBe(change);
        expect(round1(((after - before) / before) * 100)).toBe(percent);
      });

      it("has every other section falling", () => {
        const rising = SECTIONS.filter((s) => {
          const values = monthly(data, "P1-01", s);
          return sum(window(values, ...APR_SEP_2013)) > sum(window(values, ...APR_SEP_2012));
        });
        expect(rising.sort()).toEqual(["Bournemouth Central", "Dorchester and Sherborne", "Purbeck"]);
      });
    });

    it("holds Figure 11 as Q1 (previous) and Q2 2013-14 (current) values", () => {
      const quarter = (id: string, q: string) => data.find((m) => m.kpiId === id && m.period === q && !m.segment)?.value;
      const published: [string, number, number][] = [
        ["P5-01", 68.5, 69.6],
        ["P5-02", 96, 96],
        ["P5-03", 68.8, 70.0],
        ["P5-04", 81.3, 84.0],
        ["P5-05", 95.5, 94.2],
        ["P5-06", 0.1, 0.3],
        ["P5-07", 65.9, 62.6],
        ["P5-08", 5.3, 8.4],
      ];
      for (const [id, previous, current] of published) {
        expect(quarter(id, "Q1 2013-14")).toBeCloseTo(previous, 9);
        expect(quarter(id, "Q2 2013-14")).toBeCloseTo(current, 9);
      }
    });

    it("holds the re-offending table by fiscal year, local authorities as segments", () => {
      const rate = (year: string, segment: string | null) =>
        data.find((m) => m.kpiId === "P4-01" && m.period === year && m.segment === segment)?.value;
      const table: [string | null, number, number][] = [
        [null, 8.92, 8.24],
        ["Bournemouth", 9.48, 8.69],
        ["Dorset", 8.17, 7.32],
        ["Poole", 9.68, 8.84],
      ];
      for (const [segment, y1112, y1213] of table) {
        expect(rate("2011/12", segment)).toBeCloseTo(y1112, 9);
        expect(rate("2012/13", segment)).toBeCloseTo(y1213, 9);
      }
    });

    it("holds the workforce establishment at September 2013", () => {
      const sep13 = monthSerial(2013, 9 /* Sep */);
      const at = (id: string) => data.find((m) => m.kpiId === id && m.period === sep13)?.value;
      expect([at("P6-01"), at("P6-02"), at("P6-03")]).toEqual([132, 219, 137]);
    });
  });

  describe("Finance", () => {
    /** Seed 000 section 3.3 as printed: line, budget, actual, variance, budget, projection, variance. */
    const PUBLISHED = `Territorial Policing	391	346	(45)	784	694	(90)
Crime & Criminal Justice	797	758	(39)	2,061	1,891	(169)
Operational Support (Including SEES / RSP)	1,563	1,490	(72)	3,560	3,605	45
Operational Commands Total	2,751	2,595	(156)	6,405	6,191	(214)
Estates (including PFI)	3,668	3,676	8	6,861	6,738	(123)
Transport	584	584	(0)	1,612	1,601	(11)
Information Systems	1,887	1,771	(117)	3,803	3,831	27
Organisational Development Unit	169	127	(41)	501	469	(31)
General Services	154	130	(24)	363	298	(65)
Governance	1,066	1,213	147	1,232	1,270	38
Personnel	109	193	84	367	496	129
Procurement	1,566	1,493	(74)	3,762	3,662	(102)
Major Operations	90	138	48	815	815	0
Recoverable Operations	0	92	92	0	(7)	(7)
Central Employees	48,961	47,900	(1,061)	97,963	96,171	(1,792)
Travel and subsistence	105	91	(14)	253	237	(15)
Supplies and Services	54	3	(51)	229	204	(25)
Partnerships and Collaboration	282	274	(7)	886	1,014	128
Carry forward from 12/13	(208)	(208)	0	(208)	(208)	0
One Site Programme	0	765	765	0	765	765
Transfer to Commissioning Reserve	0	0	0	0	174	174
Transfer to General Balances	0	303	303	0	303	303
Capital Financing	6	1,285	1,279	2,130	3,649	1,519
Grant and other income	(7,766)	(8,083)	(318)	(13,552)	(14,263)	(711)
Support Services Total	50,727	51,747	1,021	107,017	107,219	202
Office of the Police & Crime Commissioner	256	136	(120)	870	870	0
Total	53,733	54,478	745	114,291	114,280	(11)`
      .split("\n")
      .map((line) => line.split("\t"));

    it("has every line of the published table with its figures", () => {
      const rows = records(sheet(grids, "Finance")).map(({ row, formats }) => {
        const n = (name: string) => numberOf(row[name] ?? null, formats[name]);
        return [row["Line"], n("Budget YTD"), n("Actual YTD"), n("Variance YTD"), n("Budget full year"), n("Projection full year"), n("Variance full year")];
      });
      expect(rows).toEqual(PUBLISHED.map(([line, ...figures]) => [line, ...figures.map((f) => numberOf(f, undefined))]));
    });

    it("keeps bracketed variances as the printed text", () => {
      const finance = records(sheet(grids, "Finance"));
      expect(finance[0]?.row["Variance YTD"]).toBe("(45)");
      expect(finance.find(({ row }) => row["Line"] === "Transport")?.row["Variance YTD"]).toBe("(0)");
    });

    it("groups the lines and marks the totals", () => {
      const kinds = records(sheet(grids, "Finance")).map(({ row }) => [row["Group"], row["Kind"]]);
      expect(kinds.slice(0, 4)).toEqual([
        ["Operational Commands", "line"],
        ["Operational Commands", "line"],
        ["Operational Commands", "line"],
        ["Operational Commands", "total"],
      ]);
      expect(kinds.slice(4, 25).every(([g]) => g === "Support Services")).toBe(true);
      expect(kinds.slice(24)).toEqual([
        ["Support Services", "total"],
        [null, "line"],
        [null, "grand total"],
      ]);
    });
  });

  describe("Notes and Themes", () => {
    it("quotes the report's commentary for Q2 2013-14", () => {
      const notes = records(sheet(grids, "Notes"));
      expect(notes.every(({ row }) => row["Quarter"] === "Q2 2013-14")).toBe(true);
      expect(notes.find(({ row }) => row["KPI ID"] === "P1-01")?.row["Commentary"]).toMatch(
        /^In the first two quarters of 2013\/14 crime has decreased by 6\.8% or 1,431 fewer crimes\./,
      );
      expect(notes.find(({ row }) => row["KPI ID"] === "P2-08")?.row["Commentary"]).toContain("a total of 393 KSIs");
    });

    it("groups seed 002's themes by the six pillars with this period's RAG on Q2 2013-14", () => {
      const themes = records(sheet(grids, "Themes"));
      const pillars = [...new Set(themes.map(({ row }) => row["Priority"]))];
      expect(pillars).toEqual([
        "Cut crime and anti-social behaviour",
        "Make policing more visible and connected",
        "Fight violent crime and high harm",
        "Fight rural crime",
        "Put victims and communities first",
        "Make every penny count",
      ]);
      const q2 = themes.filter(({ row }) => row["Quarter"] === "Q2 2013-14");
      expect(q2).toHaveLength(28);
      const rag = (theme: string, quarter: string) =>
        themes.find(({ row }) => row["Theme"] === theme && row["Quarter"] === quarter)?.row["RAG"];
      expect(rag("Burglary", "Q2 2013-14")).toBe("Yellow");
      expect(rag("Funding", "Q2 2013-14")).toBe("Yellow");
      expect(rag("Fly-tipping", "Q2 2013-14")).toBe("Yellow");
      expect(rag("Road Safety", "Q2 2013-14")).toBe("Green");
    });

    it("leaves a last-period RAG blank where the extraction lost its colour", () => {
      const themes = records(sheet(grids, "Themes"));
      const q1 = Object.fromEntries(
        themes.filter(({ row }) => row["Quarter"] === "Q1 2013-14").map(({ row }) => [row["Theme"], row["RAG"]]),
      );
      expect(q1["CJS & RJ"]).toBe("Yellow");
      expect(q1["Hate Crime"]).toBe("Green");
      expect(q1["Road Safety"]).toBeNull();
      expect(Object.values(q1).filter((v) => v !== null)).toHaveLength(5);
    });
  });

  it("is what `npm run sample` generates", async () => {
    const fresh = await readWorkbookGrids(await makeSampleWorkbook());
    expect(fresh).toEqual(grids);
  });
});
