import { nextPartName, relativeTarget, relsPathFor, resolveTarget } from "./partPaths";

describe("resolveTarget", () => {
  it("resolves relative, parent and absolute targets", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/drawings/drawing1.xml", "../charts/chart1.xml")).toBe("xl/charts/chart1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  it("decodes percent-escapes", () => {
    expect(resolveTarget("xl/workbook.xml", "media/my%20image.png")).toBe("xl/media/my image.png");
  });
});

describe("relativeTarget", () => {
  it("writes the shortest relative path between two parts", () => {
    expect(relativeTarget("xl/worksheets/sheet3.xml", "xl/drawings/drawing1.xml")).toBe("../drawings/drawing1.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet4.xml")).toBe("worksheets/sheet4.xml");
    expect(relativeTarget("xl/drawings/drawing2.xml", "xl/charts/chart9.xml")).toBe("../charts/chart9.xml");
  });
});

describe("relsPathFor", () => {
  it("names the relationships part of a part and of the package", () => {
    expect(relsPathFor("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPathFor("")).toBe("_rels/.rels");
  });
});

describe("nextPartName", () => {
  it("takes the first free number, comparing names ignoring case", () => {
    const taken = new Set(["xl/charts/chart1.xml", "xl/charts/chart3.xml"]);
    expect(nextPartName(taken, "xl/charts/chart", ".xml")).toBe("xl/charts/chart2.xml");
    expect(nextPartName(new Set(["xl/worksheets/sheet1.xml"]), "xl/Worksheets/Sheet", ".xml")).toBe("xl/Worksheets/Sheet2.xml");
  });
});
