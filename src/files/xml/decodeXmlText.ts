/**
 * Text and attribute values as XML writes them, decoded: the five named entities and character references. Other
 * entity names (which would need a DTD, and a DTD is how "billion laughs" files expand) are left as they are.
 * @example decodeXmlText("Fish &amp; chips &#8805; 25%") === "Fish & chips ≥ 25%"
 */
export function decodeXmlText(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    switch (name) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
    }
  });
}

/**
 * SpreadsheetML's own escape for characters XML cannot hold (ST_Xstring): `_x000D_` is a carriage return, and
 * `_x005F_` escapes an underscore that would otherwise start one.
 * @example decodeXstring("Line 1_x000D_\nLine 2") === "Line 1\r\nLine 2"
 */
export function decodeXstring(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
