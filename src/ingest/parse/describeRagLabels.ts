import type { RagLabels } from "../../model/kpi";

/**
 * The RAG words a cell may hold, for a message: the workbook's labels and the standard ones.
 * @example describeRagLabels({ green: "Green", amber: "Yellow", red: "Red" }) === "Green, Yellow, Red (or Amber, G, A, Y, R)"
 */
export function describeRagLabels(labels: RagLabels): string {
  const own = [labels.green, labels.amber, labels.red];
  const extra = ["Green", "Amber", "Yellow", "Red"].filter((w) => !own.some((o) => o.toLowerCase() === w.toLowerCase()));
  return `${own.join(", ")} (or ${[...extra, "G", "A", "Y", "R"].join(", ")})`;
}
