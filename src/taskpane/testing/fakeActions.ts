/** Fake actions for the task pane's component tests: every method a jest mock, answers from the fake plan. */
import type { BuildResponse, PaneActions, PreviewTarget, StandaloneActions } from "../actions";
import type { WorkbookGrids } from "../../model/grid";
import { FAKE_SUMMARY, FAKE_WORKBOOK } from "./fakePlan";

/** The analyst's own sheets: Measurements!C7 holds the unreadable value of FAKE_ISSUES. */
export const FAKE_GRIDS: WorkbookGrids = {
  sheets: [
    { sheet: "KPI register", rows: [["ID", "Name"], ["K1", "All crime"]] },
    {
      sheet: "Measurements",
      rows: [["KPI", "Period", "Value"], ...["Apr", "May", "Jun", "Jul", "Aug"].map((m, i) => ["K1", `${m}-13`, 100 + i]), ["K1", "Sep-13", "1,4e"]],
    },
  ],
};

export type FakePaneActions = { [K in keyof PaneActions]: jest.Mock };

export function fakePaneActions(): FakePaneActions {
  return {
    inspect: jest.fn().mockResolvedValue(FAKE_WORKBOOK),
    build: jest.fn().mockResolvedValue({ status: "built", summary: FAKE_SUMMARY } satisfies BuildResponse),
    applyCommentary: jest.fn((request: { kpiId: string }) => Promise.resolve({ sheet: "Scorecard Q2 2013-14", cell: `L${request.kpiId.slice(1)}` })),
    activateSheet: jest.fn().mockResolvedValue(undefined),
    selectCell: jest.fn().mockResolvedValue(undefined),
  };
}

export type FakeStandaloneActions = { [K in keyof StandaloneActions]: jest.Mock };

/** Standalone fakes whose navigation reaches the preview as the real ones do. */
export function fakeStandaloneActions(): FakeStandaloneActions {
  const listeners = new Set<(target: PreviewTarget) => void>();
  const navigate = (target: PreviewTarget) => {
    listeners.forEach((l) => l(target));
    return Promise.resolve();
  };
  return {
    ...fakePaneActions(),
    activateSheet: jest.fn((sheet: string) => navigate({ sheet, cell: null })),
    selectCell: jest.fn((sheet: string, cell: string) => navigate({ sheet, cell })),
    loadSample: jest.fn().mockResolvedValue("sample-kpi-workbook.xlsx"),
    loadFile: jest.fn((file: File) => Promise.resolve(file.name)),
    download: jest.fn(() => ({ fileName: "scorecard-Q2-2013-14.xlsx", blob: new Blob(["xlsx"]) })),
    onNavigate: jest.fn((listener: (target: PreviewTarget) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    sourceGrids: jest.fn(() => FAKE_GRIDS),
    onRebuilt: jest.fn(() => () => undefined),
  };
}

/** A promise with its settle functions outside, to hold a build at a step. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
