/**
 * Whether an Excel number format displays a date (`mmm-yy`, `dd/mm/yyyy`, `[$-809]d mmmm yyyy`), so the number
 * under it is a date serial. Time-only formats (`h:mm`, `mm:ss`) are not dates.
 * @example isDateFormat("mmm-yy") === true; isDateFormat("0.0%") === false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  // Quoted literals, escaped characters and bracketed sections ([Red], [$-809], [h]) say nothing about dates.
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare) || /(^|[^hs:])m{1,2}[-/ .]/i.test(bare);
}
