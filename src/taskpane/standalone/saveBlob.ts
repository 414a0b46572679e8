/**
 * Offers a Blob as a file download, the way browsers allow it: a temporary object URL on a temporary link.
 * @example saveBlob(blob, "scorecard-Q2-2013-14.xlsx");
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
