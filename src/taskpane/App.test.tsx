/** @jest-environment jsdom */
import "./testing/jsdomForFluent";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { messageText } from "../messages";
import type { BuildStep } from "../pipeline";
import type { BuildResponse } from "./actions";
import { App } from "./App";
import { deferred, fakePaneActions } from "./testing/fakeActions";
import { FAKE_ISSUES, FAKE_SUMMARY, FAKE_WORKBOOK } from "./testing/fakePlan";

async function renderPane() {
  const actions = fakePaneActions();
  const user = userEvent.setup({ delay: null });
  render(<App actions={actions} theme="light" />);
  // Generous: a 2-core CI machine renders Fluent slowly when it is busy.
  await screen.findByText("Apr-11 to Sep-13 (90 values)", {}, { timeout: 10_000 });
  return { actions, user };
}

const buildButton = () => screen.getByRole("button", { name: "Build quarterly scorecard" });

describe("App", () => {
  it("reads the workbook on opening and shows what it holds, with the latest period chosen", async () => {
    const { actions } = await renderPane();
    expect(actions.inspect).toHaveBeenCalledWith(undefined);
    expect(screen.getByText("3 in 2 priorities")).toBeTruthy();
    expect(screen.getByText("Q2 2013-14", { selector: "dd" })).toBeTruthy();
    expect((screen.getByLabelText("Period") as HTMLSelectElement).value).toBe("Q2 2013-14");
  });

  it("builds the chosen period with the settings the analyst changed", async () => {
    const { actions, user } = await renderPane();
    await user.selectOptions(screen.getByLabelText("Period"), "Q1 2013-14");
    await user.click(screen.getByRole("button", { name: "Settings" }));
    await user.click(screen.getByRole("radio", { name: "Green / Yellow / Red" }));
    const tolerance = screen.getByLabelText("Default tolerance (%)");
    await user.clear(tolerance);
    await user.type(tolerance, "10");
    await user.click(buildButton());

    expect(actions.build).toHaveBeenCalledTimes(1);
    expect(actions.build.mock.calls[0]![0]).toEqual({
      period: "Q1 2013-14",
      settings: { ragLabels: { green: "Green", amber: "Yellow", red: "Red" }, defaultTolerancePercent: 10 },
    });
    // New labels change what counts as a RAG, so the workbook is read again with them.
    expect(actions.inspect).toHaveBeenLastCalledWith({ ragLabels: { green: "Green", amber: "Yellow", red: "Red" } });
  });

  it("shows each build step on the progress bar and announces it", async () => {
    const { actions, user } = await renderPane();
    const held = deferred<BuildResponse>();
    let report: (step: BuildStep) => void | Promise<void> = () => undefined;
    actions.build.mockImplementation((_request, onStep: (step: BuildStep) => void | Promise<void>) => {
      report = onStep;
      return held.promise;
    });
    await user.click(buildButton());

    const texts: string[] = [];
    for (const step of ["reading", "calculating", "writing", "done"] as const) {
      // Each step is awaited by the build: it comes back once the step has been painted.
      await act(async () => {
        await report(step);
      });
      texts.push(screen.getByRole("status", { name: "" }).textContent ?? "");
      expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe(texts[texts.length - 1]);
    }
    expect(texts).toEqual([
      "Step 1 of 4: reading the workbook",
      "Step 2 of 4: calculating the scorecard",
      "Step 3 of 4: writing the scorecard sheets",
      "Step 4 of 4: done",
    ]);

    await act(async () => held.resolve({ status: "built", summary: FAKE_SUMMARY }));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("status", { name: "" }).textContent).toMatch(/^Built the Q2 2013-14 scorecard: 3 KPIs, 1 Green, 1 Amber, 1 Red/);
  });

  it("moves focus to the result and links each new sheet to activateSheet", async () => {
    const { actions, user } = await renderPane();
    await user.click(buildButton());
    const heading = await screen.findByRole("heading", { name: "Built the Q2 2013-14 scorecard" });
    expect(document.activeElement).toBe(heading);
    expect(within(screen.getByRole("list", { name: "RAG counts" })).getByText("Green: 1")).toBeTruthy();

    for (const name of ["Scorecard Q2 2013-14", "Theme RAG Q2 2013-14", "Data issues Q2 2013-14"]) {
      await user.click(screen.getByRole("button", { name }));
    }
    expect(actions.activateSheet.mock.calls).toEqual([["Scorecard Q2 2013-14"], ["Theme RAG Q2 2013-14"], ["Data issues Q2 2013-14"]]);
  });

  it("offers each KPI's drafted commentary after a build, and writes one into the scorecard with one click", async () => {
    const { actions, user } = await renderPane();
    await user.click(buildButton());
    await user.click(await screen.findByRole("button", { name: "Suggested commentary" }));
    const item = screen.getByText("Response time").closest("li") as HTMLElement;
    await user.click(within(item).getByRole("button", { name: "Use this text" }));
    expect(actions.applyCommentary).toHaveBeenCalledWith({ periodLabel: "Q2 2013-14", kpiId: "K3", text: FAKE_SUMMARY.drafts[2]!.text });
    expect(await within(item).findByText("Written to Scorecard Q2 2013-14, cell L3.")).toBeTruthy();
  });

  it("lists issues errors first, grouped by severity with notes folded away, each selecting its cell", async () => {
    const { actions, user } = await renderPane();
    await user.click(buildButton());
    await screen.findByRole("heading", { name: "Issues (1 error, 1 warning, 1 note)" });
    const section = () => screen.getByRole("heading", { name: /^Issues/ }).closest("section")!;
    expect(within(section()).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      `ErrorMeasurements!C7${messageText("VALUE_UNREADABLE", "1,4e", "a number")}`,
      `Warning'KPI register'!F4${messageText("TARGET_UNPARSED", "about 5")}`,
    ]);
    await user.click(screen.getByRole("button", { name: "1 note" }));
    const items = within(section()).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      `ErrorMeasurements!C7${messageText("VALUE_UNREADABLE", "1,4e", "a number")}`,
      `Warning'KPI register'!F4${messageText("TARGET_UNPARSED", "about 5")}`,
      `NoteMeasurements!C9${messageText("VALUE_NO_DATA", "n/a")}`,
    ]);
    await user.click(screen.getByRole("button", { name: "Measurements!C7" }));
    await user.click(screen.getByRole("button", { name: "'KPI register'!F4" }));
    expect(actions.selectCell.mock.calls).toEqual([
      ["Measurements", "C7"],
      ["KPI register", "F4"],
    ]);
  });

  it("shows a blocked build's issues the same way", async () => {
    const { actions, user } = await renderPane();
    actions.build.mockResolvedValue({ status: "blocked", issues: [FAKE_ISSUES[1]!] } satisfies BuildResponse);
    await user.click(buildButton());
    const heading = await screen.findByRole("heading", { name: "Nothing was built" });
    expect(document.activeElement).toBe(heading);
    await user.click(screen.getByRole("button", { name: "Measurements!C7" }));
    expect(actions.selectCell).toHaveBeenCalledWith("Measurements", "C7");
  });

  it("shows the host's plain message when the build is rejected", async () => {
    const { actions, user } = await renderPane();
    actions.build.mockRejectedValue(new Error("The workbook is protected: unprotect it and build again."));
    await user.click(buildButton());
    const message = await screen.findByText("The workbook is protected: unprotect it and build again.");
    expect(screen.getByText("The build failed")).toBeTruthy();
    expect(message.closest("[tabindex='-1']")).toBe(document.activeElement);
  });

  it("builds with the keyboard alone: Tab to the button, Enter", async () => {
    const { actions, user } = await renderPane();
    for (let i = 0; i < 10 && document.activeElement !== buildButton(); i++) await user.tab();
    expect(document.activeElement).toBe(buildButton());
    await user.keyboard("{Enter}");
    expect(actions.build).toHaveBeenCalledWith({ period: "Q2 2013-14", settings: {} }, expect.any(Function));
    expect(await screen.findByRole("heading", { name: "Built the Q2 2013-14 scorecard" })).toBe(document.activeElement);

    // From the result, Tab reaches the first new sheet's link; Space follows it.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Scorecard Q2 2013-14" }));
    await user.keyboard(" ");
    expect(actions.activateSheet).toHaveBeenCalledWith("Scorecard Q2 2013-14");
  });

  it("opens the settings with the keyboard and says where they are kept", async () => {
    const { user } = await renderPane();
    const toggle = screen.getByRole("button", { name: "Settings" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    toggle.focus();
    await user.keyboard("{Enter}");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("Saved in the workbook when you build.")).toBeTruthy();
    expect((screen.getByLabelText("Fiscal year starts in") as HTMLSelectElement).value).toBe("4");
  });

  describe("edge cases", () => {
    it("explains why it cannot build when no period with data has ended", async () => {
      const actions = fakePaneActions();
      actions.inspect.mockResolvedValue({ ...FAKE_WORKBOOK, periods: [], defaultPeriod: null });
      const user = userEvent.setup({ delay: null });
      render(<App actions={actions} theme="light" />);
      const hint = await screen.findByText("There is no period with data to build yet: the issues below say why.");
      expect(buildButton().getAttribute("aria-describedby")).toBe(hint.id);
      await user.click(buildButton());
      expect(actions.build).not.toHaveBeenCalled();
    });

    it("names in the overview the period the picker starts on, when a newer one is passed over", async () => {
      const actions = fakePaneActions();
      actions.inspect.mockResolvedValue({ ...FAKE_WORKBOOK, defaultPeriod: "Q1 2013-14" });
      render(<App actions={actions} theme="light" />);
      const overview = await screen.findByText("Q1 2013-14", { selector: "dd" }, { timeout: 10_000 });
      expect(overview.previousElementSibling?.textContent).toBe("Latest period");
      expect((screen.getByLabelText("Period") as HTMLSelectElement).value).toBe("Q1 2013-14");
    });

    it("shows why the workbook could not be read, and reads it again on request", async () => {
      const actions = fakePaneActions();
      actions.inspect.mockRejectedValueOnce(new Error("Excel is busy: close the cell editor."));
      render(<App actions={actions} theme="dark" />);
      expect(await screen.findByText("Excel is busy: close the cell editor.")).toBeTruthy();
      await userEvent.setup({ delay: null }).click(screen.getByRole("button", { name: "Try again" }));
      expect(await screen.findByText("Apr-11 to Sep-13 (90 values)")).toBeTruthy();
      expect(screen.queryByText("Excel is busy: close the cell editor.")).toBeNull();
    });

    it("shows a failed jump to a cell instead of swallowing it", async () => {
      const { actions, user } = await renderPane();
      actions.selectCell.mockRejectedValue(new Error("The sheet was deleted."));
      await user.click(buildButton());
      await user.click(await screen.findByRole("button", { name: "Measurements!C7" }));
      expect(await screen.findByText("Could not go to Measurements!C7: The sheet was deleted.")).toBeTruthy();
    });
  });
});
