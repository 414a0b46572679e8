/**
 * Writes the malformed-workbook corpus (`corpusCases.ts`) as real .xlsx files, each named by what it must produce
 * (`error.kpis-duplicate-id.xlsx`), with its column mapping beside it as JSON where it has one
 * (`ok.kpis-unicode-sheet-name-mapped.mapping.json`, as `--mapping` takes it). The tests write it into a temp
 * directory; nothing is committed.
 *
 * Run: node -r ts-node/register/transpile-only tests/corpus/generateCorpus.ts out/corpus
 */
import { mkdirSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { cleanBase, CORPUS_CASES, HUGE_CASE } from "./corpusCases";
import type { CorpusCase } from "./corpusCases";
import { loadSampleSpecs } from "./corpusBook";
import { writeWorkbook } from "./writeWorkbook";

export interface CorpusFile {
  readonly case: CorpusCase;
  readonly path: string;
  readonly mappingPath: string | null;
}

/**
 * Writes the given cases (all but the huge one by default) into `dir`.
 * @example const files = await generateCorpus(mkdtempSync(join(tmpdir(), "corpus-")));
 */
export async function generateCorpus(dir: string, cases: readonly CorpusCase[] = CORPUS_CASES): Promise<CorpusFile[]> {
  mkdirSync(dir, { recursive: true });
  const base = cleanBase(await loadSampleSpecs());
  const names = new Set<string>();
  const files: CorpusFile[] = [];
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`two corpus cases are named ${c.name}`);
    names.add(c.name);
    const path = join(dir, `${c.name}.xlsx`);
    writeFileSync(path, await writeWorkbook(c.build(base)));
    let mappingPath: string | null = null;
    if (c.mapping !== undefined) {
      mappingPath = join(dir, `${c.name}.mapping.json`);
      writeFileSync(mappingPath, `${JSON.stringify(c.mapping, null, 2)}\n`);
    }
    files.push({ case: c, path, mappingPath });
  }
  return files;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? "out/corpus");
  generateCorpus(dir, [...CORPUS_CASES, HUGE_CASE])
    .then((files) => process.stdout.write(`Wrote ${files.length} workbooks to ${dir}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    });
}
