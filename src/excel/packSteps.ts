/**
 * Groups write steps into requests: in order, as many as fit under the byte budget, so a whole scorecard goes in a
 * few syncs and each request stays under Excel on the web's payload limit. A step bigger than the budget goes alone.
 * @example packSteps([3, 3, 3], 6) // [[0, 1], [2]]
 */
export function packSteps(bytes: readonly number[], budget: number): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  let size = 0;
  bytes.forEach((b, i) => {
    if (current.length > 0 && size + b > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(i);
    size += b;
  });
  if (current.length > 0) groups.push(current);
  return groups;
}
