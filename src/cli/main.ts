/**
 * `scorecard build <workbook.xlsx> [--period "Q2 2013-14" | "Oct-Dec 2023" | "12 months to Apr-15"] [--out <file.xlsx | dir/>]
 *                  [--json results.json] [--mapping mapping.json] [--as-of 2013-10]`   (`--quarter` is the same as `--period`)
 *
 * Writes the scorecard into a copy of the workbook (never over the input) and, with `--json`, the computed figures.
 * Exit codes: 0 built; 1 built, but the workbook has errors (listed, with cells); 2 nothing built or bad usage.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { createFileHost } from "../files/fileHost";
import type { Issue } from "../model/issue";
import { getPeriodMonths } from "../calc/getPeriodMonths";
import type { Month } from "../model/period";
import { month, monthFromIndex } from "../model/period";
import type { ScorecardResults } from "../model/results";
import type { BuildRequest } from "../pipeline";
import { runBuild } from "../pipeline";
import { toResultsJson } from "./resultsJson";

interface Streams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

interface BuildArgs {
  readonly input: string;
  readonly period?: string;
  readonly out?: string;
  readonly json?: string;
  readonly mapping?: string;
  readonly asOf?: string;
}

const USAGE = `Usage: scorecard build <workbook.xlsx> [--period "Q2 2013-14"] [--out <file.xlsx|dir/>] [--json results.json]
                       [--mapping mapping.json] [--as-of YYYY-MM]

Builds the scorecard into a copy of the workbook (default out/scorecard-<period>.xlsx).
Without --period, the latest period the data supports is used: the latest complete quarter of monthly data, or the
latest period a table gives ("Oct-Dec 2023", "12 months to Apr-15", "2014/15"). --quarter is the same as --period.`;

function parseArgs(argv: readonly string[]): BuildArgs | string {
  const [command, ...rest] = argv;
  if (command !== "build") return command === undefined || command === "--help" ? "" : `Unknown command "${command}".`;
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (arg.startsWith("--")) {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith("--")) return `Option ${arg} needs a value.`;
      options[arg.slice(2)] = value;
      i++;
    } else {
      positional.push(arg);
    }
  }
  const known = new Set(["period", "quarter", "out", "json", "mapping", "as-of"]);
  const unknown = Object.keys(options).find((k) => !known.has(k));
  if (unknown) return `Unknown option --${unknown}.`;
  if (options.period !== undefined && options.quarter !== undefined) return "Give --period or --quarter, not both.";
  if (positional.length !== 1) return "Give exactly one workbook.";
  return {
    input: positional[0] ?? "",
    period: options.period ?? options.quarter,
    out: options.out,
    json: options.json,
    mapping: options.mapping,
    asOf: options["as-of"],
  };
}

function parseAsOf(text: string | undefined, now: Date): Month | null {
  if (text === undefined) return month(now.getFullYear(), now.getMonth() + 1);
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return match ? month(Number(match[1]), Number(match[2])) : null;
}

function slug(label: string): string {
  return label.replace(/[^A-Za-z0-9]+/g, "-");
}

function outputPath(out: string | undefined, sheetLabel: string): string {
  const fileName = `scorecard-${slug(sheetLabel)}.xlsx`;
  if (out === undefined) return resolve("out", fileName);
  const looksLikeDir = out.endsWith("/") || out.endsWith("\\") || (existsSync(out) && statSync(out).isDirectory());
  return looksLikeDir ? resolve(out, fileName) : resolve(out);
}

function sameFile(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

/** Writes beside the target and renames, so an interrupted run never leaves half a workbook. */
function writeAtomically(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, data);
  renameSync(temp, path);
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

export async function main(argv: readonly string[], io: Streams, now: Date = new Date()): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    if (args) io.stderr.write(`${args}\n\n`);
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const asOf = parseAsOf(args.asOf, now);
  if (!asOf) {
    io.stderr.write(`--as-of "${args.asOf}" is not a month: use YYYY-MM.\n`);
    return 2;
  }
  if (!existsSync(args.input)) {
    io.stderr.write(`No such workbook: ${args.input}\n`);
    return 2;
  }
  let mapping: unknown;
  if (args.mapping) {
    try {
      mapping = JSON.parse(readFileSync(args.mapping, "utf8")) as unknown;
    } catch (error) {
      io.stderr.write(`The mapping file ${args.mapping} could not be read: ${(error as Error).message}\n`);
      return 2;
    }
  }

  const input = new Uint8Array(readFileSync(args.input));
  const host = createFileHost(input);
  const request: BuildRequest = { period: args.period, asOf, mapping };
  let outcome;
  try {
    outcome = await runBuild(host, request);
  } catch (error) {
    io.stderr.write(`${args.input} could not be built: ${(error as Error).message}\n`);
    return 2;
  }

  const issues = outcome.issues;
  const errors = issues.filter((i) => i.severity === "error");
  const shown = issues.filter((i) => i.severity !== "info");
  if (outcome.status === "blocked") {
    io.stderr.write(`Nothing was built from ${args.input}:\n${issues.filter((i) => i.severity === "error").map(formatIssue).join("\n")}\n`);
    return 2;
  }

  const target = outputPath(args.out, outcome.results.sheetLabel);
  if (sameFile(target, args.input)) {
    io.stderr.write(`Refusing to overwrite the input workbook ${args.input}: choose another --out.\n`);
    return 2;
  }
  writeAtomically(target, host.output());
  if (args.json) writeAtomically(resolve(args.json), `${JSON.stringify(toResultsJson(outcome.results), null, 2)}\n`);

  const { results } = outcome;
  const rag = { green: 0, amber: 0, red: 0, none: 0 };
  for (const k of results.kpis) rag[k.rag.status ?? "none"]++;
  io.stdout.write(
    [
      `Built ${results.periodLabel} (${periodMonths(results)}) from ${args.input}`,
      `  ${results.kpis.length} KPIs: ${rag.green} green, ${rag.amber} amber, ${rag.red} red, ${rag.none} not judged`,
      `  Sheets: ${outcome.job.plan.sheets.map((s) => s.name).join(", ")}`,
      `  Written: ${target}${args.json ? `\n  Figures: ${resolve(args.json)}` : ""}`,
      shown.length ? `  ${shown.length} issue(s) to look at (all are on the Data issues sheet):\n${shown.map(formatIssue).join("\n")}` : "  No issues found.",
      "",
    ].join("\n"),
  );
  return errors.length > 0 ? 1 : 0;
}
