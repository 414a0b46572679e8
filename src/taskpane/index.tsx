/**
 * The task pane's start: decide where it is running, then render.
 * 1. Ask office.js (through `detectHost`, the only start-up code that names `Office`) whether this is Excel.
 * 2. In Excel: the Excel actions, in the Office theme.
 * 3. Anywhere else (a plain browser, office.js unreachable, another Office app, no answer within 3 s): the
 *    standalone page, loaded as a separate chunk so the file host never ships to Excel.
 */
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { detectHost } from "../excel/detectHost";
import type { PaneTheme } from "../excel/detectHost";
import { App } from "./App";
import { PaneFrame } from "./components/PaneFrame";
import { PaneMessage } from "./components/PaneMessage";
import { createExcelActions } from "./excelActions";
import { errorMessage } from "./state/errorMessage";

function renderFailure(root: Root, theme: PaneTheme, title: string, error: unknown): void {
  root.render(
    <PaneFrame theme={theme}>
      <main>
        <h1 style={{ fontSize: "20px", margin: "0 0 12px" }}>Scorecard Builder</h1>
        <PaneMessage intent="error" title={title} message={errorMessage(error)} />
      </main>
    </PaneFrame>,
  );
}

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const host = await detectHost({ timeoutMs: 3000 });
  if (host.kind === "excel") {
    try {
      root.render(<App actions={createExcelActions()} theme={host.theme} />);
    } catch (error) {
      renderFailure(root, host.theme, "Scorecard Builder could not start in Excel", error);
    }
    return;
  }
  try {
    const { renderStandalone } = await import(/* webpackChunkName: "standalone" */ "./standalone/renderStandalone");
    renderStandalone(root);
  } catch (error) {
    renderFailure(root, "light", "The page could not finish loading", error);
  }
}

const container = document.getElementById("container");
if (container) void start(container);
