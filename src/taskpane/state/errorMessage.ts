/**
 * The plain message of whatever a host rejected with, for a MessageBar.
 * @example errorMessage(new Error("The workbook is read-only.")) === "The workbook is read-only."
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "Something went wrong, and the host gave no reason.";
}
