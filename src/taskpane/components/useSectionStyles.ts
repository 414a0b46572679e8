import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Styles of a collapsible section of the pane (Settings, the mapping step): its heading, the toggle button that
 * opens it, the panel, and a note in quieter text.
 * @example const styles = useSectionStyles(); <div className={styles.panel}>…</div>
 */
export const useSectionStyles = makeStyles({
  heading: { margin: 0 },
  toggle: { paddingLeft: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
});
