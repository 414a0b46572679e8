/**
 * The drawing part that places a sheet's charts: one twoCellAnchor per chart, so a chart moves and sizes with the
 * cells it covers, named by the chart's plan id so a later build (or the Office.js host) can find it.
 */
import type { ChartSpec } from "../../layout/plan";
import { escapeXml } from "./escapeXml";

export interface DrawingChart {
  readonly spec: ChartSpec;
  /** Relationship id of the chart part in the drawing's relationships. */
  readonly relId: string;
}

function markerXml(tag: "from" | "to", row: number, col: number): string {
  return (
    `<xdr:${tag}><xdr:col>${Math.max(0, col)}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${Math.max(0, row)}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/**
 * The drawing XML for a sheet's charts.
 * @example buildDrawingXml([{ spec, relId: "rId1" }]).includes("<xdr:twoCellAnchor>")
 */
export function buildDrawingXml(charts: readonly DrawingChart[]): string {
  const anchors = charts.map(({ spec, relId }, i) => {
    // The plan names the last cell the chart covers, so the anchor ends at the far corner of that cell.
    const toRow = Math.max(spec.to.row, spec.from.row) + 1;
    const toCol = Math.max(spec.to.col, spec.from.col) + 1;
    return (
      `<xdr:twoCellAnchor>${markerXml("from", spec.from.row, spec.from.col)}${markerXml("to", toRow, toCol)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
      `<xdr:cNvPr id="${i + 2}" name="${escapeXml(spec.id)}" descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/>` +
      `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors.join("")}</xdr:wsDr>`
  );
}
