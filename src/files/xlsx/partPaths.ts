/**
 * Part names inside an OPC package (an .xlsx zip). Zip entries have no leading slash; relationship targets are
 * relative to the source part's folder unless they start with `/`.
 */

/** The folder of a part, with a trailing slash, `""` for the package root. */
function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash + 1);
}

function decodeTarget(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/**
 * The zip entry a relationship target points at, resolving `..` and percent-escapes.
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") === "xl/worksheets/sheet1.xml"
 * @example resolveTarget("xl/drawings/drawing1.xml", "../charts/chart1.xml") === "xl/charts/chart1.xml"
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = decodeTarget(target.split("#")[0] ?? "");
  const joined = decoded.startsWith("/") ? decoded.slice(1) : folderOf(sourcePart) + decoded;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

/**
 * The target to write in `fromPart`'s relationships for `toPart`.
 * @example relativeTarget("xl/worksheets/sheet3.xml", "xl/drawings/drawing1.xml") === "../drawings/drawing1.xml"
 */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = folderOf(fromPart).split("/").filter((s) => s !== "");
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * The relationships part of a part; `""` is the package itself.
 * @example relsPathFor("xl/workbook.xml") === "xl/_rels/workbook.xml.rels"
 */
export function relsPathFor(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/**
 * The first free `<folder><stem>N<ext>` name, comparing case-insensitively as OPC part names do.
 * @example nextPartName(new Set(["xl/charts/chart1.xml"]), "xl/charts/chart", ".xml") === "xl/charts/chart2.xml"
 */
export function nextPartName(taken: ReadonlySet<string>, stem: string, ext: string): string {
  for (let n = 1; ; n += 1) {
    const name = `${stem}${n}${ext}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
