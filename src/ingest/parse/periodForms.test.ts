import { readFileSync } from "fs";
import { join } from "path";
import { describePeriodReading } from "./describePeriodReading";
import { PERIOD_FORMS } from "./periodForms";
import { findPeriodText, parsePeriodText } from "./parsePeriodText";

describe("PERIOD_FORMS", () => {
  describe.each(PERIOD_FORMS.map((form) => [form.name, form] as const))("%s", (_name, form) => {
    it.each(form.examples.map((e) => [e.text, e] as const))("reads %s", (_text, example) => {
      const start = example.fiscalStartMonth ?? 4;
      const read = parsePeriodText(example.text, start, { header: example.header ?? false });
      expect(read?.form.name).toBe(form.name);
      expect(read && describePeriodReading(read.reading, start)).toBe(example.reads);
    });
  });

  it("gives every form at least one example", () => {
    for (const form of PERIOD_FORMS) expect(form.examples.length).toBeGreaterThan(0);
  });

  it("reads a bare year or a quarter of a bare year in a cell only when the fiscal year is the calendar year", () => {
    expect(parsePeriodText("2014", 4)).toBeNull();
    expect(parsePeriodText("Q3 2022", 4)).toBeNull();
    expect(parsePeriodText("2014", 1)?.reading).toEqual({ kind: "period", period: { kind: "year", fiscalYear: 2014 } });
  });
});

describe("parsePeriodText", () => {
  const read = (text: string, start = 4) => {
    const found = parsePeriodText(text, start);
    return found ? describePeriodReading(found.reading, start) : null;
  };

  it("keeps a span's label as the table wrote it, footnote mark and extra spaces dropped", () => {
    expect(parsePeriodText("  Oct-Dec   2022 ¹", 4)?.reading).toMatchObject({ kind: "period", period: { kind: "span", label: "Oct-Dec 2022" } });
  });

  it("respects the fiscal year start", () => {
    expect(read("YTD Dec 22", 7)).toBe("Jul 2022 - Dec 2022 (year to date)");
    expect(read("Q1 2013/14", 7)).toBe("Q1 2013-14: Jul 2013 - Sep 2013");
    expect(read("Apr - Sep 2013/14", 1)).toBe("Apr 2013 - Sep 2013 (range)");
    expect(read("Jan - Mar 2013/14")).toBe("Jan 2014 - Mar 2014 (range)");
  });

  it("reads any case, en dashes and full month names", () => {
    expect(read("OCT 22 – DEC 22")).toBe("Oct 2022 - Dec 2022 (range)");
    expect(read("september 2013")).toBe("Sep 2013");
    expect(read("12 MONTHS TO APR-15")).toBe("May 2014 - Apr 2015 (rolling)");
  });

  it("reads 2011-12 as a month in a cell but as the fiscal year in a header", () => {
    expect(read("2011-12")).toBe("Dec 2011");
    const header = parsePeriodText("2011-12", 4, { header: true });
    expect(header && describePeriodReading(header.reading, 4)).toBe("2011/12: Apr 2011 - Mar 2012");
    expect(read("2011/12")).toBe("2011/12: Apr 2011 - Mar 2012");
  });

  describe("edge cases", () => {
    it("returns null for text that is not a period", () => {
      for (const text of ["", "  ", "Total Crime", "Target", "13/14", "Q5 2013", "2013-13", "Foo 2013", "Apr-Sep 2013/15", "Q2 2013/15", "-", "n/a"]) {
        expect(parsePeriodText(text, 4)).toBeNull();
      }
    });

    it("refuses spans that run backwards or longer than ten years", () => {
      expect(parsePeriodText("Dec 22 - Oct 22", 4)).toBeNull();
      expect(parsePeriodText("Jan 2000 - Jan 2020", 4)).toBeNull();
      expect(parsePeriodText("0 months to Dec 22", 4)).toBeNull();
    });

    it("refuses impossible months and years", () => {
      expect(parsePeriodText("2013-00", 4)).toBeNull();
      expect(parsePeriodText("31/2013", 4)).toBeNull();
      expect(parsePeriodText("Apr 1850", 4)).toBeNull();
    });
  });
});

describe("findPeriodText", () => {
  const find = (text: string) => {
    const found = findPeriodText(text, 4);
    return found ? [found.text, describePeriodReading(found.reading, 4)] : null;
  };

  it("finds the longest period inside a header", () => {
    expect(find("Establishment at 30 Sep 13")).toEqual(["30 Sep 13", "Sep 2013"]);
    expect(find("2013/14 Target")).toEqual(["2013/14", "2013/14: Apr 2013 - Mar 2014"]);
    expect(find("RAG Q2")).toEqual(["Q2", "Q2 of the report year"]);
    expect(find("Crimes recorded Oct-Dec 2022")).toEqual(["Oct-Dec 2022", "Oct 2022 - Dec 2022 (range)"]);
    expect(find("Total (12 months to Dec-22)")).toEqual(["12 months to Dec-22", "Jan 2022 - Dec 2022 (rolling)"]);
  });

  it("does not take a bare year inside a header for a calendar year", () => {
    expect(find("Population 2011")).toBeNull();
    expect(find("Spring 2013")).toBeNull();
    expect(find("Crimes in calendar year 2014")).toEqual(["calendar year 2014", "Jan 2014 - Dec 2014 (range)"]);
  });

  it("does not take a month name alone inside words or sentences", () => {
    expect(find("May be revised")).toBeNull();
    expect(find("Marked change")).toBeNull();
  });
});

describe("the documentation of the period forms", () => {
  const docs = readFileSync(join(__dirname, "..", "..", "..", "docs", "workbook-format.md"), "utf8");
  const readme = readFileSync(join(__dirname, "..", "..", "..", "README.md"), "utf8");

  it("lists every form and every example in docs/workbook-format.md", () => {
    for (const form of PERIOD_FORMS) {
      expect(docs).toContain(`| ${form.name} |`);
      for (const example of form.examples) expect(docs).toContain(`\`${example.text}\``);
    }
  });

  it("lists the forms of issue 11 in the README, with a link to the whole table", () => {
    for (const text of ["Oct-Dec 2022", "Oct 22 - Dec 22", "Jan 12 - Mar 12", "YTD Dec 22", "Apr 2022 - Dec 2022", "12 months to Dec-22", "12m to Apr-15 -v- 12m to Apr-14", "May-13 to Apr-14", "Jul '17 to Jun '18", "Q3 2022/23", "2022-23 Q3", "FY 2021/22", "2021/2022", "2021 - 22"]) {
      expect(readme).toContain(`\`${text}\``);
    }
    expect(readme).toContain("docs/workbook-format.md#periods");
  });
});
