/**
 * What kind of Excel package a file is, from the content type of its workbook part: Excel opens a package only
 * under the extension that matches it (a macro-enabled workbook named .xlsx is refused as "not valid"), so a copy
 * must keep the kind's extension.
 */
import { readAttribute } from "../xml/scanXml";
import type { XmlHandler } from "../xml/scanXml";
import type { ByteBudget } from "./packageSource";
import { openPackageSource, scanPart } from "./packageSource";
import { relationshipsHandler } from "./readPackageXml";
import { DEFAULT_READ_LIMITS } from "./readLimits";
import { resolveTarget } from "../xlsx/partPaths";

export interface PackageKind {
  readonly extension: ".xlsx" | ".xlsm" | ".xltx" | ".xltm";
  /** For messages: "a macro-enabled workbook". */
  readonly description: string;
}

const KINDS: Readonly<Record<string, PackageKind>> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": { extension: ".xlsx", description: "an Excel workbook" },
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": { extension: ".xlsm", description: "a macro-enabled workbook" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": { extension: ".xltx", description: "an Excel template" },
  "application/vnd.ms-excel.template.macroEnabled.main+xml": { extension: ".xltm", description: "a macro-enabled template" },
};

const WORKBOOK: PackageKind = { extension: ".xlsx", description: "an Excel workbook" };

function contentTypesHandler(): XmlHandler & { readonly overrides: Map<string, string> } {
  const overrides = new Map<string, string>();
  return {
    overrides,
    open(name, tag) {
      if (name !== "Override") return;
      const part = readAttribute(tag, "PartName");
      const type = readAttribute(tag, "ContentType");
      if (part !== undefined && type !== undefined) overrides.set(part.replace(/^\/+/, "").toLowerCase(), type);
    },
    close: () => undefined,
    text: () => undefined,
  };
}

/**
 * The package's kind; an ordinary workbook when the content types do not say otherwise. Throws `FileReadError`
 * only for bytes that are not a zip (which the reader rejects first).
 * @example readPackageKind(bytes).extension === ".xlsm"
 */
export function readPackageKind(bytes: Uint8Array): PackageKind {
  const limits = DEFAULT_READ_LIMITS;
  const source = openPackageSource(bytes, limits);
  const budget: ByteBudget = { remaining: 64 * 1024 * 1024 };
  const typesEntry = source.entry("[Content_Types].xml");
  const relsEntry = source.entry("_rels/.rels");
  if (!typesEntry || !relsEntry) return WORKBOOK;
  const rels = relationshipsHandler();
  scanPart(source, relsEntry, rels, budget, limits, { label: "the package relationships", sheet: "" });
  const office = rels.result.find((r) => r.type.endsWith("/officeDocument"));
  if (!office) return WORKBOOK;
  const types = contentTypesHandler();
  scanPart(source, typesEntry, types, budget, limits, { label: "the content types", sheet: "" });
  const type = types.overrides.get(resolveTarget("", office.target).toLowerCase());
  return (type !== undefined ? KINDS[type] : undefined) ?? WORKBOOK;
}
