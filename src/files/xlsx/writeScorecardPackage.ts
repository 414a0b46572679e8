/**
 * Renders a scorecard plan into a copy of the analyst's .xlsx at the package level. ExcelJS would drop the
 * analyst's charts, pivot tables and more on a re-save, so instead the zip is opened and only the parts the build
 * owns are touched:
 *
 *   1. Open the package and find the workbook, its relationships and the content types.
 *   2. Remove the sheets a previous build wrote (and the store), with every part only they used.
 *   3. Drop the calculation chain, which Excel rebuilds, since it may list cells of removed sheets.
 *   4. Add the plan's styles to the workbook's own styles part.
 *   5. Write each plan sheet, its drawing and chart parts, then the very hidden store sheet.
 *   6. Register the new sheets, print titles and active tab in the workbook; keep docProps/app.xml consistent.
 *   7. Zip: every part not named above comes out byte for byte as it went in.
 */
import type { ScorecardPlan } from "../../layout/plan";
import { messageText } from "../../messages";
import { quoteSheetName } from "../../model/address";
import { STORE_SHEET } from "../../model/outputSheets";
import { updateAppTitles } from "./appXml";
import { buildChartXml } from "./chartXml";
import { CONTENT_TYPE, CONTENT_TYPES_PART, ensureDefaults, removeOverride, setOverride } from "./contentTypes";
import { buildDrawingXml } from "./drawingXml";
import type { Codec } from "../zip/codec";
import type { XlsxPackage } from "./openPackage";
import { openPackage } from "./openPackage";
import { nextPartName, relativeTarget, relsPathFor, resolveTarget } from "./partPaths";
import { createPlanRangeReader } from "./readPlanRange";
import { addRelationship, emptyRelationships, isRelType, readRelationships, relType, removeRelationship } from "./relationships";
import { removeUnreachableParts } from "./removeUnreachableParts";
import type { SheetContent } from "./sheetXml";
import { buildSheetXml } from "./sheetXml";
import { storeSheetContent } from "./storeSheetContent";
import { EMPTY_STYLES_XML, addPlanStyles } from "./stylesXml";
import type { SheetIndexMap } from "./workbookXml";
import { appendSheetEntry, readSheetEntries, remapDefinedNames, removeSheetEntries, setActiveTab, setDefinedName } from "./workbookXml";
import type { XmlDocument } from "./xmlDom";
import { parseXml } from "./xmlDom";

export interface WriteScorecardPackageOptions {
  /** Sheets a previous build wrote, replaced by this one (the store always is); nothing else is removed. */
  readonly replaceSheets: readonly string[];
  /** The store sheet's key/value rows. */
  readonly store: readonly (readonly [string, string])[];
  /** How new parts are compressed (and edited ones inflated): fflate unless the shell brings a faster one. */
  readonly codec?: Codec;
}

interface WorkbookParts {
  readonly part: string;
  readonly doc: XmlDocument;
  readonly relsPart: string;
  readonly rels: XmlDocument;
  readonly contentTypes: XmlDocument;
}

function openWorkbook(pkg: XlsxPackage): WorkbookParts | null {
  const office = readRelationships(pkg.xml(relsPathFor(""))).find((r) => isRelType(r.type, "officeDocument"));
  if (!office) return null;
  const part = resolveTarget("", office.target);
  const doc = pkg.xml(part);
  const contentTypes = pkg.xml(CONTENT_TYPES_PART);
  if (!doc || !contentTypes) return null;
  const relsPart = relsPathFor(part);
  return { part, doc, relsPart, rels: pkg.xml(relsPart) ?? emptyRelationships(), contentTypes };
}

/** Removes the relationships of one kind from the workbook, and their parts; used for the calculation chain. */
function dropWorkbookPart(pkg: XlsxPackage, wb: WorkbookParts, kind: "calcChain"): void {
  for (const rel of readRelationships(wb.rels)) {
    if (!isRelType(rel.type, kind)) continue;
    removeRelationship(wb.rels, rel.id);
    const target = resolveTarget(wb.part, rel.target);
    pkg.remove(target);
    pkg.remove(relsPathFor(target));
    removeOverride(wb.contentTypes, target);
  }
}

function stylesPart(pkg: XlsxPackage, wb: WorkbookParts): { part: string; doc: XmlDocument } {
  const rel = readRelationships(wb.rels).find((r) => isRelType(r.type, "styles"));
  const existing = rel ? resolveTarget(wb.part, rel.target) : null;
  const doc = existing ? pkg.xml(existing) : null;
  if (existing && doc) return { part: existing, doc };
  // No (readable) styles part: give the workbook a fresh one, as Excel would.
  if (rel) removeRelationship(wb.rels, rel.id);
  const folder = wb.part.slice(0, wb.part.lastIndexOf("/") + 1);
  const preferred = `${folder}styles.xml`;
  const part = existing ?? (pkg.has(preferred) ? nextPartName(pkg.takenNames(), `${folder}styles`, ".xml") : preferred);
  addRelationship(wb.rels, relType("styles"), relativeTarget(wb.part, part));
  setOverride(wb.contentTypes, part, CONTENT_TYPE.styles);
  return { part, doc: parseXml(EMPTY_STYLES_XML)! };
}

/**
 * Clears `tabSelected` on sheets that stay, so only the newly active sheet is selected (no grouped tabs). Only the
 * head of each sheet (its sheetViews, before the data) is looked at and edited: a surgical text edit, since
 * re-serialising an analyst's sheet could change more than this one attribute, and a streamed one, since the sheet
 * may be the 90 MB data sheet.
 */
function unselectSheets(pkg: XlsxPackage, wb: WorkbookParts): void {
  const rels = readRelationships(wb.rels);
  for (const entry of readSheetEntries(wb.doc)) {
    const rel = rels.find((r) => r.id === entry.relId);
    if (!rel || rel.external) continue;
    pkg.editHead(resolveTarget(wb.part, rel.target), "sheetData", (head) =>
      head.replace(/<(\w+:)?sheetView\b[^>]*>/g, (tag) => tag.replace(/\s+tabSelected="(1|true)"/, "")),
    );
  }
}

/**
 * Writes the plan into a copy of `original` and returns the new package; `original` is not modified.
 * Throws when `original` is not an .xlsx package (the reader will have rejected such a file first), or when a plan sheet
 * would take the name of a sheet it may not replace.
 * @example const out = writeScorecardPackage(bytes, plan, { replaceSheets: previous.sheets, store: rows });
 */
export function writeScorecardPackage(
  original: Uint8Array,
  plan: ScorecardPlan,
  options: WriteScorecardPackageOptions,
): Uint8Array {
  // 1. Open.
  const pkg = openPackage(original, options.codec);
  const wb = pkg ? openWorkbook(pkg) : null;
  if (!pkg || !wb) throw new Error("writeScorecardPackage: the workbook is not a readable .xlsx package");
  const originalSheets = readSheetEntries(wb.doc);

  // 2. Remove what a previous build wrote: only what the job says (and the store); a plan sheet whose name an
  //    analyst's sheet has is refused, never written over it (the pipeline chooses names that are free).
  const newNames = [...plan.sheets.map((s) => s.name), STORE_SHEET];
  const replace = new Set([...options.replaceSheets, STORE_SHEET].map((n) => n.toLowerCase()));
  const taken = originalSheets.find((s) => !replace.has(s.name.toLowerCase()) && newNames.some((n) => n.toLowerCase() === s.name.toLowerCase()));
  if (taken) throw new Error(messageText("BUILD_FAILED", messageText("EXCEL_SHEET_NAME_TAKEN", taken.name).replace(/\.$/, "")));
  const { map, removed } = removeSheetEntries(wb.doc, replace);
  const oldRels = readRelationships(wb.rels);
  const removedParts: string[] = [];
  for (const entry of removed) {
    const rel = oldRels.find((r) => r.id === entry.relId);
    if (!rel) continue;
    removeRelationship(wb.rels, rel.id);
    if (!rel.external) removedParts.push(resolveTarget(wb.part, rel.target));
  }
  const newLower = new Set(newNames.map((n) => n.toLowerCase()));
  remapDefinedNames(wb.doc, map, removed.map((e) => e.name).filter((n) => !newLower.has(n.toLowerCase())));
  // Ids after the sheets that stay: a rebuild then gives our sheets the same ids again (and the same workbook.xml).
  const maxSheetId = Math.max(0, ...readSheetEntries(wb.doc).map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0)));

  // 3. The calculation chain.
  dropWorkbookPart(pkg, wb, "calcChain");
  pkg.setXml(wb.relsPart, wb.rels);
  for (const part of removeUnreachableParts(pkg, removedParts)) removeOverride(wb.contentTypes, part);

  // 4. Styles.
  const styles = stylesPart(pkg, wb);
  const styleIndex = addPlanStyles(styles.doc, plan.styles);

  // 5. Sheets, drawings, charts.
  const kept = map.filter((i): i is number => i !== null).length;
  const activeBefore = Number(wb.doc.documentElement?.getElementsByTagName("workbookView")[0]?.getAttribute("activeTab") ?? 0);
  const activeTab = plan.sheets.length > 0 ? kept : (map[activeBefore] ?? 0);
  if (plan.sheets.length > 0) unselectSheets(pkg, wb);
  const folder = wb.part.slice(0, wb.part.lastIndexOf("/") + 1);
  const read = createPlanRangeReader(plan);
  const contents: { content: SheetContent; veryHidden: boolean }[] = [
    ...plan.sheets.map((content) => ({ content, veryHidden: false })),
    { content: storeSheetContent(options.store), veryHidden: true },
  ];
  contents.forEach(({ content, veryHidden }, i) => {
    const sheetIndex = kept + i;
    const sheetPart = nextPartName(pkg.takenNames(), `${folder}worksheets/sheet`, ".xml");
    let drawingRelId: string | null = null;
    if (content.charts.length > 0) {
      const drawingPart = nextPartName(pkg.takenNames(), `${folder}drawings/drawing`, ".xml");
      const drawingRels = emptyRelationships();
      const charts = content.charts.map((spec) => {
        const chartPart = nextPartName(pkg.takenNames(), `${folder}charts/chart`, ".xml");
        pkg.setText(chartPart, buildChartXml(spec, { read, styles: plan.styles }));
        setOverride(wb.contentTypes, chartPart, CONTENT_TYPE.chart);
        return { spec, relId: addRelationship(drawingRels, relType("chart"), relativeTarget(drawingPart, chartPart)) };
      });
      pkg.setText(drawingPart, buildDrawingXml(charts));
      pkg.setXml(relsPathFor(drawingPart), drawingRels);
      setOverride(wb.contentTypes, drawingPart, CONTENT_TYPE.drawing);
      const sheetRels = emptyRelationships();
      drawingRelId = addRelationship(sheetRels, relType("drawing"), relativeTarget(sheetPart, drawingPart));
      pkg.setXml(relsPathFor(sheetPart), sheetRels);
    }
    pkg.setText(sheetPart, buildSheetXml(content, { styles: styleIndex, drawingRelId, selected: sheetIndex === activeTab }));
    setOverride(wb.contentTypes, sheetPart, CONTENT_TYPE.worksheet);

    // 6. Register the sheet.
    const relId = addRelationship(wb.rels, relType("worksheet"), relativeTarget(wb.part, sheetPart));
    appendSheetEntry(wb.doc, content.name, maxSheetId + i + 1, relId, veryHidden ? "veryHidden" : undefined);
    const titleRows = content.print.titleRows?.trim();
    if (titleRows) {
      const rows = titleRows.replace(/^\$?(\d+):\$?(\d+)$/, "$$$1:$$$2");
      setDefinedName(wb.doc, "_xlnm.Print_Titles", sheetIndex, `${quoteSheetName(content.name)}!${rows}`);
    }
  });
  setActiveTab(wb.doc, activeTab, map as SheetIndexMap);

  const appRel = readRelationships(pkg.xml(relsPathFor(""))).find((r) => r.type.endsWith("/extended-properties"));
  const appPart = appRel ? resolveTarget("", appRel.target) : null;
  const app = appPart ? pkg.xml(appPart) : null;
  if (appPart && app) {
    updateAppTitles(app, originalSheets.map((s) => s.name), removed.map((e) => e.name), contents.map((c) => c.content.name));
    pkg.setXml(appPart, app);
  }

  // 7. Save the edited parts and zip.
  ensureDefaults(wb.contentTypes);
  pkg.setXml(styles.part, styles.doc);
  pkg.setXml(wb.part, wb.doc);
  pkg.setXml(wb.relsPart, wb.rels);
  pkg.setXml(CONTENT_TYPES_PART, wb.contentTypes);
  return pkg.toZip();
}
