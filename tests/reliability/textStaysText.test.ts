/**
 * Text that starts like a formula (`=`, `+`, `-`, `@`) in KPI names, targets, theme names and commentary is written
 * as text by both hosts: in Excel (the fake reads typed input as Excel does, so such text becomes a formula unless
 * the cell is formatted as text) and in an .xlsx (an inline string, and ExcelJS reads back a string, no formula).
 */
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { createExcelHost } from "../../src/excel/excelHost";
import { createFileHost } from "../../src/files/fileHost";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import { sheetPartOf } from "../../src/files/xlsx/testing/inspectPackage";
import { isOutputSheetName } from "../../src/model/outputSheets";
import type { BuildOutcome } from "../../src/pipeline";
import { runBuild } from "../../src/pipeline";
import { createFakeExcel, fakeStateFromGrids } from "../fakes/fakeExcel";
import { INJECTIONS, injectIntoGrids, injectIntoXlsx } from "./support/injectText";
import { AS_OF, OFFICE_OPTIONS, sampleBytes, sampleGrids } from "./support/sampleWorkbook";
import { fakeSheetRows } from "./support/scorecardCells";

const TEXTS = [...new Set(INJECTIONS.map((i) => i.text))];

function builtSheets(outcome: BuildOutcome): string[] {
  if (outcome.status !== "built") throw new Error(`not built: ${outcome.issues.map((i) => i.code).join(", ")}`);
  return outcome.job.plan.sheets.map((s) => s.name);
}

describe("text that looks like a formula", () => {
  it("stays text in every sheet the Office.js host writes", async () => {
    const excel = createFakeExcel(fakeStateFromGrids(injectIntoGrids(await sampleGrids())));
    const sheets = builtSheets(await runBuild(createExcelHost(excel.run, OFFICE_OPTIONS), { asOf: AS_OF }));
    const written = excel.state.sheets.filter((s) => sheets.includes(s.name) || isOutputSheetName(s.name));
    expect(written.length).toBe(sheets.length + 1);

    const formulas = written.flatMap((s) => Object.entries(s.cells).flatMap(([key, cell]) => (cell.formula === undefined ? [] : [`${s.name}!${key} ${cell.formula}`])));
    expect(formulas).toEqual([]);
    const values = new Set(written.flatMap((s) => fakeSheetRows(s).flat()));
    for (const text of TEXTS) expect({ text, writtenAsText: values.has(text) }).toEqual({ text, writtenAsText: true });
  }, 30_000);

  it("stays text in every sheet the file host writes: inline strings, no formula", async () => {
    const input = await injectIntoXlsx(sampleBytes(), await sampleGrids());
    // The input really carries the texts as strings (ExcelJS wrote them, the reader sees them).
    const read = JSON.stringify(await readWorkbookGrids(input));
    for (const text of TEXTS) expect(read).toContain(JSON.stringify(text).slice(1, -1));

    const host = createFileHost(input);
    const sheets = builtSheets(await runBuild(host, { asOf: AS_OF }));
    const entries = unzipSync(host.output());
    for (const name of sheets) expect({ name, formulas: strFromU8(entries[sheetPartOf(entries, name)] ?? new Uint8Array()).match(/<f[ >]/g) }).toEqual({ name, formulas: null });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(host.output() as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const found = new Set<string>();
    for (const name of sheets) {
      workbook.getWorksheet(name)?.eachRow((row) =>
        row.eachCell((cell) => {
          expect({ at: `${name}!${cell.address}`, formula: cell.formula ?? null }).toEqual({ at: `${name}!${cell.address}`, formula: null });
          if (typeof cell.value === "string") found.add(cell.value);
        }),
      );
    }
    for (const text of TEXTS) expect({ text, readAsString: found.has(text) }).toEqual({ text, readAsString: true });
  }, 30_000);
});
