/**
 * Escapes text for XML content or a double-quoted attribute, dropping the characters XML 1.0 cannot carry at all
 * (most C0 controls, lone surrogates, U+FFFE/U+FFFF), which would otherwise make the whole part unreadable.
 * @example escapeXml('a < "b" & c') === "a &lt; &quot;b&quot; &amp; c"
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
