/**
 * ExcelJS reading the same file (what the command line read with before): `workbook.xlsx.load`, timed in process.
 * Prints `{ ms }`.
 *
 *   node -r ts-node/register/transpile-only bench/exceljsRead.ts <file.xlsx>
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";

async function main(): Promise<void> {
  const bytes = readFileSync(process.argv[2] ?? "");
  const started = performance.now();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, sheets: book.worksheets.length })}\n`);
}

void main();
