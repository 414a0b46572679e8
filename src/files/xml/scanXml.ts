/**
 * A streaming XML tokenizer for the parts of an .xlsx the reader needs (worksheets, shared strings, styles, the
 * workbook and its relationships): text goes in piece by piece as it is inflated, and each start tag, end tag and
 * (when asked for) text run comes out as a callback, so a part is never held whole.
 *
 * It is made for speed on SpreadsheetML rather than for validating XML: element names are reported without their
 * prefix (`x:row` is `row`), attributes are handed over raw and read on demand (`readAttribute`), comments,
 * processing instructions and DOCTYPEs are skipped (no DTD is ever expanded), and a token longer than
 * `maxTokenChars` (a hostile file's endless tag or text) stops the scan with `XmlTokenTooLongError`.
 */
import { decodeXmlText } from "./decodeXmlText";

/**
 * A start tag's attributes, as a range of the text being scanned (not a copy: a sheet has millions of tags). Valid
 * only during the `open` call; read it with `readAttribute`. The scanner reuses one object for every tag.
 */
export interface XmlTag {
  text: string;
  start: number;
  end: number;
  selfClosing: boolean;
}

export interface XmlHandler {
  /** A start tag. A self-closing tag is followed by `close`. */
  open(name: string, tag: XmlTag): void;
  close(name: string): void;
  /** Text (entities decoded) read while `scanner.wantText` was true, delivered before the next tag. */
  text(text: string): void;
}

export class XmlTokenTooLongError extends Error {
  constructor(readonly chars: number) {
    super(`An XML token is longer than ${chars} characters.`);
  }
}

/** Text or a tag longer than any cell holds (32,767) many times over. */
const MAX_TOKEN_CHARS = 4 * 1024 * 1024;

/** One-letter names (`c`, `v`, `t`, `f`, `r`), made once: a sheet has millions of them. */
const LETTERS: readonly string[] = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/** The name in `s` between `start` and `end`, after any prefix: `x:row` -> `row`. */
function localName(s: string, start: number, end: number): string {
  if (end - start === 1) return LETTERS[s.charCodeAt(start)] ?? s.slice(start, end);
  const colon = s.indexOf(":", start);
  return colon < 0 || colon >= end ? s.slice(start, end) : s.slice(colon + 1, end);
}

/**
 * @example
 * const scanner = new XmlScanner({ open: (name) => names.push(name), close: () => {}, text: () => {} });
 * scanner.write("<a><b/>"); scanner.write("</a>"); scanner.end(); // names: ["a", "b"]
 */
export class XmlScanner {
  /** Set by the handler (usually in `open`) to receive the text that follows. */
  wantText = false;
  private rest = "";
  private readonly tag: XmlTag = { text: "", start: 0, end: 0, selfClosing: false };
  private text = "";
  private hasText = false;

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxTokenChars: number = MAX_TOKEN_CHARS,
  ) {}

  write(chunk: string): void {
    const s = this.rest.length > 0 ? this.rest + chunk : chunk;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) break; // text runs on into the next chunk: kept whole, so an entity is never split
      if (lt > i && this.wantText) this.addText(decodeXmlText(s.slice(i, lt)));
      i = lt;
      if (lt + 1 >= n) break;
      const c = s.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = s.indexOf(">", lt + 2);
        if (gt < 0) break;
        this.flushText();
        let end = gt;
        while (end > lt + 2 && s.charCodeAt(end - 1) <= 32) end--;
        this.handler.close(localName(s, lt + 2, end));
        i = gt + 1;
      } else if (c === 33 /* ! */) {
        const end = this.skipDeclaration(s, lt);
        if (end < 0) break;
        i = end;
      } else if (c === 63 /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) break;
        i = end + 2;
      } else {
        // The tag ends at the first ">" outside quotes: attribute values may hold ">".
        let j = lt + 1;
        let quote = 0;
        for (; j < n; j++) {
          const ch = s.charCodeAt(j);
          if (quote !== 0) {
            if (ch === quote) quote = 0;
          } else if (ch === 34 || ch === 39) quote = ch;
          else if (ch === 62) break;
        }
        if (j >= n) break;
        this.flushText();
        const selfClosing = s.charCodeAt(j - 1) === 47;
        let k = lt + 1;
        while (k < j) {
          const ch = s.charCodeAt(k);
          if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62) break;
          k++;
        }
        const name = localName(s, lt + 1, k);
        const tag = this.tag;
        tag.text = s;
        tag.start = k;
        tag.end = selfClosing ? j - 1 : j;
        tag.selfClosing = selfClosing;
        this.handler.open(name, tag);
        if (selfClosing) this.handler.close(name);
        i = j + 1;
      }
    }
    this.rest = i < n ? s.slice(i) : "";
    if (this.rest.length > this.maxTokenChars) throw new XmlTokenTooLongError(this.maxTokenChars);
  }

  /** The end of the input: delivers trailing text. */
  end(): void {
    if (this.rest.length > 0 && this.wantText && this.rest.indexOf("<") < 0) this.addText(decodeXmlText(this.rest));
    this.rest = "";
    this.flushText();
  }

  private addText(text: string): void {
    this.text = this.hasText ? this.text + text : text;
    this.hasText = true;
    if (this.text.length > this.maxTokenChars) throw new XmlTokenTooLongError(this.maxTokenChars);
  }

  private flushText(): void {
    if (!this.hasText) return;
    const text = this.text;
    this.text = "";
    this.hasText = false;
    this.handler.text(text);
  }

  /** Comments, CDATA (text, kept as is) and DOCTYPE (skipped, internal subset and all); the index after it, or -1. */
  private skipDeclaration(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.wantText) this.addText(s.slice(lt + 9, end));
      return end + 3;
    }
    if (s.length < lt + 9) return -1;
    const subset = s.indexOf("[", lt);
    const gt = s.indexOf(">", lt);
    if (gt < 0) return -1;
    if (subset >= 0 && subset < gt) {
      const close = s.indexOf("]", subset);
      const after = close < 0 ? -1 : s.indexOf(">", close);
      return after < 0 ? -1 : after + 1;
    }
    return gt + 1;
  }
}

/**
 * The value of one attribute of a start tag, by local name (`r:id` is `id`), decoded; `undefined` when the tag does
 * not have it.
 * @example readAttribute(tag, "t") === "s" // for <c r="B7" s="3" t="s">
 */
export function readAttribute(tag: XmlTag, name: string): string | undefined {
  const s = tag.text;
  const n = tag.end;
  let i = tag.start;
  while (i < n) {
    const eq = s.indexOf("=", i);
    if (eq < 0 || eq >= n) return undefined;
    let end = eq;
    while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > i && !isSpace(s.charCodeAt(start - 1))) start--;
    let q = eq + 1;
    while (q < n && isSpace(s.charCodeAt(q))) q++;
    const quote = s.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return undefined;
    const close = s.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0 || close >= n) return undefined;
    const length = end - start;
    if (
      (length === name.length && s.startsWith(name, start)) ||
      (length > name.length && s.charCodeAt(end - name.length - 1) === 58 /* : */ && s.startsWith(name, end - name.length))
    ) {
      return decodeXmlText(s.slice(q + 1, close));
    }
    i = close + 1;
  }
  return undefined;
}

/** A tag from text, for tests and for callers holding a tag's attribute text. @example tagOf(' r="B7"') */
export function tagOf(attributes: string): XmlTag {
  return { text: attributes, start: 0, end: attributes.length, selfClosing: false };
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}
