import { toA1Range } from "../model/address";
import type { RagStatus } from "../model/kpi";
import { RAG_STATUSES } from "../model/kpi";
import type { ScorecardResults, ThemeResult } from "../model/results";
import type { SheetNames } from "../model/outputSheets";
import { defaultSheetNames } from "../model/outputSheets";
import { estimateRowHeight } from "./estimateRowHeight";
import type { PlanCell, SheetPlan } from "./plan";
import { printSettings } from "./printSettings";
import { NO_RAG, ragCell, ragConditionalFormats } from "./ragCells";
import { createSheetCanvas } from "./sheetCanvas";
import { STYLE } from "./styleNames";
import { pageHeader, writeTitleBand } from "./writeTitleBand";

const WIDTHS = [34, 14, 14, 90] as const;
const COMMENTARY_COL = 3;

/**
 * Seed 002's first page as a table: how many themes are green, amber and red this period against last, then a
 * banner per pillar with Theme | RAG this period | RAG last period | Commentary. `null` when there are no themes.
 * @example buildThemeSheet(results)?.name === "Theme RAG Q2 2013-14"
 */
export function buildThemeSheet(results: ScorecardResults, names: SheetNames = defaultSheetNames(results.sheetLabel)): SheetPlan | null {
  if (results.themes.length === 0) return null;
  const name = names("themes");
  const labels = results.settings.ragLabels;
  const canvas = createSheetCanvas();

  // 1. Title band.
  writeTitleBand(canvas, results, {
    title: "Theme RAG status",
    captions: [
      `This period: ${results.periodLabel}. Last period: ${results.previousPeriodLabel}. RAG is the analysts' judgement of each theme.`,
    ],
  });
  canvas.addRow([], 8);

  // 2. Summary: themes by RAG, this period against last.
  canvas.addRow(
    [
      { value: "Themes by RAG", style: STYLE.headerLeft },
      { value: "This period", style: STYLE.header },
      { value: "Last period", style: STYLE.header },
    ],
    20,
  );
  const statuses: (RagStatus | null)[] = [...RAG_STATUSES];
  if (results.themes.some((t) => t.current === null || t.previous === null)) statuses.push(null);
  const movement = describeMovement(results.themes);
  statuses.forEach((status, index) => {
    const count = (pick: (t: ThemeResult) => RagStatus | null) => results.themes.filter((t) => pick(t) === status).length;
    canvas.addRow(
      [
        status === null ? { value: `${NO_RAG} not rated`, style: STYLE.ragNone } : ragCell(status, labels),
        { value: count((t) => t.current), style: STYLE.summaryCount },
        { value: count((t) => t.previous), style: STYLE.summaryCount },
        index === 0 ? { value: movement, style: STYLE.caption } : { value: null },
      ],
      18,
    );
  });
  canvas.addRow([], 12);

  // 3. A table per pillar, in the order the themes came.
  const firstTableRow = canvas.nextRow;
  for (const [pillar, themes] of groupByPillar(results.themes)) {
    const banner = canvas.addRow(
      WIDTHS.map((_, col): PlanCell => ({ value: col === 0 ? pillar : null, style: STYLE.section })),
      20,
    );
    canvas.merge(banner, 0, banner, COMMENTARY_COL);
    canvas.addRow(
      [
        { value: "Theme", style: STYLE.headerLeft },
        { value: "RAG this period", style: STYLE.header },
        { value: "RAG last period", style: STYLE.header },
        { value: "Commentary", style: STYLE.headerLeft },
      ],
      28,
    );
    for (const theme of themes) {
      const height = estimateRowHeight(
        [
          { text: theme.name, width: WIDTHS[0] },
          { text: theme.commentary, width: WIDTHS[COMMENTARY_COL] },
        ],
        18,
      );
      canvas.addRow(
        [
          { value: theme.name, style: STYLE.textBold },
          ragCell(theme.current, labels),
          ragCell(theme.previous, labels),
          { value: theme.commentary === "" ? null : theme.commentary, style: STYLE.commentary },
        ],
        height,
      );
    }
  }
  canvas.addConditionalFormats(ragConditionalFormats(toA1Range(firstTableRow, 1, canvas.nextRow - 1, 2), labels));

  return canvas.toSheet({
    name,
    role: "themes",
    tabColor: "#548235",
    columns: WIDTHS.map((width) => ({ width })),
    freeze: null,
    print: printSettings({ headerCenter: pageHeader(results), sheetName: name }),
  });
}

const RANK: Readonly<Record<RagStatus, number>> = { green: 3, amber: 2, red: 1 };

/** "2 improved, 1 worsened, 10 unchanged" against last period, for themes rated in both. */
function describeMovement(themes: readonly ThemeResult[]): string {
  let improved = 0;
  let worsened = 0;
  let unchanged = 0;
  for (const t of themes) {
    if (t.current === null || t.previous === null) continue;
    const delta = RANK[t.current] - RANK[t.previous];
    if (delta > 0) improved += 1;
    else if (delta < 0) worsened += 1;
    else unchanged += 1;
  }
  return `Since last period: ${improved} improved, ${worsened} worsened, ${unchanged} unchanged.`;
}

function groupByPillar(themes: readonly ThemeResult[]): Map<string, ThemeResult[]> {
  const groups = new Map<string, ThemeResult[]>();
  for (const theme of themes) groups.set(theme.priority, [...(groups.get(theme.priority) ?? []), theme]);
  return groups;
}
