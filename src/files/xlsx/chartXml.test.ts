import type { ChartSpec, ScorecardPlan } from "../../layout/plan";
import { buildChartXml } from "./chartXml";
import { createPlanRangeReader } from "./readPlanRange";
import { checkSchemaOrder } from "./testing/checkSchemaOrder";
import { CONTROL_CHART, MONTHLY_ROLLING_CHART, samplePlan } from "./testing/samplePlan";

const plan = samplePlan();
const xmlOf = (spec: ChartSpec, p: ScorecardPlan = plan) => buildChartXml(spec, { read: createPlanRangeReader(p), styles: p.styles });

describe("buildChartXml", () => {
  it("writes both chart kinds in ECMA-376 child order", () => {
    expect(checkSchemaOrder(xmlOf(MONTHLY_ROLLING_CHART))).toEqual([]);
    expect(checkSchemaOrder(xmlOf(CONTROL_CHART))).toEqual([]);
  });

  it("puts secondary series on their own category and value axes, the value axis on the right crossing at max", () => {
    const xml = xmlOf(MONTHLY_ROLLING_CHART);
    expect(xml).toMatch(/<c:lineChart>.*<c:axId val="500000003"\/><c:axId val="500000004"\/><\/c:lineChart>/s);
    expect(xml).toContain(`<c:valAx><c:axId val="500000004"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="r"/>`);
    expect(xml).toMatch(/<c:valAx><c:axId val="500000004"\/>.*?<c:crosses val="max"\/>/s);
    expect(xml).toContain(`<c:catAx><c:axId val="500000003"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/>`);
  });

  it("uses the spec's colours, dash, line width and number format", () => {
    const xml = xmlOf(MONTHLY_ROLLING_CHART);
    expect(xml).toContain(`<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>`);
    expect(xml).toContain(`<a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="ED7D31"/></a:solidFill><a:prstDash val="solid"/>`);
    expect(xml).toContain(`<c:numFmt formatCode="#,##0" sourceLinked="0"/>`);
    expect(xml).toContain(`<c:formatCode>#,##0</c:formatCode>`);
  });

  it("starts the value axis where the spec says", () => {
    const xml = xmlOf({ ...CONTROL_CHART, axisMin: 2800 });
    expect(xml).toContain(`<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:min val="2800"/></c:scaling>`);
    expect(checkSchemaOrder(xml)).toEqual([]);
    expect(xmlOf(CONTROL_CHART)).not.toContain("<c:min ");
  });

  it("draws a markers-only series with no line, its markers a size larger", () => {
    const signals = { ...CONTROL_CHART.series[0]!, name: "Special cause: improvement", color: "#00B0F0", dash: "none" as const };
    const xml = xmlOf({ ...CONTROL_CHART, series: [...CONTROL_CHART.series, signals] });
    expect(checkSchemaOrder(xml)).toEqual([]);
    const ser = xml.slice(xml.lastIndexOf("<c:ser>"));
    expect(ser).toContain(`<c:spPr><a:ln><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="00B0F0"/>`);
  });

  describe("edge cases", () => {
    it("plots secondary-only series on the primary axes, since a secondary axis needs a primary one", () => {
      const spec: ChartSpec = { ...MONTHLY_ROLLING_CHART, series: [{ ...MONTHLY_ROLLING_CHART.series[1]!, axis: "secondary" }] };
      const xml = xmlOf(spec);
      expect(xml.match(/<c:valAx>/g)).toHaveLength(1);
      expect(xml).not.toContain(`<c:axPos val="r"/>`);
      expect(checkSchemaOrder(xml)).toEqual([]);
    });

    it("keeps a reference to a sheet the plan does not write, with an empty cache of the right size", () => {
      const spec: ChartSpec = { ...CONTROL_CHART, series: [{ ...CONTROL_CHART.series[0]!, name: "Other", values: "'Analyst data'!$B$2:$B$13" }] };
      const xml = xmlOf(spec);
      expect(xml).toContain(`<c:f>'Analyst data'!$B$2:$B$13</c:f><c:numCache><c:formatCode>#,##0</c:formatCode><c:ptCount val="12"/></c:numCache>`);
      expect(xml).toContain(`<c:tx><c:v>Other</c:v></c:tx>`);
    });

    it("writes numeric categories (date serials) as numbers with their format", () => {
      const dated: ScorecardPlan = {
        ...plan,
        styles: { ...plan.styles, month: { numberFormat: "mmm-yy" } },
        sheets: plan.sheets.map((s) =>
          s.role !== "chart-data" ? s : { ...s, blocks: s.blocks.map((b) => ({ ...b, cells: b.cells.map((row, r) => (r === 0 ? row : [{ value: 41365 + r * 30, style: "month" }, ...row.slice(1)])) })) },
        ),
      };
      const xml = xmlOf(MONTHLY_ROLLING_CHART, dated);
      expect(xml).toMatch(/<c:cat><c:numRef><c:f>[^<]+<\/c:f><c:numCache><c:formatCode>mmm-yy<\/c:formatCode><c:ptCount val="24"\/><c:pt idx="0"><c:v>41395<\/c:v>/);
    });

    it("writes an empty but valid chart when there are no series", () => {
      const xml = xmlOf({ ...CONTROL_CHART, series: [] });
      expect(xml).toContain(`<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:marker val="1"/>`);
      expect(checkSchemaOrder(xml)).toEqual([]);
    });

    it("escapes titles", () => {
      expect(xmlOf({ ...CONTROL_CHART, title: "A & <B>" })).toContain(`<a:t>A &amp; &lt;B&gt;</a:t>`);
    });
  });
});

describe("checkSchemaOrder", () => {
  it("catches children out of order and missing required children", () => {
    const bad = xmlOf(CONTROL_CHART).replace(/<c:axPos val="l"\/>(<c:majorGridlines>.*?<\/c:majorGridlines>)/s, "$1<c:axPos val=\"l\"/>");
    expect(checkSchemaOrder(bad).join("\n")).toMatch(/valAx.*<axPos> is out of order/);
    expect(checkSchemaOrder(bad.replace(/<c:plotArea>.*<\/c:plotArea>/s, ""))).toContain("chartSpace/chart[3]: missing <plotArea>");
    expect(checkSchemaOrder("<a><b></a>")).toEqual(["not well-formed XML"]);
  });
});
