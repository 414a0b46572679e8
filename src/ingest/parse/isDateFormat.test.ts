import { isDateFormat } from "./isDateFormat";

describe("isDateFormat", () => {
  it.each(["mmm-yy", "mmmm yyyy", "dd/mm/yyyy", "d-mmm-yy", "yyyy-mm-dd", "[$-809]dd mmmm yyyy", "m/d/yy h:mm", "mm/yy"])("knows %j is a date", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([undefined, "", "General", "0", "0.0%", "#,##0", "£#,##0", "h:mm", "mm:ss", "[h]:mm:ss", '0" days"', "[Red]0.0"])("knows %j is not", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
