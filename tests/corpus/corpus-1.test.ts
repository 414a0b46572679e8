/** The malformed-workbook corpus, first of two shards (see `corpusCases.ts`). */
import { runCorpusShard } from "./runCorpusShard";

describe("corpus, shard 1 of 2", () => {
  runCorpusShard(0, 2);
});
