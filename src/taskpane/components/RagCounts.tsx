import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { RagLabels, RagStatus } from "../../model/kpi";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, listStyleType: "none", padding: 0, margin: 0 },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "12px", height: "12px", borderRadius: tokens.borderRadiusSmall, ...shorthands.border("1px", "solid", tokens.colorNeutralStroke1) },
});

const SWATCH: Record<RagStatus | "none", string> = {
  green: tokens.colorPaletteGreenBackground3,
  amber: tokens.colorPaletteMarigoldBackground3,
  red: tokens.colorPaletteRedBackground3,
  none: tokens.colorNeutralBackground3,
};

export interface RagCountsProps {
  readonly counts: Readonly<Record<RagStatus | "none", number>>;
  readonly labels: RagLabels;
}

/** How many KPIs are green, amber, red and not judged: each count with its label, the colour only a help. */
export function RagCounts({ counts, labels }: RagCountsProps) {
  const styles = useStyles();
  const entries: [RagStatus | "none", string][] = [
    ["green", labels.green],
    ["amber", labels.amber],
    ["red", labels.red],
    ["none", "Not judged"],
  ];
  return (
    <ul className={styles.list} aria-label="RAG counts">
      {entries.map(([status, label]) => (
        <li key={status} className={styles.item}>
          <span className={styles.swatch} style={{ backgroundColor: SWATCH[status] }} aria-hidden="true" />
          <span>
            {label}: {counts[status]}
          </span>
        </li>
      ))}
    </ul>
  );
}
