/**
 * Appends the plan's cell styles to the workbook's own `styles.xml` (fonts, fills, borders, number formats and cell
 * formats), so the analyst's styles keep their indexes and ours are added after them. Each distinct font, fill,
 * border and format is added once, and a number format the workbook already defines is reused.
 */
import type { CellStyle } from "../../layout/plan";
import { escapeXml } from "./escapeXml";
import type { XmlDocument, XmlElement } from "./xmlDom";
import { childElements, firstChild, insertInOrder, parseXml } from "./xmlDom";

export interface PlanStyleIndex {
  /** The `cellXfs` index for a plan style key; 0 (the workbook's default) for no key or an unknown one. */
  xf(key: string | undefined): number;
  /** The `dxfs` index for a conditional format that sets a fill and a font colour. */
  dxf(fill: string, fontColor: string): number;
}

const SML_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** CT_Stylesheet's child sequence. */
const STYLESHEET_ORDER = [
  "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst",
];

/** Formats Excel knows by id in every locale; date and time ids are locale-dependent, so they get their own id. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "@": 49,
};

/** The minimal styles part for a workbook that has none. */
export const EMPTY_STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${SML_NS}">` +
  `<fonts count="1"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

/** `#1F77B4` as the ARGB Excel stores, `null` when it is not a colour. */
function argb(color: string | undefined): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color ?? "");
  return m ? `FF${(m[1] ?? "").toUpperCase()}` : null;
}

function attrs(el: XmlElement | null): string {
  if (!el) return "";
  let out = "";
  for (let i = 0; i < el.attributes.length; i += 1) {
    const a = el.attributes.item(i);
    if (a) out += ` ${a.name}="${escapeXml(a.value)}"`;
  }
  return out;
}

/** A list element (`fonts`, `cellXfs`...), created in schema order when the workbook lacks it. */
function ensureList(doc: XmlDocument, name: string, seed: string): XmlElement {
  const root = doc.documentElement!;
  const existing = firstChild(root, name);
  if (existing) return existing;
  const list = importFragment(doc, `<${name}>${seed}</${name}>`);
  insertInOrder(root, list, STYLESHEET_ORDER);
  updateCount(list);
  return list;
}

function importFragment(doc: XmlDocument, xml: string): XmlElement {
  const ns = doc.documentElement?.namespaceURI ?? SML_NS;
  const fragment = parseXml(xml.replace(/^<([A-Za-z]+)/, `<$1 xmlns="${ns}"`));
  const el = doc.importNode(fragment!.documentElement!, true) as XmlElement;
  // The declaration was only needed to parse the fragment; the element lands inside a parent that already has it.
  el.removeAttribute("xmlns");
  return el;
}

/**
 * A comparable form of a style element: names, attributes sorted, children in order, whitespace and namespace
 * declarations ignored, so an equal entry the workbook already has (from an earlier build, or the analyst's own)
 * is reused instead of appended again on every rebuild.
 */
function canonical(el: XmlElement): string {
  const attributes: string[] = [];
  for (let i = 0; i < el.attributes.length; i += 1) {
    const a = el.attributes.item(i);
    if (a && a.name !== "xmlns" && !a.name.startsWith("xmlns:")) attributes.push(`${a.localName}=${a.value}`);
  }
  attributes.sort();
  return `<${el.localName} ${attributes.join(" ")}>${childElements(el).map(canonical).join("")}</${el.localName}>`;
}

function updateCount(list: XmlElement): void {
  list.setAttribute("count", String(childElements(list).length));
}

function append(doc: XmlDocument, list: XmlElement, xml: string): number {
  const index = childElements(list).length;
  list.appendChild(importFragment(doc, xml));
  updateCount(list);
  return index;
}

/** A list's entries by canonical form, and by the very XML already asked for (parsing a fragment is the cost). */
interface KnownEntries {
  readonly byCanonical: Map<string, number>;
  readonly byXml: Map<string, number>;
}

/** Appends an entry unless an equal one is already in the list; returns the entry's index either way. */
function findOrAppend(doc: XmlDocument, list: XmlElement, xml: string, known: Map<XmlElement, KnownEntries>): number {
  let index = known.get(list);
  if (!index) {
    index = { byCanonical: new Map(), byXml: new Map() };
    // The first of equal entries wins, as Excel would pick it too.
    childElements(list).forEach((el, i) => {
      const key = canonical(el);
      if (!index!.byCanonical.has(key)) index!.byCanonical.set(key, i);
    });
    known.set(list, index);
  }
  const asked = index.byXml.get(xml);
  if (asked !== undefined) return asked;
  const key = canonical(importFragment(doc, xml));
  const found = index.byCanonical.get(key) ?? append(doc, list, xml);
  index.byCanonical.set(key, found);
  index.byXml.set(xml, found);
  return found;
}

function fontXml(style: CellStyle, base: XmlElement | null): string {
  const child = (name: string) => (base ? firstChild(base, name) : null);
  const size = style.fontSize ?? Number(child("sz")?.getAttribute("val") ?? 11);
  const color = argb(style.fontColor);
  const colorXml = color ? `<color rgb="${color}"/>` : child("color") ? `<color${attrs(child("color"))}/>` : "";
  const keep = ["name", "family", "charset", "scheme"]
    .map((n) => (child(n) ? `<${n}${attrs(child(n))}/>` : ""))
    .join("");
  const name = child("name") ? "" : `<name val="Calibri"/>`;
  return `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${size}"/>${colorXml}${keep}${name}</font>`;
}

function fillXml(fill: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(style: CellStyle): string {
  const color = argb(style.borderColor);
  const side = (name: string, weight: string | undefined) =>
    weight ? `<${name} style="${weight}">${color ? `<color rgb="${color}"/>` : `<color auto="1"/>`}</${name}>` : `<${name}/>`;
  return `<border><left/><right/>${side("top", style.borderTop)}${side("bottom", style.borderBottom)}<diagonal/></border>`;
}

function alignmentXml(style: CellStyle): string {
  const a: string[] = [];
  const indent = style.indent && style.indent > 0 ? Math.min(250, Math.round(style.indent)) : 0;
  // Excel ignores an indent unless the cell is aligned to a side.
  const horizontal = style.horizontal ?? (indent > 0 ? "left" : undefined);
  if (horizontal) a.push(`horizontal="${horizontal}"`);
  if (style.vertical) a.push(`vertical="${style.vertical}"`);
  if (style.wrap) a.push(`wrapText="1"`);
  if (indent > 0) a.push(`indent="${indent}"`);
  return a.length > 0 ? `<alignment ${a.join(" ")}/>` : "";
}

/**
 * Registers plan styles in a parsed `styles.xml` on first use.
 * @example const index = addPlanStyles(doc, plan.styles); index.xf("header") // 12
 */
export function addPlanStyles(doc: XmlDocument, styles: Readonly<Record<string, CellStyle>>): PlanStyleIndex {
  const fonts = ensureList(doc, "fonts", `<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>`);
  const fills = ensureList(doc, "fills", `<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>`);
  const borders = ensureList(doc, "borders", `<border><left/><right/><top/><bottom/><diagonal/></border>`);
  ensureList(doc, "cellStyleXfs", `<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
  const cellXfs = ensureList(doc, "cellXfs", `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  const baseFont = childElements(fonts)[0] ?? null;

  const known = new Map<XmlElement, KnownEntries>();
  const once = (list: XmlElement, xml: string): number => findOrAppend(doc, list, xml, known);

  const numFmtId = (code: string): number => {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const numFmts = ensureList(doc, "numFmts", "");
    let max = 163;
    for (const el of childElements(numFmts, "numFmt")) {
      const id = Number(el.getAttribute("numFmtId"));
      if (el.getAttribute("formatCode") === code) return id;
      if (Number.isFinite(id)) max = Math.max(max, id);
    }
    append(doc, numFmts, `<numFmt numFmtId="${max + 1}" formatCode="${escapeXml(code)}"/>`);
    return max + 1;
  };

  const xfOf = (style: CellStyle): number => {
    const fmt = style.numberFormat ? numFmtId(style.numberFormat) : 0;
    const hasFont = style.bold || style.italic || style.fontSize !== undefined || argb(style.fontColor) !== null;
    const font = hasFont ? once(fonts, fontXml(style, baseFont)) : 0;
    const fillColor = argb(style.fill);
    const fill = fillColor ? once(fills, fillXml(fillColor)) : 0;
    const border = style.borderTop || style.borderBottom ? once(borders, borderXml(style)) : 0;
    const alignment = alignmentXml(style);
    const apply = [
      fmt ? ` applyNumberFormat="1"` : "",
      font ? ` applyFont="1"` : "",
      fill ? ` applyFill="1"` : "",
      border ? ` applyBorder="1"` : "",
      alignment ? ` applyAlignment="1"` : "",
    ].join("");
    const open = `<xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${apply}`;
    return once(cellXfs, alignment ? `${open}>${alignment}</xf>` : `${open}/>`);
  };

  const byKey = new Map<string, number>();
  return {
    xf(key) {
      if (key === undefined) return 0;
      const style = styles[key];
      if (!style) return 0;
      let index = byKey.get(key);
      if (index === undefined) byKey.set(key, (index = xfOf(style)));
      return index;
    },
    dxf(fill, fontColor) {
      const dxfs = ensureList(doc, "dxfs", "");
      const font = argb(fontColor);
      const bg = argb(fill);
      return once(
        dxfs,
        `<dxf>${font ? `<font><color rgb="${font}"/></font>` : ""}` +
          `${bg ? `<fill><patternFill><bgColor rgb="${bg}"/></patternFill></fill>` : ""}</dxf>`,
      );
    },
  };
}
