/**
 * The number formats Excel does not write into styles.xml because every reader is meant to know them (ECMA-376
 * Part 1, 18.8.30). Ids 27-36 and 50-58 depend on the East Asian locale the file was saved in; they are all dates
 * (or times) there, so they are given a plain date (time) format that says so.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const EAST_ASIAN_TIMES = new Set([32, 33]);

/**
 * The format code of a built-in id; `undefined` for General (0) and ids Excel does not define.
 * @example builtInNumberFormat(9) === "0%"
 */
export function builtInNumberFormat(id: number): string | undefined {
  const known = BUILT_IN[id];
  if (known !== undefined) return known;
  if (EAST_ASIAN_TIMES.has(id)) return "h:mm";
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return "yyyy-mm-dd";
  return undefined;
}
