/** @jest-environment jsdom */
import "../testing/jsdomForFluent";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FAKE_GRIDS } from "../testing/fakeActions";
import { AMBER_FILL, FAKE_PLAN, GREEN_FILL, RED_FILL } from "../testing/fakePlan";
import { ScorecardPreview } from "./ScorecardPreview";

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe("ScorecardPreview", () => {
  it("renders the scorecard's RAG cells with their text and their fill", () => {
    render(<ScorecardPreview plan={FAKE_PLAN} grids={null} target={null} />);
    const table = screen.getByRole("table", { name: "Scorecard Q2 2013-14" });
    for (const [text, fill] of [["Green", GREEN_FILL], ["Amber", AMBER_FILL], ["Red", RED_FILL]] as const) {
      const cell = within(table).getByText(text);
      expect(cell.tagName).toBe("TD");
      expect(cell.style.backgroundColor).toBe(rgb(fill));
    }
  });

  it("formats figures close to Excel: counts, percentages, signed changes", () => {
    render(<ScorecardPreview plan={FAKE_PLAN} grids={null} target={null} />);
    const row = screen.getByText("Detection rate").closest("tr")!;
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual(["Detection rate", "21.1%", "25.2%", "+4.1", "Amber"]);
    expect(screen.getByText("1,431")).toBeTruthy();
  });

  it("shows the other built sheets and the analyst's own through the sheet picker", async () => {
    const user = userEvent.setup({ delay: null });
    render(<ScorecardPreview plan={FAKE_PLAN} grids={FAKE_GRIDS} target={null} />);
    await user.selectOptions(screen.getByLabelText("Sheet to preview"), "Theme RAG Q2 2013-14");
    expect(screen.getByRole("table", { name: "Theme RAG Q2 2013-14" })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText("Sheet to preview"), "Measurements");
    expect(within(screen.getByRole("table", { name: "Measurements" })).getByText("Sep-13")).toBeTruthy();
  });

  describe("edge cases", () => {
    // The pane shows a build's links a render before the preview hears of the build: a link followed in between.
    it("follows a link to a built sheet that arrives before the build does", () => {
      const target = { sheet: "Theme RAG Q2 2013-14", cell: null };
      const { rerender } = render(<ScorecardPreview plan={null} grids={FAKE_GRIDS} target={target} />);
      rerender(<ScorecardPreview plan={FAKE_PLAN} grids={FAKE_GRIDS} target={target} />);
      expect(screen.getByRole("table", { name: "Theme RAG Q2 2013-14" })).toBeTruthy();
    });

    it("keeps the workbook's cell an issue link showed when the build arrives after it", () => {
      const target = { sheet: "Measurements", cell: "C7" };
      const { rerender } = render(<ScorecardPreview plan={null} grids={FAKE_GRIDS} target={target} />);
      expect(screen.getByRole("table", { name: "Measurements" })).toBeTruthy();
      rerender(<ScorecardPreview plan={FAKE_PLAN} grids={FAKE_GRIDS} target={target} />);
      expect(screen.getByRole("table", { name: "Measurements" })).toBeTruthy();
    });

    it("shows a new build's scorecard, not the last build's link", () => {
      const target = { sheet: "Measurements", cell: "C7" };
      const { rerender } = render(<ScorecardPreview plan={FAKE_PLAN} grids={FAKE_GRIDS} target={target} />);
      rerender(<ScorecardPreview plan={null} grids={FAKE_GRIDS} target={target} />);
      rerender(<ScorecardPreview plan={{ ...FAKE_PLAN }} grids={FAKE_GRIDS} target={target} />);
      expect(screen.getByRole("table", { name: "Scorecard Q2 2013-14" })).toBeTruthy();
    });

    it("asks for a workbook while there is nothing to show", () => {
      render(<ScorecardPreview plan={null} grids={null} target={null} />);
      expect(screen.getByText("Choose a workbook to see it here.")).toBeTruthy();
    });
  });
});
