import type { CSSProperties } from "react";
import type { CellStyle } from "../../layout/plan";

/**
 * A plan cell style as CSS for the preview table. Numbers align right by default, as in Excel.
 * @example cellCss({ bold: true, fill: "#C6EFCE" }, false) // { fontWeight: 700, backgroundColor: "#C6EFCE", textAlign: "left", ... }
 */
export function cellCss(style: CellStyle | undefined, numeric: boolean): CSSProperties {
  const border = (weight: CellStyle["borderTop"]) =>
    weight ? `${weight === "medium" ? 2 : 1}px solid ${style?.borderColor ?? "#000000"}` : undefined;
  return {
    fontWeight: style?.bold ? 700 : undefined,
    fontStyle: style?.italic ? "italic" : undefined,
    fontSize: style?.fontSize ? `${style.fontSize}pt` : undefined,
    color: style?.fontColor,
    backgroundColor: style?.fill,
    textAlign: style?.horizontal ?? (numeric ? "right" : "left"),
    verticalAlign: style?.vertical === "center" ? "middle" : (style?.vertical ?? "bottom"),
    whiteSpace: style?.wrap ? "pre-wrap" : "pre",
    paddingLeft: style?.indent ? `${style.indent * 0.75}em` : undefined,
    borderTop: border(style?.borderTop),
    borderBottom: border(style?.borderBottom),
  };
}
