import type { XmlHandler } from "./scanXml";
import { XmlScanner, textOf } from "./scanXml";

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** What a handler is told, as `<name`, `</name` and `"text"`; cells whose `r` starts with `skip` pass their content over. */
function scan(pieces: readonly string[], skip = "C"): string[] {
  const seen: string[] = [];
  let scanner: XmlScanner | null = null;
  const handler: XmlHandler = {
    open: (name, tag) => {
      seen.push(`<${name}`);
      const attributes = textOf({ bytes: tag.bytes, start: tag.start, end: tag.end, cdata: true });
      if (name === "c" && attributes.includes(`r="${skip}`) && scanner) scanner.skipContent = true;
      if (name === "v" && scanner) scanner.wantText = true;
    },
    close: (name) => {
      seen.push(`</${name}`);
      if (scanner) scanner.wantText = false;
    },
    text: (run) => seen.push(`"${textOf(run)}"`),
  };
  scanner = new XmlScanner(handler);
  for (const piece of pieces) scanner.write(bytesOf(piece));
  scanner.end();
  return seen;
}

describe("XmlScanner", () => {
  const row = '<row r="1"><c r="B1"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1"><v>3</v></c></row>';

  it("reads every element and the text asked for", () => {
    expect(scan([row], "none")).toEqual(["<row", "<c", "<v", '"1"', "</v", "</c", "<c", "<v", '"2"', "</v", "</c", "<c", "<v", '"3"', "</v", "</c", "</row"]);
  });

  it("passes over what a skipped element holds, and still closes it", () => {
    expect(scan([row])).toEqual(["<row", "<c", "<v", '"1"', "</v", "</c", "<c", "</c", "<c", "<v", '"3"', "</v", "</c", "</row"]);
  });

  it("passes over inline strings, formulas and prefixed end tags alike", () => {
    const cells = '<x:c r="C1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c ><x:c r="C2"><x:f>SUM(A1)</x:f><x:v>4</x:v></x:c><x:c r="D2"><x:v>5</x:v></x:c>';
    expect(scan([cells])).toEqual(["<c", "</c", "<c", "</c", "<c", "<v", '"5"', "</v", "</c"]);
  });

  it("reads a skipped element as usual when its end tag is in a later piece", () => {
    expect(scan(['<c r="C1"><v>2</v>', '</c><c r="D1"><v>3</v></c>'])).toEqual(["<c", "<v", '"2"', "</v", "</c", "<c", "<v", '"3"', "</v", "</c"]);
  });

  it("closes a self-closing skipped element once", () => {
    expect(scan(['<c r="C1" s="2"/><c r="D1"/>'])).toEqual(["<c", "</c", "<c", "</c"]);
  });
});
