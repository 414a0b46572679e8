/**
 * Which Excel API requirement sets the add-in's features need, checked against the Excel it runs in. Versions come
 * from the `[Api set: ...]` remarks of `@types/office-js` for each member the host calls.
 */
import { messageText } from "../messages";

export interface Requirement {
  readonly feature: string;
  /** `ExcelApi` version, e.g. `1.9`. */
  readonly version: string;
  /** Optional features degrade gracefully (the build still runs without them). */
  readonly optional: boolean;
}

/** Every feature that needs more than ExcelApi 1.1, with the highest set among the calls it makes. */
export const REQUIREMENTS: readonly Requirement[] = [
  { feature: "read sheets and used ranges without failing on empty ones", version: "1.4", optional: false },
  { feature: "add conditional formats (RAG colours that follow retyped text)", version: "1.6", optional: false },
  { feature: "build charts series by series, tab colours, frozen panes and hyperlinks", version: "1.7", optional: false },
  { feature: "put the rolling 12 months on a secondary axis, format chart axes, hide gridlines", version: "1.8", optional: false },
  { feature: "style many cells at once (multi-area ranges), set indents, page layout, print titles, headers and footers", version: "1.9", optional: false },
  { feature: "read hidden rows", version: "1.9", optional: false },
  { feature: "rewrite a scorecard sheet in place, so references to it keep working (Range.copyFrom)", version: "1.9", optional: false },
  { feature: "read merged cells (merged two-level headers)", version: "1.13", optional: true },
];

/** `1.13` > `1.9`: requirement set versions compare number by number. */
function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}

/**
 * The ExcelApi version every build needs: the highest of the required features. The manifest declares it, so Office
 * shows the add-in only in an Excel that can build (tests/manifest keeps the two equal).
 * @example minimumExcelApi() === "1.9"
 */
export function minimumExcelApi(requirements: readonly Requirement[] = REQUIREMENTS): string {
  return requirements.filter((r) => !r.optional).reduce((max, r) => (compareVersions(r.version, max) > 0 ? r.version : max), "1.1");
}

export type SetSupported = (name: "ExcelApi", version: string) => boolean;

/** Asks Office; `false` everywhere when office.js is absent (a plain browser or a test). */
export const officeSetSupported: SetSupported = (name, version) => {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
};

export interface RequirementCheck {
  /** Whether the build can run. */
  readonly ok: boolean;
  /** Required features this Excel lacks. */
  readonly missing: readonly Requirement[];
  /** Optional features this Excel lacks. */
  readonly limited: readonly Requirement[];
  /** A plain message for the task pane, `null` when everything is there. */
  readonly message: string | null;
}

function describe(requirements: readonly Requirement[]): string {
  return requirements.map((r) => `${r.feature}: ExcelApi ${r.version}`).join("; ");
}

/**
 * What this Excel can and cannot do for Scorecard Builder.
 * @example checkRequirements((_, v) => v !== "1.13").limited[0]?.version === "1.13"
 */
export function checkRequirements(isSetSupported: SetSupported = officeSetSupported): RequirementCheck {
  if (isSetSupported === officeSetSupported && typeof Office === "undefined") {
    return { ok: false, missing: REQUIREMENTS.filter((r) => !r.optional), limited: [], message: messageText("EXCEL_NOT_AVAILABLE") };
  }
  const missing = REQUIREMENTS.filter((r) => !r.optional && !isSetSupported("ExcelApi", r.version));
  const limited = REQUIREMENTS.filter((r) => r.optional && !isSetSupported("ExcelApi", r.version));
  const message =
    missing.length > 0
      ? messageText("EXCEL_API_MISSING", describe(missing))
      : limited.length > 0
        ? messageText("EXCEL_API_LIMITED", limited.map((r) => r.feature).join(", "))
        : null;
  return { ok: missing.length === 0, missing, limited, message };
}
