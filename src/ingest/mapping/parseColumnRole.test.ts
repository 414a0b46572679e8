import { describeColumnRole, parseColumnRole } from "./parseColumnRole";
import { ROLES_BY_KIND, TABLE_KINDS } from "../detect/tableTypes";

describe("parseColumnRole", () => {
  it("reads the roles as the task pane labels them, any case", () => {
    expect(["KPI name", "previous", "CURRENT", "Not used", "Budget YTD", "Values for a period", "Period"].map(parseColumnRole)).toEqual([
      "name",
      "previous",
      "current",
      "ignore",
      "budget-ytd",
      "period",
      "period-label",
    ]);
  });

  it("reads back every label the pane shows, for every kind of table", () => {
    for (const kind of TABLE_KINDS) {
      for (const role of ROLES_BY_KIND[kind]) expect(parseColumnRole(describeColumnRole(role, kind))).toBe(role);
    }
  });

  describe("edge cases", () => {
    it("gives null for anything else", () => {
      expect(parseColumnRole("widgets")).toBeNull();
      expect(parseColumnRole("")).toBeNull();
    });
  });
});

describe("describeColumnRole", () => {
  it("names the row label by the kind of table", () => {
    expect(TABLE_KINDS.map((k) => describeColumnRole("name", k))).toEqual(["KPI name", "Theme", "Budget line"]);
  });
});
