/**
 * Workbooks laid out like the seeds' published tables, as an analyst pastes them out of the PDFs, written as real
 * .xlsx files: they are detected and build the same figures as the canonical sample, through the pipeline and the
 * command line, with the mapping given as JSON (`--mapping`) and then read back from the workbook's store.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import { FIGURE_1, FIGURE_11, FIGURE_4, FINANCE, REOFFENDING, WORKFORCE } from "../../src/ingest/testing/seed000";
import { PILLAR_1_MEASURES, PILLAR_1_THEMES, PILLAR_5_MEASURES, PILLAR_5_THEMES } from "../../src/ingest/testing/seed002";
import { messageText } from "../../src/messages";
import type { WorkbookGrids } from "../../src/model/grid";
import { month, quarter } from "../../src/model/period";
import type { KpiResult } from "../../src/model/results";
import { buildScorecard } from "../../src/pipeline";
import type { BuildOutcome } from "../../src/pipeline";
import { readStore } from "../../src/store/readStore";
import type { SheetSpec } from "./writeWorkbook";
import { pastedCells, textCells, writeWorkbook } from "./writeWorkbook";

const SAMPLE = join(__dirname, "..", "..", "samples", "sample-kpi-workbook.xlsx");
const MAPPING_FILE = join(__dirname, "seed000-mapping.json");
const MAPPING: unknown = JSON.parse(readFileSync(MAPPING_FILE, "utf8"));
const AS_OF = month(2013, 11 /* Nov */);
const NOW = new Date(2013, 10 /* Nov */, 20);

/** Seed 000's tables, one to a sheet, as Excel keeps them pasted (`paste`) or as text (`textCells`). */
function seed000Sheets(paste: (line: string) => ReturnType<typeof textCells>): SheetSpec[] {
  const sheet = (name: string, lines: readonly string[]): SheetSpec => ({ name, rows: lines.map(paste) });
  return [
    sheet("Figure 1", FIGURE_1),
    sheet("Figure 4", FIGURE_4),
    sheet("Figure 11", FIGURE_11),
    sheet("Re-offending", REOFFENDING),
    sheet("Workforce", WORKFORCE),
    sheet("Budget", FINANCE),
  ];
}

/** A KPI's place in the scorecard: its name under its parent's, as both workbooks name them. */
function byPath(results: readonly KpiResult[]): Map<string, KpiResult> {
  const names = new Map(results.map((k) => [k.kpi.id, k.kpi.name]));
  return new Map(results.map((k) => [`${k.kpi.parentId ? `${names.get(k.kpi.parentId) ?? ""} / ` : ""}${k.kpi.name}`.toLowerCase(), k]));
}

// The pasted tables' published changes are shown as published (-6.8%); what their figures give is the sample's.
const figures = (k: KpiResult | undefined) => k && { previous: k.previous, current: k.current, change: k.computedChange ?? k.change, rag: k.rag.status };

function built(outcome: BuildOutcome) {
  if (outcome.status !== "built") throw new Error(`not built: ${outcome.issues.map((i) => i.message).join("; ")}`);
  return outcome;
}

describe("published layouts", () => {
  let sample: ReturnType<typeof built>;
  let pasted: WorkbookGrids;
  beforeAll(async () => {
    sample = built(buildScorecard(await readWorkbookGrids(readFileSync(SAMPLE)), { asOf: AS_OF, period: "Q2 2013-14" }));
    pasted = await readWorkbookGrids(await writeWorkbook(seed000Sheets(pastedCells)));
  });

  describe("seed 000's tables pasted into Excel, one to a sheet", () => {
    it("build the same previous, current and change as the canonical sample for every KPI they share", () => {
      const outcome = built(buildScorecard(pasted, { asOf: AS_OF, mapping: MAPPING }));
      expect(outcome.results.periodLabel).toBe("Q2 2013-14");
      const ours = byPath(outcome.results.kpis);
      const theirs = byPath(sample.results.kpis);
      const shared = [...theirs.keys()].filter((k) => ours.has(k));
      // Figures 1, 4 and 11 and the re-offending rate; the workforce table names its KPIs differently.
      expect(shared).toHaveLength(12 + 8 + 8 + 1);
      for (const key of shared) {
        const expected = figures(theirs.get(key));
        // The KSI target is a trajectory kept in the register; the published table has no target to judge.
        const rag = key === "number of people killed or seriously injured" ? { rag: null } : {};
        expect({ key, ...figures(ours.get(key)) }).toEqual({ key, ...expected, ...rag });
      }
    });

    it("show the changes the tables publish (issue 11, case 8), every one of which the figures give to its rounding", () => {
      const outcome = built(buildScorecard(pasted, { asOf: AS_OF, mapping: MAPPING }));
      const ours = byPath(outcome.results.kpis);
      expect(ours.get("total crime")?.change).toEqual({ actual: -1431, percent: -6.8, points: null });
      expect(ours.get("positive outcome rate")?.change).toEqual({ actual: 4.1, percent: null, points: 4.1 });
      expect(ours.get("most serious violent crime")?.change.percent).toBe(-43.8);
      expect(outcome.issues.filter((i) => i.code === "CHANGE_PUBLISHED_MISMATCH")).toEqual([]);
    });

    it("build the same finance table, variances checked the same way", () => {
      const outcome = built(buildScorecard(pasted, { asOf: AS_OF, mapping: MAPPING }));
      const strip = (lines: typeof outcome.results.finance) => lines.map((f) => ({ ...f, line: { ...f.line, source: null } }));
      expect(strip(outcome.results.finance)).toEqual(strip(sample.results.finance));
      expect(outcome.issues.filter((i) => i.code === "FINANCE_VARIANCE_MISMATCH").map((i) => i.message)).toEqual([
        messageText("FINANCE_VARIANCE_MISMATCH", "Procurement (full year)", "(102)", "(100)"),
      ]);
    });

    it("build the same figures when the tables are pasted as text, not converted by Excel", async () => {
      const asText = await readWorkbookGrids(await writeWorkbook(seed000Sheets(textCells)));
      const a = byPath(built(buildScorecard(asText, { asOf: AS_OF, mapping: MAPPING })).results.kpis);
      const b = byPath(built(buildScorecard(pasted, { asOf: AS_OF, mapping: MAPPING })).results.kpis);
      expect([...a.keys()]).toEqual([...b.keys()]);
      for (const [key, k] of a) expect({ key, ...figures(k) }).toEqual({ key, ...figures(b.get(key)) });
    });

    it("leave no error, and say how each guess was made", () => {
      const outcome = built(buildScorecard(pasted, { asOf: AS_OF, mapping: MAPPING }));
      expect(outcome.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(outcome.issues).toContainEqual(expect.objectContaining({ code: "SEGMENT_TOTAL_ASSUMED", sheet: "Re-offending", cell: "B6" }));
      expect(outcome.issues).toContainEqual(expect.objectContaining({ code: "COLUMN_ROLE_GUESSED", sheet: "Workforce", cell: "A1" }));
      expect(outcome.issues.some((i) => i.code === "POLARITY_NOT_SET")).toBe(false);
    });

    it("without the mapping, read Figure 11 in the workbook's latest quarter and every KPI as neutral, saying so", () => {
      const model = buildScorecard(pasted, { asOf: AS_OF }).model;
      expect(model.issues).toContainEqual(expect.objectContaining({ code: "PERIOD_ASSUMED", sheet: "Figure 11", cell: "D3", message: messageText("PERIOD_ASSUMED", "Previous Performance", "Q2 2013-14") }));
      expect(model.issues.filter((i) => i.code === "POLARITY_NOT_SET")).toHaveLength(model.kpis.length);
    });
  });

  describe("seed 002's tables pasted into Excel", () => {
    it("are read: measures, indicators with their RAGs, themes with RAG Q2 | RAG Q3, for the quarter in the title", async () => {
      const grids = await readWorkbookGrids(
        await writeWorkbook([
          { name: "Cut crime", rows: ["Dorset OPCC quarterly scorecard Q3 2023-24", "", ...PILLAR_1_MEASURES, "", ...PILLAR_1_THEMES].map(pastedCells) },
          { name: "Victims", rows: ["Q3 2023-24", ...PILLAR_5_MEASURES, "", ...PILLAR_5_THEMES].map(pastedCells) },
        ]),
      );
      const outcome = built(buildScorecard(grids, { asOf: month(2024, 1 /* Jan */) }));
      expect(outcome.results.period).toEqual(quarter(2023, 3));
      const k = byPath(outcome.results.kpis);
      expect(k.get("public opinion")).toMatchObject({ current: 46, previous: null });
      expect(k.get("victim support – cases created (q3)")).toMatchObject({ current: 3087 });
      expect(k.get("business crime (ytd)")?.rag).toMatchObject({ status: null });
      expect(outcome.model.notes.find((n) => n.ragOverride === "red")?.quarter).toEqual(quarter(2023, 2));
      expect(outcome.results.themes.find((t) => t.name === "Hate Crime")).toMatchObject({ current: "green", previous: "green" });
      expect(outcome.issues.filter((i) => i.severity === "error")).toEqual([]);
    });
  });

  describe("the command line", () => {
    it("takes the same mapping as --mapping file.json, saves it in the built workbook, and reads it from there next time", async () => {
      const dir = mkdtempSync(join(tmpdir(), "scorecard-layouts-"));
      const input = join(dir, "pasted.xlsx");
      writeFileSync(input, await writeWorkbook(seed000Sheets(pastedCells)));
      const io = () => {
        let out = "";
        return { io: { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) } }, out: () => out };
      };

      const first = io();
      const firstJson = join(dir, "first.json");
      expect(await main(["build", input, "--mapping", MAPPING_FILE, "--out", join(dir, "built.xlsx"), "--json", firstJson], first.io, NOW)).toBe(0);
      expect(first.out()).toContain("Built Q2 2013-14");
      const json = JSON.parse(readFileSync(firstJson, "utf8")) as { kpis: { name: string; previous: number; current: number; rag: string | null }[] };
      expect(json.kpis.find((k) => k.name === "Total Crime")).toMatchObject({ previous: 21012, current: 19581, rag: "green" });

      const builtGrids = await readWorkbookGrids(readFileSync(join(dir, "built.xlsx")));
      expect(readStore(builtGrids).mapping).toEqual(MAPPING);

      const second = io();
      const secondJson = join(dir, "second.json");
      expect(await main(["build", join(dir, "built.xlsx"), "--out", join(dir, "rebuilt.xlsx"), "--json", secondJson], second.io, NOW)).toBe(0);
      const again = JSON.parse(readFileSync(secondJson, "utf8")) as typeof json;
      expect(again.kpis).toEqual(json.kpis);
    });
  });
});
