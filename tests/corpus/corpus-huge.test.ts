/** The corpus's 100,000-row Measurements sheet, read by a host that stops at 50,000 rows: its own file, run beside the shards. */
import { CORPUS_CASES, HUGE_CASE } from "./corpusCases";
import { runCorpusShard } from "./runCorpusShard";

describe("corpus, the huge sheet", () => {
  runCorpusShard(0, 1, [HUGE_CASE]);

  it("holds at least 100 workbooks besides this one, each named by what it must produce", () => {
    expect(CORPUS_CASES.length).toBeGreaterThanOrEqual(100);
    expect(CORPUS_CASES.every((c) => /^(error|warning|ok)\.[a-z0-9-]+$/.test(c.name))).toBe(true);
  });
});
