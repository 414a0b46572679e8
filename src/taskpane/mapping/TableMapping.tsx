import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { describeColumnRole } from "../../ingest/mapping/parseColumnRole";
import type { ColumnRole, DetectedTable } from "../../ingest/detect/tableTypes";
import { ROLES_BY_KIND } from "../../ingest/detect/tableTypes";
import { PaneMessage } from "../components/PaneMessage";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  columns: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Name and role share a line, the role's select the wider (at 350 px it shows "Values for a period" whole); the
  // confidence leads the reason on the line below.
  column: { display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  header: { overflowWrap: "anywhere" },
  sure: { color: tokens.colorNeutralForeground3 },
  // A guess worth checking, not an error: most such guesses are right, so no alarm colour.
  unsure: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  reason: { gridColumn: "1 / -1", margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

const KIND_NAMES: Readonly<Record<DetectedTable["kind"], string>> = { kpis: "KPI table", themes: "Theme table", finance: "Budget table" };
/** The same inside a sentence (`KPI` keeps its capitals). */
const KIND_IN_TEXT: Readonly<Record<DetectedTable["kind"], string>> = { kpis: "KPI table", themes: "theme table", finance: "budget table" };

/** What a table of each kind cannot do without, for the analyst whose edit took it away. */
const LOST_HINTS: Readonly<Record<DetectedTable["kind"], string>> = {
  kpis: "a KPI table needs a column of KPI names and at least one of figures.",
  themes: "a theme table needs a column of theme names and one of RAG judgements.",
  finance: "a budget table needs a column of line names and budget figures.",
};

export interface TableMappingProps {
  readonly table: DetectedTable;
  /** An edit made this table unreadable: it is shown as it was last read, with a word on what to do. */
  readonly lost?: boolean;
  /** The quarter the mapping gives for the table's sheet, if any. */
  readonly mappedQuarter: string | null;
  readonly onRole: (columnKey: string, role: ColumnRole) => void;
  readonly onReportQuarter: (quarter: string) => void;
}

/**
 * One table found: where it is, what it was taken for and why, a role per column (a native select) with the
 * confidence of the proposal, and the report quarter where columns need one (`Current`, `Q2`).
 */
export function TableMapping({ table, lost = false, mappedQuarter, onRole, onReportQuarter }: TableMappingProps) {
  const styles = useStyles();
  const headingId = useId();
  const needsQuarter = table.columns.some((c) => c.periodSource === "report" && c.role !== "ignore");
  const quarterText = table.reportPeriod ? quarterLabel(table.reportPeriod.quarter) : "";
  const [quarter, setQuarter] = useState(mappedQuarter ?? "");
  useEffect(() => setQuarter(mappedQuarter ?? ""), [mappedQuarter]);
  const quarterHint =
    table.reportPeriod === null
      ? "Needed for columns without a period of their own (Current, Previous, Q2)."
      : mappedQuarter
        ? undefined
        : table.reportPeriod.source === "workbook"
          ? `Taken as ${quarterText}, the latest quarter of the workbook's other tables.`
          : `Taken as ${quarterText}, from ${table.reportPeriod.source === "title" ? "the title above the table" : "the table's own columns"}.`;

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {table.sheet} {table.range}
      </h3>
      {lost ? (
        <PaneMessage
          intent="warning"
          message={`With your last change this is no longer read as a ${KIND_IN_TEXT[table.kind]}: ${LOST_HINTS[table.kind]} Set the column's role back, or undo the change.`}
        />
      ) : (
        <p className={styles.note}>
          {KIND_NAMES[table.kind]}, {table.dataRows.length} rows, {percent(table.confidence)} sure{table.skipped ? " (left out)" : ""}: {table.reason}.
        </p>
      )}
      {needsQuarter ? (
        <Field label="Report quarter" hint={quarterHint} validationState={table.reportPeriod === null ? "warning" : "none"}>
          <Input
            value={quarter}
            placeholder={quarterText || "Q2 2013-14"}
            onChange={(_, data) => setQuarter(data.value)}
            onBlur={() => {
              if (quarter !== (mappedQuarter ?? "")) onReportQuarter(quarter);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter" && quarter !== (mappedQuarter ?? "")) onReportQuarter(quarter);
            }}
          />
        </Field>
      ) : null}
      <ul className={styles.columns} aria-label={`Columns of ${table.sheet} ${table.range}`}>
        {table.columns.map((c) => {
          const name = c.header || `Column ${c.letter}`;
          return (
            <li key={c.col} className={styles.column}>
              <span className={styles.header}>{name}</span>
              <Select
                aria-label={`Role of ${name}`}
                size="small"
                value={c.role}
                onChange={(_, data) => onRole(c.key, data.value as ColumnRole)}
              >
                {ROLES_BY_KIND[table.kind].map((role) => (
                  <option key={role} value={role}>
                    {describeColumnRole(role, table.kind)}
                  </option>
                ))}
              </Select>
              <p className={styles.reason}>
                {c.source === "mapping" ? (
                  "Set by you."
                ) : (
                  <>
                    <span className={c.confidence < 0.7 ? styles.unsure : styles.sure}>{percent(c.confidence)}</span> sure: {c.reason}.
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

function quarterLabel(q: { fiscalYear: number; quarter: number }): string {
  return `Q${q.quarter} ${q.fiscalYear}-${String((q.fiscalYear + 1) % 100).padStart(2, "0")}`;
}
