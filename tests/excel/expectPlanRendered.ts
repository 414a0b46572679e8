/**
 * Asserts a fake workbook sheet holds exactly what a plan sheet says: every cell's value (never a formula), number
 * format and styling, merges, widths, frozen panes, print settings, rules, links and charts.
 */
import type { CellStyle, PlanCell, SheetPlan } from "../../src/layout/plan";
import { columnLetters, toA1 } from "../../src/model/address";
import type { FakeCell, FakeSheet } from "../fakes/fakeExcel";

const ALIGN = { left: "Left", center: "Center", right: "Right", top: "Top", bottom: "Bottom" } as const;

function planCells(sheet: SheetPlan): Map<string, PlanCell> {
  const cells = new Map<string, PlanCell>();
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) => line.forEach((cell, c) => cells.set(toA1(block.top + r, block.left + c), cell)));
  }
  return cells;
}

function expectedCell(cell: PlanCell, styles: Readonly<Record<string, CellStyle>>): FakeCell {
  const style = cell.style === undefined ? undefined : styles[cell.style];
  const expected: FakeCell = {};
  if (cell.value !== null && cell.value !== "") expected.value = cell.value;
  const textual = typeof cell.value === "string" && /^[=+\-@#]|\d|^(true|false)$/i.test(cell.value);
  const numberFormat = textual ? "@" : style?.numberFormat;
  if (numberFormat !== undefined && numberFormat !== "General") expected.numberFormat = numberFormat;
  const format: NonNullable<FakeCell["format"]> = {};
  if (style?.bold !== undefined) format.bold = style.bold;
  if (style?.italic !== undefined) format.italic = style.italic;
  if (style?.fontSize !== undefined) format.fontSize = style.fontSize;
  if (style?.fontColor !== undefined) format.fontColor = style.fontColor.toUpperCase();
  if (style?.fill !== undefined) format.fill = style.fill.toUpperCase();
  if (style?.horizontal !== undefined) format.horizontal = ALIGN[style.horizontal];
  if (style?.vertical !== undefined) format.vertical = ALIGN[style.vertical];
  if (style?.wrap !== undefined) format.wrap = style.wrap;
  if (style?.indent !== undefined) format.indent = style.indent;
  const border = (w: "thin" | "medium") => ({ style: "Continuous", weight: w === "thin" ? "Thin" : "Medium", color: (style?.borderColor ?? "#000000").toUpperCase() });
  if (style?.borderTop) format.borderTop = border(style.borderTop);
  if (style?.borderBottom) format.borderBottom = border(style.borderBottom);
  if (Object.keys(format).length > 0) expected.format = format;
  if (cell.link) expected.hyperlink = { documentReference: cell.link.replace(/^#/, ""), ...(typeof cell.value === "string" ? { textToDisplay: cell.value } : {}) };
  return expected;
}

export function expectPlanRendered(actual: FakeSheet | undefined, plan: SheetPlan, styles: Readonly<Record<string, CellStyle>>): void {
  expect(actual).toBeDefined();
  if (!actual) return;
  expect(actual.name).toBe(plan.name);
  expect(actual.visibility).toBe("Visible");

  // Cell for cell: nothing missing, nothing extra.
  const expectedCells: Record<string, FakeCell> = {};
  for (const [address, cell] of planCells(plan)) {
    const expected = expectedCell(cell, styles);
    if (Object.keys(expected).length > 0) expectedCells[address] = expected;
  }
  expect(actual.cells).toEqual(expectedCells);

  expect(actual.merges.sort()).toEqual([...plan.merges].sort());
  expect(actual.freeze).toEqual(plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0) ? plan.freeze : null);
  expect(actual.showGridlines).toBe(plan.showGridlines);
  expect(actual.tabColor).toBe(plan.tabColor ? plan.tabColor.toUpperCase() : "");
  plan.columns.forEach((col, i) => {
    const points = actual.columnWidths[columnLetters(i)];
    expect(points).toBeGreaterThan(col.width * 5);
    expect(points).toBeLessThan(col.width * 5.25 + 4);
    expect(actual.hiddenColumns.includes(columnLetters(i))).toBe(col.hidden === true);
  });
  for (const { row, height } of plan.rowHeights) expect(actual.rowHeights[String(row + 1)]).toBe(height);

  const layout = actual.pageLayout;
  expect(layout.orientation).toBe(plan.print.orientation === "landscape" ? "Landscape" : "Portrait");
  expect(layout.paperSize).toBe("A4");
  expect(layout.zoom).toEqual({ horizontalFitToPages: plan.print.fitToWidth, verticalFitToPages: plan.print.fitToHeight });
  expect(layout.printTitleRows).toBe(plan.print.titleRows ?? undefined);
  expect(layout.centerHeader).toBe(plan.print.headerCenter.replace(/&(?![PN])/g, "&&"));
  expect(layout.leftFooter).toBe(plan.print.footerLeft);
  expect(layout.rightFooter).toBe(plan.print.footerRight);

  expect(actual.conditionalFormats).toEqual(
    plan.conditionalFormats.map((cf) => ({
      range: cf.range,
      type: "CellValue",
      rule: { formula1: `="${cf.text}"`, operator: "EqualTo" },
      fill: cf.fill.toUpperCase(),
      fontColor: cf.fontColor.toUpperCase(),
    })),
  );

  expect(actual.charts).toHaveLength(plan.charts.length);
  plan.charts.forEach((spec, i) => {
    const chart = actual.charts[i];
    const secondary = spec.series.some((s) => s.axis === "secondary");
    expect(chart).toEqual({
      name: spec.id,
      chartType: spec.kind === "monthly-rolling" ? "ColumnClustered" : "Line",
      title: spec.title,
      from: toA1(spec.from.row, spec.from.col),
      to: toA1(spec.to.row, spec.to.col),
      legend: { position: "Bottom" },
      series: spec.series.map((s) => ({
        name: s.name,
        values: s.values,
        xValues: spec.categories,
        axisGroup: s.axis === "secondary" ? "Secondary" : "Primary",
        ...(s.type === "column"
          ? { fill: s.color, ...(spec.kind === "control" ? { chartType: "ColumnClustered" } : {}) }
          : {
              // A markers-only series has no line; its markers take the series' colour.
              ...(s.dash === "none" ? { lineStyle: "None" } : { lineColor: s.color, lineWeight: s.lineWidthPt }),
              ...(s.markers
                ? { markerStyle: "Circle", markerBackgroundColor: s.color, markerForegroundColor: s.color, markerSize: s.dash === "none" ? 7 : 5 }
                : {}),
              ...(s.dash === "dash" ? { lineStyle: "Dash" } : {}),
              ...(spec.kind === "monthly-rolling" ? { chartType: "Line" } : {}),
            }),
      })),
      axes: {
        "Value:Primary": { title: spec.primaryAxisTitle, numberFormat: spec.numberFormat, ...(spec.axisMin !== undefined ? { minimum: spec.axisMin } : {}) },
        ...(secondary ? { "Value:Secondary": { title: spec.secondaryAxisTitle ?? undefined, numberFormat: spec.numberFormat } } : {}),
      },
    });
  });
}
