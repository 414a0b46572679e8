/** The malformed-workbook corpus, second of two shards (see `corpusCases.ts`). */
import { runCorpusShard } from "./runCorpusShard";

describe("corpus, shard 2 of 2", () => {
  runCorpusShard(1, 2);
});
