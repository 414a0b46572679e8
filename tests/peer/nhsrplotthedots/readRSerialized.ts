/**
 * Reads an R object serialised by `serialize(x, NULL, version = 2, xdr = TRUE)`, the form testthat's
 * `expect_snapshot_value(x, style = "serialize")` stores in a snapshot as base64. Only what a data frame needs:
 * vectors (logical, integer, double, character, list), attributes, pairlists, symbols and references to them.
 *
 * Format: R Internals, "Serialization Formats" (the XDR form: a big-endian stream after a `X\n` header). Each item
 * is a 32-bit flags word (type in bits 0-7, "is object" bit 8, "has attributes" bit 9, "has tag" bit 10), then the
 * item's body; a vector's attributes follow its elements.
 * @example readRSerialized(base64Text).attributes.names // ["y", "x", "f", ...]
 */
export function readRSerialized(base64: string): RValue {
  const bytes = Buffer.from(base64.replace(/\s+/g, ""), "base64");
  const reader = new XdrReader(bytes);
  const header = String.fromCharCode(reader.byte(), reader.byte());
  if (header !== "X\n") throw new Error(`not an XDR serialisation (header ${JSON.stringify(header)})`);
  const version = reader.int();
  reader.int(); // R version that wrote it
  reader.int(); // oldest R version that can read it
  if (version === 3) reader.string(reader.int()); // native encoding
  else if (version !== 2) throw new Error(`serialisation version ${version} is not supported`);
  const value = readItem(reader, []);
  if (reader.offset !== bytes.length) throw new Error(`${bytes.length - reader.offset} bytes left after the object`);
  return value;
}

/** An R value: a vector with its attributes, `null` for R's NULL. `NA` is `null` inside a vector. */
export type RValue =
  | null
  | { readonly type: "logical"; readonly values: readonly (boolean | null)[]; readonly attributes: RAttributes }
  | { readonly type: "integer"; readonly values: readonly (number | null)[]; readonly attributes: RAttributes }
  | { readonly type: "double"; readonly values: readonly (number | null)[]; readonly attributes: RAttributes }
  | { readonly type: "character"; readonly values: readonly (string | null)[]; readonly attributes: RAttributes }
  | { readonly type: "list"; readonly values: readonly RValue[]; readonly attributes: RAttributes }
  | { readonly type: "symbol"; readonly name: string }
  | { readonly type: "pairlist"; readonly entries: readonly { readonly tag: string | null; readonly value: RValue }[] };

export type RAttributes = Readonly<Record<string, RValue>>;

const NILVALUE = 254;
const REF = 255;
const SYMBOL = 1;
const PAIRLIST = 2;
const CHARSXP = 9;
const LOGICAL = 10;
const INTEGER = 13;
const DOUBLE = 14;
const CHARACTER = 16;
const LIST = 19;
const NA_INTEGER = -2147483648;

class XdrReader {
  offset = 0;
  constructor(private readonly bytes: Buffer) {}
  byte(): number {
    return this.bytes.readUInt8(this.offset++);
  }
  int(): number {
    const v = this.bytes.readInt32BE(this.offset);
    this.offset += 4;
    return v;
  }
  /** R's NA_real_ is a NaN whose low word is 1954; other NaNs stay NaN. */
  double(): number | null {
    const high = this.bytes.readUInt32BE(this.offset);
    const low = this.bytes.readUInt32BE(this.offset + 4);
    const v = this.bytes.readDoubleBE(this.offset);
    this.offset += 8;
    return Number.isNaN(v) && (high & 0x7ff00000) === 0x7ff00000 && low === 1954 ? null : v;
  }
  string(length: number): string {
    const s = this.bytes.toString("utf8", this.offset, this.offset + length);
    this.offset += length;
    return s;
  }
}

function readItem(reader: XdrReader, refs: RValue[]): RValue {
  const flags = reader.int();
  const type = flags & 0xff;
  const hasAttributes = (flags & (1 << 9)) !== 0;
  const hasTag = (flags & (1 << 10)) !== 0;
  switch (type) {
    case NILVALUE:
      return null;
    case REF: {
      const index = flags >> 8 || reader.int();
      const ref = refs[index - 1];
      if (ref === undefined) throw new Error(`reference ${index} to nothing`);
      return ref;
    }
    case SYMBOL: {
      const name = readCharsxp(reader);
      const symbol: RValue = { type: "symbol", name: name ?? "NA" };
      refs.push(symbol);
      return symbol;
    }
    case PAIRLIST: {
      const entries: { tag: string | null; value: RValue }[] = [];
      let f = flags;
      for (;;) {
        if ((f & (1 << 9)) !== 0) readItem(reader, refs); // a pairlist cell's own attributes: none we need
        const tag = (f & (1 << 10)) !== 0 ? symbolName(readItem(reader, refs)) : null;
        entries.push({ tag, value: readItem(reader, refs) });
        f = reader.int();
        if ((f & 0xff) === NILVALUE) break;
        if ((f & 0xff) !== PAIRLIST) throw new Error(`pairlist ends in type ${f & 0xff}`);
      }
      return { type: "pairlist", entries };
    }
    case CHARSXP:
      throw new Error("a bare string where a vector was expected");
    case LOGICAL:
    case INTEGER: {
      const length = reader.int();
      const ints = Array.from({ length }, () => reader.int());
      const attributes = hasAttributes ? readAttributes(reader, refs) : {};
      return type === LOGICAL
        ? { type: "logical", values: ints.map((v) => (v === NA_INTEGER ? null : v !== 0)), attributes }
        : { type: "integer", values: ints.map((v) => (v === NA_INTEGER ? null : v)), attributes };
    }
    case DOUBLE: {
      const length = reader.int();
      const values = Array.from({ length }, () => reader.double());
      return { type: "double", values, attributes: hasAttributes ? readAttributes(reader, refs) : {} };
    }
    case CHARACTER: {
      const length = reader.int();
      const values = Array.from({ length }, () => readCharsxp(reader));
      return { type: "character", values, attributes: hasAttributes ? readAttributes(reader, refs) : {} };
    }
    case LIST: {
      const length = reader.int();
      const values = Array.from({ length }, () => readItem(reader, refs));
      return { type: "list", values, attributes: hasAttributes ? readAttributes(reader, refs) : {} };
    }
    default:
      throw new Error(`R type ${type} (flags ${flags.toString(16)}, tag ${hasTag}) is not supported`);
  }
}

function readCharsxp(reader: XdrReader): string | null {
  const flags = reader.int();
  if ((flags & 0xff) !== CHARSXP) throw new Error(`expected a string, found type ${flags & 0xff}`);
  const length = reader.int();
  return length === -1 ? null : reader.string(length);
}

function readAttributes(reader: XdrReader, refs: RValue[]): RAttributes {
  const list = readItem(reader, refs);
  if (list === null || list.type !== "pairlist") throw new Error("attributes that are not a pairlist");
  const attributes: Record<string, RValue> = {};
  for (const entry of list.entries) if (entry.tag !== null) attributes[entry.tag] = entry.value;
  return attributes;
}

function symbolName(value: RValue): string {
  if (value === null || value.type !== "symbol") throw new Error("a tag that is not a symbol");
  return value.name;
}
