/**
 * Reads one corpus workbook back as a host would, runs it through ingest and the pipeline with its mapping (read
 * from its JSON file, as `--mapping` reads it), and asserts what its name and its case say it must produce.
 */
import { readFileSync } from "fs";
import { readWorkbookGrids } from "../../src/files/readWorkbook";
import { ingestWorkbook } from "../../src/ingest";
import type { Issue } from "../../src/model/issue";
import { month } from "../../src/model/period";
import { buildScorecard } from "../../src/pipeline";
import type { CorpusResult } from "./corpusCases";
import type { CorpusFile } from "./generateCorpus";

const AS_OF = month(2013, 11 /* Nov */);

/** `error.` must produce an error, `warning.` warnings and no error, `ok.` neither. */
export function expectedOutcome(name: string): "error" | "warning" | "ok" {
  const prefix = name.split(".")[0];
  if (prefix === "error" || prefix === "warning" || prefix === "ok") return prefix;
  throw new Error(`corpus case ${name} must start with error., warning. or ok.`);
}

export async function checkCorpusFile(file: CorpusFile): Promise<CorpusResult> {
  const c = file.case;
  const grids = await readWorkbookGrids(readFileSync(file.path), c.maxRows === undefined ? {} : { maxRows: c.maxRows });
  const mapping: unknown = file.mappingPath === null ? undefined : JSON.parse(readFileSync(file.mappingPath, "utf8"));
  const model = ingestWorkbook(grids, { mapping });
  const outcome = buildScorecard(grids, { asOf: c.asOf ?? AS_OF, mapping });
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const i of [...model.issues, ...outcome.issues]) {
    const key = `${i.code}|${i.sheet}|${i.cell}|${i.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(i);
    }
  }
  const result: CorpusResult = { model, outcome, issues };

  for (const e of c.issues) {
    expect({ case: c.name, found: issues.some((i) => i.code === e.code && i.sheet === e.sheet && i.cell === e.cell), ...e }).toEqual({ case: c.name, found: true, ...e });
  }
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const shown = (list: readonly Issue[]) => list.map((i) => `${i.code} ${i.sheet}!${i.cell}`);
  switch (expectedOutcome(c.name)) {
    case "error":
      expect({ case: c.name, errors: errors.length > 0 }).toEqual({ case: c.name, errors: true });
      break;
    case "warning":
      expect({ case: c.name, errors: shown(errors), warnings: warnings.length > 0 }).toEqual({ case: c.name, errors: [], warnings: true });
      break;
    case "ok":
      expect({ case: c.name, errors: shown(errors), warnings: shown(warnings) }).toEqual({ case: c.name, errors: [], warnings: [] });
      break;
  }
  c.check?.(result);
  return result;
}
