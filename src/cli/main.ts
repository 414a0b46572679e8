/**
 * `scorecard build <workbook.xlsx> [--period "Q2 2013-14" | "Oct-Dec 2023" | "12 months to Apr-15"] [--out <file.xlsx | dir/>]
 *                  [--json <results.json | dir/>] [--mapping mapping.json] [--as-of 2013-10]`   (`--quarter` is the same as `--period`)
 *
 * Writes the scorecard into a copy of the workbook (never over the input) and, with `--json`, the computed figures.
 * Exit codes: 0 built; 1 built, but the workbook has errors (listed, with cells); 2 nothing built: bad usage, a file
 * that cannot be read or written, or a workbook nothing can be built from. Every failure is a sentence, never a
 * stack trace, and leaves no file behind.
 *
 *   1. Arguments, the clock, the input file and the mapping.
 *   2. The build (read, ingest, calc, layout, render into a copy held in memory).
 *   3. Where to write, refused if it would overwrite the input, the mapping or each other.
 *   4. Write both files all or nothing, then report.
 */
import { readFileSync, statSync } from "fs";
import { resolve } from "path";
import { getPeriodMonths } from "../calc/getPeriodMonths";
import { FileReadError } from "../files/fileReadError";
import { createFileHost } from "../files/fileHost";
import type { IssueCode } from "../messages";
import { messageText } from "../messages";
import type { Issue } from "../model/issue";
import type { Month } from "../model/period";
import { month, monthFromIndex } from "../model/period";
import type { ScorecardResults } from "../model/results";
import type { BuildOutcome } from "../pipeline";
import { runBuild } from "../pipeline";
import { NODE_CODEC } from "./nodeCodec";
import { outputPaths } from "./outputPaths";
import { parseArgs, USAGE } from "./parseArgs";
import { toResultsJson } from "./resultsJson";
import { describeFileError, writeOutputs } from "./writeOutputs";

export interface Streams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const EXIT_BUILT = 0;
const EXIT_BUILT_WITH_ERRORS = 1;
const EXIT_NOTHING_BUILT = 2;

function parseAsOf(text: string | undefined, now: Date): Month | null {
  if (text === undefined) return month(now.getFullYear(), now.getMonth() + 1);
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  const m = Number(match?.[2]);
  return match && m >= 1 && m <= 12 ? month(Number(match[1]), m) : null;
}

function formatIssue(i: Issue): string {
  const where = i.sheet ? `${i.sheet}${i.cell ? `!${i.cell}` : ""}: ` : "";
  return `  ${i.severity.padEnd(7)} ${where}${i.message}`;
}

/** What the period covers, `Jul 2013 - Sep 2013`, so a label such as `Q2 2013-14` or `YTD Dec 22` can be checked at a glance. */
function periodMonths(results: ScorecardResults): string {
  const { first, last } = getPeriodMonths(results.period, results.settings.fiscalYearStartMonth);
  const name = (i: number) => {
    const m = monthFromIndex(i);
    return `${MONTH_NAMES[m.month - 1] ?? ""} ${m.year}`;
  };
  return first === last ? name(first) : `${name(first)} - ${name(last)}`;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Reads a file the user named, or says in a sentence why it cannot be read. */
function readInput(path: string, missing: IssueCode): { readonly bytes: Buffer } | { readonly problem: string } {
  try {
    if (statSync(path).isDirectory()) return { problem: messageText("CLI_INPUT_IS_FOLDER", path) };
    return { bytes: readFileSync(path) };
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return { problem: messageText(missing, path, "there is no such file") };
    return { problem: messageText("CLI_INPUT_UNREADABLE", path, describeFileError(error)) };
  }
}

/**
 * Runs `scorecard build` and resolves with its exit code; never rejects for anything a user or a file can cause.
 * @example process.exitCode = await main(process.argv.slice(2), process);
 */
export async function main(argv: readonly string[], io: Streams, now: Date = new Date()): Promise<number> {
  const fail = (text: string): number => {
    io.stderr.write(`${text}\n`);
    return EXIT_NOTHING_BUILT;
  };

  // 1. Arguments, clock, input, mapping.
  const args = parseArgs(argv);
  if ("problem" in args) return fail(`${args.problem ? `${args.problem}\n\n` : ""}${USAGE}`);
  const asOf = parseAsOf(args.asOf, now);
  if (!asOf) return fail(`--as-of "${args.asOf ?? ""}" is not a month: use YYYY-MM.`);
  const input = readInput(args.input, "CLI_INPUT_MISSING");
  if ("problem" in input) return fail(input.problem);
  let mapping: unknown;
  if (args.mapping !== undefined) {
    const file = readInput(args.mapping, "CLI_MAPPING_UNREADABLE");
    if ("problem" in file) return fail(file.problem);
    try {
      mapping = JSON.parse(file.bytes.toString("utf8")) as unknown;
    } catch (error) {
      return fail(messageText("CLI_MAPPING_UNREADABLE", args.mapping, `it is not JSON (${(error as Error).message})`));
    }
  }

  // 2. The build, into a copy held in memory.
  const host = createFileHost(new Uint8Array(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength), { codec: NODE_CODEC });
  let outcome: BuildOutcome;
  try {
    outcome = await runBuild(host, { period: args.period, asOf, mapping });
  } catch (error) {
    // A file problem's message names the sheet or part itself.
    if (error instanceof FileReadError) return fail(`${args.input}: ${error.message}`);
    return fail(`${args.input}: ${messageText("CLI_UNEXPECTED", error instanceof Error ? error.message : String(error))}`);
  }
  const issues = outcome.issues;
  if (outcome.status === "blocked") {
    return fail(`Nothing was built from ${args.input}:\n${issues.filter((i) => i.severity === "error").map(formatIssue).join("\n")}`);
  }

  // 3. Where to write.
  const { results } = outcome;
  const paths = outputPaths({ input: args.input, out: args.out, json: args.json, mapping: args.mapping, sheetLabel: results.sheetLabel, kind: host.kind() });
  if ("problem" in paths) return fail(paths.problem);

  // 4. Write, all or nothing, and report.
  try {
    writeOutputs([
      { path: paths.workbook, data: host.output() },
      ...(paths.json ? [{ path: paths.json, data: `${JSON.stringify(toResultsJson(results, outcome.drafts), null, 2)}\n` }] : []),
    ]);
  } catch (error) {
    return fail(messageText("CLI_WRITE_FAILED", (error as { path?: string }).path ?? paths.workbook, (error as Error).message));
  }
  const rag = { green: 0, amber: 0, red: 0, none: 0 };
  for (const k of results.kpis) rag[k.rag.status ?? "none"]++;
  const shown = issues.filter((i) => i.severity !== "info");
  io.stdout.write(
    [
      `Built ${results.periodLabel} (${periodMonths(results)}) from ${args.input}`,
      `  ${results.kpis.length} KPIs: ${rag.green} green, ${rag.amber} amber, ${rag.red} red, ${rag.none} not judged`,
      `  Sheets: ${outcome.job.plan.sheets.map((s) => s.name).join(", ")}`,
      `  Written: ${paths.workbook}${paths.json ? `\n  Figures: ${resolve(paths.json)}` : ""}`,
      shown.length ? `  ${shown.length} issue(s) to look at (all are on the Data issues sheet):\n${shown.map(formatIssue).join("\n")}` : "  No issues found.",
      "",
    ].join("\n"),
  );
  return issues.some((i) => i.severity === "error") ? EXIT_BUILT_WITH_ERRORS : EXIT_BUILT;
}

/**
 * The process's entry (`bin/scorecard.js`): sets the exit code and turns anything unforeseen into a sentence.
 * @example runCli(process.argv.slice(2), process)
 */
export function runCli(argv: readonly string[], io: Streams & { exitCode?: number | string | undefined }): Promise<void> {
  return main(argv, io).then(
    (code) => {
      io.exitCode = code;
    },
    (error: unknown) => {
      io.stderr.write(`${messageText("CLI_UNEXPECTED", error instanceof Error ? error.message : String(error))}\n`);
      io.exitCode = EXIT_NOTHING_BUILT;
    },
  );
}
