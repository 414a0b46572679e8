/**
 * Building twice gives the same workbook: two first builds of the same input are identical, and a rebuild with
 * nothing changed leaves the workbook as the first build left it, in Excel (the fake's whole state) and in an .xlsx
 * (every part of the package, byte for byte).
 */
import { createHash } from "crypto";
import { unzipSync } from "fflate";
import { createExcelHost } from "../../src/excel/excelHost";
import { createFileHost } from "../../src/files/fileHost";
import { runBuild } from "../../src/pipeline";
import type { FakeExcel, FakeWorkbookState } from "../fakes/fakeExcel";
import { createFakeExcel } from "../fakes/fakeExcel";
import { AS_OF, OFFICE_OPTIONS, sampleBytes, sampleState } from "./support/sampleWorkbook";

async function build(excel: FakeExcel): Promise<FakeWorkbookState> {
  expect((await runBuild(createExcelHost(excel.run, OFFICE_OPTIONS), { asOf: AS_OF })).status).toBe("built");
  return excel.state;
}

/** Excel gives every new sheet a new id; a rebuild writes new sheets, so ids are the one thing allowed to differ. */
function withoutSheetIds(state: FakeWorkbookState) {
  return { ...state, sheets: state.sheets.map(({ id: _id, ...sheet }) => sheet) };
}

async function fileBuild(input: Uint8Array): Promise<Uint8Array> {
  const host = createFileHost(input);
  expect((await runBuild(host, { asOf: AS_OF })).status).toBe("built");
  return host.output();
}

/** The package's entries in order, each with a digest of its uncompressed bytes. */
function parts(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => [name, createHash("sha256").update(data).digest("hex")]);
}

describe("building twice", () => {
  describe("in Excel (the Office.js host through the fake)", () => {
    it("gives identical workbooks from two first builds of the same input", async () => {
      const start = await sampleState();
      expect(await build(createFakeExcel(start))).toEqual(await build(createFakeExcel(start)));
    }, 30_000);

    it("leaves the workbook as the first build left it when nothing changed, sheet ids apart", async () => {
      const excel = createFakeExcel(await sampleState());
      const once = await build(excel);
      const twice = await build(excel);
      expect(twice.sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
      expect(withoutSheetIds(twice)).toEqual(withoutSheetIds(once));
    }, 30_000);
  });

  describe("in an .xlsx (the file host)", () => {
    it("gives identical packages, part for part, from two first builds of the same input", async () => {
      expect(parts(await fileBuild(sampleBytes()))).toEqual(parts(await fileBuild(sampleBytes())));
    }, 30_000);

    it("writes the same package again when the built workbook is rebuilt with nothing changed", async () => {
      const once = await fileBuild(sampleBytes());
      const twice = await fileBuild(once);
      // Part for part; the zip bytes match too unless the builds fall in different 2-second zip timestamps.
      expect(parts(twice)).toEqual(parts(once));
    }, 30_000);
  });
});
