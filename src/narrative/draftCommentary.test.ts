import { readFileSync } from "fs";
import { join } from "path";
import { calculateScorecard } from "../calc/calculateScorecard";
import { readWorkbookGrids } from "../files/readWorkbook";
import { monthly, spread, testKpi, testModel } from "../calc/testFixtures";
import { month, quarter } from "../model/period";
import type { ScorecardResults } from "../model/results";
import { buildScorecard } from "../pipeline";
import { draftCommentary } from "./draftCommentary";
import type { CommentaryDrafts } from "../model/drafts";
import { checkKpiDraft } from "./testing/checkDraft";
import { disagreementsWithNotes } from "./testing/disagreementsWithNotes";
import { SYNTHETIC_AS_OF, SYNTHETIC_QUARTER, syntheticModel } from "./testing/syntheticModel";

let sample: ScorecardResults;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "..", "samples", "sample-kpi-workbook.xlsx")));
  const outcome = buildScorecard(await readWorkbookGrids(bytes), { period: "Q2 2013-14", asOf: month(2013, 11 /* Nov */) });
  if (outcome.status !== "built") throw new Error("the sample did not build");
  sample = outcome.results;
});

/** Every KPI draft checked against its own figures; the problems, by KPI. */
function problemsOf(results: ScorecardResults, drafts: CommentaryDrafts): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  results.kpis.forEach((result, i) => {
    const draft = drafts.kpis[i];
    if (!draft) throw new Error(`no draft for ${result.kpi.id}`);
    const parentId = result.kpi.parentId;
    const problems = checkKpiDraft(draft, result, {
      settings: results.settings,
      previousRagLabel: results.previousPeriodLabel,
      exceptions: results.exceptions.filter((e) => e.kpiId === result.kpi.id),
      parentName: parentId === null ? null : (results.kpis.find((r) => r.kpi.id === parentId)?.kpi.name ?? null),
    });
    if (problems.length > 0) found[result.kpi.id] = problems;
  });
  return found;
}

describe("draftCommentary", () => {
  it("drafts a paragraph for every KPI of the sample, in the results' order", () => {
    const drafts = draftCommentary(sample);
    expect(drafts.kpis.map((d) => d.kpiId)).toEqual(sample.kpis.map((r) => r.kpi.id));
    for (const d of drafts.kpis) expect(d.text.length).toBeGreaterThan(20);
  });

  it("never contradicts the sample's figures", () => {
    expect(problemsOf(sample, draftCommentary(sample))).toEqual({});
  });

  it("never says otherwise than the SPC and trajectory notes beside it (sample, and 720 synthetic KPIs)", () => {
    expect(disagreementsWithNotes(sample, draftCommentary(sample))).toEqual({});
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      const results = calculateScorecard(syntheticModel(seed, 60), SYNTHETIC_QUARTER, { asOf: SYNTHETIC_AS_OF });
      expect(disagreementsWithNotes(results, draftCommentary(results))).toEqual({});
    }
  });

  it("is the same every time", () => {
    expect(draftCommentary(sample)).toEqual(draftCommentary(sample));
  });

  it("varies the wording between KPIs as a person would", () => {
    const openings = new Set(draftCommentary(sample).kpis.map((d) => d.sentences[0]?.text.replace(/[\d,.%£]+/g, "#").split(" ").slice(1, 4).join(" ")));
    expect(openings.size).toBeGreaterThan(5);
  });

  describe("varied synthetic workbooks", () => {
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    it.each(seeds)("never contradicts the figures (seed %i, 60 KPIs)", (seed) => {
      const model = syntheticModel(seed, 60);
      const results = calculateScorecard(model, SYNTHETIC_QUARTER, { asOf: SYNTHETIC_AS_OF });
      expect(problemsOf(results, draftCommentary(results))).toEqual({});
    });

    it("covers every kind of sentence and every unit", () => {
      const topics = new Set<string>();
      const units = new Set<string>();
      for (const seed of seeds) {
        const results = calculateScorecard(syntheticModel(seed, 60), SYNTHETIC_QUARTER, { asOf: SYNTHETIC_AS_OF });
        const drafts = draftCommentary(results);
        drafts.kpis.forEach((d, i) => {
          for (const s of d.sentences) topics.add(s.topic);
          units.add(results.kpis[i]?.kpi.unit ?? "");
        });
      }
      expect([...topics].sort()).toEqual(["baseline", "change", "exceptions", "judgement", "previous-rag", "spc", "target", "trajectory"]);
      expect(units.size).toBe(7);
    });

    it("covers every SPC reading the scorecard's notes can give", () => {
      const forms = new Set<string>();
      const FORMS: Record<string, RegExp> = {
        "too few months": /months of figures/,
        "recalculated too recently": /needed for new limits/,
        baseline: /baseline months/,
        recalculated: /were recalculated from [^:]*\./,
        proposal: /is proposed/,
        "assurance withheld": /no assurance against the target/,
        assurance: /side of the target|met in some months/,
      };
      for (const seed of seeds) {
        const results = calculateScorecard(syntheticModel(seed, 60), SYNTHETIC_QUARTER, { asOf: SYNTHETIC_AS_OF });
        for (const d of draftCommentary(results).kpis) {
          const spc = d.sentences.find((x) => x.topic === "spc")?.text ?? "";
          for (const [form, words] of Object.entries(FORMS)) if (words.test(spc)) forms.add(form);
        }
      }
      expect([...forms].sort()).toEqual(Object.keys(FORMS).sort());
    });
  });

  describe("summaries", () => {
    it("summarises each priority in the scorecard's order", () => {
      const drafts = draftCommentary(sample);
      expect(drafts.sections.map((s) => s.priority)).toEqual([...new Set(sample.kpis.map((r) => r.kpi.priority))]);
    });

    it("counts the RAG statuses of each priority as the scorecard shows them", () => {
      const drafts = draftCommentary(sample);
      for (const section of drafts.sections) {
        const kpis = sample.kpis.filter((r) => r.kpi.priority === section.priority);
        const rated = kpis.filter((r) => r.rag.status !== null).length;
        if (kpis.length > 1 && rated > 0) {
          expect(section.text).toContain(`Of the ${kpis.length} KPIs under this priority`);
          const notRated = kpis.length - rated;
          if (notRated > 0) expect(section.text).toContain(`${notRated} ${notRated === 1 ? "is" : "are"} not rated`);
        }
      }
      const p5 = drafts.sections.find((s) => s.priority.startsWith("5."));
      expect(p5?.text).toMatch(/^Of the 8 KPIs under this priority, 1 is rated Green, 1 Amber and 2 Red; 4 are not rated\./);
    });

    it("says what moved since last period and names the largest improvements and deteriorations", () => {
      const p2 = draftCommentary(sample).sections.find((s) => s.priority.startsWith("2."));
      expect(p2?.text).toContain("4 improved and 4 worsened");
      expect(p2?.text).toContain("The largest improvements were in Most Serious Violent Crime (down 43.8%) and Racially and Religiously Aggravated Crime (down 27.7%)");
      expect(p2?.text).toContain("the largest deteriorations were in Alcohol Related Violent Crime (up 9.1%) and Serious Sexual Offences (up 6.5%)");
    });

    it("counts what rose and fell among KPIs with no preferred direction, which neither improve nor worsen", () => {
      // Apr - Sep 2012/13 against Apr - Sep 2013/14: three areas' rates (neutral), one crime count (lower is better).
      const kpi = (id: string, name: string, polarity: "neutral" | "lower-is-better") => testKpi({ id, name, polarity });
      const pair = (id: string, before: number, after: number) => [...monthly(id, 2012, 4, spread(before, 6)), ...monthly(id, 2013, 4, spread(after, 6))];
      const model = (withCrime: boolean, crimeAfter = 900) =>
        testModel({
          kpis: [kpi("N1", "Wales", "neutral"), kpi("N2", "East Midlands", "neutral"), kpi("N3", "London", "neutral"), ...(withCrime ? [kpi("C1", "Total Crime", "lower-is-better")] : [])],
          measurements: [...pair("N1", 600, 660), ...pair("N2", 600, 720), ...pair("N3", 600, 540), ...(withCrime ? pair("C1", 1000, crimeAfter) : [])],
        });
      const summary = (withCrime: boolean, crimeAfter?: number) =>
        draftCommentary(calculateScorecard(model(withCrime, crimeAfter), quarter(2013, 2), { asOf: month(2013, 11) })).scorecard;
      expect(summary(false)).toContain("the previous period, of the KPIs with no preferred direction, 2 rose and 1 fell.");
      expect(summary(false)).not.toMatch(/improve|worse/);
      expect(summary(true)).toContain("the previous period, 1 improved and none worsened; of the KPIs with no preferred direction, 2 rose and 1 fell.");
      expect(summary(true, 1000)).toContain("the previous period, of the KPIs with no preferred direction, 2 rose and 1 fell; 1 was unchanged.");
    });

    it("names the ratings that changed since the previous quarter", () => {
      const p5 = draftCommentary(sample).sections.find((s) => s.priority.startsWith("5."));
      expect(p5?.text).toContain("One rating changed since Q1 2013-14: Percentage of 999 calls answered in 10 seconds (Green to Amber).");
    });

    it("gives the whole scorecard's counts, exceptions, themes and finance", () => {
      const whole = draftCommentary(sample).scorecard;
      const counts = { green: 0, amber: 0, red: 0, none: 0 };
      for (const r of sample.kpis) counts[r.rag.status ?? "none"] += 1;
      expect(whole).toContain(
        `Of the ${sample.kpis.length} KPIs in the Q2 2013-14 scorecard, ${counts.green} are rated Green, ${counts.amber} Amber and ${counts.red} Red; ${counts.none} are not rated.`,
      );
      expect(whole).toContain("By area, Total Crime rose in 3 of the 11 areas.");
      expect(whole).toMatch(/Of the \d+ themes the analysts rated/);
      // Seed 000, section 3: "projected to be within budget at the year end": 114,280 against 114,291.
      expect(whole).toContain("Finance (£000's): the year-end projection of 114,280 is 11 under the full-year budget of 114,291.");
    });

    it("names special-cause concerns when there are any", () => {
      const results = calculateScorecard(syntheticModel(3, 60), SYNTHETIC_QUARTER, { asOf: SYNTHETIC_AS_OF });
      const concerns = results.kpis.filter((r) => r.monthly?.spc.variation === "special-cause-concerning");
      expect(concerns.length).toBeGreaterThan(0);
      expect(draftCommentary(results).scorecard).toContain("The monthly figures show special cause variation of concern in");
      expect(draftCommentary(sample).scorecard).toContain("No KPI shows special cause variation of concern");
    });

    it("names the KPIs whose control limits a recalculation is proposed for, as the Data issues sheet lists them", () => {
      const proposed = sample.kpis.filter((r) => r.monthly?.spc.proposal);
      expect(proposed.map((r) => r.kpi.id)).toEqual(["P1-02", "P1-07", "P1-08", "P1-10", "P1-11", "P2-01", "P2-07"]);
      const whole = draftCommentary(sample).scorecard;
      expect(whole).toContain(
        "The monthly figures of 7 KPIs have shifted and stayed shifted, so recalculating their control limits is proposed: Positive Outcome Rate; Dwelling Burglary;",
      );
      expect(whole).toContain("and 3 more.");
      const p2 = draftCommentary(sample).sections.find((s) => s.priority.startsWith("2."));
      expect(p2?.text).toContain("recalculating their control limits is proposed: Most Serious Violent Crime and Racially and Religiously Aggravated Crime.");
    });
  });
});
