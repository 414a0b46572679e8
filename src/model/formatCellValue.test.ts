import { formatCellValue } from "./formatCellValue";

describe("formatCellValue", () => {
  it("shows counts with thousands separators", () => {
    expect(formatCellValue(1431, "#,##0")).toBe("1,431");
    expect(formatCellValue(1234567.4, "#,##0")).toBe("1,234,567");
  });

  it("shows percentages of fractions to one decimal place", () => {
    expect(formatCellValue(0.252, "0.0%")).toBe("25.2%");
    expect(formatCellValue(0.0005, "0.0%")).toBe("0.1%");
  });

  it("shows whole percentages stored as numbers with a literal percent sign", () => {
    expect(formatCellValue(25.2, '0.0"%"')).toBe("25.2%");
  });

  it("rounds halves away from zero as Excel does", () => {
    expect(formatCellValue(1.005, "0.00")).toBe("1.01");
    expect(formatCellValue(-2.5, "0")).toBe("-3");
  });

  it("shows currency with its symbol, quoted or bracketed", () => {
    expect(formatCellValue(1700000, "£#,##0")).toBe("£1,700,000");
    expect(formatCellValue(632, '"£"#,##0')).toBe("£632");
    expect(formatCellValue(45.5, "[$£-809]#,##0.00")).toBe("£45.50");
  });

  it("uses the negative section without adding a sign", () => {
    expect(formatCellValue(-45, "#,##0;(#,##0)")).toBe("(45)");
    expect(formatCellValue(-45, '#,##0;[Red]-#,##0')).toBe("-45");
  });

  it("adds a minus sign when the format has a single section", () => {
    expect(formatCellValue(-6.8, "0.0")).toBe("-6.8");
  });

  it("shows explicit signs from a signed format", () => {
    expect(formatCellValue(4.1, "+0.0;-0.0;0.0")).toBe("+4.1");
    expect(formatCellValue(-4.1, "+0.0;-0.0;0.0")).toBe("-4.1");
    expect(formatCellValue(0, "+0.0;-0.0;0.0")).toBe("0.0");
  });

  it("drops trailing zeros of optional decimals", () => {
    expect(formatCellValue(2.5, "0.##")).toBe("2.5");
    expect(formatCellValue(2, "0.0#")).toBe("2.0");
  });

  it("scales by a thousand for each trailing comma", () => {
    expect(formatCellValue(1_700_000, '#,##0,"k"')).toBe("1,700k");
  });

  it("shows numbers without a format as Excel's General does", () => {
    expect(formatCellValue(12, undefined)).toBe("12");
    expect(formatCellValue(0.1 + 0.2, "General")).toBe("0.3");
  });

  it("shows date serials under date formats", () => {
    expect(formatCellValue(41365 /* 1 Apr 2013 */, "mmm-yy")).toBe("Apr-13");
    expect(formatCellValue(41365, "dd/mm/yyyy")).toBe("01/04/2013");
    expect(formatCellValue(41365.5, "hh:mm")).toBe("12:00");
  });

  it("shows text as it is, or through a text section", () => {
    expect(formatCellValue("Green", "0.0%")).toBe("Green");
    expect(formatCellValue("n/a", '0;-0;0;"["@"]"')).toBe("[n/a]");
  });

  describe("edge cases", () => {
    it("shows an empty cell as nothing and booleans as Excel does", () => {
      expect(formatCellValue(null, "0")).toBe("");
      expect(formatCellValue(true)).toBe("TRUE");
    });

    it("pads with the width of a space for _ codes", () => {
      expect(formatCellValue(5, "#,##0_);(#,##0)")).toBe("5 ");
    });
  });
});
