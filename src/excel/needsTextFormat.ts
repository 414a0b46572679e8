/**
 * Whether a string must go into a cell formatted as text (`@`) to stay the string it is. Excel reads `Range.values`
 * like typed input: `=`, `+`, `-` and `@` start a formula, `#N/A` is an error, `TRUE` a boolean, and anything with a
 * digit may become a number or a date (`1,431`, `25%`, `2013-04`, `Apr-13`). Text with none of these is safe as is.
 * @example needsTextFormat("=SUM(A1)") === true && needsTextFormat("Green") === false
 */
export function needsTextFormat(text: string): boolean {
  return /^[=+\-@#]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}
