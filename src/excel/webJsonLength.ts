import { utf8Length } from "./utf8Length";

/**
 * Bytes of a JSON text as Office on the web sends it: office.js puts the request body's JSON text inside a message
 * that is serialised again (OfficeDev/office-js `CoreUtility._getRequestBodyText`), so each `"` and `\` gains an
 * escape and the text its own quotes. This is what Excel on the web's 5 MB limit counts.
 * @example webJsonLength(JSON.stringify(["a", 1])) === utf8Length('["a",1]') + 4 + 2
 */
export function webJsonLength(json: string): number {
  let escapes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code === 34 /* " */ || code === 92 /* \ */) escapes += 1;
  }
  return utf8Length(json) + escapes + 2;
}
