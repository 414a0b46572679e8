/**
 * The pane's actions outside Excel: the workbook is an .xlsx held in memory (the sample or an upload), read and
 * built by the file host, and the built package kept for download. There is no Excel to show a sheet in, so
 * `activateSheet`/`selectCell` tell the preview instead. Loaded only in the standalone chunk (it pulls in the file host).
 */
import { createFileHost } from "../files/fileHost";
import type { FileHost } from "../files/fileHost";
import { inspectWorkbook } from "../inspectWorkbook";
import type { WorkbookGrids } from "../model/grid";
import type { Month } from "../model/period";
import { month } from "../model/period";
import { locateCommentary } from "../layout/locateCommentary";
import { runBuild } from "../pipeline";
import type { BuildOutcome, BuildRequest, BuildStep } from "../pipeline";
import type { BuildSummary, PreviewTarget, StandaloneActions } from "./actions";
import { proposeMapping } from "./mapping/proposeMapping";
import { summariseBuild } from "./summariseBuild";

export const SAMPLE_FILE_NAME = "sample-kpi-workbook.xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface StandaloneActionsOptions {
  /** Today, for the latest complete quarter; the browser's clock by default. */
  readonly now?: () => Date;
}

interface Loaded {
  readonly fileName: string;
  readonly host: FileHost;
  grids: WorkbookGrids | null;
  built: { readonly sheetLabel: string; readonly periodLabel: string; readonly bytes: Uint8Array; readonly request: BuildRequest } | null;
  /** Drafts the analyst used ("Use this text"), by the scorecard's period label and KPI id: every later build of that
   * period keeps them, as Excel keeps commentary typed into a scorecard. */
  readonly chosen: Map<string, Map<string, string>>;
}

/**
 * @param fetchSample the bundled sample's bytes; by default fetched from `samples/` beside the page.
 * @example const actions = createStandaloneActions(); await actions.loadSample(); await actions.build({ period, settings: {} }, onStep);
 */
export function createStandaloneActions(
  fetchSample: () => Promise<ArrayBuffer> = fetchBundledSample,
  options: StandaloneActionsOptions = {},
): StandaloneActions {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(target: PreviewTarget) => void>();
  const rebuiltListeners = new Set<(summary: BuildSummary) => void>();
  let loaded: Loaded | null = null;

  const asOf = (): Month => {
    const today = now();
    return month(today.getFullYear(), today.getMonth() + 1);
  };

  const load = (fileName: string, bytes: Uint8Array): string => {
    loaded = { fileName, host: createFileHost(bytes), grids: null, built: null, chosen: new Map() };
    return fileName;
  };

  const current = (): Loaded => {
    if (!loaded) throw new Error("Choose a workbook first: the sample, or an .xlsx file of your own.");
    return loaded;
  };

  // The input never changes once loaded, so it is read once and the grids kept for inspecting and the preview.
  const readGrids = async (workbook: Loaded): Promise<WorkbookGrids> => {
    if (!workbook.grids) workbook.grids = await workbook.host.read();
    return workbook.grids;
  };

  const navigate = (target: PreviewTarget): Promise<void> => {
    for (const listener of listeners) listener(target);
    return Promise.resolve();
  };

  /** Builds into a new package from the loaded input, with the drafts used for each period; keeps it for download. */
  const buildWith = async (workbook: Loaded, request: BuildRequest, onStep?: (step: BuildStep) => void): Promise<BuildOutcome> => {
    workbook.built = null;
    const outcome = await runBuild(workbook.host, workbook.chosen.size > 0 ? { ...request, commentary: workbook.chosen } : request, onStep);
    if (outcome.status === "built") {
      workbook.built = { sheetLabel: outcome.job.plan.sheetLabel, periodLabel: outcome.job.plan.periodLabel, bytes: workbook.host.output(), request };
    }
    return outcome;
  };

  return {
    async loadSample() {
      let data: ArrayBuffer;
      try {
        data = await fetchSample();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`The sample workbook could not be loaded (${reason}).`);
      }
      return load(SAMPLE_FILE_NAME, new Uint8Array(data));
    },

    async loadFile(file) {
      if (!/\.xlsx$/i.test(file.name)) {
        throw new Error(`"${file.name}" is not an .xlsx workbook. Save it from Excel as an Excel Workbook (.xlsx) and try again.`);
      }
      const bytes = new Uint8Array(await readFileBytes(file));
      return load(file.name, bytes);
    },

    async inspect(settings, mapping) {
      const workbook = current();
      const grids = await readGrids(workbook);
      return inspectWorkbook(grids, { asOf: asOf(), settings, mapping });
    },

    async detect(mapping, settings, period) {
      const workbook = current();
      return proposeMapping(await readGrids(workbook), { mapping, settings, asOf: asOf(), ...(period !== undefined ? { period } : {}) });
    },

    async build(request, onStep) {
      const workbook = current();
      const buildRequest: BuildRequest = {
        period: request.period,
        settings: request.settings,
        asOf: asOf(),
        ...(request.mapping !== undefined ? { mapping: request.mapping } : {}),
      };
      return summariseBuild(await buildWith(workbook, buildRequest, onStep));
    },

    async applyCommentary({ periodLabel, kpiId, text }) {
      const workbook = current();
      const built = workbook.built;
      if (!built || built.periodLabel !== periodLabel) throw new Error(`Build the ${periodLabel} scorecard first, then use the text.`);
      const chosen = workbook.chosen.get(periodLabel) ?? new Map<string, string>();
      chosen.set(kpiId, text);
      workbook.chosen.set(periodLabel, chosen);
      // The package is written afresh from the input, the same build with the text chosen: what Excel's rebuild keeps.
      const outcome = await buildWith(workbook, built.request);
      if (outcome.status !== "built") throw new Error(`The ${periodLabel} scorecard could not be built again with the text.`);
      const summary = summariseBuild(outcome);
      if (summary.status === "built") for (const listener of rebuiltListeners) listener(summary.summary);
      const found = locateCommentary(outcome.job.plan, kpiId);
      if (!found) throw new Error(`KPI ${kpiId} is not on the ${periodLabel} scorecard.`);
      const where = { sheet: found.sheet, cell: found.cell };
      await navigate(where);
      return where;
    },

    activateSheet: (sheet) => navigate({ sheet, cell: null }),
    selectCell: (sheet, cell) => navigate({ sheet, cell }),

    download() {
      const built = loaded?.built;
      if (!built) return null;
      // A copy, so the Blob owns plain bytes whatever buffer the host's output shares.
      const blob = new Blob([built.bytes.slice()], { type: XLSX_TYPE });
      return { fileName: `scorecard-${built.sheetLabel.replace(/[^A-Za-z0-9]+/g, "-")}.xlsx`, blob };
    },

    onNavigate(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    sourceGrids: () => loaded?.grids ?? null,

    onRebuilt(listener) {
      rebuiltListeners.add(listener);
      return () => {
        rebuiltListeners.delete(listener);
      };
    },
  };
}

async function fetchBundledSample(): Promise<ArrayBuffer> {
  const response = await fetch(`samples/${SAMPLE_FILE_NAME}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.arrayBuffer();
}

function readFileBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  // Older engines (and jsdom) have no Blob.arrayBuffer.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new Error(`"${file.name}" could not be read.`));
    reader.readAsArrayBuffer(file);
  });
}
