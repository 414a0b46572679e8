import { subjectVerbs } from "./subjectVerbs";

describe("subjectVerbs", () => {
  it.each([
    ["ASB Incidents", "have"],
    ["Serious Sexual Offences", "have"],
    ["Shed, Garage and Beach Hut Breaks", "have"],
    ["Total Crime", "has"],
    ["Number of Repeat Victims", "has"],
    ["Percentage of 999 calls answered in 10 seconds", "has"],
    ["Sanction Detection Rate for Dwelling Burglary", "has"],
    ["Victim satisfaction with progress updates made by police officers and staff", "has"],
    ["Business Crime", "has"],
    ["Business", "has"],
    ["Days of sickness absence per officer", "have"],
    // Areas named by the rows of a table (ONS regions, police forces): one place each.
    ["Wales", "has"],
    ["England & Wales", "has"],
    ["East Midlands", "has"],
    ["Dyfed-Powys", "has"],
    ["Scottish Borders", "has"],
    ["Staffs", "has"],
    ["Special Services incidents", "have"],
    ["Deaths in Primary Fires", "have"],
  ])("%s %s", (name, has) => {
    expect(subjectVerbs(name).has).toBe(has);
  });

  it("gives the matching forms of be and stand", () => {
    expect(subjectVerbs("ASB Incidents")).toEqual({ has: "have", is: "are", was: "were", stands: "stand" });
    expect(subjectVerbs("Total Crime")).toEqual({ has: "has", is: "is", was: "was", stands: "stands" });
  });
});
