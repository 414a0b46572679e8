/**
 * The floor of reading a workbook from a file: unzip every worksheet and the shared strings (Node's native zlib,
 * the fastest inflate there is here) and visit every cell's value (`<c ...>` and its `<v>` text, UTF-8 decoded),
 * building nothing. No reader can do less; the bench compares the whole build with it. Prints `{ ms, cpuMs, cells }`.
 *
 *   node -r ts-node/register/transpile-only bench/floorScan.ts <file.xlsx>
 */
import { readFileSync } from "fs";
import { inflateRawSync } from "zlib";
import { entryData, readZipDirectory } from "../src/files/zip/readZipDirectory";

const bytes = new Uint8Array(readFileSync(process.argv[2] ?? ""));
const started = performance.now();
const cpu = process.cpuUsage();
const directory = readZipDirectory(bytes);
if (!directory.ok) throw new Error("floorScan: not a zip");
let cells = 0;
let valueChars = 0;
for (const entry of directory.entries) {
  if (!/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(entry.name)) continue;
  const data = entryData(bytes, entry);
  if (!data) continue;
  const xml = new TextDecoder().decode(entry.method === 8 ? inflateRawSync(data) : data);
  for (let at = xml.indexOf("<c ", 0); at >= 0; at = xml.indexOf("<c ", at + 3)) {
    cells += 1;
    const end = xml.indexOf("</c>", at);
    const value = xml.indexOf("<v>", at);
    if (value >= 0 && value < end) valueChars += xml.indexOf("<", value + 3) - value - 3;
  }
}
const used = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, cells, valueChars })}\n`);
