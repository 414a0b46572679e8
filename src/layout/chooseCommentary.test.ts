import { draftCommentary } from "../narrative";
import { chooseCommentary } from "./chooseCommentary";
import { scorecardResults } from "./__fixtures__/scorecardResults";

describe("chooseCommentary", () => {
  const results = scorecardResults();
  const filling = { ...results, settings: { ...results.settings, fillCommentaryFromDraft: true } };
  const drafts = draftCommentary(results);
  const draftOf = (id: string) => drafts.kpis.find((d) => d.kpiId === id)!.text;
  const NOTES = "In the first two quarters of 2013/14 crime has decreased by 6.8% or 1,431 fewer crimes.";

  it("takes the Notes sheet's commentary, and leaves an empty one empty while the fill setting is off", () => {
    const chosen = chooseCommentary(results, { drafts });
    expect(chosen.get("P1-01")).toEqual({ text: NOTES, built: NOTES, source: "notes" });
    expect(chosen.get("P1-03")).toEqual({ text: "", built: "", source: "none" });
  });

  it("fills only an empty commentary from the draft when the setting is on", () => {
    const chosen = chooseCommentary(filling, { drafts });
    expect(chosen.get("P1-01")).toEqual({ text: NOTES, built: NOTES, source: "notes" });
    expect(chosen.get("P1-03")).toEqual({ text: draftOf("P1-03"), built: draftOf("P1-03"), source: "draft" });
  });

  it("keeps what the analyst typed or cleared over the notes and the draft, remembering what the build would have put", () => {
    const preserved = new Map([
      ["P1-01", ""],
      ["P1-03", "Reworded by the analyst."],
    ]);
    const chosen = chooseCommentary(filling, { drafts, preserved });
    expect(chosen.get("P1-01")).toEqual({ text: "", built: NOTES, source: "analyst" });
    expect(chosen.get("P1-03")).toEqual({ text: "Reworded by the analyst.", built: draftOf("P1-03"), source: "analyst" });
  });

  it("has nothing to fill from without drafts", () => {
    expect(chooseCommentary(filling).get("P1-03")).toEqual({ text: "", built: "", source: "none" });
  });
});
