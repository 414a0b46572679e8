import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { toA1 } from "../../model/address";
import type { PreviewTable } from "../preview/previewTable";
import { cellCss } from "./cellCss";

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    // A spreadsheet is shown on white whatever the theme, as Excel shows it.
    backgroundColor: "#FFFFFF",
    color: "#000000",
  },
  // Fixed layout with an explicit width: columns keep the sheet's widths however long the text.
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontFamily: "Calibri, Arial, sans-serif", fontSize: "11pt" },
  caption: { textAlign: "left", fontWeight: 600, paddingTop: "4px", paddingBottom: "4px" },
  heading: { backgroundColor: "#F3F3F3", color: "#444444", fontWeight: 400, fontSize: "9pt", ...shorthands.border("1px", "solid", "#D4D4D4"), paddingTop: 0, paddingBottom: 0, paddingLeft: "4px", paddingRight: "4px" },
  cell: {
    ...shorthands.border("1px", "solid", "#E1E1E1"),
    paddingTop: "1px",
    paddingBottom: "1px",
    paddingLeft: "4px",
    paddingRight: "4px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  // Column letters stay in sight while the sheet scrolls under them.
  columnHeading: { position: "sticky", top: 0, zIndex: 1 },
  selected: { outline: "2px solid #107C41", outlineOffset: "-2px" },
  note: { margin: 0, paddingTop: "4px", paddingBottom: "4px", paddingLeft: "4px" },
});

export interface SheetTableProps {
  readonly table: PreviewTable;
  /** The sheet's name; the table's caption. */
  readonly caption: string;
  /** `C7`: outlined, scrolled to and focused. */
  readonly selectedCell: string | null;
  /** Changes each time the same cell is asked for again, so focus returns to it. */
  readonly focusRequest?: number;
}

/** A sheet as an HTML table, with column letters and row numbers so addresses like `C7` can be found. */
export function SheetTable({ table, caption, selectedCell, focusRequest }: SheetTableProps) {
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  // Excel measures widths in characters of about 7 pixels, plus padding.
  const widths = table.columns.map((c) => Math.round((c.width ?? 8.43) * 7 + 5));
  const rowHeaderWidth = 40;

  useEffect(() => {
    if (!selectedCell) return;
    const scroller = root.current;
    const target = scroller?.querySelector<HTMLElement>(`[data-address="${selectedCell}"]`);
    if (!scroller || !target) return;
    // Centre the cell inside the preview only, then bring the whole preview into view: scrolling the cell itself
    // into view scrolled the page too, hiding the column letters above it.
    const box = scroller.getBoundingClientRect();
    const cell = target.getBoundingClientRect();
    scroller.scrollTop += cell.top - box.top - (box.height - cell.height) / 2;
    scroller.scrollLeft += cell.left - box.left - (box.width - cell.width) / 2;
    scroller.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    target.focus({ preventScroll: true });
  }, [selectedCell, focusRequest, table]);

  return (
    <div ref={root} className={styles.scroller} role="region" aria-label={`Preview of ${caption}`} tabIndex={0}>
      <table className={styles.table} style={{ width: `${widths.reduce((a, b) => a + b, rowHeaderWidth)}px` }}>
        <caption className={styles.caption}>{caption}</caption>
        <colgroup>
          <col style={{ width: `${rowHeaderWidth}px` }} />
          {table.columns.map((c, i) => (
            <col key={c.index} style={{ width: `${widths[i] ?? 64}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={`${styles.heading} ${styles.columnHeading}`} />
            {table.columns.map((c) => (
              <th key={c.index} scope="col" className={`${styles.heading} ${styles.columnHeading}`}>
                {c.letters}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            // Points to pixels: 96 / 72.
            <tr key={row.index} style={row.height ? { height: `${Math.round((row.height * 4) / 3)}px` } : undefined}>
              <th scope="row" className={styles.heading}>
                {row.index + 1}
              </th>
              {row.cells.map((cell, i) => {
                if (cell === "covered") return null;
                const column = table.columns[i];
                const address = cell?.address ?? toA1(row.index, column?.index ?? i);
                const selected = address === selectedCell;
                return (
                  <td
                    key={address}
                    data-address={address}
                    colSpan={cell && cell.colSpan > 1 ? cell.colSpan : undefined}
                    rowSpan={cell && cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    className={selected ? `${styles.cell} ${styles.selected}` : styles.cell}
                    style={cell ? cellCss(cell.style, cell.numeric) : undefined}
                    tabIndex={selected ? -1 : undefined}
                  >
                    {cell?.text ?? ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {table.omittedRows > 0 ? (
        <p className={styles.note}>
          Showing rows {(table.rows[0]?.index ?? 0) + 1} to {(table.rows[table.rows.length - 1]?.index ?? 0) + 1} of {table.totalRows}.
        </p>
      ) : null}
    </div>
  );
}
