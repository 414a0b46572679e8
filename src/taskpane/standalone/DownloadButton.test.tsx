/** @jest-environment jsdom */
import "../testing/jsdomForFluent";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DownloadButton } from "./DownloadButton";

describe("DownloadButton", () => {
  it("saves the built workbook under its quarter's file name", async () => {
    const blob = new Blob(["PK"]);
    const save = jest.fn();
    render(<DownloadButton download={() => ({ fileName: "scorecard-Q2-2013-14.xlsx", blob })} save={save} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Download the workbook" }));
    expect(save).toHaveBeenCalledWith(blob, "scorecard-Q2-2013-14.xlsx");
  });

  describe("edge cases", () => {
    it("does nothing when there is no built workbook", async () => {
      const save = jest.fn();
      render(<DownloadButton download={() => null} save={save} />);
      await userEvent.setup().click(screen.getByRole("button", { name: "Download the workbook" }));
      expect(save).not.toHaveBeenCalled();
    });
  });
});
