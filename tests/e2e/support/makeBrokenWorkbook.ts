import ExcelJS from "exceljs";

export interface BrokenWorkbook {
  readonly fileName: string;
  readonly bytes: Buffer;
  /** Where each planted problem is, as `Sheet!A1` parts. */
  readonly planted: {
    readonly badUnit: { readonly sheet: string; readonly cell: string; readonly found: string };
    readonly divideByZero: { readonly sheet: string; readonly cell: string; readonly found: string };
    readonly unknownKpi: { readonly sheet: string; readonly cell: string; readonly found: string };
  };
}

const MONTHS = 18; // Apr-12 .. Sep-13: two comparable half-years, so the rest still builds Q2 2013-14

/**
 * A small canonical workbook with three planted problems: a KPI whose unit is "furlongs", a `#DIV/0!` among the
 * measurements and a measurement for a KPI the register does not have. The two sound KPIs still build.
 * @example const broken = await makeBrokenWorkbook(); await chooser.setFiles({ name: broken.fileName, buffer: broken.bytes, mimeType });
 */
export async function makeBrokenWorkbook(): Promise<BrokenWorkbook> {
  const workbook = new ExcelJS.Workbook();

  const kpis = workbook.addWorksheet("KPIs");
  kpis.addRow(["ID", "Priority", "Name", "Unit", "Polarity", "Target"]);
  kpis.addRow(["K-01", "1. Safer streets", "Total crime", "count", "lower", "≥ 1%"]);
  kpis.addRow(["K-02", "1. Safer streets", "Positive outcome rate", "furlongs", "higher", "≥ 25%"]);
  kpis.addRow(["K-03", "2. Public confidence", "Satisfaction with the service", "percent", "higher", "≥ 80%"]);

  const measurements = workbook.addWorksheet("Measurements");
  measurements.addRow(["KPI ID", "Period", "Value"]);
  const period = (i: number) => {
    const month = ((3 + i) % 12) + 1; // Apr first
    const year = 2012 + Math.floor((3 + i) / 12);
    return `${year}-${String(month).padStart(2, "0")}`;
  };
  for (let i = 0; i < MONTHS; i++) measurements.addRow(["K-01", period(i), 3600 - i * 20 + (i % 3) * 15]);
  for (let i = 0; i < MONTHS; i++) measurements.addRow(["K-03", period(i), 78 + (i % 4) * 0.7]);
  // Row 1 is the header; K-03's fourth month (Jul-12) becomes the error, well before the quarter built.
  const errorRow = 1 + MONTHS + 4;
  measurements.getCell(errorRow, 3).value = { error: "#DIV/0!" };
  const unknown = measurements.addRow(["P9-99", period(MONTHS - 1), 12]);

  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: "broken-kpi-workbook.xlsx",
    bytes,
    planted: {
      badUnit: { sheet: "KPIs", cell: "D3", found: "furlongs" },
      divideByZero: { sheet: "Measurements", cell: `C${errorRow}`, found: "#DIV/0!" },
      unknownKpi: { sheet: "Measurements", cell: `A${unknown.number}`, found: "P9-99" },
    },
  };
}
