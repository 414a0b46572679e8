import type { Page } from "playwright-core";

/** Roles a user operates (WAI-ARIA widget roles): each needs a name a screen reader can announce. */
const CONTROL_ROLES = new Set([
  "button",
  "link",
  "textbox",
  "searchbox",
  "combobox",
  "listbox",
  "checkbox",
  "radio",
  "switch",
  "slider",
  "spinbutton",
  "tab",
  "menuitem",
  "menuitemcheckbox",
  "menuitemradio",
  "option",
  "treeitem",
]);

export interface Control {
  readonly role: string;
  /** The accessible name Chromium computed; "" when there is none. */
  readonly name: string;
}

interface AxValue {
  readonly value?: unknown;
}
interface AxNode {
  readonly ignored?: boolean;
  readonly role?: AxValue;
  readonly name?: AxValue;
}

/**
 * Every control in Chromium's own accessibility tree (what assistive technology is given), with its computed name.
 * @example (await listControls(page)).filter((c) => c.name === "") // controls without an accessible name
 */
export async function listControls(page: Page): Promise<Control[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AxNode[] };
    return nodes
      .filter((n) => !n.ignored && CONTROL_ROLES.has(String(n.role?.value ?? "")))
      .map((n) => ({ role: String(n.role?.value ?? ""), name: String(n.name?.value ?? "").trim() }));
  } finally {
    await cdp.detach();
  }
}
