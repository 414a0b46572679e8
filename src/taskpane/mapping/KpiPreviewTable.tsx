import { Checkbox, makeStyles, mergeClasses, Select, tokens } from "@fluentui/react-components";
import type { Polarity, Unit } from "../../model/kpi";
import { POLARITIES, UNITS } from "../../model/kpi";
import { formatPreviewValue } from "./formatPreviewValue";
import type { KpiPreview } from "./proposeMapping";

const useStyles = makeStyles({
  // Three columns fit a 320 px pane: the KPI with its unit and polarity under its name, then the two figures.
  table: { width: "100%", tableLayout: "fixed", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  th: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  figureHeader: { width: "5.5em", textAlign: "right" },
  td: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, verticalAlign: "top", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  name: { display: "block", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere", marginBottom: tokens.spacingVerticalXXS },
  selects: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  select: { minWidth: 0, flexGrow: 1, flexBasis: "6em" },
  number: { textAlign: "right", overflowWrap: "anywhere" },
  period: { display: "block", color: tokens.colorNeutralForeground3 },
  unset: { color: tokens.colorNeutralForeground1, fontStyle: "italic" },
  weight: { display: "block", marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

const POLARITY_NAMES: Readonly<Record<Polarity, string>> = {
  "higher-is-better": "Higher is better",
  "lower-is-better": "Lower is better",
  neutral: "Neutral",
};

export interface KpiPreviewTableProps {
  readonly kpis: readonly KpiPreview[];
  readonly onPolarity: (kpiId: string, polarity: Polarity) => void;
  readonly onUnit: (kpiId: string, unit: Unit) => void;
  /** Weights a mean by a count (its ID), or with `null` averages it plainly. */
  readonly onWeight: (kpiId: string, countId: string | null) => void;
}

/**
 * The KPIs the mapping gives, as they will be built: name, unit and polarity (both settable), previous and current; a
 * mean's count to weight it by, when one is given or proposed, to confirm or clear.
 */
export function KpiPreviewTable({ kpis, onPolarity, onUnit, onWeight }: KpiPreviewTableProps) {
  const styles = useStyles();
  const names = new Map(kpis.map((k) => [k.id, k.name]));
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>KPIs as they will be built</caption>
      <thead>
        <tr>
          <th className={styles.th} scope="col">
            KPI
          </th>
          <th className={`${styles.th} ${styles.figureHeader}`} scope="col">
            Previous
          </th>
          <th className={`${styles.th} ${styles.figureHeader}`} scope="col">
            Current
          </th>
        </tr>
      </thead>
      <tbody>
        {kpis.map((k) => {
          const name = k.parentId ? `${names.get(k.parentId) ?? ""}: ${k.name}` : k.name;
          return (
            <tr key={k.id}>
              <th className={styles.td} scope="row">
                <span className={styles.name}>{name}</span>
                <span className={styles.selects}>
                  <Select className={styles.select} aria-label={`Unit of ${name}`} size="small" value={k.unit} onChange={(_, d) => onUnit(k.id, d.value as Unit)}>
                    {UNITS.map((u) => (
                      <option key={u} value={u}>
                        {u}
                      </option>
                    ))}
                  </Select>
                  <Select
                    aria-label={`Polarity of ${name}`}
                    size="small"
                    className={mergeClasses(styles.select, k.polarityFrom === "unset" && styles.unset)}
                    value={k.polarityFrom === "unset" ? "" : k.polarity}
                    onChange={(_, d) => {
                      if (d.value !== "") onPolarity(k.id, d.value as Polarity);
                    }}
                  >
                    {k.polarityFrom === "unset" ? <option value="">Polarity not set</option> : null}
                    {POLARITIES.map((p) => (
                      <option key={p} value={p}>
                        {POLARITY_NAMES[p]}
                      </option>
                    ))}
                  </Select>
                </span>
                {k.weightedBy || k.weightProposal ? (
                  <Checkbox
                    className={styles.weight}
                    size="medium"
                    checked={k.weightedBy !== null}
                    label={`Weighted by ${(k.weightedBy ?? k.weightProposal)?.name ?? ""}`}
                    onChange={(_, d) => onWeight(k.id, d.checked === true ? (k.weightedBy ?? k.weightProposal)?.id ?? null : null)}
                  />
                ) : null}
              </th>
              <td className={`${styles.td} ${styles.number}`}>
                {formatPreviewValue(k.previous, k.unit, k.timeUnit)}
                <span className={styles.period}>{k.previousLabel}</span>
              </td>
              <td className={`${styles.td} ${styles.number}`}>
                {formatPreviewValue(k.current, k.unit, k.timeUnit)}
                <span className={styles.period}>{k.currentLabel}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
