import type { Issue } from "../../model/issue";

/** What a reader understood, and every problem it found on the way, each located to a cell. */
export interface ReadResult<T> {
  readonly data: T;
  readonly issues: readonly Issue[];
}
