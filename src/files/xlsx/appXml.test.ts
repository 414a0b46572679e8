import { updateAppTitles } from "./appXml";
import { parseXml, serializeXml } from "./xmlDom";

const app = (pairs: string, titles: string) =>
  parseXml(
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<HeadingPairs><vt:vector size="4" baseType="variant">${pairs}</vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`,
  )!;
const pair = (name: string, n: number) => `<vt:variant><vt:lpstr>${name}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`;
const lp = (...t: string[]) => t.map((s) => `<vt:lpstr>${s}</vt:lpstr>`).join("");

describe("updateAppTitles", () => {
  it("updates the worksheet titles and counts for removed and added sheets, and drops removed sheets' named ranges", () => {
    const doc = app(pair("Arbeitsblätter", 2) + pair("Named Ranges", 2), lp("Data", "Old", "'Old'!Print_Titles", "KpiIds"));
    updateAppTitles(doc, ["Data", "Old"], ["Old"], ["New", "_store"]);
    const xml = serializeXml(doc);
    expect(xml).toContain(`<vt:lpstr>Arbeitsblätter</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4>`);
    expect(xml).toContain(`<vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>`);
    expect(xml).toContain(`<vt:vector baseType="lpstr" size="4">${lp("Data", "New", "_store", "KpiIds")}</vt:vector>`);
  });

  it("removes both lists together when their counts do not add up", () => {
    const doc = app(pair("Worksheets", 5), lp("Data"));
    updateAppTitles(doc, ["Data"], [], ["New"]);
    const xml = serializeXml(doc);
    expect(xml).not.toContain("HeadingPairs");
    expect(xml).not.toContain("TitlesOfParts");
  });

  it("leaves a part without title lists alone", () => {
    const doc = parseXml(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>x</Application></Properties>`)!;
    const before = serializeXml(doc);
    updateAppTitles(doc, ["Data"], [], ["New"]);
    expect(serializeXml(doc)).toBe(before);
  });
});
