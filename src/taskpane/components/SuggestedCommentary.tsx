import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { AppliedCommentary, BuildSummary, PaneDraft } from "../actions";
import { errorMessage } from "../state/errorMessage";
import { useSectionStyles } from "./useSectionStyles";

const useStyles = makeStyles({
  subheading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summary: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    borderLeftWidth: "3px",
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorNeutralStroke2,
    paddingLeft: tokens.spacingHorizontalS,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  id: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
  text: { margin: 0, overflowWrap: "anywhere" },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  done: { margin: 0, color: tokens.colorPaletteGreenForeground1 },
  failed: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

type UseState = { readonly status: "writing" } | { readonly status: "used"; readonly where: AppliedCommentary } | { readonly status: "failed"; readonly message: string };

export interface SuggestedCommentaryProps {
  readonly summary: BuildSummary;
  /** Writes a draft into the KPI's Commentary on the scorecard just built ("Use this text"). */
  readonly onUse: (kpiId: string, text: string) => Promise<AppliedCommentary>;
}

/**
 * The drafted commentary of the build, next to each KPI, with a one-click "Use this text" that writes it into the
 * KPI's Commentary on the scorecard; the whole scorecard's and each priority's drafted summaries above. Collapsed at
 * first, so the pane stays short; everything wraps to the pane's width.
 */
export function SuggestedCommentary({ summary, onUse }: SuggestedCommentaryProps) {
  const section = useSectionStyles();
  const styles = useStyles();
  const idPrefix = useId();
  const [open, setOpen] = useState(false);
  const [uses, setUses] = useState<ReadonlyMap<string, UseState>>(new Map());
  const [latest, setLatest] = useState<PaneDraft | null>(null);
  const [drafts, setDrafts] = useState(summary.drafts);

  // A new build brings new drafts: what was used from the last one says nothing about these. Reset while rendering
  // (React's pattern for state that follows a prop), not in an effect that would paint the old state first.
  if (drafts !== summary.drafts) {
    setDrafts(summary.drafts);
    setUses(new Map());
    setLatest(null);
  }

  if (summary.drafts.length === 0) return null;
  const groups = groupByPriority(summary.drafts);
  const sectionText = new Map(summary.summaries.sections.map((s) => [s.priority, s.text]));
  const panelId = `${idPrefix}-panel`;

  const use = (draft: PaneDraft) => {
    setLatest(draft);
    setUses((m) => new Map(m).set(draft.kpiId, { status: "writing" }));
    onUse(draft.kpiId, draft.text).then(
      (where) => setUses((m) => new Map(m).set(draft.kpiId, { status: "used", where })),
      (error: unknown) => setUses((m) => new Map(m).set(draft.kpiId, { status: "failed", message: errorMessage(error) })),
    );
  };

  return (
    <section aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} className={section.heading}>
        <Button
          appearance="transparent"
          className={section.toggle}
          aria-expanded={open}
          aria-controls={panelId}
          icon={<span aria-hidden="true">{open ? "▾" : "▸"}</span>}
          onClick={() => setOpen(!open)}
        >
          Suggested commentary
        </Button>
      </h2>
      {open ? (
        <div id={panelId} className={section.panel}>
          <p className={section.note}>
            Drafted from the figures: read each one before you use it. “Use this text” puts it in the KPI’s Commentary on{" "}
            the scorecard, where a rebuild keeps it like anything you type.
          </p>
          {summary.summaries.scorecard !== "" ? (
            <div>
              <h3 className={styles.subheading}>The whole scorecard</h3>
              <p className={styles.summary}>{summary.summaries.scorecard}</p>
            </div>
          ) : null}
          {[...groups].map(([priority, drafts], g) => (
            <div key={priority}>
              <h3 className={styles.subheading}>{priority}</h3>
              {sectionText.get(priority) ? <p className={styles.summary}>{sectionText.get(priority)}</p> : null}
              <ul className={styles.list} aria-label={`Drafts for ${priority}`}>
                {drafts.map((draft, i) => {
                  const nameId = `${idPrefix}-${g}-${i}-name`;
                  const state = uses.get(draft.kpiId);
                  return (
                    <li key={draft.kpiId} className={styles.item}>
                      <span id={nameId}>
                        <span className={styles.name}>{draft.name}</span>
                        <span className={styles.id}>{draft.kpiId}</span>
                      </span>
                      <p className={styles.text}>{draft.text}</p>
                      {draft.commentary.trim() !== "" && state?.status !== "used" ? (
                        <p className={styles.hint}>Its Commentary already has text; using this replaces it.</p>
                      ) : null}
                      <Button size="small" aria-describedby={`${nameId} ${nameId}-state`} disabled={state?.status === "writing"} onClick={() => use(draft)}>
                        Use this text
                      </Button>
                      <span id={`${nameId}-state`} className={state?.status === "failed" ? styles.failed : state?.status === "used" ? styles.done : styles.hint}>
                        {describeUse(state)}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
          {/* One live region for the pane, saying what the last click did. */}
          <div role="status" className={styles.hint}>
            {latest ? `${latest.name}: ${describeUse(uses.get(latest.kpiId))}` : ""}
          </div>
        </div>
      ) : null}
    </section>
  );
}

function describeUse(state: UseState | undefined): string {
  switch (state?.status) {
    case undefined:
      return "";
    case "writing":
      return "Writing…";
    case "used":
      return `Written to ${state.where.sheet}, cell ${state.where.cell}.`;
    case "failed":
      return `Not written: ${state.message}`;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

function groupByPriority(drafts: readonly PaneDraft[]): Map<string, PaneDraft[]> {
  const groups = new Map<string, PaneDraft[]>();
  for (const d of drafts) {
    const group = groups.get(d.priority);
    if (group) group.push(d);
    else groups.set(d.priority, [d]);
  }
  return groups;
}
