import { FakeExcelUsageError, FakeOfficeError, createFakeExcel, emptySheet, fakeStateFromGrids } from "./fakeExcel";

const OPTS = { delayForCellEdit: true };

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("createFakeExcel", () => {
  describe("queued commands", () => {
    it("applies nothing before context.sync()", async () => {
      const excel = createFakeExcel();
      await excel.run(OPTS, async (context) => {
        context.workbook.worksheets.add("Data");
        expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
        await context.sync();
        expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
      });
    });

    it("throws PropertyNotLoaded for a property not loaded, or loaded but not synced", async () => {
      const excel = createFakeExcel(fakeStateFromGrids({ sheets: [{ sheet: "S", rows: [[1, "a"]] }] }));
      await excel.run(OPTS, async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
        expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        range.load("values");
        expect(() => range.values).toThrow(FakeOfficeError);
        await context.sync();
        expect(range.values).toEqual([[1, "a"]]);
        expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      });
    });

    it("knows isNullObject only after the sync", async () => {
      const excel = createFakeExcel();
      await excel.run(OPTS, async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
        const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
        const used = present.getUsedRangeOrNullObject(true);
        expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        await context.sync();
        expect(missing.isNullObject).toBe(true);
        expect(present.isNullObject).toBe(false);
        expect(used.isNullObject).toBe(true);
      });
    });

    it("sends what the batch left queued when run ends, as Excel.run does", async () => {
      const excel = createFakeExcel();
      await excel.run(OPTS, async (context) => {
        context.workbook.worksheets.add("Late");
      });
      expect(excel.stats.syncs).toBe(1);
      expect(excel.state.sheets.map((s) => s.name)).toContain("Late");
    });

    it("throws loudly on members it does not implement", async () => {
      const excel = createFakeExcel();
      await excel.run(OPTS, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1") as unknown as Record<string, unknown>;
        expect(() => sheet.protection).toThrow(FakeExcelUsageError);
        await context.sync();
      });
    });
  });

  describe("ranges", () => {
    it("fails the sync with InvalidArgument when a 2-D array does not match the range, after what came before", async () => {
      const excel = createFakeExcel();
      const code = await codeOf(
        excel.run(OPTS, async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          sheet.getRange("A1").values = [["first"]];
          sheet.getRange("A2:B2").values = [["only one"]];
          sheet.getRange("A3").values = [["never"]];
          await context.sync();
        }),
      );
      expect(code).toBe("InvalidArgument");
      expect(excel.state.sheets[0]?.cells).toEqual({ A1: { value: "first" } });
    });

    it("fails a numberFormat array of the wrong size too", async () => {
      const excel = createFakeExcel();
      const code = await codeOf(
        excel.run(OPTS, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").numberFormat = [["@", "@"]];
          await context.sync();
        }),
      );
      expect(code).toBe("InvalidArgument");
    });

    it("turns =... into a formula unless the cell is formatted as text, as Excel does", async () => {
      const excel = createFakeExcel();
      await excel.run(OPTS, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:E1").values = [["=SUM(A1)", "+44 1202", "-5", "Apr-13", "@user"]];
        const text = sheet.getRange("A2:E2");
        text.numberFormat = [["@", "@", "@", "@", "@"]];
        text.values = [["=SUM(A1)", "+44 1202", "-5", "Apr-13", "@user"]];
        await context.sync();
      });
      const cells = excel.state.sheets[0]?.cells ?? {};
      expect(cells.A1).toEqual({ formula: "=SUM(A1)" });
      expect(cells.B1).toEqual({ formula: "=+44 1202" });
      expect(cells.C1).toEqual({ value: -5 });
      expect(cells.D1).toEqual({ value: 41365 });
      expect(cells.E1).toEqual({ formula: "=@user" });
      expect(cells.A2).toEqual({ value: "=SUM(A1)", numberFormat: "@" });
      expect(cells.C2).toEqual({ value: "-5", numberFormat: "@" });
      expect(cells.E2).toEqual({ value: "@user", numberFormat: "@" });
    });

    it("reads values, formats and value types of a range", async () => {
      const excel = createFakeExcel(
        fakeStateFromGrids({ sheets: [{ sheet: "S", rows: [[1, "x", true, { error: "#N/A" }, null]], numberFormats: [["0.0"]] }] }),
      );
      await excel.run(OPTS, async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("A1:E1").load("values,numberFormat,valueTypes,address");
        await context.sync();
        expect(range.values).toEqual([[1, "x", true, "#N/A", ""]]);
        expect(range.valueTypes).toEqual([["Double", "String", "Boolean", "Error", "Empty"]]);
        expect(range.numberFormat).toEqual([["0.0", "General", "General", "General", "General"]]);
        expect(range.address).toBe("S!A1:E1");
      });
    });
  });

  describe("find", () => {
    const grid = { sheets: [{ sheet: "S", rows: [["ID", "Name", "Commentary"], ["P1-01", "Total Crime", ""], ["p1-01", "Lower case", "Commentary by hand"]] }] };

    it("finds the first cell going forward by rows, whole or part, with or without case", async () => {
      const excel = createFakeExcel(fakeStateFromGrids(grid));
      await excel.run(OPTS, async (context) => {
        const used = context.workbook.worksheets.getItem("S").getUsedRange();
        const exact = used.find("p1-01", { completeMatch: true, matchCase: true });
        const anyCase = used.find("p1-01", { completeMatch: true, matchCase: false });
        const part = used.find("commentary", { completeMatch: false });
        const whole = used.find("Commentary", { completeMatch: true });
        for (const r of [exact, anyCase, part, whole]) r.load("address");
        await context.sync();
        expect([exact.address, anyCase.address, part.address, whole.address]).toEqual(["S!A3", "S!A2", "S!C1", "S!C1"]);
      });
    });

    it("throws ItemNotFound when nothing matches, and the batch stops there", async () => {
      const excel = createFakeExcel(fakeStateFromGrids(grid));
      const code = await codeOf(
        excel.run(OPTS, async (context) => {
          const sheet = context.workbook.worksheets.getItem("S");
          sheet.getUsedRange().find("P9-99", { completeMatch: true }).getEntireRow().getIntersection(sheet.getRange("C:C")).values = [["x"]];
          await context.sync();
        }),
      );
      expect(code).toBe("ItemNotFound");
      expect(excel.state.sheets[0]!.cells.C2).toBeUndefined();
    });

    it("crosses a found row with a found column", async () => {
      const excel = createFakeExcel(fakeStateFromGrids(grid));
      await excel.run(OPTS, async (context) => {
        const used = context.workbook.worksheets.getItem("S").getUsedRange();
        const row = used.find("P1-01", { completeMatch: true, matchCase: true }).getEntireRow();
        const cell = row.getIntersection(used.find("Commentary", { completeMatch: true }).getEntireColumn());
        cell.load("address");
        await context.sync();
        expect(cell.address).toBe("S!C2");
      });
    });
  });

  describe("worksheets", () => {
    async function attempt(fn: (context: Excel.RequestContext) => void): Promise<string | undefined> {
      const state = fakeStateFromGrids({ sheets: [{ sheet: "A", rows: [] }, { sheet: "B", rows: [] }] });
      state.sheets.push({ ...emptySheet("sheet9", "Store"), visibility: "VeryHidden" });
      const excel = createFakeExcel(state);
      return codeOf(
        excel.run(OPTS, async (context) => {
          fn(context);
          await context.sync();
        }),
      );
    }

    it.each([
      ["adding a duplicate name (any case)", (c: Excel.RequestContext) => c.workbook.worksheets.add("a"), "ItemAlreadyExists"],
      ["renaming onto another sheet's name", (c: Excel.RequestContext) => (c.workbook.worksheets.getItem("A").name = "B"), "ItemAlreadyExists"],
      ["a 32-character name", (c: Excel.RequestContext) => c.workbook.worksheets.add("x".repeat(32)), "InvalidArgument"],
      ["a name with a colon", (c: Excel.RequestContext) => c.workbook.worksheets.add("Q2: summary"), "InvalidArgument"],
      ["deleting a very hidden sheet", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Store").delete(), "InvalidOperation"],
      ["getting a sheet that is not there", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Nope"), "ItemNotFound"],
      ["hiding the last visible sheet", (c: Excel.RequestContext) => {
        c.workbook.worksheets.getItem("A").visibility = "Hidden";
        c.workbook.worksheets.getItem("B").visibility = "Hidden";
      }, "InvalidOperation"],
      ["deleting the last visible sheet", (c: Excel.RequestContext) => {
        c.workbook.worksheets.getItem("A").delete();
        c.workbook.worksheets.getItem("B").delete();
      }, "InvalidOperation"],
    ])("fails %s like Excel", async (_, fn, code) => {
      expect(await attempt(fn)).toBe(code);
    });

    it("allows a 31-character name", async () => {
      expect(await attempt((c) => c.workbook.worksheets.add("x".repeat(31)))).toBeUndefined();
    });

    it("moves chart references with a renamed sheet and breaks them when it is deleted", async () => {
      const excel = createFakeExcel(fakeStateFromGrids({ sheets: [{ sheet: "Data", rows: [[1], [2]] }, { sheet: "Charts", rows: [] }] }));
      await excel.run(OPTS, async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        context.workbook.worksheets.getItem("Charts").charts.add("Line", data.getRange("A1:A2"), "Columns");
        data.name = "Renamed data";
        await context.sync();
      });
      expect(excel.state.sheets[1]?.charts[0]?.series[0]?.values).toBe("'Renamed data'!$A$1:$A$2");
      await excel.run(OPTS, async (context) => {
        context.workbook.worksheets.getItem("Renamed data").delete();
        await context.sync();
      });
      expect(excel.state.sheets[0]?.charts[0]?.series[0]?.values).toBe("#REF!$A$1:$A$2");
    });
  });

  describe("chart series markers", () => {
    // ChartSeries.markerBackgroundColor / markerForegroundColor / markerSize (ExcelApi 1.7).
    const seriesOf = (c: Excel.RequestContext) =>
      c.workbook.worksheets.getItem("Charts").charts.add("Line", c.workbook.worksheets.getItem("Data").getRange("A1:A3"), "Columns").series.getItemAt(0);
    const grids = () => fakeStateFromGrids({ sheets: [{ sheet: "Data", rows: [[1], [2], [3]] }, { sheet: "Charts", rows: [] }] });

    it("colours and sizes a series' markers", async () => {
      const excel = createFakeExcel(grids());
      await excel.run(OPTS, async (context) => {
        const series = seriesOf(context);
        series.markerBackgroundColor = "#00b0f0";
        series.markerSize = 7;
        await context.sync();
      });
      expect(excel.state.sheets[1]?.charts[0]?.series[0]).toMatchObject({ markerBackgroundColor: "#00B0F0", markerSize: 7 });
    });

    it.each<[string, (s: Excel.ChartSeries) => void]>([
      ["a marker size over 72", (s) => void (s.markerSize = 73)],
      ["a colour that is not one", (s) => void (s.markerForegroundColor = "bluish")],
    ])("fails %s with InvalidArgument", async (_, fn) => {
      const excel = createFakeExcel(grids());
      const error = await excel
        .run(OPTS, async (context) => {
          fn(seriesOf(context));
          await context.sync();
        })
        .catch((e: { code?: string }) => e.code);
      expect(error).toBe("InvalidArgument");
    });
  });

  describe("stats and failures", () => {
    it("counts syncs, commands and request bytes, and records the run options", async () => {
      const excel = createFakeExcel();
      await excel.run(OPTS, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["x", "y".repeat(1000)]];
        await context.sync();
        await context.sync();
      });
      expect(excel.stats.syncs).toBe(2);
      expect(excel.stats.actions).toEqual([3, 0]);
      expect(excel.stats.requestBytes[0]).toBeGreaterThan(1000);
      expect(excel.stats.runOptions).toEqual([OPTS]);
    });

    it("refuses a request over 5 MB as Excel on the web does", async () => {
      const excel = createFakeExcel();
      const code = await codeOf(
        excel.run(OPTS, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:A6").values = Array.from({ length: 6 }, () => ["x".repeat(1_000_000)]);
          await context.sync();
        }),
      );
      expect(code).toBe("RequestPayloadSizeLimitExceeded");
      expect(excel.state.sheets[0]?.cells).toEqual({});
    });

    it("fails the chosen sync before applying anything", async () => {
      const excel = createFakeExcel();
      excel.failAtSync(2, 0, "AccessDenied");
      const code = await codeOf(
        excel.run(OPTS, async (context) => {
          context.workbook.worksheets.add("One");
          await context.sync();
          context.workbook.worksheets.add("Two");
          await context.sync();
        }),
      );
      expect(code).toBe("AccessDenied");
      expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "One"]);
    });

    it("fails the chosen sync after applying its first k commands", async () => {
      const excel = createFakeExcel();
      excel.failAtSync(1, 2);
      const code = await codeOf(
        excel.run(OPTS, async (context) => {
          context.workbook.worksheets.add("One");
          context.workbook.worksheets.add("Two");
          context.workbook.worksheets.add("Three");
          await context.sync();
        }),
      );
      expect(code).toBe("GeneralException");
      expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "One", "Two"]);
    });

    it("waits the given delay at each sync", async () => {
      const excel = createFakeExcel(undefined, { syncDelayMs: 30 });
      const start = Date.now();
      await excel.run(OPTS, async (context) => {
        await context.sync();
        await context.sync();
      });
      expect(Date.now() - start).toBeGreaterThanOrEqual(55);
    });
  });

  describe("references to sheets (formulas, names, validation lists, charts)", () => {
    function referencing(): ReturnType<typeof createFakeExcel> {
      const state = fakeStateFromGrids({
        sheets: [
          { sheet: "Cover", rows: [["RAG"]] },
          { sheet: "Scorecard Q2", rows: [["ID", "RAG"], ["P1-01", "Green"]] },
        ],
      });
      const cover = state.sheets[0]!;
      cover.cells.B1 = { formula: "='Scorecard Q2'!B2" };
      cover.cells.C1 = { formula: '=IF(\'Scorecard Q2\'!B2="Red","!","")&"Scorecard Q2!B2"' };
      cover.validations = [{ range: "D1", list: "='Scorecard Q2'!$B$2:$B$9" }];
      state.names = [{ name: "CurrentRag", formula: "='Scorecard Q2'!$B$2" }];
      return createFakeExcel(state);
    }

    it("evaluates a formula that is one cell reference, as the cell shows it", async () => {
      const excel = referencing();
      await excel.run(OPTS, async (context) => {
        const range = context.workbook.worksheets.getItem("Cover").getRange("B1:C1");
        range.load("values,valueTypes");
        await context.sync();
        expect(range.values).toEqual([["Green", ""]]);
        expect(range.valueTypes).toEqual([["String", "Empty"]]);
      });
    });

    it("follows a renamed sheet everywhere, leaving text inside quotes alone", async () => {
      const excel = referencing();
      await excel.run(OPTS, async (context) => {
        context.workbook.worksheets.getItem("Scorecard Q2").name = "Old scorecard";
        await context.sync();
      });
      const state = excel.state;
      expect(state.sheets[0]?.cells.B1?.formula).toBe("='Old scorecard'!B2");
      expect(state.sheets[0]?.cells.C1?.formula).toBe('=IF(\'Old scorecard\'!B2="Red","!","")&"Scorecard Q2!B2"');
      expect(state.sheets[0]?.validations?.[0]?.list).toBe("='Old scorecard'!$B$2:$B$9");
      expect(state.names?.[0]?.formula).toBe("='Old scorecard'!$B$2");
    });

    it("breaks every reference when the sheet is deleted, and a new sheet of that name does not mend them", async () => {
      const excel = referencing();
      await excel.run(OPTS, async (context) => {
        context.workbook.worksheets.getItem("Scorecard Q2").delete();
        context.workbook.worksheets.add("Scorecard Q2");
        const cover = context.workbook.worksheets.getItem("Cover").getRange("B1");
        cover.load("values,valueTypes");
        await context.sync();
        expect(cover.values).toEqual([["#REF!"]]);
        expect(cover.valueTypes).toEqual([["Error"]]);
      });
      const state = excel.state;
      expect(state.sheets[0]?.cells.B1?.formula).toBe("=#REF!B2");
      expect(state.names?.[0]?.formula).toBe("=#REF!$B$2");
      expect(state.sheets[0]?.validations?.[0]?.list).toBe("=#REF!$B$2:$B$9");
    });
  });

  describe("rewriting a sheet in place", () => {
    it("copies values, formats, links, merges and conditional formats with copyFrom, as Paste All does", async () => {
      const state = fakeStateFromGrids({ sheets: [{ sheet: "Staged", rows: [["Title", null], ["=not a formula", 3]] }, { sheet: "Kept", rows: [["old", "old"]] }] });
      const staged = state.sheets[0]!;
      staged.cells.A2 = { value: "=not a formula", numberFormat: "@" };
      staged.cells.B2 = { value: 3, numberFormat: "0%", format: { bold: true }, hyperlink: { documentReference: "'Staged'!A1" } };
      staged.merges = ["A1:B1"];
      staged.conditionalFormats = [{ range: "B2", type: "CellValue", rule: { formula1: '="Red"', operator: "EqualTo" }, fill: "#FF0000" }];
      const excel = createFakeExcel(state);
      await excel.run(OPTS, async (context) => {
        const kept = context.workbook.worksheets.getItem("Kept");
        kept.getRange().clear("All");
        kept.getRange("A1:B2").copyFrom(context.workbook.worksheets.getItem("Staged").getRange("A1:B2"), "All");
        await context.sync();
      });
      const kept = excel.state.sheets[1]!;
      expect(kept.cells).toEqual(staged.cells);
      expect(kept.merges).toEqual(["A1:B1"]);
      expect(kept.conditionalFormats).toEqual(staged.conditionalFormats);
    });

    it("clears contents and formats, unmerges, removes conditional formats, page breaks, widths and charts on request", async () => {
      const state = fakeStateFromGrids({ sheets: [{ sheet: "S", rows: [["a", "b"]] }, { sheet: "Data", rows: [[1], [2]] }] });
      const sheet = state.sheets[0]!;
      sheet.cells.A1 = { value: "a", format: { bold: true }, hyperlink: { address: "https://x" } };
      sheet.merges = ["A1:B1"];
      sheet.conditionalFormats = [{ range: "A1", type: "CellValue" }];
      sheet.pageLayout.rowBreaks = [4];
      sheet.columnWidths = { A: 80 };
      sheet.rowHeights = { "1": 30 };
      const excel = createFakeExcel(state);
      await excel.run(OPTS, async (context) => {
        const s = context.workbook.worksheets.getItem("S");
        s.charts.add("Line", context.workbook.worksheets.getItem("Data").getRange("A1:A2"), "Columns");
        await context.sync();
        s.charts.load("items/name");
        await context.sync();
        for (const chart of s.charts.items) chart.delete();
        const whole = s.getRange();
        whole.clear("All");
        whole.unmerge();
        whole.conditionalFormats.clearAll();
        whole.format.useStandardWidth = true;
        whole.format.useStandardHeight = true;
        s.horizontalPageBreaks.removePageBreaks();
        await context.sync();
      });
      const after = excel.state.sheets[0]!;
      expect(after.cells).toEqual({});
      expect(after.merges).toEqual([]);
      expect(after.conditionalFormats).toEqual([]);
      expect(after.charts).toEqual([]);
      expect(after.columnWidths).toEqual({});
      expect(after.rowHeights).toEqual({});
      expect(after.pageLayout.rowBreaks).toBeUndefined();
    });
  });

  describe("what Excel refuses", () => {
    it("refuses every sync with InactiveWorkbook while another workbook is in front, applying nothing", async () => {
      const excel = createFakeExcel();
      excel.setInFront(false);
      const code = await codeOf(
        excel.run(OPTS, async (context) => {
          context.workbook.worksheets.add("Late");
          await context.sync();
        }),
      );
      expect(code).toBe("InactiveWorkbook");
      expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
      excel.setInFront(true);
      await excel.run(OPTS, async (context) => {
        context.workbook.worksheets.add("Late");
        await context.sync();
      });
      expect(excel.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Late"]);
    });

    it("refuses to format a chart series whose cells are all blank (EmptyChartSeries)", async () => {
      const excel = createFakeExcel(fakeStateFromGrids({ sheets: [{ sheet: "Data", rows: [["Month", "Value", "Limit"], ["Apr-13", 5, null]] }] }));
      const code = await codeOf(
        excel.run(OPTS, async (context) => {
          const data = context.workbook.worksheets.getItem("Data");
          const chart = data.charts.add("Line", data.getRange("B2:B2"), "Columns");
          chart.series.getItemAt(0).format.line.color = "#000000";
          const empty = chart.series.add("Limit");
          empty.setValues(data.getRange("C2:C2"));
          empty.format.line.color = "#FF0000";
          await context.sync();
        }),
      );
      expect(code).toBe("EmptyChartSeries");
    });
  });

  describe("the workbook's date system", () => {
    it("answers DATE with the serial of the workbook's date system, 1462 days apart", async () => {
      for (const [date1904, serial] of [[false, 41365], [true, 39903]] as const) {
        const state = fakeStateFromGrids({ sheets: [{ sheet: "S", rows: [] }] });
        if (date1904) state.date1904 = true;
        const excel = createFakeExcel(state);
        await excel.run(OPTS, async (context) => {
          const result = context.workbook.functions.date(2013, 4, 1);
          result.load("value");
          await context.sync();
          expect(result.value).toBe(serial);
        });
      }
    });
  });
});
