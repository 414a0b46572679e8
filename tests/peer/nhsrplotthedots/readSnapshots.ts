import { readFileSync } from "fs";
import { join } from "path";
import type { RValue } from "./readRSerialized";
import { readRSerialized } from "./readRSerialized";

/** One row of a `ptd_spc()` result: the columns NHSRplotthedots' integration snapshots hold. */
export interface PeerRow {
  readonly y: number;
  /** The month, `YYYY-MM`, from the POSIXct `x` (midnight UTC on the 1st). */
  readonly month: string;
  /** The facet (`"no facet"`, or the level of the facet field). */
  readonly facet: string;
  readonly rebaseGroup: number;
  readonly mean: number;
  readonly lpl: number;
  readonly upl: number;
  readonly outsideLimits: boolean;
  readonly relativeToMean: number;
  readonly closeToLimits: boolean;
  readonly specialCauseFlag: boolean;
  readonly pointType: string;
}

/** The options `ptd_spc()` was called with, as stored on the result. */
export interface PeerOptions {
  readonly valueField: string;
  readonly facetField: string | null;
  /** The rebase dates (`YYYY-MM`). */
  readonly rebase: readonly string[];
  readonly fixAfterNPoints: number | null;
  readonly improvementDirection: string;
  readonly screenOutliers: boolean;
}

export interface PeerSnapshot {
  /** The `test_that()` description, e.g. `ae_all attendances spc returns expected values`. */
  readonly test: string;
  readonly rows: readonly PeerRow[];
  readonly options: PeerOptions;
}

/**
 * Every serialised `ptd_spc_df` in the transcribed `integration_tests.md`, in file order (see README.md here for
 * where it comes from). A test with several snapshots (`---` between them) gives one entry each.
 * @example readSnapshots()[0].rows[0] // { y: 1873200, month: "2016-04", mean: ..., pointType: "common_cause", ... }
 */
export function readSnapshots(file = join(__dirname, "integration_tests.md")): PeerSnapshot[] {
  const snapshots: PeerSnapshot[] = [];
  let test = "";
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) snapshots.push(toSnapshot(test, readRSerialized(block.join(""))));
    block = [];
  };
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    if (line.startsWith("# ")) {
      flush();
      test = line.slice(2).trim();
    } else if (line.trim() === "---") flush();
    else if (line.startsWith("    ")) block.push(line.trim());
  }
  flush();
  return snapshots;
}

function toSnapshot(test: string, frame: RValue): PeerSnapshot {
  if (frame === null || frame.type !== "list") throw new Error(`${test}: not a data frame`);
  const names = strings(frame.attributes.names);
  const column = (name: string): RValue => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`${test}: no column ${name}`);
    return frame.values[index] ?? null;
  };
  const y = numbers(column("y"));
  const x = numbers(column("x"));
  const facet = facetLabels(column("f"));
  const rebaseGroup = numbers(column("rebase_group"));
  const mean = numbers(column("mean"));
  const lpl = numbers(column("lpl"));
  const upl = numbers(column("upl"));
  const outside = logicals(column("outside_limits"));
  const relative = numbers(column("relative_to_mean"));
  const close = logicals(column("close_to_limits"));
  const flag = numbers(column("special_cause_flag"));
  const pointType = strings(column("point_type"));
  const rows = y.map((value, i): PeerRow => ({
    y: value,
    month: monthOf(x[i]!),
    facet: facet[i]!,
    rebaseGroup: rebaseGroup[i]!,
    mean: mean[i]!,
    lpl: lpl[i]!,
    upl: upl[i]!,
    outsideLimits: outside[i]!,
    relativeToMean: relative[i]!,
    closeToLimits: close[i]!,
    specialCauseFlag: flag[i] === 1,
    pointType: pointType[i]!,
  }));
  return { test, rows, options: readOptions(test, frame.attributes.options ?? null) };
}

function readOptions(test: string, options: RValue): PeerOptions {
  if (options === null || options.type !== "list") throw new Error(`${test}: no options`);
  const names = strings(options.attributes.names);
  const option = (name: string): RValue => options.values[names.indexOf(name)] ?? null;
  const rebase = option("rebase");
  const fix = option("fix_after_n_points");
  const facetField = option("facet_field");
  return {
    valueField: strings(option("value_field"))[0]!,
    facetField: facetField === null ? null : strings(facetField)[0]!,
    // A Date vector counts days since 1970-01-01.
    rebase: rebase === null ? [] : numbers(rebase).map((days) => monthOf(days * 86400)),
    fixAfterNPoints: fix === null ? null : numbers(fix)[0]!,
    improvementDirection: strings(option("improvement_direction"))[0]!,
    screenOutliers: logicals(option("screen_outliers"))[0]!,
  };
}

function monthOf(secondsSinceEpoch: number): string {
  const date = new Date(secondsSinceEpoch * 1000);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

function numbers(value: RValue): number[] {
  if (value === null || (value.type !== "double" && value.type !== "integer")) throw new Error("not a number vector");
  return value.values.map((v) => (v === null ? NaN : v));
}

function logicals(value: RValue): boolean[] {
  if (value === null || value.type !== "logical") throw new Error("not a logical vector");
  return value.values.map((v) => v === true);
}

function strings(value: RValue | undefined): string[] {
  if (value === undefined || value === null || value.type !== "character") throw new Error("not a character vector");
  return value.values.map((v) => v ?? "NA");
}

/** A facet column is text, or a factor: integer codes into its `levels`. */
function facetLabels(value: RValue): string[] {
  if (value !== null && value.type === "integer") {
    const levels = strings(value.attributes.levels);
    return value.values.map((code) => (code === null ? "NA" : levels[code - 1] ?? "NA"));
  }
  return strings(value);
}
