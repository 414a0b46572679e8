/**
 * The items of the pane's accordion, named once: the pane opens an item when it needs the analyst (issues with
 * errors, a table an edit made unreadable), and the mapping step's code loads apart, so its name lives here.
 */
export const MAPPING_ITEM = "mapping";
export const ISSUES_ITEM = "issues";
export const SETTINGS_ITEM = "settings";
