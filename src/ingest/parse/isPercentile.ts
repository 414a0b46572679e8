/**
 * Whether a KPI's name (or its table's caption) says its figures are percentiles or medians: `90th centile
 * response time`, `Median wait`, `95th percentile`. Such figures cannot be averaged or added into a quarter.
 * @example isPercentile("Category 1 90th centile response time") === true
 */
export function isPercentile(text: string): boolean {
  return /\b(?:percentiles?|centiles?|medians?|quartiles?|\d{1,2}(?:st|nd|rd|th)\s*(?:%(?:ile)?|pct))\b/i.test(text);
}
