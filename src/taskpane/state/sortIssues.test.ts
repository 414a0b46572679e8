import { issue } from "../../messages";
import { sortIssues } from "./sortIssues";

describe("sortIssues", () => {
  it("puts errors first, then warnings, then notes, keeping the workbook's order within each", () => {
    const note = issue("VALUE_NO_DATA", { sheet: "Measurements", cell: "C2" }, "n/a");
    const error1 = issue("VALUE_ERROR", { sheet: "Measurements", cell: "C3" }, "#DIV/0!");
    const warning = issue("TARGET_UNPARSED", { sheet: "KPI register", cell: "F4" }, "about 5");
    const error2 = issue("VALUE_ERROR", { sheet: "Measurements", cell: "C9" }, "#N/A");
    expect(sortIssues([note, error1, warning, error2])).toEqual([error1, error2, warning, note]);
  });
});
