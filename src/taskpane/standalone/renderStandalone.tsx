/**
 * The standalone page's entry, loaded with a dynamic `import()` so the file host stays out of the
 * bundle Excel loads.
 */
import type { Root } from "react-dom/client";
import { createStandaloneActions } from "../standaloneActions";
import { StandaloneApp } from "./StandaloneApp";

/** @example (await import("./standalone/renderStandalone")).renderStandalone(root); */
export function renderStandalone(root: Root): void {
  root.render(<StandaloneApp actions={createStandaloneActions()} />);
}
