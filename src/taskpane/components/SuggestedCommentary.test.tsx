/** @jest-environment jsdom */
import "../testing/jsdomForFluent";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AppliedCommentary } from "../actions";
import { deferred } from "../testing/fakeActions";
import { FAKE_SUMMARY } from "../testing/fakePlan";
import { SuggestedCommentary } from "./SuggestedCommentary";

function renderSuggestions(onUse = jest.fn((kpiId: string) => Promise.resolve<AppliedCommentary>({ sheet: "Scorecard Q2 2013-14", cell: `L${kpiId.slice(1)}` }))) {
  const user = userEvent.setup({ delay: null });
  render(<SuggestedCommentary summary={FAKE_SUMMARY} onUse={onUse} />);
  return { user, onUse };
}

const item = (name: string) => screen.getByText(name).closest("li") as HTMLElement;

describe("SuggestedCommentary", () => {
  it("starts collapsed and opens to every KPI's draft under its priority, with the summaries", async () => {
    const { user } = renderSuggestions();
    const toggle = screen.getByRole("button", { name: "Suggested commentary" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText(FAKE_SUMMARY.drafts[0]!.text)).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    for (const draft of FAKE_SUMMARY.drafts) expect(within(item(draft.name)).getByText(draft.text)).toBeTruthy();
    expect(screen.getByText(FAKE_SUMMARY.summaries.scorecard)).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Drafts for Reduce crime" })).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByText(FAKE_SUMMARY.summaries.sections[1]!.text)).toBeTruthy();
  });

  it("writes a draft into its KPI's Commentary with one click, and says where", async () => {
    const { user, onUse } = renderSuggestions();
    await user.click(screen.getByRole("button", { name: "Suggested commentary" }));
    await user.click(within(item("All crime")).getByRole("button", { name: "Use this text" }));
    expect(onUse).toHaveBeenCalledWith("K1", FAKE_SUMMARY.drafts[0]!.text);
    expect(await within(item("All crime")).findByText("Written to Scorecard Q2 2013-14, cell L1.")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("All crime: Written to Scorecard Q2 2013-14, cell L1.");
  });

  it("names the KPI a button is for, for screen readers", async () => {
    const { user } = renderSuggestions();
    await user.click(screen.getByRole("button", { name: "Suggested commentary" }));
    const button = within(item("Response time")).getByRole("button", { name: "Use this text" });
    const described = (button.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent).join(" ");
    expect(described).toContain("Response time");
  });

  it("warns before replacing commentary the KPI already has", async () => {
    const { user } = renderSuggestions();
    await user.click(screen.getByRole("button", { name: "Suggested commentary" }));
    expect(within(item("Detection rate")).getByText("Its Commentary already has text; using this replaces it.")).toBeTruthy();
    expect(within(item("All crime")).queryByText(/already has text/)).toBeNull();
  });

  it("disables the button while writing and shows a failure in words", async () => {
    const held = deferred<AppliedCommentary>();
    const { user } = renderSuggestions(jest.fn((_kpiId: string) => held.promise));
    await user.click(screen.getByRole("button", { name: "Suggested commentary" }));
    const button = within(item("All crime")).getByRole("button", { name: "Use this text" });
    await user.click(button);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await act(async () => held.reject(new Error("Sheet \"Scorecard Q2 2013-14\" no longer has KPI K1.")));
    expect(within(item("All crime")).getByText('Not written: Sheet "Scorecard Q2 2013-14" no longer has KPI K1.')).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it("forgets what was used when a new build brings new drafts", async () => {
    const user = userEvent.setup({ delay: null });
    const onUse = jest.fn(() => Promise.resolve<AppliedCommentary>({ sheet: "Scorecard Q2 2013-14", cell: "L1" }));
    const { rerender } = render(<SuggestedCommentary summary={FAKE_SUMMARY} onUse={onUse} />);
    await user.click(screen.getByRole("button", { name: "Suggested commentary" }));
    await user.click(within(item("All crime")).getByRole("button", { name: "Use this text" }));
    await within(item("All crime")).findByText(/^Written to/);
    rerender(<SuggestedCommentary summary={{ ...FAKE_SUMMARY, drafts: [...FAKE_SUMMARY.drafts] }} onUse={onUse} />);
    expect(within(item("All crime")).queryByText(/^Written to/)).toBeNull();
  });

  it("shows nothing for a build without drafts", () => {
    const { container } = render(<SuggestedCommentary summary={{ ...FAKE_SUMMARY, drafts: [] }} onUse={jest.fn()} />);
    expect(container.textContent).toBe("");
  });
});
