import { Button } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { MappingJson } from "../../ingest/mapping/parseMapping";
import type { PaneActions } from "../actions";
import { PaneMessage } from "../components/PaneMessage";
import { setColumnRole, setKpiSetting, setReportQuarter } from "./editMapping";
import { KpiPreviewTable } from "./KpiPreviewTable";
import { TableMapping } from "./TableMapping";
import { useMappingState } from "./useMappingState";
import { useSectionStyles } from "../components/useSectionStyles";

export interface MappingStepProps {
  /** The pane's actions; the step shows only when they include `detect`. */
  readonly actions: PaneActions;
  readonly workbookKey: string | null;
  /** Told of the mapping to build with and save: `undefined` when the workbook needs none. */
  readonly onMappingChange: (mapping: MappingJson | undefined) => void;
}

/**
 * The mapping step, for a workbook whose KPIs are in tables rather than a KPI register: the tables found, a role
 * per column to correct, the report quarter where columns need one, a polarity and unit per KPI, and a preview of
 * the KPIs with their previous and current figures. The mapping is saved in the workbook with the next build, so
 * next quarter is one click again. Hidden for a workbook in the canonical layout.
 */
export function MappingStep({ actions, workbookKey, onMappingChange }: MappingStepProps) {
  const styles = useSectionStyles();
  const panelId = useId();
  const state = useMappingState(actions, workbookKey);
  const [open, setOpen] = useState(true);
  const { proposal, mapping } = state;

  useEffect(() => onMappingChange(mapping), [mapping, onMappingChange]);

  if (state.error) return <PaneMessage intent="error" title="The tables could not be read" message={state.error} />;
  if (!proposal || proposal.canonical || proposal.tables.length === 0) return null;
  const tables = proposal.tables;
  const unset = proposal.kpis.filter((k) => k.polarityFrom === "unset").length;
  const mappedQuarter = (sheet: string) => mapping?.tables?.[sheet.trim().toLowerCase()]?.period ?? null;

  return (
    <section aria-labelledby={`${panelId}-heading`}>
      <h2 className={styles.heading} id={`${panelId}-heading`}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={panelId}
          icon={<span aria-hidden="true">{open ? "▾" : "▸"}</span>}
          onClick={() => setOpen(!open)}
        >
          Column mapping
        </Button>
      </h2>
      {open ? (
        <div id={panelId} className={styles.panel}>
          <p className={styles.note} role="status">
            {tables.length} {tables.length === 1 ? "table" : "tables"} found, {proposal.kpis.length} KPIs
            {proposal.periodLabel ? ` for ${proposal.periodLabel}` : ""}
            {unset > 0 ? `; ${unset} without a polarity` : ""}
            {state.detecting ? " (reading again…)" : ""}. Your choices are saved in the workbook when you build.
          </p>
          {tables.map((t) => (
            <TableMapping
              key={`${t.sheet}!${t.range}`}
              table={t}
              mappedQuarter={mappedQuarter(t.sheet)}
              onRole={(key, role) => state.edit((m) => setColumnRole(m, t.sheet, key, role))}
              onReportQuarter={(q) => state.edit((m) => setReportQuarter(m, t.sheet, q))}
            />
          ))}
          {proposal.kpis.length > 0 ? (
            <KpiPreviewTable
              kpis={proposal.kpis}
              onPolarity={(id, polarity) => state.edit((m) => setKpiSetting(m, id, { polarity }))}
              onUnit={(id, unit) => state.edit((m) => setKpiSetting(m, id, { unit }))}
              onWeight={(id, countId) => state.edit((m) => setKpiSetting(m, id, { weightedBy: countId }))}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
