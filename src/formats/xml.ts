/**
 * The one adapter around fast-xml-parser: reading XML into a small tree of our own,
 * with line numbers for messages, and writing XML that is always well formed.
 *
 * Reading is defensive. A document type declaration with an internal subset (where
 * entities are declared) is refused before the parser sees it: an entity can expand
 * without bound (the "billion laughs") or name another file or a URL. The parser runs
 * with entity processing off, and this module decodes the five predefined entities and
 * character references itself, so nothing else is ever expanded. A plain
 * `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, which many tools write, is accepted and ignored:
 * nothing is fetched.
 *
 * Writing strips the characters that XML 1.0 does not allow (most C0 controls, U+FFFE,
 * U+FFFF, unpaired surrogates) and reports how many went, so that a written file is
 * never invalid; the writers turn the count into a warning.
 */
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {fail, inputError, ok, type InputError, type Result} from '../core/result.js';

/** An element read from a file, with the line it starts on. */
export interface XmlElement {
  /** The element's qualified name as written (`tu`, `mda:meta`). */
  readonly name: string;
  /** Attributes by qualified name, values with references decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Text and elements in document order. */
  readonly children: readonly XmlChild[];
  /** 1-based line of the element's start tag. */
  readonly line: number;
}

/** A piece of an element's content: text or an element. */
export type XmlChild = XmlElement | string;

/** Whether a child is an element. */
export function isElement(child: XmlChild): child is XmlElement {
  return typeof child !== 'string';
}

/** The element children of an element, optionally only those with a given name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children) if (isElement(c) && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** The first element child with a name, or undefined. */
export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  for (const c of element.children) if (isElement(c) && c.name === name) return c;
  return undefined;
}

/** The name without its namespace prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** The concatenated text of an element's direct text children (no descendants). */
export function ownText(element: XmlElement): string {
  let s = '';
  for (const c of element.children) if (typeof c === 'string') s += c;
  return s;
}

/** The fast-xml-parser option set: order kept, no trimming, no entity expansion. */
const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  captureMetaData: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
  cdataPropName: '#cdata',
  maxNestedTags: 200,
} as const;

/** The shape fast-xml-parser gives a node when `preserveOrder` is on. */
type OrderedNode = Record<string, unknown>;

/**
 * Parses a whole XML document. Errors name the file and the line: malformed markup
 * (from the validator), a refused document type declaration, an unknown entity, a
 * character XML forbids, or more than one root element.
 */
export function parseXml(text: string, path: string): Result<XmlElement, InputError> {
  const lines = lineStarts(text);
  const refused = refusedDoctype(text);
  if (refused !== null) return fail(inputError('formats.xml-doctype-refused', {path, line: lineOf(lines, refused)}));
  const illegal = firstIllegalXmlChar(text);
  if (illegal !== null) {
    return fail(inputError('formats.xml-illegal-character', {path, line: lineOf(lines, illegal), character: codePointLabel(text, illegal)}));
  }
  const valid = XMLValidator.validate(text, {allowBooleanAttributes: false});
  if (valid !== true) {
    return fail(malformed(path, valid.err, lines.length));
  }
  let parsed: unknown;
  try {
    parsed = new XMLParser(PARSER_OPTIONS).parse(text);
  } catch (error) {
    // The validator accepted the text, so this is a limit of the parser (nesting depth,
    // a DOCTYPE form it does not read): still the input's fault, told in one line.
    return fail(inputError('formats.xml-malformed', {path, line: 1, detail: (error as Error).message}));
  }
  // The typings declare the boxed Symbol type; the value is a primitive symbol.
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const roots: XmlElement[] = [];
  let problem: InputError | null = null;

  const convert = (node: OrderedNode): XmlElement | string | null => {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      const value = node[key];
      if (key === '#text' || key === '#cdata') {
        if (key === '#cdata') return cdataText(value);
        return decode(String(value), node);
      }
      const info = (node as Record<symbol, {startIndex?: number} | undefined>)[meta];
      const line = lineOf(lines, info?.startIndex ?? 0);
      const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
      const attrs: Record<string, string> = {};
      for (const [name, v] of Object.entries(rawAttrs)) {
        const decoded = decodeReferences(String(v));
        if (decoded === null) {
          problem ??= inputError('formats.xml-unknown-entity', {path, line, entity: firstReference(String(v))});
          attrs[name] = String(v);
        } else {
          attrs[name] = decoded;
        }
      }
      const children: XmlChild[] = [];
      if (Array.isArray(value)) {
        for (const child of value as OrderedNode[]) {
          const c = convert(child);
          if (c === null) continue;
          const last = children[children.length - 1];
          // Adjacent text pieces (text then CDATA) read as one string.
          if (typeof c === 'string' && typeof last === 'string') children[children.length - 1] = last + c;
          else children.push(c);
        }
      }
      return {name: key, attrs, children, line};
    }
    return null;
  };

  function decode(raw: string, node: OrderedNode): string {
    const decoded = decodeReferences(raw);
    if (decoded !== null) return decoded;
    const info = (node as Record<symbol, {startIndex?: number} | undefined>)[meta];
    problem ??= inputError('formats.xml-unknown-entity', {
      path,
      line: info?.startIndex !== undefined ? lineOf(lines, info.startIndex) : lineOfText(text, lines, raw),
      entity: firstReference(raw),
    });
    return raw;
  }

  for (const node of (Array.isArray(parsed) ? parsed : []) as OrderedNode[]) {
    const c = convert(node);
    if (c !== null && typeof c !== 'string') roots.push(c);
  }
  if (problem) return fail(problem);
  if (roots.length !== 1) {
    const second = roots[1];
    return fail(inputError('formats.xml-several-roots', {path, line: second?.line ?? 1, count: roots.length}));
  }
  return ok(roots[0]!);
}

function cdataText(value: unknown): string {
  // With preserveOrder, a CDATA section arrives as [{'#text': '...'}].
  if (Array.isArray(value)) return value.map(v => String((v as OrderedNode)['#text'] ?? '')).join('');
  return String(value);
}

function malformed(path: string, err: {code: string; msg: string; line: number; col: number}, lastLine: number): InputError {
  // The validator's messages are English; the common cases get their own words.
  const open = /^Invalid '(\[.*\])' found\.$/.exec(err.msg);
  if (open) {
    // Several elements still open at the end: the validator lists them, outermost first.
    const tags = JSON.parse(open[1]!) as unknown;
    const innermost = Array.isArray(tags) ? tags[tags.length - 1] : undefined;
    if (typeof innermost === 'string') return inputError('formats.xml-ends-early', {path, line: lastLine, tag: innermost});
  }
  const unclosed = /^Unclosed tag '([^']+)'/.exec(err.msg);
  if (unclosed) return inputError('formats.xml-unclosed-tag', {path, line: err.line, tag: unclosed[1]!});
  const mismatch = /^Expected closing tag '([^']+)' \(opened in line (\d+).*instead of closing tag '([^']+)'/.exec(err.msg);
  if (mismatch) {
    return inputError('formats.xml-mismatched-tag', {path, line: err.line, tag: mismatch[1]!, opened: Number(mismatch[2]), found: mismatch[3]!});
  }
  return inputError('formats.xml-malformed', {path, line: err.line, detail: err.msg});
}

/** Offsets where each line starts, for turning an offset into a line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function lineOfText(text: string, starts: readonly number[], piece: string): number {
  const at = text.indexOf(piece);
  return at >= 0 ? lineOf(starts, at) : 1;
}

/**
 * The offset of a DOCTYPE that declares anything of its own (an internal subset in
 * brackets), or null. Only the prolog is scanned, as a DOCTYPE may stand nowhere else.
 */
function refusedDoctype(text: string): number | null {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) {
      i++;
      continue;
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return null;
      i = end + 2;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return null;
      i = end + 3;
      continue;
    }
    if (text.startsWith('<!DOCTYPE', i)) {
      // Quoted literals may hold '[' or '>' as data; the subset starts at a bare '['.
      let quote = '';
      for (let j = i + 9; j < n; j++) {
        const ch = text[j]!;
        if (quote) {
          if (ch === quote) quote = '';
        } else if (ch === '"' || ch === "'") {
          quote = ch;
        } else if (ch === '[') {
          return i;
        } else if (ch === '>') {
          return null;
        }
      }
      return i;
    }
    return null;
  }
  return null;
}

/** Whether a code point may appear in an XML 1.0 document. */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function firstIllegalXmlChar(text: string): number | null {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (!isXmlChar(cp)) return i;
    if (cp > 0xffff) i++;
  }
  return null;
}

function codePointLabel(text: string, offset: number): string {
  return `U+${text.codePointAt(offset)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const PREDEFINED: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

/**
 * Text with the predefined entities and character references decoded, or null when it
 * holds a reference to any other entity or to a character XML forbids.
 */
export function decodeReferences(raw: string): string | null {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0) return null;
    const name = raw.slice(amp + 1, semi);
    let value: string | undefined;
    if (name.startsWith('#')) {
      const hex = name[1] === 'x';
      const digits = name.slice(hex ? 2 : 1);
      const valid = digits.length > 0 && [...digits].every(d => (hex ? isHexDigit(d) : d >= '0' && d <= '9'));
      const cp = valid ? Number.parseInt(digits, hex ? 16 : 10) : Number.NaN;
      if (!Number.isFinite(cp) || !isXmlChar(cp)) return null;
      value = String.fromCodePoint(cp);
    } else {
      value = PREDEFINED[name];
    }
    if (value === undefined) return null;
    out += raw.slice(from, amp) + value;
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

function isHexDigit(d: string): boolean {
  return (d >= '0' && d <= '9') || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F');
}

function firstReference(raw: string): string {
  const amp = raw.indexOf('&');
  if (amp < 0) return raw.slice(0, 20);
  const semi = raw.indexOf(';', amp);
  return semi > amp && semi - amp <= 40 ? raw.slice(amp, semi + 1) : raw.slice(amp, amp + 20);
}

// ---------------------------------------------------------------------------------
// Writing

/** An element to write. Elements that hold any text are written on one line, as is; others are indented. */
export interface XmlOut {
  /** Qualified name. */
  readonly name: string;
  /** Attributes in the order they are written; undefined values are left out. */
  readonly attrs?: readonly (readonly [string, string | undefined])[];
  /** Content; strings are text. */
  readonly children?: readonly (XmlOut | string)[];
  /**
   * Written on one line as is, even when it holds only elements: for content where
   * white space counts (an XLIFF `<source>` made of `<cp>` elements alone).
   */
  readonly inline?: boolean;
}

/** Text with the characters XML 1.0 forbids removed, and how many there were. */
export function xmlSafe(text: string): {readonly text: string; readonly removed: number} {
  let removed = 0;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isXmlChar(cp)) {
      out += text.slice(from, i);
      from = i + width;
      removed++;
    }
    i += width - 1;
  }
  if (removed === 0) return {text, removed};
  return {text: out + text.slice(from), removed};
}

/** Escapes text content: markup characters, and CR so that it survives reading. */
export function escapeXmlText(text: string): string {
  let out = '';
  for (const ch of text) {
    switch (ch) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '\r':
        out += '&#13;';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

/** Escapes an attribute value; tabs and line breaks as references, as parsers fold them. */
export function escapeXmlAttr(text: string): string {
  let out = '';
  for (const ch of text) {
    switch (ch) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '"':
        out += '&quot;';
        break;
      case "'":
        out += '&apos;';
        break;
      case '\t':
        out += '&#9;';
        break;
      case '\n':
        out += '&#10;';
        break;
      case '\r':
        out += '&#13;';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

/**
 * Serialises a document. Callers pass text already made safe with `xmlSafe`; a
 * character XML forbids that still reaches here is a bug, and throws rather than
 * writing a file no tool can read.
 */
export function serializeXml(root: XmlOut, prolog: readonly string[] = []): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  for (const line of prolog) parts.push(line, '\n');
  write(root, 0, parts);
  parts.push('\n');
  const xml = parts.join('');
  const bad = firstIllegalXmlChar(xml);
  if (bad !== null) throw new Error(`refusing to write a character XML forbids (${codePointLabel(xml, bad)})`);
  return xml;
}

function write(el: XmlOut, depth: number, parts: string[]): void {
  const indent = '  '.repeat(depth);
  let open = `<${el.name}`;
  for (const [name, value] of el.attrs ?? []) if (value !== undefined) open += ` ${name}="${escapeXmlAttr(value)}"`;
  const children = el.children ?? [];
  if (children.length === 0) {
    parts.push(`${indent}${open}/>`);
    return;
  }
  const mixed = el.inline === true || children.some(c => typeof c === 'string');
  if (mixed) {
    parts.push(`${indent}${open}>`);
    for (const c of children) parts.push(typeof c === 'string' ? escapeXmlText(c) : inline(c));
    parts.push(`</${el.name}>`);
    return;
  }
  parts.push(`${indent}${open}>\n`);
  for (const c of children) {
    write(c as XmlOut, depth + 1, parts);
    parts.push('\n');
  }
  parts.push(`${indent}</${el.name}>`);
}

function inline(el: XmlOut): string {
  const parts: string[] = [];
  let open = `<${el.name}`;
  for (const [name, value] of el.attrs ?? []) if (value !== undefined) open += ` ${name}="${escapeXmlAttr(value)}"`;
  const children = el.children ?? [];
  if (children.length === 0) return `${open}/>`;
  parts.push(`${open}>`);
  for (const c of children) parts.push(typeof c === 'string' ? escapeXmlText(c) : inline(c));
  parts.push(`</${el.name}>`);
  return parts.join('');
}
