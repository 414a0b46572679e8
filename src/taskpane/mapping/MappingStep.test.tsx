/** @jest-environment jsdom */
import "../testing/jsdomForFluent";
import { Accordion } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { gridOf, gridOfTsv } from "../../ingest/testing/gridOf";
import { FIGURE_1, FIGURE_11, WORKFORCE } from "../../ingest/testing/seed000";
import type { WorkbookGrids } from "../../model/grid";
import { month } from "../../model/period";
import { BuildPanel } from "../components/BuildPanel";
import { fakePaneActions } from "../testing/fakeActions";
import { MappingStep } from "./MappingStep";
import { proposeMapping } from "./proposeMapping";

const PASTED: WorkbookGrids = { sheets: [gridOfTsv("Figure 1", FIGURE_1.join("\n")), gridOfTsv("Figure 11", FIGURE_11.join("\n"))] };
/** Seed 000's workforce table: KPI names in column A, one figure column. */
const WORKFORCE_ONLY: WorkbookGrids = { sheets: [gridOfTsv("Workforce", WORKFORCE.join("\n"))] };

/** Fake actions whose `detect` runs the real proposal on the pasted seed 000 tables. */
function actionsFor(workbook: WorkbookGrids) {
  const actions = fakePaneActions();
  actions.detect = jest.fn((mapping?: unknown, _settings?: unknown, period?: string) =>
    Promise.resolve(proposeMapping(workbook, { mapping, asOf: month(2013, 11 /* Nov */), ...(period ? { period } : {}) })),
  );
  return actions;
}

/** The step as the pane shows it: an item of the pane's accordion, open. */
function inPane(step: JSX.Element) {
  return (
    <Accordion multiple collapsible openItems={["mapping"]}>
      {step}
    </Accordion>
  );
}

async function renderStep(workbook = PASTED, first = "Figure 1 A3:G16") {
  const actions = actionsFor(workbook);
  const onMappingChange = jest.fn();
  const view = render(inPane(<MappingStep actions={actions} workbookKey="excel" onMappingChange={onMappingChange} />));
  await screen.findByRole("heading", { name: first }, { timeout: 10_000 });
  return { actions, onMappingChange, view, user: userEvent.setup({ delay: null }) };
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
    expect(columns.getByText((_, el) => el?.textContent === '90% sure: "Apr - Sep" over "2013/14": the months Apr - Sep of 2013/14.')).toBeTruthy();
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
    render(inPane(<MappingStep actions={actions} workbookKey="excel" onMappingChange={jest.fn()} />));
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

  it("previews the figures of the period the pane will build, not only the latest", async () => {
    const actions = actionsFor(PASTED);
    render(inPane(<MappingStep actions={actions} workbookKey="excel" onMappingChange={jest.fn()} period="Q1 2013-14" />));
    await screen.findByRole("heading", { name: "Figure 1 A3:G16" }, { timeout: 10_000 });
    expect((actions.detect as jest.Mock).mock.calls[0]?.[2]).toBe("Q1 2013-14");
    expect(screen.getByRole("status").textContent).toContain("KPIs for Q1 2013-14");
  });

  // Issue 12 item 9: each of these roles on the KPI names once made the whole step vanish ("No KPI table was found").
  const NAMES_TAKEN_AWAY = (["segment", "group", "priority", "ignore"] as const).flatMap((role) => [
    { role, workbook: WORKFORCE_ONLY, table: "Workforce A1:B4", names: "Column A" },
    { role, workbook: PASTED, table: "Figure 1 A3:G16", names: "Key Performance Indicators" },
  ]);
  it.each(NAMES_TAKEN_AWAY)("keeps $table in view when its KPI names are set to $role, says why, and takes the edit back", async ({ role, workbook, table, names }) => {
    const { user } = await renderStep(workbook, table);
    const select = () => within(screen.getByRole("list", { name: `Columns of ${table}` })).getByLabelText(`Role of ${names}`) as HTMLSelectElement;
    await user.selectOptions(select(), role);
    expect(await screen.findByText(/With your last change this is no longer read as a KPI table/)).toBeTruthy();
    // Still there to put right, as it was read: the table, the role select and the way back.
    expect(select().value).toBe(role);
    await user.click(screen.getByRole("button", { name: "Undo last change" }));
    await waitFor(() => expect(screen.queryByText(/no longer read as a KPI table/)).toBeNull());
    expect(select().value).toBe("name");
  });

  it("starts again from what was found, dropping every edit", async () => {
    const { actions, user } = await renderStep();
    await user.selectOptions(screen.getByLabelText("Polarity of Total Crime"), "lower-is-better");
    await waitFor(() => expect(lastMapping(actions.detect as jest.Mock)).toEqual({ kpis: { "total-crime": { polarity: "lower is better" } } }));
    await user.click(screen.getByRole("button", { name: "Start again from what was found" }));
    await waitFor(() => expect(lastMapping(actions.detect as jest.Mock)).toEqual({}));
    await waitFor(() => expect((screen.getByLabelText("Polarity of Total Crime") as HTMLSelectElement).value).toBe(""));
  });

  describe("edge cases", () => {
    it("shows nothing for a workbook with a KPI register, and gives no mapping to build with", async () => {
      const register: WorkbookGrids = {
        sheets: [gridOf("KPIs", [["ID", "Name", "Unit", "Polarity"], ["K1", "Crime", "count", "lower"]]), gridOf("Measurements", [["KPI ID", "Period", "Value"], ["K1", "Apr-13", 5]])],
      };
      const actions = actionsFor(register);
      const onMappingChange = jest.fn();
      render(inPane(<MappingStep actions={actions} workbookKey="excel" onMappingChange={onMappingChange} />));
      await waitFor(() => expect(actions.detect).toHaveBeenCalled());
      expect(screen.queryByRole("button", { name: "Column mapping" })).toBeNull();
      expect(onMappingChange).toHaveBeenLastCalledWith(undefined);
    });

    it("says so when the tables cannot be read", async () => {
      const actions = fakePaneActions();
      actions.detect = jest.fn().mockRejectedValue(new Error("The workbook is busy."));
      render(inPane(<MappingStep actions={actions} workbookKey="excel" onMappingChange={jest.fn()} />));
      expect(await screen.findByText("The workbook is busy.")).toBeTruthy();
    });
  });
});

describe("BuildPanel with the mapping step", () => {
  /** The pane's build panel on `workbook`, once the mapping step shows the table `first`. */
  async function renderPanel(workbook: WorkbookGrids, first: string) {
    const actions = actionsFor(workbook);
    render(<BuildPanel actions={actions} workbookKey="excel" />);
    await screen.findByRole("heading", { name: first }, { timeout: 10_000 });
    return { actions, user: userEvent.setup({ delay: null }) };
  }

  it("builds with the analyst's mapping, so the build saves it in the workbook", async () => {
    // A workbook of tables with no mapping saved yet: the step opens for the analyst.
    const { actions, user } = await renderPanel(PASTED, "Figure 1 A3:G16");
    await user.selectOptions(screen.getByLabelText("Polarity of Total Crime"), "lower-is-better");
    await waitFor(() => expect((screen.getByLabelText("Polarity of Total Crime") as HTMLSelectElement).value).toBe("lower-is-better"));
    await user.click(screen.getByRole("button", { name: "Build quarterly scorecard" }));
    expect(actions.build.mock.calls[0]?.[0]).toMatchObject({ period: "Q2 2013-14", mapping: { kpis: { "total-crime": { polarity: "lower is better" } } } });
    expect(actions.inspect).toHaveBeenLastCalledWith({}, { kpis: { "total-crime": { polarity: "lower is better" } } });
  });

  it("keeps a table an edit took away in view through Read again, and Start again brings it back", async () => {
    const { actions, user } = await renderPanel(WORKFORCE_ONLY, "Workforce A1:B4");
    await user.selectOptions(screen.getByLabelText("Role of Column A"), "segment");
    await screen.findByText(/no longer read as a KPI table/);
    const calls = (actions.detect as jest.Mock).mock.calls.length;
    await user.click(screen.getByRole("button", { name: "Read again" }));
    await waitFor(() => expect((actions.detect as jest.Mock).mock.calls.length).toBeGreaterThan(calls));
    await waitFor(() => expect(screen.queryByText(/reading again/)).toBeNull());
    expect(screen.getByText(/no longer read as a KPI table/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Start again from what was found" }));
    await waitFor(() => expect(screen.queryByText(/no longer read as a KPI table/)).toBeNull());
    expect((screen.getByLabelText("Role of Column A") as HTMLSelectElement).value).toBe("name");
  });

  it("reads the tables again on Read again, with the analyst's choices kept", async () => {
    const { actions, user } = await renderPanel(PASTED, "Figure 1 A3:G16");
    await user.selectOptions(screen.getByLabelText("Polarity of Total Crime"), "lower-is-better");
    await waitFor(() => expect((screen.getByLabelText("Polarity of Total Crime") as HTMLSelectElement).value).toBe("lower-is-better"));
    const calls = (actions.detect as jest.Mock).mock.calls.length;
    await user.click(screen.getByRole("button", { name: "Read again" }));
    await waitFor(() => expect((actions.detect as jest.Mock).mock.calls.length).toBeGreaterThan(calls));
    expect(lastMapping(actions.detect as jest.Mock)).toEqual({ kpis: { "total-crime": { polarity: "lower is better" } } });
  });
});
