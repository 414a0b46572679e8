/**
 * A hand-made, minimal .xlsx package (no styles part, no docProps) for edge cases ExcelJS would not produce.
 */
import { strToU8, zipSync } from "fflate";

export interface MinimalWorkbookOptions {
  readonly sheets: readonly string[];
  /** Raw `<definedName>` elements. */
  readonly definedNames?: string;
  /** Extra parts and their content, e.g. a part only some sheet refers to. */
  readonly extraParts?: Readonly<Record<string, string>>;
  /** Extra relationships of the workbook (raw `<Relationship>` elements). */
  readonly workbookRels?: string;
  /** The sheetViews element of sheet N (1-based), raw. */
  readonly sheetViews?: Readonly<Record<number, string>>;
  /** Relationships of sheet N (1-based), raw. */
  readonly sheetRels?: Readonly<Record<number, string>>;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** @example minimalWorkbook({ sheets: ["Data"] }) */
export function minimalWorkbook(options: MinimalWorkbookOptions): Uint8Array {
  const { sheets } = options;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
        `</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        `<sheets>${sheets.map((name, i) => `<sheet name="${escape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
        (options.definedNames ? `<definedNames>${options.definedNames}</definedNames>` : "") +
        `<calcPr calcId="191029"/></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
        (options.workbookRels ?? "") +
        `</Relationships>`,
    ),
  };
  sheets.forEach((name, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        (options.sheetViews?.[i + 1] ?? "") +
        `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${escape(name)}</t></is></c></row></sheetData></worksheet>`,
    );
    const rels = options.sheetRels?.[i + 1];
    if (rels) {
      files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
      );
    }
  });
  for (const [part, text] of Object.entries(options.extraParts ?? {})) files[part] = strToU8(text);
  return zipSync(files);
}
