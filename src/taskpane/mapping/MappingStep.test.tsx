/** @jest-environment jsdom */
import "../testing/jsdomForFluent";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { gridOf, gridOfTsv } from "../../ingest/testing/gridOf";
import { FIGURE_1, FIGURE_11 } from "../../ingest/testing/seed000";
import type { WorkbookGrids } from "../../model/grid";
import { month } from "../../model/period";
import { BuildPanel } from "../components/BuildPanel";
import { fakePaneActions } from "../testing/fakeActions";
import { MappingStep } from "./MappingStep";
import { proposeMapping } from "./proposeMapping";

const PASTED: WorkbookGrids = { sheets: [gridOfTsv("Figure 1", FIGURE_1.join("\n")), gridOfTsv("Figure 11", FIGURE_11.join("\n"))] };

/** Fake actions whose `detect` runs the real proposal on the pasted seed 000 tables. */
function actionsFor(workbook: WorkbookGrids) {
  const actions = fakePaneActions();
  actions.detect = jest.fn((mapping?: unknown) => Promise.resolve(proposeMapping(workbook, { mapping, asOf: month(2013, 11 /* Nov */) })));
  return actions;
}

async function renderStep(workbook = PASTED) {
  const actions = actionsFor(workbook);
  const onMappingChange = jest.fn();
  render(<MappingStep actions={actions} workbookKey="excel" onMappingChange={onMappingChange} />);
  await screen.findByRole("heading", { name: "Figure 1 A3:G16" });
  return { actions, onMappingChange, user: userEvent.setup({ delay: null }) };
}

const lastMapping = (detect: jest.Mock) => detect.mock.calls[detect.mock.calls.length - 1]?.[0] as Record<string, unknown>;

describe("MappingStep", () => {
  it("shows each table found, a role per column with its confidence and reason", async () => {
    await renderStep();
    const columns = within(screen.getByRole("list", { name: "Columns of Figure 1 A3:G16" }));
    expect((columns.getByLabelText("Role of Key Performance Indicators") as HTMLSelectElement).value).toBe("name");
    expect((columns.getByLabelText("Role of Apr - Sep 2013/14") as HTMLSelectElement).value).toBe("period");
    expect((columns.getByLabelText("Role of Change Actual") as HTMLSelectElement).value).toBe("change");
    expect(columns.getAllByText("90%").length).toBeGreaterThan(0);
    expect(columns.getByText('"Apr - Sep" over "2013/14": the months Apr - Sep of 2013/14.')).toBeTruthy();
  });

  it("previews the KPIs with previous and current figures, polarity not set where the table has none", async () => {
    await renderStep();
    const table = screen.getByRole("table", { name: "KPIs as they will be built" });
    const row = within(table).getByRole("row", { name: /^Total Crime/ });
    expect(within(row).getByText("21,012")).toBeTruthy();
    expect(within(row).getByText("19,581")).toBeTruthy();
    expect((within(row).getByLabelText("Polarity of Total Crime") as HTMLSelectElement).value).toBe("");
    expect(screen.getByRole("status").textContent).toContain("20 KPIs for Q2 2013-14; 20 without a polarity");
  });

  it("sends a polarity to the mapping and shows the KPI as it now reads", async () => {
    const { actions, onMappingChange, user } = await renderStep();
    await user.selectOptions(screen.getByLabelText("Polarity of Total Crime"), "lower-is-better");
    await waitFor(() => expect((screen.getByLabelText("Polarity of Total Crime") as HTMLSelectElement).value).toBe("lower-is-better"));
    expect(lastMapping(actions.detect as jest.Mock)).toEqual({ kpis: { "total-crime": { polarity: "lower is better" } } });
    expect(onMappingChange).toHaveBeenLastCalledWith({ kpis: { "total-crime": { polarity: "lower is better" } } });
  });

  it("offers a mean the count beside it as its weight, and saves it in the mapping once the analyst confirms it", async () => {
    // A monthly ambulance table (illustrative figures): a mean response time beside its incidents.
    const ambulance: WorkbookGrids = {
      sheets: [
        gridOf("Ambulance", [
          ["Measure", "Jul-13", "Aug-13", "Sep-13"],
          ["Category 1 incidents", 100, 600, 1100],
          ["Category 1 mean response time", "7.0 mins", "7.5 mins", "7.9 mins"],
        ]),
      ],
    };
    const actions = actionsFor(ambulance);
    render(<MappingStep actions={actions} workbookKey="excel" onMappingChange={jest.fn()} />);
    const weight = (await screen.findByRole("checkbox", { name: "Weighted by Category 1 incidents" })) as HTMLInputElement;
    expect(weight.checked).toBe(false);
    await userEvent.setup({ delay: null }).click(weight);
    await waitFor(() => expect((screen.getByRole("checkbox", { name: "Weighted by Category 1 incidents" }) as HTMLInputElement).checked).toBe(true));
    expect(lastMapping(actions.detect as jest.Mock)).toEqual({ kpis: { "category-1-mean-response-time": { weightedBy: "category-1-incidents" } } });
    // The table's months are compared as published: the weight is for what is averaged (the rolling 12 months).
    const row = within(screen.getByRole("table", { name: "KPIs as they will be built" })).getByRole("row", { name: /^Category 1 mean response time/ });
    expect(within(row).getByText("7.9 mins")).toBeTruthy();
  });

  it("sends a corrected column role, and the report quarter Figure 11 needs", async () => {
    const { actions, user } = await renderStep();
    const columns = within(screen.getByRole("list", { name: "Columns of Figure 11 A3:G12" }));
    await user.selectOptions(columns.getByLabelText("Role of Change Actual"), "ignore");
    await waitFor(() => expect(lastMapping(actions.detect as jest.Mock)).toEqual({ tables: { "figure 11": { columns: { "change actual": "Not used" } } } }));
    const quarter = screen.getAllByLabelText("Report quarter")[0] as HTMLInputElement;
    await user.type(quarter, "Q1 2013-14{Enter}");
    await waitFor(() =>
      expect(lastMapping(actions.detect as jest.Mock)).toEqual({ tables: { "figure 11": { columns: { "change actual": "Not used" }, period: "Q1 2013-14" } } }),
    );
  });

  describe("edge cases", () => {
    it("shows nothing for a workbook with a KPI register, and gives no mapping to build with", async () => {
      const register: WorkbookGrids = {
        sheets: [gridOf("KPIs", [["ID", "Name", "Unit", "Polarity"], ["K1", "Crime", "count", "lower"]]), gridOf("Measurements", [["KPI ID", "Period", "Value"], ["K1", "Apr-13", 5]])],
      };
      const actions = actionsFor(register);
      const onMappingChange = jest.fn();
      render(<MappingStep actions={actions} workbookKey="excel" onMappingChange={onMappingChange} />);
      await waitFor(() => expect(actions.detect).toHaveBeenCalled());
      expect(screen.queryByRole("button", { name: "Column mapping" })).toBeNull();
      expect(onMappingChange).toHaveBeenLastCalledWith(undefined);
    });

    it("says so when the tables cannot be read", async () => {
      const actions = fakePaneActions();
      actions.detect = jest.fn().mockRejectedValue(new Error("The workbook is busy."));
      render(<MappingStep actions={actions} workbookKey="excel" onMappingChange={jest.fn()} />);
      expect(await screen.findByText("The workbook is busy.")).toBeTruthy();
    });
  });
});

describe("BuildPanel with the mapping step", () => {
  it("builds with the analyst's mapping, so the build saves it in the workbook", async () => {
    const actions = actionsFor(PASTED);
    const user = userEvent.setup({ delay: null });
    render(<BuildPanel actions={actions} workbookKey="excel" />);
    await screen.findByRole("heading", { name: "Figure 1 A3:G16" });
    await user.selectOptions(screen.getByLabelText("Polarity of Total Crime"), "lower-is-better");
    await waitFor(() => expect((screen.getByLabelText("Polarity of Total Crime") as HTMLSelectElement).value).toBe("lower-is-better"));
    await user.click(screen.getByRole("button", { name: "Build quarterly scorecard" }));
    expect(actions.build.mock.calls[0]?.[0]).toMatchObject({ period: "Q2 2013-14", mapping: { kpis: { "total-crime": { polarity: "lower is better" } } } });
    expect(actions.inspect).toHaveBeenLastCalledWith({}, { kpis: { "total-crime": { polarity: "lower is better" } } });
  });
});
