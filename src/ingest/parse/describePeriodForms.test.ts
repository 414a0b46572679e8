import { describePeriodForms } from "./describePeriodForms";
import { PERIOD_FORMS } from "./periodForms";

describe("describePeriodForms", () => {
  it("quotes an example of every form that names a whole period, in the table's order", () => {
    const all = describePeriodForms();
    expect(all.startsWith('"2013-04-01", "1 Apr 2013", "Apr-13"')).toBe(true);
    expect(all).toContain('"Oct-Dec 2022"');
    expect(all.split(", ").length).toBeLessThanOrEqual(PERIOD_FORMS.length);
  });

  it("gives a taste of them spread over the table, first and last included, for a short message", () => {
    const few = describePeriodForms(3).split(", ");
    const all = describePeriodForms().split(", ");
    expect(few).toHaveLength(3);
    expect(few[0]).toBe(all[0]);
    expect(few[2]).toBe(all[all.length - 1]);
    expect(describePeriodForms(100)).toBe(describePeriodForms());
  });
});
