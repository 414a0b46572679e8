/**
 * The store sheet as sheet content: two columns, key and value, one row per store entry. It is written very
 * hidden, so only code (never the analyst's ribbon) can unhide it.
 */
import { STORE_SHEET } from "../../model/outputSheets";
import type { SheetContent } from "./sheetXml";

/**
 * @example storeSheetContent([["settings", "{}"]]).blocks[0]?.cells[0]?.[1]?.value === "{}"
 */
export function storeSheetContent(rows: readonly (readonly [string, string])[]): SheetContent {
  return {
    name: STORE_SHEET,
    tabColor: null,
    columns: [{ width: 30 }, { width: 100 }],
    rowHeights: [],
    blocks: [{ top: 0, left: 0, cells: rows.map(([key, value]) => [{ value: key }, { value }]) }],
    merges: [],
    freeze: null,
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: 0,
      fitToHeight: 0,
      titleRows: null,
      headerCenter: "",
      footerLeft: "",
      footerRight: "",
    },
    conditionalFormats: [],
    charts: [],
    showGridlines: true,
  };
}
