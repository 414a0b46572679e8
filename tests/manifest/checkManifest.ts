/**
 * An offline check of the add-in-only XML manifest, because `office-addin-manifest validate` needs Microsoft's
 * online service. The rules are those of the schema (element order of OfficeApp 1.1 and VersionOverrides 1.0) and of
 * AppSource validation that can be checked locally: ids, lengths, https, resource ids, icon sizes, resolvable URLs.
 */
import { DOMParser } from "@xmldom/xmldom";
import type { Element as XmlElement } from "@xmldom/xmldom";

export interface ManifestProblem {
  readonly rule: string;
  readonly detail: string;
}

/** Child order of `OfficeApp xsi:type="TaskPaneApp"` in the OfficeApp 1.1 schema (optional ones may be absent). */
const OFFICE_APP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "AllowSnapshot", "VersionOverrides",
];
const OFFICE_APP_REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Permissions"];
const RESOURCES_ORDER = ["Images", "Urls", "ShortStrings", "LongStrings"];
const CONTROL_ORDER = ["Label", "Supertip", "Icon", "Action"];

function children(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

function descendants(el: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of children(e)) {
      if (c.localName === localName) found.push(c);
      walk(c);
    }
  };
  walk(el);
  return found;
}

function checkOrder(parent: XmlElement, order: readonly string[], where: string, problems: ManifestProblem[]): void {
  let last = -1;
  for (const c of children(parent)) {
    const index = order.indexOf(c.localName ?? "");
    if (index === -1) problems.push({ rule: "schema", detail: `${where}: unexpected element <${c.localName}>` });
    else if (index < last) problems.push({ rule: "schema", detail: `${where}: <${c.localName}> is out of order` });
    else last = index;
  }
}

/** Width and height of a PNG, from its IHDR chunk; `null` if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface CheckManifestOptions {
  /** The bytes served at a URL path of the dev server (`/assets/icon-32.png`), or `null` if nothing is. */
  readonly fetchLocal: (path: string) => Uint8Array | null;
  /**
   * The ExcelApi version the add-in cannot work without (`minimumExcelApi()`): the manifest must ask for exactly it,
   * so Office neither shows a ribbon button that can do nothing nor hides the add-in from an Excel that could run it.
   */
  readonly requiredExcelApi?: string;
}

/** Every problem found; an empty list means the manifest passes. */
export function checkManifest(xml: string, options: CheckManifestOptions): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const parseErrors: string[] = [];
  let doc: ReturnType<DOMParser["parseFromString"]> | null = null;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") parseErrors.push(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    // xmldom throws on fatal errors (mismatched tags) after reporting them.
    parseErrors.push((error as Error).message);
  }
  if (parseErrors.length || !doc) return parseErrors.map((detail) => ({ rule: "well-formed", detail }));
  const root = doc.documentElement;
  if (!root || root.localName !== "OfficeApp") return [{ rule: "schema", detail: "root element must be OfficeApp" }];
  if (root.getAttribute("xsi:type") !== "TaskPaneApp") problems.push({ rule: "schema", detail: "OfficeApp must be a TaskPaneApp" });

  checkOrder(root, OFFICE_APP_ORDER, "OfficeApp", problems);
  const top = new Map(children(root).map((c) => [c.localName ?? "", c]));
  for (const name of OFFICE_APP_REQUIRED) if (!top.has(name)) problems.push({ rule: "schema", detail: `OfficeApp needs <${name}>` });

  const text = (name: string) => top.get(name)?.textContent?.trim() ?? "";
  const value = (name: string) => top.get(name)?.getAttribute("DefaultValue") ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) problems.push({ rule: "id", detail: "Id must be a GUID" });
  if (!/^\d+(\.\d+){0,3}$/.test(text("Version"))) problems.push({ rule: "version", detail: "Version must look like 1.0.0.0" });
  if (value("DisplayName").length > 125) problems.push({ rule: "length", detail: "DisplayName is over 125 characters" });
  if (value("Description").length > 250) problems.push({ rule: "length", detail: "Description is over 250 characters" });
  if (text("Permissions") !== "ReadWriteDocument") problems.push({ rule: "permissions", detail: `Permissions is "${text("Permissions")}", expected ReadWriteDocument` });
  const hosts = descendants(top.get("Hosts") ?? root, "Host").map((h) => h.getAttribute("Name"));
  if (hosts.join() !== "Workbook") problems.push({ rule: "hosts", detail: `Hosts are ${hosts.join(", ") || "none"}, expected Workbook only` });

  // Requirements: Office shows the add-in only where ExcelApi is at least what the build needs.
  if (options.requiredExcelApi !== undefined) {
    const sets = descendants(top.get("Requirements") ?? root, "Set").filter((set) => set.getAttribute("Name") === "ExcelApi");
    const declaredApi = top.get("Requirements") ? sets.map((set) => set.getAttribute("MinVersion") ?? "")[0] : undefined;
    if (declaredApi !== options.requiredExcelApi) {
      problems.push({ rule: "requirements", detail: `the manifest asks for ExcelApi ${declaredApi ?? "(nothing)"}, the add-in needs ${options.requiredExcelApi}` });
    }
  }

  // Resources: every resid used is declared once, strings within their limits.
  const overrides = top.get("VersionOverrides");
  if (!overrides) {
    problems.push({ rule: "ribbon", detail: "VersionOverrides is missing: no ribbon button" });
  } else {
    const resources = descendants(overrides, "Resources")[0];
    if (!resources) problems.push({ rule: "schema", detail: "VersionOverrides needs <Resources>" });
    else checkOrder(resources, RESOURCES_ORDER, "Resources", problems);
    const declared = new Map<string, XmlElement>();
    for (const kind of ["Image", "Url", "String"]) {
      for (const el of descendants(resources ?? overrides, kind)) {
        const id = el.getAttribute("id") ?? "";
        if (id.length > 32) problems.push({ rule: "resid", detail: `resource id "${id}" is over 32 characters` });
        if (declared.has(id)) problems.push({ rule: "resid", detail: `resource id "${id}" is declared twice` });
        declared.set(id, el);
      }
    }
    const used = new Set<string>();
    const walk = (e: XmlElement) => {
      for (const c of children(e)) {
        const resid = c.getAttribute("resid");
        if (resid) used.add(resid);
        if (c.localName !== "Resources") walk(c);
      }
    };
    walk(overrides);
    for (const id of used) if (!declared.has(id)) problems.push({ rule: "resid", detail: `resid "${id}" is used but not declared` });
    for (const id of declared.keys()) if (!used.has(id)) problems.push({ rule: "resid", detail: `resource "${id}" is declared but never used` });
    for (const s of descendants(overrides, "ShortStrings").flatMap((x) => descendants(x, "String"))) {
      if ((s.getAttribute("DefaultValue") ?? "").length > 125) problems.push({ rule: "length", detail: `short string ${s.getAttribute("id")} is over 125 characters` });
    }
    for (const s of descendants(overrides, "LongStrings").flatMap((x) => descendants(x, "String"))) {
      if ((s.getAttribute("DefaultValue") ?? "").length > 250) problems.push({ rule: "length", detail: `long string ${s.getAttribute("id")} is over 250 characters` });
    }
    const tabs = descendants(overrides, "OfficeTab").map((t) => t.getAttribute("id"));
    if (!tabs.includes("TabHome")) problems.push({ rule: "ribbon", detail: "no button on the Home tab (OfficeTab id=TabHome)" });
    for (const control of descendants(overrides, "Control")) {
      checkOrder(control, CONTROL_ORDER, `Control ${control.getAttribute("id")}`, problems);
      const action = descendants(control, "Action")[0];
      if (action?.getAttribute("xsi:type") !== "ShowTaskpane") problems.push({ rule: "ribbon", detail: "the ribbon button must open the task pane" });
    }
    // Ribbon icons: 16, 32 and 80 px, and each image really has the size it claims.
    for (const image of descendants(overrides, "Image").filter((i) => i.getAttribute("size"))) {
      const size = Number(image.getAttribute("size"));
      const declaredImage = declared.get(image.getAttribute("resid") ?? "");
      const url = declaredImage?.getAttribute("DefaultValue") ?? "";
      const bytes = url ? options.fetchLocal(new URL(url).pathname) : null;
      const actual = bytes ? pngSize(bytes) : null;
      if (actual && (actual.width !== size || actual.height !== size)) {
        problems.push({ rule: "icon", detail: `${url} is ${actual.width}x${actual.height}, declared ${size}` });
      }
    }
  }

  // Every URL is https and, when it points at the dev server, resolves to a file the build serves.
  const urls = new Set<string>();
  const collect = (e: XmlElement) => {
    const dv = e.getAttribute("DefaultValue");
    if (dv && /^[a-z]+:\/\//i.test(dv)) urls.add(dv);
    if (/^AppDomain$/.test(e.localName ?? "")) urls.add(e.textContent?.trim() ?? "");
    for (const c of children(e)) collect(c);
  };
  collect(root);
  for (const url of urls) {
    if (!url.startsWith("https://")) problems.push({ rule: "https", detail: `${url} is not https` });
    const parsed = new URL(url);
    if (parsed.host !== "localhost:3000" || parsed.pathname === "/") continue;
    const bytes = options.fetchLocal(parsed.pathname);
    if (!bytes) problems.push({ rule: "url", detail: `${url} does not resolve to a file in the build` });
    else if (parsed.pathname.endsWith(".png") && !pngSize(bytes)) problems.push({ rule: "icon", detail: `${url} is not a PNG` });
  }
  for (const [name, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
    const url = value(name);
    const bytes = url ? options.fetchLocal(new URL(url).pathname) : null;
    const actual = bytes ? pngSize(bytes) : null;
    if (actual && (actual.width !== size || actual.height !== size)) problems.push({ rule: "icon", detail: `${name} should be ${size}x${size}` });
  }
  return problems;
}
