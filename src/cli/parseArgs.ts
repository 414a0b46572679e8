/**
 * `scorecard build` arguments: one workbook and the options, or a usage problem to print with the usage text.
 */
export interface BuildArgs {
  readonly input: string;
  /** `--period`, or `--quarter`, the same option under its older name. */
  readonly period?: string;
  readonly out?: string;
  readonly json?: string;
  readonly mapping?: string;
  readonly asOf?: string;
}

export const USAGE = `Usage: scorecard build <workbook.xlsx> [--period "Q2 2013-14"] [--out <file.xlsx|dir/>] [--json <results.json|dir/>]
                       [--mapping mapping.json] [--as-of YYYY-MM]

Builds the scorecard into a copy of the workbook (default out/scorecard-<period>.xlsx).
Without --period, the latest period the data supports is used: the latest complete quarter of monthly data, or the
latest period a table gives ("Oct-Dec 2023", "12 months to Apr-15", "2014/15"). --quarter is the same as --period.
Exit codes: 0 built; 1 built, but the workbook has errors (listed with their cells); 2 nothing was built.`;

const OPTIONS = ["period", "quarter", "out", "json", "mapping", "as-of"] as const;

/**
 * The arguments, or a problem (`""` for a plain request for the usage text).
 * @example parseArgs(["build", "book.xlsx", "--period", "Q2 2013-14"]) // { input: "book.xlsx", period: "Q2 2013-14" }
 */
export function parseArgs(argv: readonly string[]): BuildArgs | { readonly problem: string } {
  const [command, ...rest] = argv;
  if (command !== "build") return { problem: command === undefined || command === "--help" || command === "-h" ? "" : `Unknown command "${command}".` };
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (arg === "--help" || arg === "-h") return { problem: "" };
    if (arg.startsWith("--")) {
      const name = arg.slice(2);
      if (!(OPTIONS as readonly string[]).includes(name)) return { problem: `Unknown option ${arg}.` };
      const value = rest[i + 1];
      if (value === undefined || value.startsWith("--")) return { problem: `Option ${arg} needs a value.` };
      if (options.has(name)) return { problem: `Option ${arg} is given twice.` };
      options.set(name, value);
      i++;
    } else {
      positional.push(arg);
    }
  }
  if (options.has("period") && options.has("quarter")) return { problem: "Give --period or --quarter, not both." };
  if (positional.length !== 1) return { problem: "Give exactly one workbook." };
  return {
    input: positional[0] ?? "",
    period: options.get("period") ?? options.get("quarter"),
    out: options.get("out"),
    json: options.get("json"),
    mapping: options.get("mapping"),
    asOf: options.get("as-of"),
  };
}
