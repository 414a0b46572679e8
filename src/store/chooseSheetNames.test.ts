import { EMPTY_STORE } from "./readStore";
import type { Store } from "./readStore";
import { chooseSheetNames } from "./chooseSheetNames";

const Q = "Q2 2013-14";

function storeWith(sheets: readonly string[]): Store {
  return { ...EMPTY_STORE, builds: [{ period: Q, sheets }] };
}

describe("chooseSheetNames", () => {
  it("names every sheet as outputSheetName does when nothing is in the way", () => {
    const choice = chooseSheetNames(["KPIs", "Measurements"], EMPTY_STORE, Q);
    expect(choice.names("scorecard")).toBe("Scorecard Q2 2013-14");
    expect(choice.names("finance")).toBe("Finance variance Q2 2013-14");
    expect(choice.replaceable).toEqual([]);
    expect(choice.numbered.size).toBe(0);
    expect(choice.previousScorecard).toBeNull();
  });

  it("trusts the store only for names this tool makes for the period", () => {
    const choice = chooseSheetNames([], storeWith(["KPIs", "Scorecard Q2 2013-14", "Charts Q2 2013-14 (3)", "Scorecard Q1 2013-14", "Charts Q2 2013-14 (12)", "Theme RAG Q2 2013-14 draft"]), Q);
    expect(choice.replaceable).toEqual(["Scorecard Q2 2013-14", "Charts Q2 2013-14 (3)"]);
  });

  it("numbers a sheet whose name an analyst's sheet has, ignoring case, and says which", () => {
    const choice = chooseSheetNames(["theme rag q2 2013-14", "Theme RAG Q2 2013-14 (2)"], EMPTY_STORE, Q);
    expect(choice.names("themes")).toBe("Theme RAG Q2 2013-14 (3)");
    expect(choice.numbered.get("themes")).toEqual({ taken: "theme rag q2 2013-14", used: "Theme RAG Q2 2013-14 (3)" });
  });

  it("reuses the plain name when the store says an earlier build wrote it", () => {
    const choice = chooseSheetNames(["Scorecard Q2 2013-14"], storeWith(["Scorecard Q2 2013-14"]), Q);
    expect(choice.names("scorecard")).toBe("Scorecard Q2 2013-14");
    expect(choice.previousScorecard).toBe("Scorecard Q2 2013-14");
  });

  it("keeps its numbered sheet on a rebuild and reads commentary from it, not from the analyst's", () => {
    const choice = chooseSheetNames(["Scorecard Q2 2013-14", "Scorecard Q2 2013-14 (2)"], storeWith(["Scorecard Q2 2013-14 (2)"]), Q);
    expect(choice.names("scorecard")).toBe("Scorecard Q2 2013-14 (2)");
    expect(choice.previousScorecard).toBe("Scorecard Q2 2013-14 (2)");
  });

  describe("edge cases", () => {
    it("gives up (used: null) when the plain name and every number up to 9 are the analyst's", () => {
      const taken = ["", " (2)", " (3)", " (4)", " (5)", " (6)", " (7)", " (8)", " (9)"].map((n) => `Data issues Q2 2013-14${n}`);
      expect(chooseSheetNames(taken, EMPTY_STORE, Q).numbered.get("issues")).toEqual({ taken: "Data issues Q2 2013-14", used: null });
    });

    it("keeps every numbered name within Excel's 31 characters", () => {
      const choice = chooseSheetNames(["Finance variance Q2 2013-14"], EMPTY_STORE, Q);
      expect(choice.names("finance")).toBe("Finance variance Q2 2013-14 (2)");
      expect("Finance variance Q2 2013-14 (9)".length).toBeLessThanOrEqual(31);
    });

    it("does not try a numbered name longer than 31 characters: a long period's finance sheet has none free", () => {
      const label = "May 13-Apr 14";
      const choice = chooseSheetNames(["Finance variance May 13-Apr 14", "Data issues May 13-Apr 14"], EMPTY_STORE, label);
      expect(choice.numbered.get("finance")).toEqual({ taken: "Finance variance May 13-Apr 14", used: null });
      expect(choice.names("issues")).toBe("Data issues May 13-Apr 14 (2)");
      for (const role of ["scorecard", "themes", "charts", "chart-data", "exceptions", "issues"] as const) {
        expect(choice.names(role).length).toBeLessThanOrEqual(31);
      }
    });
  });
});
