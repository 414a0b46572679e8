/** A page in the background gets no animation frames; a build must not wait for one longer than this. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has had the chance to paint: after the next animation frame, in a task of its own (or
 * after 100 ms if no frame comes, as in a hidden page). A build is mostly synchronous work (ingest, calc, layout,
 * writing a package); awaiting this after each step lets the progress bar show that step before the work starts.
 * @example await nextPaint(); // the step just set is on screen
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    if (typeof requestAnimationFrame === "function") {
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      );
    }
  });
}
