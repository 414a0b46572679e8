/**
 * The command line's codec: Node's native zlib deflates the parts a build writes, about three times fflate's speed
 * (measured: 8 MB of sheet XML in 230 ms against 780 ms). Inflating stays fflate's, streamed: Node has no
 * synchronous streaming inflate, and inflating a part whole measured no faster here once the copy of the output was
 * counted, while holding a 500 MB part whole would break the memory bound.
 */
import { deflateRawSync } from "zlib";
import type { Codec } from "../files/zip/codec";
import { FFLATE_CODEC } from "../files/zip/codec";

export const NODE_CODEC: Codec = {
  inflate: FFLATE_CODEC.inflate,
  deflate: (data) => deflateRawSync(data, { level: 6 }),
};
