import type { Grid } from "../model/grid";
import { draftCommentary } from "../narrative";
import { buildScorecardSheet } from "./buildScorecardSheet";
import { chooseCommentary } from "./chooseCommentary";
import { readPreservedCommentary } from "./readPreservedCommentary";
import { SCORECARD_COLUMNS as COL } from "./scorecardColumns";
import { findRow, sheetToGrid } from "./__fixtures__/planCells";
import { KPI_RESULTS, scorecardResults } from "./__fixtures__/scorecardResults";

const results = scorecardResults();

/** The grid a host reads back after an analyst typed `text` into a KPI's commentary cell. */
function editCommentary(grid: Grid, kpiId: string, text: string | null): Grid {
  const rows = grid.rows.map((row) => [...row]);
  const index = rows.findIndex((row) => row[COL.id] === kpiId);
  rows[index]![COL.commentary] = text;
  return { ...grid, rows };
}

describe("readPreservedCommentary", () => {
  it("reads back nothing from a scorecard nobody edited, so the notes keep flowing", () => {
    const grid = sheetToGrid(buildScorecardSheet(results));
    expect(readPreservedCommentary(grid)).toEqual(new Map());
  });

  it("reads back an analyst's edit, which the next build keeps (round trip)", () => {
    const grid = editCommentary(sheetToGrid(buildScorecardSheet(results)), "P1-03", "Repeat victims down 15%.");
    const preserved = readPreservedCommentary(grid);
    expect(preserved).toEqual(new Map([["P1-03", "Repeat victims down 15%."]]));

    const rebuilt = buildScorecardSheet(results, { commentary: chooseCommentary(results, { preserved }) });
    const again = readPreservedCommentary(sheetToGrid(rebuilt));
    expect(again).toEqual(preserved);
  });

  it("keeps an edit over a changed note, and lets unedited rows take the new note", () => {
    const grid = editCommentary(sheetToGrid(buildScorecardSheet(results)), "P1-01", "Analyst's words.");
    const preserved = readPreservedCommentary(grid);
    const newNotes = scorecardResults({ kpis: KPI_RESULTS.map((r) => ({ ...r, commentary: `New note for ${r.kpi.id}` })) });
    const rebuilt = buildScorecardSheet(newNotes, { commentary: chooseCommentary(newNotes, { preserved }) });
    const text = (id: string) => rebuilt.blocks[0]!.cells[findRow(rebuilt, COL.id, id)]![COL.commentary]?.value;
    expect(text("P1-01")).toBe("Analyst's words.");
    expect(text("P1-02")).toBe("New note for P1-02");
  });

  it("treats a cleared commentary as an edit", () => {
    const grid = editCommentary(sheetToGrid(buildScorecardSheet(results)), "P1-02", null);
    expect(readPreservedCommentary(grid).get("P1-02")).toBe("");
  });

  it("ignores line-ending differences a host may introduce", () => {
    const withBreak = scorecardResults({ kpis: KPI_RESULTS.map((r) => (r.kpi.id === "P1-01" ? { ...r, commentary: "One\nTwo" } : r)) });
    const grid = editCommentary(sheetToGrid(buildScorecardSheet(withBreak)), "P1-01", "One\r\nTwo ");
    expect(readPreservedCommentary(grid).has("P1-01")).toBe(false);
  });

  describe("drafted commentary", () => {
    const build = (r: typeof results, preserved?: ReadonlyMap<string, string>) => {
      const drafts = draftCommentary(r);
      return { drafts, sheet: buildScorecardSheet(r, { drafts, commentary: chooseCommentary(r, { drafts, preserved }) }) };
    };
    const commentaryOf = (sheet: ReturnType<typeof buildScorecardSheet>, id: string) => sheet.blocks[0]!.cells[findRow(sheet, COL.id, id)]![COL.commentary]?.value;
    // Next quarter's figures for the same KPIs: every draft changes.
    const later = scorecardResults({ kpis: KPI_RESULTS.map((r) => ({ ...r, current: r.current === null ? null : r.current + 1 })) });

    it("keeps a draft the analyst chose (Use this text) like any typed commentary", () => {
      const first = build(results);
      const chosen = first.drafts.kpis.find((d) => d.kpiId === "P1-03")!.text;
      const preserved = readPreservedCommentary(editCommentary(sheetToGrid(first.sheet), "P1-03", chosen));
      expect(preserved).toEqual(new Map([["P1-03", chosen]]));
      expect(commentaryOf(build(later, preserved).sheet, "P1-03")).toBe(chosen);
    });

    it("refreshes a draft the fill setting wrote and nobody edited, and keeps one they edited", () => {
      const on = (r: typeof results) => ({ ...r, settings: { ...r.settings, fillCommentaryFromDraft: true } });
      const first = build(on(results));
      const edited = editCommentary(sheetToGrid(first.sheet), "P1-04", "Reworded by the analyst.");
      const preserved = readPreservedCommentary(edited);
      expect([...preserved.keys()]).toEqual(["P1-04"]);
      const second = build(on(later), preserved);
      expect(commentaryOf(second.sheet, "P1-03")).toBe(second.drafts.kpis.find((d) => d.kpiId === "P1-03")!.text);
      expect(commentaryOf(second.sheet, "P1-03")).not.toBe(commentaryOf(first.sheet, "P1-03"));
      expect(commentaryOf(second.sheet, "P1-04")).toBe("Reworded by the analyst.");
    });

    it("reads nothing from the summary rows", () => {
      expect(readPreservedCommentary(sheetToGrid(build(results).sheet))).toEqual(new Map());
    });
  });

  describe("edge cases", () => {
    it("finds the columns by header text wherever they are, reading every non-empty commentary without the hidden column", () => {
      const grid: Grid = {
        sheet: "Scorecard Q2 2013-14",
        rows: [
          ["My scorecard"],
          [null, "Commentary", null, "id"],
          [null, "Crime is down.", null, "P1-01"],
          [null, "", null, "P1-02"],
          [null, "A banner row without an ID", null, null],
          [null, { error: "#N/A" }, null, "P1-03"],
          [null, 42, null, 7],
        ],
      };
      expect(readPreservedCommentary(grid)).toEqual(
        new Map([
          ["P1-01", "Crime is down."],
          ["7", "42"],
        ]),
      );
    });

    it("returns nothing from a sheet without the columns", () => {
      expect(readPreservedCommentary({ sheet: "Other", rows: [["ID", "Name"], ["P1-01", "x"]] })).toEqual(new Map());
    });
  });
});
