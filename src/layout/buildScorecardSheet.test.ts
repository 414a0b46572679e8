import { DEFAULT_SETTINGS } from "../model/kpi";
import { draftCommentary } from "../narrative";
import { buildScorecardSheet, NOT_AVAILABLE_FOOTNOTE, OVERRIDE_FOOTNOTE, SUMMARY_LABEL } from "./buildScorecardSheet";
import { chooseCommentary } from "./chooseCommentary";
import { buildStyleCatalogue } from "./buildStyleCatalogue";
import { cellAt, cellAtA1, findRow } from "./__fixtures__/planCells";
import { KPI_RESULTS, P1, P2, P5, P6, scorecardResults, SETTINGS } from "./__fixtures__/scorecardResults";
import { RAG_COLOURS } from "./palette";
import { SCORECARD_COLUMNS as COL } from "./scorecardColumns";

const results = scorecardResults();
const sheet = buildScorecardSheet(results);
const styles = buildStyleCatalogue(SETTINGS);
const rowOf = (id: string) => findRow(sheet, COL.id, id);
const at = (id: string, col: number) => cellAt(sheet, rowOf(id), col);
const formatOf = (id: string, col: number) => styles[at(id, col)?.style ?? ""]?.numberFormat;

describe("buildScorecardSheet", () => {
  it("names the sheet for the quarter", () => {
    expect(sheet.name).toBe("Scorecard Q2 2013-14");
    expect(sheet.role).toBe("scorecard");
  });

  describe("title band", () => {
    it("gives the report title, organisation and quarter", () => {
      expect(cellAtA1(sheet, "A1")?.value).toBe(SETTINGS.reportTitle);
      expect(cellAtA1(sheet, "A2")?.value).toBe("Dorset Police & Crime Panel");
      expect(cellAtA1(sheet, "A3")?.value).toBe("Quarter 2 2013-14");
    });

    it("says what the period columns mean", () => {
      expect(cellAtA1(sheet, "A4")?.value).toContain("Previous: Apr - Sep 2012/13. Current: Apr - Sep 2013/14.");
    });

    it("has a RAG key with the organisation's labels on their fills", () => {
      const key = [cellAtA1(sheet, "D5"), cellAtA1(sheet, "E5"), cellAtA1(sheet, "F5")];
      expect(key.map((c) => c?.value)).toEqual(["Green", "Amber", "Red"]);
      expect(key.map((c) => c?.style)).toEqual(["rag-green", "rag-amber", "rag-red"]);
    });
  });

  describe("header", () => {
    it("puts the columns in the published order, then the MDC icons, on row 8", () => {
      const header = Array.from({ length: 15 }, (_, col) => cellAt(sheet, 7, col)?.value);
      expect(header).toEqual([
        "ID",
        "KPI",
        "Target",
        "Previous\nApr - Sep 2012/13",
        "Current\nApr - Sep 2013/14",
        "Change",
        "Change %",
        "RAG",
        "Previous RAG",
        "Trend",
        "Variation",
        "Assurance",
        "Notes",
        "Commentary",
        "Suggested commentary (drafted from the figures)",
      ]);
    });

    it("freezes the panes below the header", () => {
      expect(sheet.freeze).toEqual({ rows: 8, columns: 0 });
    });
  });

  describe("sections", () => {
    it("opens each priority with a merged banner", () => {
      const banners = [P1, P2, P5, P6].map((p) => findRow(sheet, 0, p));
      expect(banners[0]).toBe(8);
      expect(banners).toEqual([...banners].sort((a, b) => a - b));
      expect(cellAt(sheet, 8, 0)?.style).toBe("section");
      expect(sheet.merges).toContain("A9:O9");
    });

    it("puts a sub-indicator straight after its parent, indented", () => {
      expect(rowOf("P1-08")).toBe(rowOf("P1-07") + 1);
      expect(at("P1-08", COL.kpi)?.style).toBe("kpi-child");
      expect(at("P1-07", COL.kpi)?.style).toBe("kpi");
      expect(styles["kpi-child"]?.indent).toBeGreaterThan(0);
    });

    it("shows the target as published", () => {
      expect(at("P1-02", COL.target)?.value).toBe("≥ 25.5%");
      expect(at("P5-03", COL.target)?.value).toBe("≥ 3rd in MSG");
      expect(at("P1-03", COL.target)?.value).toBeNull();
    });
  });

  describe("figures", () => {
    it("writes counts with thousands separators and signed change (seed 000: 21,012 -> 19,581)", () => {
      expect(at("P1-01", COL.previous)?.value).toBe(21012);
      expect(at("P1-01", COL.current)?.value).toBe(19581);
      expect(formatOf("P1-01", COL.current)).toBe("#,##0");
      expect(at("P1-01", COL.change)?.value).toBe(-1431);
      expect(formatOf("P1-01", COL.change)).toBe("+#,##0;-#,##0;#,##0");
      expect(at("P1-01", COL.changePercent)?.value).toBeCloseTo(-0.0681, 4);
      expect(formatOf("P1-01", COL.changePercent)).toBe("+0.0%;-0.0%;0.0%");
    });

    it("writes percentages as fractions and their change in points (seed 000: 21.1% -> 25.2% is +4.1)", () => {
      expect(at("P1-02", COL.previous)?.value).toBe(0.211);
      expect(at("P1-02", COL.current)?.value).toBe(0.252);
      expect(formatOf("P1-02", COL.current)).toBe("0.0%");
      expect(at("P1-02", COL.change)?.value).toBeNull();
      expect(at("P1-02", COL.changePercent)?.value).toBeCloseTo(4.1, 10);
      expect(formatOf("P1-02", COL.changePercent)).toBe('+0.0 "pts";-0.0 "pts";0.0 "pts"');
    });

    it("formats currency, durations and grades by unit", () => {
      expect(formatOf("P6-01", COL.current)).toBe("£#,##0");
      expect(formatOf("P5-09", COL.current)).toBe('0.0 "mins"');
      expect(at("P6-02", COL.current)?.value).toBe("Adequate");
    });

    it("shows n/a where a figure or its change is missing", () => {
      expect(at("P6-03", COL.previous)?.value).toBe(0.46);
      expect(at("P6-03", COL.current)).toEqual({ value: "n/a", style: "na" });
      expect(at("P6-03", COL.changePercent)).toEqual({ value: "n/a", style: "na" });
      expect(findRow(sheet, 0, NOT_AVAILABLE_FOOTNOTE)).toBeGreaterThan(rowOf("P6-04"));
    });
  });

  describe("key", () => {
    const keyRow = (label: string) => findRow(sheet, COL.id, label);

    it("says the trend arrow is the direction and its colour good or bad, never pairing an arrow with a meaning", () => {
      const row = findRow(sheet, COL.id, "Key");
      const trend = [COL.rag, COL.previousRag, COL.trend].map((col) => cellAt(sheet, row, col));
      expect(trend.map((c) => c?.value)).toEqual(["▲ ▼ better", "▲ ▼ worse", "► same"]);
      expect(trend.map((c) => c?.style)).toEqual(["trend-key-improving", "trend-key-worsening", "trend-key-neutral"]);
      expect(String(cellAt(sheet, row, COL.notes)?.value)).toContain("the arrow is the direction of change; its colour says whether that is good");
      // A falling count that is good for the KPI: a green ▼ in the table, which the key reads as "better".
      expect(at("P1-01", COL.trend)).toEqual({ value: "▼", style: "trend-improving" });
    });

    it("draws each MDC icon as the table draws it, with its meaning", () => {
      const pairs = (row: number) => [2, 4, 6, 8].map((col) => [cellAt(sheet, row, col)?.value, cellAt(sheet, row, col)?.style, cellAt(sheet, row, col + 1)?.value]);
      expect(pairs(keyRow("Variation"))).toEqual([
        ["≈", "spc-common-cause", "common cause"],
        ["H", "spc-improvement", "improvement"],
        ["H", "spc-concern", "concern"],
        ["H", "spc-neither", "neither"],
      ]);
      expect(pairs(keyRow("Assurance"))).toEqual([
        ["P", "spc-improvement", "passes"],
        ["F", "spc-concern", "fails"],
        ["?", "spc-common-cause", "hit and miss"],
        ["–", "spc-none", "not judged"],
      ]);
    });
  });

  describe("MDC icons", () => {
    it("shows each KPI's variation as an icon: H or L by which way the special cause went, coloured by good or bad", () => {
      const icon = (id: string) => [at(id, COL.variation)?.value, at(id, COL.variation)?.style];
      for (const r of KPI_RESULTS.filter((k) => k.monthly !== null)) {
        const mark = r.monthly!.spc.variation;
        const expected =
          mark === "common-cause"
            ? ["≈", "spc-common-cause"]
            : mark === "special-cause-improving"
              ? [r.kpi.polarity === "lower-is-better" ? "L" : "H", "spc-improvement"]
              : mark === "special-cause-concerning"
                ? [r.kpi.polarity === "lower-is-better" ? "H" : "L", "spc-concern"]
                : ["–", "spc-none"];
        expect(icon(r.kpi.id)).toEqual(expected);
      }
      expect(at("P1-03", COL.variation)).toEqual({ value: "–", style: "spc-none" });
    });

    it("shows assurance where there is one, a dash where not", () => {
      const withAssurance = KPI_RESULTS.map((r) => ({
        ...r,
        monthly: r.monthly && { ...r.monthly, spc: { ...r.monthly.spc, assurance: "consistently-failing" as const } },
      }));
      const s = buildScorecardSheet(scorecardResults({ kpis: withAssurance }));
      expect(cellAt(s, findRow(s, COL.id, "P1-01"), COL.assurance)).toEqual({ value: "F", style: "spc-concern" });
      expect(at("P1-01", COL.assurance)).toEqual({ value: "–", style: "spc-none" });
    });
  });

  describe("IDs", () => {
    it("prints no ID the workbook did not give, keeping the key hidden for rebuilds", () => {
      const made = KPI_RESULTS.map((r) => ({ ...r, kpi: { ...r.kpi, generatedId: true } }));
      const s = buildScorecardSheet(scorecardResults({ kpis: made }));
      const row = findRow(s, COL.key, KPI_RESULTS[0]!.kpi.id);
      expect(cellAt(s, row, COL.id)?.value).toBeNull();
      expect(cellAt(s, row, COL.kpi)?.value).toBe(KPI_RESULTS[0]!.kpi.name);
      expect(s.columns[COL.id]?.hidden).toBe(true);
      expect(s.columns[COL.key]?.hidden).toBe(true);
      expect(sheet.columns[COL.id]?.hidden).toBeUndefined();
    });
  });

  describe("RAG", () => {
    it("fills RAG cells with the organisation's labels, this period and the previous one", () => {
      expect(at("P1-01", COL.rag)).toEqual({ value: "Green", style: "rag-green" });
      expect(at("P1-01", COL.previousRag)).toEqual({ value: "Amber", style: "rag-amber" });
      expect(styles["rag-green"]?.fill).toBe(RAG_COLOURS.green.fill);
    });

    it("marks an analyst's override and explains it in a footnote", () => {
      expect(at("P5-05", COL.rag)).toEqual({ value: "Amber*", style: "rag-amber" });
      expect(at("P5-05", COL.notes)?.value).toContain("Figures alone give Red");
      expect(findRow(sheet, 0, OVERRIDE_FOOTNOTE)).toBeGreaterThan(rowOf("P6-04"));
    });

    it("shows a dash for a KPI without a RAG", () => {
      expect(at("P1-03", COL.rag)).toEqual({ value: "–", style: "rag-none" });
    });

    it("uses the settings' labels (seed 002's Green / Yellow / Red)", () => {
      const yellow = buildScorecardSheet(
        scorecardResults({ settings: { ...SETTINGS, ragLabels: { green: "Green", amber: "Yellow", red: "Red" } } }),
      );
      expect(cellAt(yellow, findRow(yellow, COL.id, "P1-02"), COL.rag)?.value).toBe("Yellow");
      expect(yellow.conditionalFormats.map((f) => f.text)).toContain("Yellow");
      expect(yellow.conditionalFormats.map((f) => f.text)).not.toContain("Amber");
    });

    it("adds a text-equals rule per label over both RAG columns of every KPI row", () => {
      const first = rowOf("P1-01");
      const last = rowOf("P6-04");
      const ranges = new Set(sheet.conditionalFormats.map((f) => f.range));
      expect([...ranges]).toEqual([`H${first}:I${last + 1}`]);
      expect(sheet.conditionalFormats.map((f) => f.text)).toEqual(["Green", "Green*", "Amber", "Amber*", "Red", "Red*"]);
      const amber = sheet.conditionalFormats.find((f) => f.text === "Amber");
      expect(amber).toMatchObject({ kind: "text-equals", ...RAG_COLOURS.amber });
    });
  });

  describe("trend", () => {
    it("colours marks by polarity, not direction", () => {
      // Crime falling is good: a down mark in green. 999 answers falling is bad: a down mark in red.
      expect(at("P1-01", COL.trend)).toEqual({ value: "▼", style: "trend-improving" });
      expect(at("P5-05", COL.trend)).toEqual({ value: "▼", style: "trend-worsening" });
      expect(at("P2-04", COL.trend)).toEqual({ value: "▲", style: "trend-worsening" });
      expect(at("P1-02", COL.trend)).toEqual({ value: "▲", style: "trend-improving" });
    });

    it("greys a neutral KPI's move and a flat one", () => {
      expect(at("P6-04", COL.trend)).toEqual({ value: "▲", style: "trend-neutral" });
      expect(at("P6-02", COL.trend)).toEqual({ value: "►", style: "trend-neutral" });
      expect(styles["trend-improving"]?.fontColor).not.toBe(styles["trend-worsening"]?.fontColor);
    });
  });

  describe("notes", () => {
    it("states a trajectory KPI's progress (seed 000's KSI target)", () => {
      expect(at("P2-08", COL.notes)?.value).toContain("2013 target 348: on track, projected 323");
    });

    it("gives the SPC variation mark where there is monthly data", () => {
      expect(at("P1-01", COL.notes)?.value).toMatch(/^SPC: (common|special) cause variation/m);
    });

    it("names the periods of a KPI reported on other periods", () => {
      expect(at("P5-01", COL.notes)?.value).toContain("Periods: Q1 2013/14 vs Q2 2013/14");
    });

    it("gives the change from a baseline", () => {
      expect(at("P2-01", COL.notes)?.value).toContain("-32.5% from 2019 baseline");
    });
  });

  describe("commentary", () => {
    it("takes commentary from the notes", () => {
      expect(at("P1-01", COL.commentary)?.value).toBe(KPI_RESULTS[0]?.commentary);
    });

    it("lets preserved commentary win, keeping the notes' text in the hidden column", () => {
      const edited = buildScorecardSheet(results, { commentary: chooseCommentary(results, { preserved: new Map([["P1-01", "Edited by the analyst."]]) }) });
      const row = findRow(edited, COL.id, "P1-01");
      expect(cellAt(edited, row, COL.commentary)?.value).toBe("Edited by the analyst.");
      expect(cellAt(edited, row, COL.builtCommentary)?.value).toBe(KPI_RESULTS[0]?.commentary);
      expect(edited.columns[COL.builtCommentary]?.hidden).toBe(true);
    });

    it("makes rows with long commentary taller", () => {
      const long = buildScorecardSheet(results, { commentary: chooseCommentary(results, { preserved: new Map([["P1-03", "word ".repeat(80)]]) }) });
      const height = (s: typeof sheet, id: string) => s.rowHeights.find((h) => h.row === findRow(s, COL.id, id))?.height ?? 0;
      expect(height(long, "P1-03")).toBeGreaterThan(height(sheet, "P1-03"));
    });

    it("makes the commentary column wide and wrapped, as wide as the suggestions beside it", () => {
      expect(sheet.columns[COL.commentary]?.width).toBeGreaterThanOrEqual(40);
      expect(sheet.columns[COL.suggested]?.width).toBe(sheet.columns[COL.commentary]?.width);
      expect(styles[at("P1-01", COL.commentary)?.style ?? ""]?.wrap).toBe(true);
    });
  });

  describe("drafted commentary", () => {
    const drafts = draftCommentary(results);
    const drafted = buildScorecardSheet(results, { drafts, commentary: chooseCommentary(results, { drafts }) });
    const draftAt = (id: string, col: number) => cellAt(drafted, findRow(drafted, COL.id, id), col);

    it("puts each KPI's draft in the Suggested commentary column, leaving the analyst's commentary as it was", () => {
      expect(draftAt("P1-01", COL.suggested)?.value).toBe(drafts.kpis.find((d) => d.kpiId === "P1-01")?.text);
      expect(draftAt("P1-01", COL.suggested)?.style).toBe("suggested");
      expect(draftAt("P1-01", COL.commentary)?.value).toBe(KPI_RESULTS[0]?.commentary);
      expect(draftAt("P1-03", COL.commentary)?.value).toBeNull();
    });

    it("makes a row tall enough for its draft", () => {
      const height = (s: typeof sheet, id: string) => s.rowHeights.find((h) => h.row === findRow(s, COL.id, id))?.height ?? 0;
      expect(height(drafted, "P1-03")).toBeGreaterThan(height(sheet, "P1-03"));
    });

    it("opens the table with a suggested summary of the whole scorecard, merged across it", () => {
      const row = findRow(drafted, 0, `${SUMMARY_LABEL} of the scorecard: ${drafts.scorecard}`);
      expect(row).toBe(8);
      expect(cellAt(drafted, row, 0)?.style).toBe("draft-summary");
      expect(drafted.merges).toContain("A9:O9");
    });

    it("puts each priority's suggested summary under its banner", () => {
      for (const section of drafts.sections) {
        const banner = findRow(drafted, 0, section.priority);
        expect(cellAt(drafted, banner + 1, 0)?.value).toBe(`${SUMMARY_LABEL}: ${section.text}`);
      }
    });

    it("fills an empty commentary from the draft only with the setting on, and never an analyst's", () => {
      const on = scorecardResults({ settings: { ...SETTINGS, fillCommentaryFromDraft: true } });
      const onDrafts = draftCommentary(on);
      const preserved = new Map([["P1-04", "Typed by the analyst."], ["P1-07", ""]]);
      const filled = buildScorecardSheet(on, { drafts: onDrafts, commentary: chooseCommentary(on, { drafts: onDrafts, preserved }) });
      const cell = (id: string, col: number) => cellAt(filled, findRow(filled, COL.id, id), col)?.value;
      const draftOf = (id: string) => onDrafts.kpis.find((d) => d.kpiId === id)?.text;
      // Empty: filled, and the hidden column records it as the build's own so a rebuild can refresh it.
      expect(cell("P1-03", COL.commentary)).toBe(draftOf("P1-03"));
      expect(cell("P1-03", COL.builtCommentary)).toBe(draftOf("P1-03"));
      // The Notes sheet's commentary, typed commentary and a cleared cell are the analyst's.
      expect(cell("P1-01", COL.commentary)).toBe(KPI_RESULTS[0]?.commentary);
      expect(cell("P1-04", COL.commentary)).toBe("Typed by the analyst.");
      expect(cell("P1-07", COL.commentary)).toBeNull();
      // Off (the default): the draft stays in its own column.
      expect(draftAt("P1-03", COL.commentary)?.value).toBeNull();
    });
  });

  describe("page", () => {
    it("prints A4 landscape, one page wide, repeating the header", () => {
      expect(sheet.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1, fitToHeight: 0, titleRows: "$8:$8" });
    });

    it("heads each page with the organisation and period, and footers it with the sheet name", () => {
      expect(sheet.print.headerCenter).toBe("Dorset Police & Crime Panel · Quarter 2 2013-14");
      expect(sheet.print.footerLeft).toBe("Scorecard Q2 2013-14");
    });

    it("turns gridlines off", () => {
      expect(sheet.showGridlines).toBe(false);
    });

    it("uses only styles the catalogue defines", () => {
      const names = sheet.blocks.flatMap((b) => b.cells.flat()).map((c) => c.style).filter((s): s is string => s !== undefined);
      expect(names.filter((n) => !(n in styles))).toEqual([]);
    });
  });

  describe("edge cases", () => {
    it("says so when there are no KPIs, and writes no RAG rules", () => {
      const empty = buildScorecardSheet(scorecardResults({ kpis: [], settings: DEFAULT_SETTINGS }));
      expect(findRow(empty, 0, "No KPIs to report for Q2 2013-14.")).toBeGreaterThan(0);
      expect(empty.conditionalFormats).toEqual([]);
      expect(cellAt(empty, 7, 3)?.value).toBe("Previous\nApr - Sep 2012/13");
    });

    it("shows a KPI whose parent is in another section as a top-level KPI", () => {
      const orphan = KPI_RESULTS.map((r) => (r.kpi.id === "P1-08" ? { ...r, kpi: { ...r.kpi, priority: P2 } } : r));
      const s = buildScorecardSheet(scorecardResults({ kpis: orphan }));
      expect(cellAt(s, findRow(s, COL.id, "P1-08"), COL.kpi)?.style).toBe("kpi");
    });

    it("keeps KPIs whose parents form a loop", () => {
      const loop = KPI_RESULTS.map((r) =>
        r.kpi.id === "P1-07" ? { ...r, kpi: { ...r.kpi, parentId: "P1-08" } } : r,
      );
      const s = buildScorecardSheet(scorecardResults({ kpis: loop }));
      expect(findRow(s, COL.id, "P1-07")).toBeGreaterThan(0);
      expect(findRow(s, COL.id, "P1-08")).toBeGreaterThan(0);
    });
  });
});
