/**
 * Declares the tests of one shard of the corpus (jest runs the shard files in parallel): the shard's workbooks are
 * generated into a temp directory once, then each is checked as its own test, named by its file.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkCorpusFile } from "./checkCorpusFile";
import { CORPUS_CASES } from "./corpusCases";
import type { CorpusCase } from "./corpusCases";
import type { CorpusFile } from "./generateCorpus";
import { generateCorpus } from "./generateCorpus";

export function runCorpusShard(shard: number, shards: number, cases: readonly CorpusCase[] = CORPUS_CASES.filter((_, i) => i % shards === shard)): void {
  let dir = "";
  let files: CorpusFile[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "scorecard-corpus-"));
    files = await generateCorpus(dir, cases);
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(cases.map((c) => [c.name]))("%s.xlsx", async (name) => {
    const file = files.find((f) => f.case.name === name);
    if (!file) throw new Error(`${name} was not written`);
    await checkCorpusFile(file);
  });
}
