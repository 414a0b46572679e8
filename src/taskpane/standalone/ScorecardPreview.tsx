import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { ScorecardPlan } from "../../layout/plan";
import type { WorkbookGrids } from "../../model/grid";
import { parseA1 } from "../../model/address";
import { isOutputSheetName } from "../../model/outputSheets";
import type { PreviewTarget } from "../actions";
import { tableFromGrid } from "../preview/tableFromGrid";
import { tableFromPlanSheet } from "../preview/tableFromPlanSheet";
import { SheetTable } from "./SheetTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  charts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hint: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Sheets of the built plan and of the analyst's own workbook share one picker; the prefix says which. */
type SheetKey = `plan:${string}` | `source:${string}`;

export interface ScorecardPreviewProps {
  readonly plan: ScorecardPlan | null;
  readonly grids: WorkbookGrids | null;
  /** Where `activateSheet`/`selectCell` last asked the preview to go; a new object each time. */
  readonly target: PreviewTarget | null;
}

/** The built scorecard (and every other sheet) as HTML tables, before downloading the workbook. */
export function ScorecardPreview({ plan, grids, target }: ScorecardPreviewProps) {
  const styles = useStyles();
  const sourceSheets = useMemo(() => (grids?.sheets ?? []).filter((g) => !g.hidden && !isOutputSheetName(g.sheet)), [grids]);
  const [selected, setSelected] = useState<SheetKey | null>(null);
  const [cell, setCell] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // Set when a target is followed, cleared when the plan or workbook changes: the pane shows a build's issue links a
  // render before the preview hears of the build, so a link followed in between must not be undone by its arrival.
  const followedSinceReset = useRef(false);

  // A new build shows its scorecard; a new workbook without a build shows its first sheet.
  useEffect(() => {
    const keep = plan !== null && followedSinceReset.current;
    followedSinceReset.current = false;
    if (keep) return;
    const first = plan?.sheets[0];
    setSelected(first ? `plan:${first.name}` : sourceSheets[0] ? `source:${sourceSheets[0].sheet}` : null);
    setCell(null);
  }, [plan, sourceSheets]);

  // Each request is followed once: a later build or workbook must not send the preview back to an old target.
  const followed = useRef<PreviewTarget | null>(null);
  useEffect(() => {
    if (!target || target === followed.current) return;
    const inPlan = plan?.sheets.some((s) => s.name === target.sheet);
    const inSource = sourceSheets.some((g) => g.sheet === target.sheet);
    // A link to a sheet of a build the preview has not heard of yet waits for it; anything else unknown is dropped.
    if (!inPlan && !inSource && plan === null) return;
    followed.current = target;
    if (!inPlan && !inSource) return;
    setSelected(inPlan ? `plan:${target.sheet}` : `source:${target.sheet}`);
    setCell(target.cell);
    setFocusRequest((n) => n + 1);
    followedSinceReset.current = true;
  }, [target, plan, sourceSheets]);

  const view = useMemo(() => {
    if (!selected) return null;
    const [kind, ...rest] = selected.split(":");
    const name = rest.join(":");
    if (kind === "plan") {
      const sheet = plan?.sheets.find((s) => s.name === name);
      return sheet && plan ? { name, table: tableFromPlanSheet(sheet, plan.styles), charts: sheet.charts.map((c) => c.title) } : null;
    }
    const grid = sourceSheets.find((g) => g.sheet === name);
    if (!grid) return null;
    // Long sheets start a little above the cell asked for, so it is in the part shown.
    const row = cell ? (parseA1(cell)?.row ?? 0) : 0;
    return { name, table: tableFromGrid(grid, { firstRow: row > 500 ? row - 20 : 0, maxRows: 1000 }), charts: [] };
  }, [selected, plan, sourceSheets, cell]);

  if (!plan && sourceSheets.length === 0) return <p className={styles.hint}>Choose a workbook to see it here.</p>;

  return (
    <div className={styles.root}>
      <Field label="Sheet to preview">
        <Select
          value={selected ?? ""}
          onChange={(_, data) => {
            setSelected(data.value as SheetKey);
            setCell(null);
          }}
        >
          {plan ? (
            <optgroup label="Built scorecard">
              {plan.sheets.map((s) => (
                <option key={s.name} value={`plan:${s.name}`}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {sourceSheets.length > 0 ? (
            <optgroup label="Your workbook">
              {sourceSheets.map((g) => (
                <option key={g.sheet} value={`source:${g.sheet}`}>
                  {g.sheet}
                </option>
              ))}
            </optgroup>
          ) : null}
        </Select>
      </Field>
      <div role="status" aria-live="polite" className={styles.hint}>
        {view ? `Showing ${view.name}${cell ? `, cell ${cell}` : ""}.` : ""}
      </div>
      {view ? <SheetTable table={view.table} caption={view.name} selectedCell={cell} focusRequest={focusRequest} /> : null}
      {view && view.charts.length > 0 ? (
        <div>
          <p className={styles.hint}>Charts on this sheet, drawn by Excel in the downloaded workbook:</p>
          <ul className={styles.charts}>
            {view.charts.map((title, i) => (
              <li key={`${title}-${i}`}>{title}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
