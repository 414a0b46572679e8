/**
 * The task pane's start: decide where it is running, then render.
 * 1. A page Office did not open (a plain browser): the standalone page at once, loaded as a separate chunk so ExcelJS
 *    never ships to Excel; office.js is never fetched.
 * 2. A page Office opened: "Connecting to Excel…" while office.js is fetched and Office answers (a cold start can
 *    take many seconds), with a message saying what to do if it takes long; then the Excel actions, in Office's
 *    theme. If office.js cannot be fetched, a message says so: the upload page would be no use inside Excel.
 */
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { detectHost } from "../excel/detectHost";
import type { PaneTheme } from "../excel/detectHost";
import { isOfficeHostedPage, readPageMarks } from "../excel/isOfficeHostedPage";
import { messageText } from "../messages";
import { App } from "./App";
import { StartupMessage } from "./components/StartupMessage";
import { createExcelActions } from "./excelActions";
import { errorMessage } from "./state/errorMessage";

function renderFailure(root: Root, theme: PaneTheme, title: string, error: unknown): void {
  root.render(<StartupMessage theme={theme} connecting={false} message={{ intent: "error", title, text: errorMessage(error) }} />);
}

async function start(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const marks = readPageMarks();
  if (isOfficeHostedPage(marks)) root.render(<StartupMessage theme="light" connecting />);
  const host = await detectHost({
    page: marks,
    onSlow: () => root.render(<StartupMessage theme="light" connecting message={{ intent: "warning", text: messageText("OFFICE_SLOW") }} />),
  });
  switch (host.kind) {
    case "excel":
      try {
        root.render(<App actions={createExcelActions()} theme={host.theme} />);
      } catch (error) {
        renderFailure(root, host.theme, "Scorecard Builder could not start in Excel", error);
      }
      return;
    case "office-unavailable":
      root.render(
        <StartupMessage
          theme="light"
          connecting={false}
          message={{ intent: "error", text: messageText(host.reason === "office-js-unreachable" ? "OFFICE_JS_UNREACHABLE" : "OFFICE_JS_FAILED") }}
        />,
      );
      return;
    case "standalone":
      try {
        const { renderStandalone } = await import(/* webpackChunkName: "standalone" */ "./standalone/renderStandalone");
        renderStandalone(root);
      } catch (error) {
        renderFailure(root, "light", "The page could not finish loading", error);
      }
      return;
    default: {
      const never: never = host;
      throw new Error(`Unknown host ${String(never)}`);
    }
  }
}

const container = document.getElementById("container");
if (container) void start(container);
