/** @jest-environment jsdom */
import "../testing/jsdomForFluent";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeStandaloneActions } from "../testing/fakeActions";
import { GREEN_FILL } from "../testing/fakePlan";
import { StandaloneApp } from "./StandaloneApp";

function setup() {
  const actions = fakeStandaloneActions();
  const user = userEvent.setup({ delay: null });
  render(<StandaloneApp actions={actions} />);
  return { actions, user };
}

/** jsdom reports colours as rgb(); the plan writes #RRGGBB. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const previewCaption = () => screen.queryByRole("region", { name: /^Preview of / })?.querySelector("caption")?.textContent;

/** The preview follows the pane a render or two later (it hears of builds and workbooks through effects). */
const expectPreviewOf = (sheet: string) => waitFor(() => expect(previewCaption()).toBe(sheet));

describe("StandaloneApp", () => {
  it("waits for a workbook before offering to build", () => {
    setup();
    expect(screen.queryByRole("button", { name: "Build quarterly scorecard" })).toBeNull();
    expect(screen.getByText("Choose a workbook to see it here.")).toBeTruthy();
  });

  it("loads the sample, shows what was found and previews the workbook's own sheets", async () => {
    const { actions, user } = setup();
    await user.click(screen.getByRole("button", { name: "Use the sample workbook" }));
    expect(actions.loadSample).toHaveBeenCalled();
    expect(await screen.findByText("Apr-11 to Sep-13 (90 values)")).toBeTruthy();
    expect(screen.getByText("Open: sample-kpi-workbook.xlsx")).toBeTruthy();
    await expectPreviewOf("KPI register");
  });

  it("builds, previews the scorecard with RAG text and fills, and offers the download", async () => {
    const { actions, user } = setup();
    await user.click(screen.getByRole("button", { name: "Use the sample workbook" }));
    await screen.findByText("Apr-11 to Sep-13 (90 values)");
    await user.click(screen.getByRole("button", { name: "Build quarterly scorecard" }));
    await screen.findByRole("heading", { name: "Built the Q2 2013-14 scorecard" });

    await expectPreviewOf("Scorecard Q2 2013-14");
    const preview = screen.getByRole("region", { name: "Preview of Scorecard Q2 2013-14" });
    const green = within(preview).getByText("Green");
    expect(green.style.backgroundColor).toBe(rgb(GREEN_FILL));
    expect(within(preview).getByText("25.2%")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Download the workbook" })).toBeTruthy();
    expect(actions.download).not.toHaveBeenCalled();
  });

  it("switches the preview to a sheet when its result link is followed", async () => {
    const { actions, user } = setup();
    await user.click(screen.getByRole("button", { name: "Use the sample workbook" }));
    await screen.findByText("Apr-11 to Sep-13 (90 values)");
    await user.click(screen.getByRole("button", { name: "Build quarterly scorecard" }));
    // As below: the preview turns to the new scorecard first; a click before that is overtaken by it.
    await expectPreviewOf("Scorecard Q2 2013-14");
    await user.click(await screen.findByRole("button", { name: "Theme RAG Q2 2013-14" }));
    expect(actions.activateSheet).toHaveBeenCalledWith("Theme RAG Q2 2013-14");
    await expectPreviewOf("Theme RAG Q2 2013-14");
    expect((screen.getByLabelText("Sheet to preview") as HTMLSelectElement).value).toBe("plan:Theme RAG Q2 2013-14");
  });

  it("shows and focuses the cell an issue points at", async () => {
    const { actions, user } = setup();
    await user.click(screen.getByRole("button", { name: "Use the sample workbook" }));
    await screen.findByText("Apr-11 to Sep-13 (90 values)");
    await user.click(screen.getByRole("button", { name: "Build quarterly scorecard" }));
    // The preview turns to the new scorecard an effect or two after the issue list shows: wait for it, or a click
    // on the issue in between is overtaken by it (a race a person's click never meets, a loaded machine's test does).
    await expectPreviewOf("Scorecard Q2 2013-14");
    await user.click(await screen.findByRole("button", { name: "Measurements!C7" }));
    expect(actions.selectCell).toHaveBeenCalledWith("Measurements", "C7");
    await expectPreviewOf("Measurements");
    await waitFor(() => expect(document.activeElement?.getAttribute("data-address")).toBe("C7"));
    expect(document.activeElement?.getAttribute("data-address")).toBe("C7");
    expect(document.activeElement?.textContent).toBe("1,4e");
  });

  it("loads a chosen or dropped .xlsx file", async () => {
    const { actions, user } = setup();
    const file = new File(["PK"], "kpis-2013.xlsx");
    await user.upload(screen.getByLabelText("Workbook file (.xlsx)"), file);
    expect(actions.loadFile).toHaveBeenCalledWith(file);
    expect(await screen.findByText("Open: kpis-2013.xlsx")).toBeTruthy();

    const dropped = new File(["PK"], "dropped.xlsx");
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [dropped] } });
    expect(actions.loadFile).toHaveBeenLastCalledWith(dropped);
    expect(await screen.findByText("Open: dropped.xlsx")).toBeTruthy();
    // The pane reads a new workbook in an effect after it shows its name: wait for it, not for the next render.
    await waitFor(() => expect(actions.inspect).toHaveBeenCalledTimes(2));
  });

  describe("edge cases", () => {
    it("withdraws the preview and download of an earlier build when a rebuild fails", async () => {
      const { actions, user } = setup();
      await user.click(screen.getByRole("button", { name: "Use the sample workbook" }));
      await screen.findByText("Apr-11 to Sep-13 (90 values)");
      await user.click(screen.getByRole("button", { name: "Build quarterly scorecard" }));
      await screen.findByRole("button", { name: "Download the workbook" });
      actions.build.mockRejectedValue(new Error("The package could not be written."));
      await user.click(screen.getByRole("button", { name: "Build quarterly scorecard" }));
      await screen.findByText("The package could not be written.");
      expect(screen.queryByRole("button", { name: "Download the workbook" })).toBeNull();
      await expectPreviewOf("KPI register");
    });

    it("shows why a file could not be opened", async () => {
      const { actions } = setup();
      actions.loadFile.mockRejectedValue(new Error('"kpis.csv" is not an .xlsx workbook.'));
      // Dropped: the file picker would not offer a .csv at all.
      fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [new File(["a"], "kpis.csv")] } });
      expect(await screen.findByText('"kpis.csv" is not an .xlsx workbook.')).toBeTruthy();
      expect(screen.queryByRole("button", { name: "Build quarterly scorecard" })).toBeNull();
    });
  });
});
