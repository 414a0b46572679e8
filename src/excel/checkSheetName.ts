/**
 * Excel's rules for a sheet name, checked before anything is written so a bad name fails with a message instead of
 * half a build.
 */

/**
 * Why `name` cannot be a sheet name, or `null` when it can.
 * @example checkSheetName("Q2: summary") === "it contains \":\""
 */
export function checkSheetName(name: string): string | null {
  if (name.trim() === "") return "it is empty";
  if (name.length > 31) return `it has ${name.length} characters; Excel allows 31`;
  const bad = /[\\/?*[\]:]/.exec(name);
  if (bad) return `it contains "${bad[0]}"`;
  if (name.startsWith("'") || name.endsWith("'")) return "it starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "Excel reserves the name History";
  return null;
}
