/**
 * A percentage typed into the settings form: a number from 0 to 100, `%` allowed; `null` for anything else.
 * @example parsePercentInput("7.5 %") === 7.5
 */
export function parsePercentInput(text: string): number | null {
  const trimmed = text.trim().replace(/\s*%$/, "");
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 0 && value <= 100 ? value : null;
}
