import type { CellValue } from "../../model/grid";
import { keyOf } from "./keyOf";

/**
 * A yes/no setting as analysts type it: `Yes`, `No`, `Y`, `N`, `On`, `Off`, `True`, `False`, `1`, `0`, or an Excel
 * TRUE/FALSE. `null` for anything else, including blank.
 * @example parseYesNo("Yes") === true
 * @example parseYesNo(false) === false
 */
export function parseYesNo(value: CellValue | undefined): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== "string") return null;
  return FORMS.get(keyOf(value)) ?? null;
}

const FORMS = new Map<string, boolean>([
  ["yes", true],
  ["y", true],
  ["on", true],
  ["true", true],
  ["1", true],
  ["no", false],
  ["n", false],
  ["off", false],
  ["false", false],
  ["0", false],
]);
