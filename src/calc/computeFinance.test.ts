import { messageText } from "../messages";
import type { FinanceLine, FinanceRowKind } from "../model/kpi";
import { computeFinance } from "./computeFinance";

/**
 * Seed 000, section 3: the whole published budget table (£000's), typed in as published, brackets as negatives.
 * Columns: budget YTD, actual YTD, variance YTD, budget full year, projection full year, variance full year.
 */
const SEED_000_ROWS: readonly [string, string, FinanceRowKind, number, number, number, number, number, number][] = [
  ["Territorial Policing", "Operational Commands", "line", 391, 346, -45, 784, 694, -90],
  ["Crime & Criminal Justice", "Operational Commands", "line", 797, 758, -39, 2061, 1891, -169],
  ["Operational Support (Including SEES / RSP)", "Operational Commands", "line", 1563, 1490, -72, 3560, 3605, 45],
  ["Operational Commands Total", "Operational Commands", "total", 2751, 2595, -156, 6405, 6191, -214],
  ["Estates (including PFI)", "Support Services", "line", 3668, 3676, 8, 6861, 6738, -123],
  ["Transport", "Support Services", "line", 584, 584, -0, 1612, 1601, -11],
  ["Information Systems", "Support Services", "line", 1887, 1771, -117, 3803, 3831, 27],
  ["Organisational Development Unit", "Support Services", "line", 169, 127, -41, 501, 469, -31],
  ["General Services", "Support Services", "line", 154, 130, -24, 363, 298, -65],
  ["Governance", "Support Services", "line", 1066, 1213, 147, 1232, 1270, 38],
  ["Personnel", "Support Services", "line", 109, 193, 84, 367, 496, 129],
  ["Procurement", "Support Services", "line", 1566, 1493, -74, 3762, 3662, -102],
  ["Major Operations", "Support Services", "line", 90, 138, 48, 815, 815, 0],
  ["Recoverable Operations", "Support Services", "line", 0, 92, 92, 0, -7, -7],
  ["Central Employees", "Support Services", "line", 48961, 47900, -1061, 97963, 96171, -1792],
  ["Travel and subsistence", "Support Services", "line", 105, 91, -14, 253, 237, -15],
  ["Supplies and Services", "Support Services", "line", 54, 3, -51, 229, 204, -25],
  ["Partnerships and Collaboration", "Support Services", "line", 282, 274, -7, 886, 1014, 128],
  ["Carry forward from 12/13", "Support Services", "line", -208, -208, 0, -208, -208, 0],
  ["One Site Programme", "Support Services", "line", 0, 765, 765, 0, 765, 765],
  ["Transfer to Commissioning Reserve", "Support Services", "line", 0, 0, 0, 0, 174, 174],
  ["Transfer to General Balances", "Support Services", "line", 0, 303, 303, 0, 303, 303],
  ["Capital Financing", "Support Services", "line", 6, 1285, 1279, 2130, 3649, 1519],
  ["Grant and other income", "Support Services", "line", -7766, -8083, -318, -13552, -14263, -711],
  ["Support Services Total", "Support Services", "total", 50727, 51747, 1021, 107017, 107219, 202],
  ["Office of the Police & Crime Commissioner", "", "line", 256, 136, -120, 870, 870, 0],
  ["Total", "", "grand-total", 53733, 54478, 745, 114291, 114280, -11],
];

const SEED_000: FinanceLine[] = SEED_000_ROWS.map(([line, group, kind, budgetYtd, actualYtd, varYtd, budgetFullYear, projection, varFullYear], i) => ({
  line,
  group,
  kind,
  budgetYtd,
  actualYtd,
  budgetFullYear,
  projectionFullYear: projection,
  publishedVarianceYtd: varYtd,
  publishedVarianceFullYear: varFullYear,
  source: { sheet: "Finance", cell: `A${i + 2}` },
}));

function line(overrides: Partial<FinanceLine>): FinanceLine {
  return {
    line: "Line",
    group: "Group",
    kind: "line",
    budgetYtd: 100,
    actualYtd: 90,
    budgetFullYear: 200,
    projectionFullYear: 210,
    publishedVarianceYtd: null,
    publishedVarianceFullYear: null,
    source: { sheet: "Finance", cell: "A2" },
    ...overrides,
  };
}

describe("computeFinance", () => {
  it("computes variance = actual - budget and projected variance = projection - budget", () => {
    const { results } = computeFinance([line({})]);
    expect(results[0]).toMatchObject({ varianceYtd: -10, varianceFullYear: 10 });
  });

  describe("seed 000's finance table", () => {
    const { results, issues } = computeFinance(SEED_000);

    it("computes every line's variances", () => {
      expect(results).toHaveLength(SEED_000.length);
      const territorial = results[0];
      expect(territorial).toMatchObject({ varianceYtd: -45, varianceFullYear: -90 });
      const total = results.find((r) => r.line.kind === "grand-total");
      expect(total).toMatchObject({ varianceYtd: 745, varianceFullYear: -11 });
    });

    it("shows the published variance, keeping the computed one as the check (Crime & CJ full year (169), not (170))", () => {
      const crime = results.find((r) => r.line.line === "Crime & Criminal Justice");
      expect(crime).toMatchObject({ varianceFullYear: -169, computedVarianceFullYear: -170 });
      const support = results.find((r) => r.line.line === "Support Services Total");
      expect(support?.varianceYtd).toBe(support?.line.publishedVarianceYtd);
      // Without a published variance, the computed one is shown.
      expect(computeFinance([line({})]).results[0]).toMatchObject({ varianceYtd: -10, computedVarianceYtd: -10 });
    });

    it("notes Crime & Criminal Justice's published (169) against 2,061 - 1,891 = (170) as rounding", () => {
      // The force keeps its figures in pounds and publishes each cell rounded to £000 on its own. A budget of
      // £2,060,600 and a projection of £1,891,400 print as 2,061 and 1,891, while their variance, -£169,200, prints
      // as (169): the rounded cells differ by 170 but the true variance rounds to 169. A one-unit gap is therefore
      // a note, not a mistake.
      const note = issues.find((i) => i.message.includes("Crime & Criminal Justice"));
      expect(note).toEqual({
        code: "FINANCE_VARIANCE_ROUNDING",
        severity: "info",
        sheet: "Finance",
        cell: "A3",
        message: messageText("FINANCE_VARIANCE_ROUNDING", "Crime & Criminal Justice (full year)", "(169)", "(170)"),
      });
    });

    it("warns where a published variance is off by more than one unit (Procurement full year)", () => {
      const mismatches = issues.filter((i) => i.code === "FINANCE_VARIANCE_MISMATCH");
      expect(mismatches).toHaveLength(1);
      expect(mismatches[0]?.message).toBe(
        messageText("FINANCE_VARIANCE_MISMATCH", "Procurement (full year)", "(102)", "(100)"),
      );
      expect(mismatches[0]?.cell).toBe("A13");
    });

    it("notes the other one-unit variance differences as rounding", () => {
      const rounding = issues.filter((i) => i.code === "FINANCE_VARIANCE_ROUNDING").map((i) => i.message);
      expect(rounding).toEqual([
        messageText("FINANCE_VARIANCE_ROUNDING", "Crime & Criminal Justice (full year)", "(169)", "(170)"),
        messageText("FINANCE_VARIANCE_ROUNDING", "Operational Support (Including SEES / RSP) (YTD)", "(72)", "(73)"),
        messageText("FINANCE_VARIANCE_ROUNDING", "Information Systems (YTD)", "(117)", "(116)"),
        messageText("FINANCE_VARIANCE_ROUNDING", "Information Systems (full year)", "27", "28"),
        messageText("FINANCE_VARIANCE_ROUNDING", "Organisational Development Unit (YTD)", "(41)", "(42)"),
        messageText("FINANCE_VARIANCE_ROUNDING", "Organisational Development Unit (full year)", "(31)", "(32)"),
        messageText("FINANCE_VARIANCE_ROUNDING", "Procurement (YTD)", "(74)", "(73)"),
        messageText("FINANCE_VARIANCE_ROUNDING", "Travel and subsistence (full year)", "(15)", "(16)"),
        messageText("FINANCE_VARIANCE_ROUNDING", "Partnerships and Collaboration (YTD)", "(7)", "(8)"),
        messageText("FINANCE_VARIANCE_ROUNDING", "Grant and other income (YTD)", "(318)", "(317)"),
        messageText("FINANCE_VARIANCE_ROUNDING", "Support Services Total (YTD)", "1,021", "1,020"),
      ]);
    });

    it("checks totals against their lines, and every gap is within rounding", () => {
      const totals = issues.filter((i) => i.code.startsWith("FINANCE_TOTAL"));
      expect(totals.every((i) => i.code === "FINANCE_TOTAL_ROUNDING")).toBe(true);
      expect(totals.map((i) => i.message)).toEqual([
        messageText("FINANCE_TOTAL_ROUNDING", "Operational Commands Total", "Actual YTD", "2,595", "2,594"),
        messageText("FINANCE_TOTAL_ROUNDING", "Operational Commands Total", "Projection full year", "6,191", "6,190"),
        messageText("FINANCE_TOTAL_ROUNDING", "Support Services Total", "Variance YTD", "1,021", "1,019"),
        messageText("FINANCE_TOTAL_ROUNDING", "Support Services Total", "Variance full year", "202", "201"),
        messageText("FINANCE_TOTAL_ROUNDING", "Total", "Budget YTD", "53,733", "53,734"),
        messageText("FINANCE_TOTAL_ROUNDING", "Total", "Budget full year", "114,291", "114,292"),
        messageText("FINANCE_TOTAL_ROUNDING", "Total", "Variance full year", "(11)", "(12)"),
      ]);
    });

    it("does not take a published (0) for a difference", () => {
      expect(issues.some((i) => i.message.includes('"Transport'))).toBe(false);
    });
  });

  describe("totals", () => {
    it("reports a total that is off by more than the number of rows summed", () => {
      const rows = [
        line({ line: "A", budgetYtd: 100 }),
        line({ line: "B", budgetYtd: 100 }),
        line({ line: "Group Total", kind: "total", budgetYtd: 203, actualYtd: 180, budgetFullYear: 400, projectionFullYear: 420 }),
      ];
      const { issues } = computeFinance(rows);
      expect(issues).toEqual([
        expect.objectContaining({
          code: "FINANCE_TOTAL_MISMATCH",
          severity: "warning",
          message: messageText("FINANCE_TOTAL_MISMATCH", "Group Total", "Budget YTD", "203", "200"),
        }),
      ]);
    });

    it("sums group totals and lines of groups without a total into the grand total", () => {
      const rows = [
        line({ line: "A", group: "G" }),
        line({ line: "G Total", group: "G", kind: "total" }),
        line({ line: "Ungrouped", group: "" }),
        line({ line: "Total", group: "", kind: "grand-total", budgetYtd: 200, actualYtd: 180, budgetFullYear: 400, projectionFullYear: 420 }),
      ];
      expect(computeFinance(rows).issues).toEqual([]);
    });

    it("does not check a column where a figure is missing", () => {
      const rows = [line({ budgetYtd: null }), line({ kind: "total", budgetYtd: 999 })];
      expect(computeFinance(rows).issues.filter((i) => i.message.includes("Budget YTD"))).toEqual([]);
    });
  });

  describe("edge cases", () => {
    it("leaves a variance null when a figure is missing", () => {
      expect(computeFinance([line({ actualYtd: null, projectionFullYear: null })]).results[0]).toMatchObject({
        varianceYtd: null,
        varianceFullYear: null,
      });
    });

    it("returns nothing for no lines", () => {
      expect(computeFinance([])).toEqual({ results: [], issues: [] });
    });
  });
});
