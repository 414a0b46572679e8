import { countNoun } from "./countNoun";

describe("countNoun", () => {
  it.each([
    ["Total Crime", "crimes"],
    ["Dwelling Burglary", "burglaries"],
    ["ASB Incidents", "incidents"],
    ["Number of Repeat Victims", "victims"],
    ["Number of Repeat Callers", "callers"],
    ["Serious Sexual Offences", "offences"],
    ["Deliberate fires (primary)", "fires"],
    ["Total number of 999 calls", "calls"],
    ["Road casualties in Dorset", "casualties"],
    ["Anti-Social Behaviour Incidents4", "incidents"],
  ])("%s counts %s", (name, noun) => {
    expect(countNoun(name)).toBe(noun);
  });

  it.each(["PCSO establishment", "Shed, Garage and Beach Hut Breaks", "Number of people killed or seriously injured", "Volunteers establishment", "Shoplifting"])(
    "%s names nothing plainly counted",
    (name) => {
      expect(countNoun(name)).toBeNull();
    },
  );
});
