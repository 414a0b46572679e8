/**
 * office.js comes from Microsoft's CDN, never from the bundle (Office requires it, and it must be the hosted copy).
 * The page's head fetches it when Office opened the page (`taskpane.html`); this fetches it only if that did not
 * happen (a browser may refuse a script written by `document.write`). A plain browser never fetches it.
 */

/** The hosted office.js every add-in loads (Microsoft's CDN). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Adds office.js to the page; resolves `true` once it has run, `false` if it could not be fetched (offline, a
 * firewall, the CDN down). Resolves at once when the page already has it.
 * @example if (!(await loadOfficeJs())) showMessage(messageText("OFFICE_JS_UNAVAILABLE"));
 */
export function loadOfficeJs(url: string = OFFICE_JS_URL): Promise<boolean> {
  if (typeof Office !== "undefined") return Promise.resolve(true);
  if (typeof document === "undefined") return Promise.resolve(false);
  return new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = url;
    script.onload = () => resolve(typeof Office !== "undefined");
    script.onerror = () => resolve(false);
    document.head.appendChild(script);
  });
}
