/**
 * Shows a cell value the way Excel would under its number format, close enough for the standalone preview and for
 * reading back what an analyst typed (a commentary typed as `10%` is the number 0.1 shown `0%`):
 * sections (`pos;neg;zero;text`), colours ignored, quoted and escaped literals, `%`, thousands separators,
 * fixed and optional decimals, trailing-comma scaling, currency literals (`£`, `[$£-809]`), `_x` padding and
 * the common date codes. Not a full implementation: conditions (`[>100]`) and fractions are read as plain numbers.
 */

type Value = string | number | boolean | null;

/**
 * @example formatCellValue(0.252, "0.0%") === "25.2%"
 * @example formatCellValue(-1431, "#,##0;(#,##0)") === "(1,431)"
 */
export function formatCellValue(value: Value, numberFormat?: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const format = numberFormat?.trim() ?? "";
  const sections = splitSections(format);
  if (typeof value === "string") {
    const textSection = sections[3] ?? sections.find((s) => s.includes("@"));
    return textSection ? applyTextSection(textSection, value) : value;
  }
  if (!Number.isFinite(value)) return String(value);
  if (format === "" || /^general$/i.test(format) || format === "@") return formatGeneral(value);

  const numeric = sections.filter((s) => !s.includes("@"));
  let section = numeric[0] ?? "General";
  let shown = value;
  let minus = false;
  if (value < 0 && numeric.length >= 2) {
    section = numeric[1] ?? section;
    shown = -value; // the negative section carries its own sign or brackets
  } else if (value === 0 && numeric.length >= 3) {
    section = numeric[2] ?? section;
  } else if (value < 0) {
    shown = -value;
    minus = true;
  }
  const text = formatSection(shown, section);
  return minus ? `-${text}` : text;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? "";
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

type Token = { readonly kind: "literal"; readonly text: string } | { readonly kind: "code"; readonly text: string };

/** Splits a section into literal text and format codes; brackets become literals (currency) or vanish (colours). */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] ?? "";
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end === -1 ? section.length : end;
      tokens.push({ kind: "literal", text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\") {
      tokens.push({ kind: "literal", text: section[i + 1] ?? "" });
      i++;
    } else if (ch === "_") {
      tokens.push({ kind: "literal", text: " " }); // padding the width of the next character
      i++;
    } else if (ch === "*") {
      i++; // fill character: no room to repeat it in a preview
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const stop = end === -1 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      const currency = /^\$([^-\]]*)/.exec(inner);
      if (currency) tokens.push({ kind: "literal", text: currency[1] ?? "" });
      else if (/^(h+|m+|s+)$/i.test(inner)) tokens.push({ kind: "code", text: inner }); // elapsed time
      i = stop;
    } else {
      tokens.push({ kind: "code", text: ch });
    }
  }
  return tokens;
}

function formatSection(value: number, section: string): string {
  const tokens = tokenize(section);
  const codes = tokens.filter((t) => t.kind === "code").map((t) => t.text).join("");
  if (/general/i.test(codes)) {
    return tokens.map((t) => (t.kind === "literal" ? t.text : "")).join("") + formatGeneral(value);
  }
  if (/[yd]/i.test(codes) || (/[hms]/i.test(codes) && !/[0#?]/.test(codes))) return formatDate(value, tokens);
  return formatNumber(value, tokens);
}

function formatNumber(value: number, tokens: readonly Token[]): string {
  const isPlaceholder = (c: string) => c === "0" || c === "#" || c === "?";
  let prefix = "";
  let suffix = "";
  let integerPart = "";
  let decimalPart = "";
  let seenPlaceholder = false;
  let seenDot = false;
  let percents = 0;
  let exponent = false;
  for (const t of tokens) {
    if (t.kind === "literal") {
      if (seenPlaceholder) suffix += t.text;
      else prefix += t.text;
      continue;
    }
    const c = t.text;
    if (isPlaceholder(c)) {
      seenPlaceholder = true;
      if (seenDot) decimalPart += c;
      else integerPart += c;
    } else if (c === ".") {
      seenDot = true;
      seenPlaceholder = true;
    } else if (c === ",") {
      if (seenPlaceholder && !seenDot) integerPart += c;
    } else if (c === "%") {
      percents += 1;
      if (seenPlaceholder) suffix += "%";
      else prefix += "%";
    } else if (c === "E" || c === "e") {
      exponent = true;
      break;
    } else if (seenPlaceholder) {
      suffix += c;
    } else {
      prefix += c;
    }
  }
  // Commas right after the last digit placeholder scale by a thousand each; the rest group thousands.
  const scaleCommas = /,+$/.exec(integerPart)?.[0].length ?? 0;
  const grouping = integerPart.slice(0, integerPart.length - scaleCommas).includes(",");
  const scaled = (value * 100 ** percents) / 1000 ** scaleCommas;
  const maxDecimals = decimalPart.length;
  if (exponent) return prefix + formatExponent(scaled, maxDecimals) + suffix;

  const [whole = "0", fraction = ""] = roundHalfAway(scaled, maxDecimals).toFixed(maxDecimals).split(".");
  // Optional decimals (`#`) drop their trailing zeros; fixed ones (`0`) keep them.
  const fixedDecimals = (decimalPart.match(/0/g) ?? []).length;
  let decimals = fraction;
  while (decimals.length > fixedDecimals && decimals.endsWith("0")) decimals = decimals.slice(0, -1);
  const minIntegerDigits = (integerPart.match(/0/g) ?? []).length;
  let integer = whole === "0" && minIntegerDigits === 0 ? "" : whole.padStart(minIntegerDigits, "0");
  if (grouping) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return prefix + (seenDot ? `${integer}.${decimals}` : integer) + suffix;
}

function formatExponent(value: number, decimals: number): string {
  const [mantissa = "0", exp = "0"] = value.toExponential(decimals).split("e");
  const power = Number(exp);
  return `${mantissa}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
}

/** Excel rounds half away from zero; `toFixed` rounds the binary value, so 1.005 would become 1.00. */
function roundHalfAway(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  return sign * Number(`${Math.round(Number(`${Math.abs(value)}e${decimals}`))}e-${decimals}`);
}

function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const shown = Number(value.toPrecision(10));
  return String(shown);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Excel's 1900 date system: serial 25569 is 1 January 1970. Read in UTC so the time zone cannot move a day. */
function formatDate(serial: number, tokens: readonly Token[]): string {
  const date = new Date(Math.round((serial - 25569) * 86400) * 1000);
  let out = "";
  const parts: { code: string | null; text: string }[] = [];
  for (const t of tokens) {
    if (t.kind === "literal") {
      parts.push({ code: null, text: t.text });
      continue;
    }
    const last = parts[parts.length - 1];
    const c = t.text.toLowerCase();
    if (last && last.code !== null && last.code[0] === c && /[ymdhs]/.test(c)) last.code += c;
    else if (/[ymdhs]/.test(c)) parts.push({ code: c, text: "" });
    else parts.push({ code: null, text: t.text });
  }
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p) continue;
    if (p.code === null) {
      out += p.text;
      continue;
    }
    const code = p.code;
    const pad = (n: number) => String(n).padStart(2, "0");
    // `m` is minutes right after an hour code or right before a seconds code, months otherwise.
    const previousCode = parts.slice(0, i).reverse().find((q) => q.code !== null)?.code ?? "";
    const nextCode = parts.slice(i + 1).find((q) => q.code !== null)?.code ?? "";
    const minutes = code.startsWith("m") && code.length <= 2 && (previousCode.startsWith("h") || nextCode.startsWith("s"));
    if (code.startsWith("y")) out += code.length <= 2 ? pad(date.getUTCFullYear() % 100) : String(date.getUTCFullYear());
    else if (minutes) out += code.length === 2 ? pad(date.getUTCMinutes()) : String(date.getUTCMinutes());
    else if (code.startsWith("m")) {
      const name = MONTHS[date.getUTCMonth()] ?? "";
      if (code.length === 1) out += String(date.getUTCMonth() + 1);
      else if (code.length === 2) out += pad(date.getUTCMonth() + 1);
      else if (code.length === 3) out += name.slice(0, 3);
      else if (code.length === 5) out += name.slice(0, 1);
      else out += name;
    } else if (code.startsWith("d")) {
      const name = DAYS[date.getUTCDay()] ?? "";
      if (code.length === 1) out += String(date.getUTCDate());
      else if (code.length === 2) out += pad(date.getUTCDate());
      else if (code.length === 3) out += name.slice(0, 3);
      else out += name;
    } else if (code.startsWith("h")) out += code.length === 2 ? pad(date.getUTCHours()) : String(date.getUTCHours());
    else if (code.startsWith("s")) out += code.length === 2 ? pad(date.getUTCSeconds()) : String(date.getUTCSeconds());
  }
  return out;
}

function applyTextSection(section: string, text: string): string {
  return tokenize(section)
    .map((t) => (t.kind === "literal" ? t.text : t.text === "@" ? text : t.text))
    .join("");
}
