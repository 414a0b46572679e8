/**
 * Seed 000's own commentary against the drafts: for every sentence of the report's commentary that states a figure
 * the sample's tables hold, the draft for that KPI states the same figure. Each row gives the report's sentence
 * beside the drafted sentence, so a reader sees the two side by side; the test checks the drafted sentence is in
 * the KPI's draft and that both state each figure (to the report's rounding: "15%" is the draft's "15.0%").
 *
 * Sentences that state figures the tables do not hold are left out, and why:
 * - 1.1.2 "Dwelling burglary ended last year with no change": no figure; 1.1.13 "increased in all sections": none.
 * - 1.2.2 total violent crime (-8.2%, 239 fewer): not one of the KPIs of Figures 1, 4 or 11.
 * - 1.5.4 "71.0% at the year ending December 2012" and "3rd nationally": no such period or ranking in the tables.
 * - 1.5.5 September 2013's 68.1% and 5.6%: Figure 11 gives quarters only, no months.
 * - 1.2.8 "near to the upper control level": no figure; the sample's monthly splits are illustrative (About sheet).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbookGrids } from "../src/files/readWorkbook";
import { month } from "../src/model/period";
import { draftCommentary } from "../src/narrative";
import type { CommentaryDrafts } from "../src/narrative";
import { buildScorecard } from "../src/pipeline";

/** [paragraph, the report's sentence, KPI, the drafted sentence, the figures both state, as the report rounds them] */
type Row = readonly [string, string, string, string, readonly string[]];

const ROWS: readonly Row[] = [
  [
    "1.1.1",
    "In the first two quarters of 2013/14 crime has decreased by 6.8% or 1,431 fewer crimes.",
    "P1-01",
    "Total Crime stands at 19,581 in Apr - Sep 2013/14, down 6.8% (1,431 fewer crimes) on 21,012 in Apr - Sep 2012/13.",
    ["6.8%", "1,431"],
  ],
  [
    "1.1.2",
    "... in 2012/13, following an initial increase, the volume of recorded dwelling burglary has fallen by 5.1% or 48 less crimes.",
    "P1-07",
    "Dwelling Burglary has decreased by 5.1% or 48 fewer burglaries in Apr - Sep 2013/14 compared with Apr - Sep 2012/13 (936 to 888).",
    ["5.1%", "48"],
  ],
  [
    "1.1.2",
    "The Sanction Detection Rate (SDR) for dwelling burglary ... has risen to 21.6% for the first two quarters of the year.",
    "P1-08",
    "In Apr - Sep 2013/14, Sanction Detection Rate for Dwelling Burglary was 21.6%, up 8.7 percentage points on 12.9% in Apr - Sep 2012/13.",
    ["21.6%"],
  ],
  [
    "1.1.3",
    "Recorded shed burglaries ... have reduced by 4.8% or 49 less offences in Q1-2 2013/14 compared with Q1-2 2012/13.",
    "P1-09",
    "Shed, Garage and Beach Hut Breaks stand at 982 in Apr - Sep 2013/14, down 4.8% (49 fewer) on 1,031 in Apr - Sep 2012/13.",
    ["4.8%", "49"],
  ],
  [
    "1.1.4",
    "Vehicle crime ... has started to reduce with 15% or 382 less crimes recorded in Q1-2 compared to 2012/13 ...",
    "P1-11",
    "In Apr - Sep 2013/14, Vehicle Crime fell by 15.0% to 2,157, 382 fewer crimes than the 2,539 in Apr - Sep 2012/13.",
    ["15%", "382"],
  ],
  [
    "1.1.5",
    "The Positive Outcome Rate for all crime for April - September 2013/14 is 25.2% which is just short of the target of 25.5% set for the end of the year.",
    "P1-02",
    "It is rated Amber: 25.2% is just short of the target of at least 25.5%, within tolerance.",
    ["25.2%", "25.5%"],
  ],
  [
    "1.1.6",
    "Anti-social behaviour has decreased 6.7% or 1,227 less recorded incidents.",
    "P1-04",
    "ASB Incidents have fallen from 18,315 in Apr - Sep 2012/13 to 17,088 in Apr - Sep 2013/14, a decrease of 1,227 (6.7%).",
    ["6.7%", "1,227"],
  ],
  [
    "1.1.6",
    "The Plan focuses on personal anti-social behaviour and figure 1 shows a reduction in reported incidents of 8.1%.",
    "P1-06",
    "In Apr - Sep 2013/14, Personal ASB Incidents fell by 8.1% to 2,740, 243 fewer incidents than the 2,983 in Apr - Sep 2012/13.",
    ["8.1%"],
  ],
  [
    "1.1.9",
    "Three neighbourhood policing sections out of eleven have seen increases in total crime in the year to date.",
    "P1-01",
    "Although it has fallen overall, 3 of the 11 areas saw increases: Purbeck (up 95, +12.3%), Dorchester and Sherborne (up 75, +7.3%) and Bournemouth Central (up 114, +4.5%).",
    ["3", "11"],
  ],
  ["1.1.9", "Bournemouth Central – increased by 114 recorded crimes (+4.5%)", "P1-01", "Bournemouth Central (up 114, +4.5%)", ["114", "4.5%"]],
  ["1.1.9", "Dorchester and Sherborne – increased by 75 recorded crimes (+7.3%)", "P1-01", "Dorchester and Sherborne (up 75, +7.3%)", ["75", "7.3%"]],
  ["1.1.9", "Purbeck – increased by 95 recorded crimes (+12.3%)", "P1-01", "Purbeck (up 95, +12.3%)", ["95", "12.3%"]],
  [
    "1.2.11",
    "After a stabilisation early in the year August and September have shown a reduction in the rolling 12 month figure resulting in an overall decrease of 16 incidents in the year to date.",
    "P2-08",
    "Number of people killed or seriously injured stands at 184 in Apr - Sep 2013/14, down 8.0% (16 fewer) on 200 in Apr - Sep 2012/13.",
    ["16"],
  ],
  [
    "1.2.13",
    "The Dorset Road Safe reduction target for 2013 (calendar year) is 348 KSIs – a 4% decrease on the target figure in 2012 (362 actual), although this was not met, with a total of 393 KSIs between January and December 2012.",
    "P2-08",
    "The 2013 target is 348, a 4% reduction on the 2012 target of 362, which was not met: 2012 ended at 393.",
    ["348", "4%", "362", "393"],
  ],
  [
    "1.2.13",
    "For January to September 2013, a total of 242 KSIs have been recorded; 48 fewer casualties than were recorded during the same period in 2012.",
    "P2-08",
    "With 242 to date, 48 fewer than in the same months last year, 2013 is projected to end at about 323, below the target: on track (Green).",
    ["242", "48"],
  ],
  [
    "1.2.13",
    "This latest performance suggests that Dorset is on track to meet the 2013 Dorset Road Safe target of 348 KSIs by December 2013.",
    "P2-08",
    "The 2013 target is 348, a 4% reduction on the 2012 target of 362, which was not met: 2012 ended at 393. With 242 to date, 48 fewer than in the same months last year, 2013 is projected to end at about 323, below the target: on track (Green).",
    ["348"],
  ],
  [
    "1.5.4",
    "... has remained relatively stable with latest results recording 69.6% and placing Dorset 3rd nationally.",
    "P5-01",
    "Percentage of people who think the police are dealing with community priorities increased by 1.1 percentage points, from 68.5% in Q1 2013-14 to 69.6% in Q2 2013-14.",
    ["69.6%"],
  ],
];

let drafts: CommentaryDrafts;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "samples", "sample-kpi-workbook.xlsx")));
  const outcome = buildScorecard(await readWorkbookGrids(bytes), { period: "Q2 2013-14", asOf: month(2013, 11 /* Nov */) });
  if (outcome.status !== "built") throw new Error("the sample did not build");
  drafts = draftCommentary(outcome.results);
});

/** The numbers a text states, as values with the places they are given to. */
function numbersIn(text: string): { value: number; places: number }[] {
  const words: Record<string, number> = { three: 3, eleven: 11 };
  const found = [...text.matchAll(/\d(?:[\d,]*\d)?(?:\.\d+)?/g)].map((m) => {
    const digits = m[0].replace(/,/g, "");
    return { value: Number(digits), places: digits.includes(".") ? (digits.split(".")[1] ?? "").length : 0 };
  });
  for (const [word, value] of Object.entries(words)) if (new RegExp(`\\b${word}\\b`, "i").test(text)) found.push({ value, places: 0 });
  return found;
}

/** Does the text state the figure, to the places either gives it? ("15%" and "15.0%" are the same figure.) */
function states(text: string, figure: string): boolean {
  const wanted = numbersIn(figure)[0];
  if (!wanted) return false;
  return numbersIn(text).some((n) => Math.abs(n.value - wanted.value) <= 0.5 * 10 ** -Math.min(n.places, wanted.places) + 1e-9);
}

describe("seed 000's commentary, drafted from the sample's figures", () => {
  it("states every figure of the report's commentary that the tables hold, in the draft for that KPI", () => {
    const problems: string[] = [];
    for (const [paragraph, published, kpiId, drafted, figures] of ROWS) {
      const draft = drafts.kpis.find((d) => d.kpiId === kpiId);
      if (!draft) {
        problems.push(`${paragraph}: no draft for ${kpiId}`);
        continue;
      }
      if (!draft.text.includes(drafted)) problems.push(`${paragraph}: the draft for ${kpiId} no longer says "${drafted}"; it says "${draft.text}"`);
      for (const figure of figures) {
        if (!states(published, figure)) problems.push(`${paragraph}: the report's sentence does not state ${figure}`);
        if (!states(drafted, figure)) problems.push(`${paragraph}: the drafted sentence does not state ${figure}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("agrees with the report that the KSIs are on track for the 2013 target", () => {
    expect(drafts.kpis.find((d) => d.kpiId === "P2-08")?.text).toContain("on track");
  });
});
