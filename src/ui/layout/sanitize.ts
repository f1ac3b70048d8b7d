/**
 * Documents may hold control characters and escape sequences; sent to a terminal as
 * they are, they would move the cursor, change colours or clear the screen. Each one
 * becomes a visible symbol of the same UTF-16 length, so the engine's offsets still
 * point at the same characters after the text is made safe to show.
 */

const DEL = 0x7f;

/**
 * The character shown in place of code unit `c`, or undefined when `c` is shown as is.
 * C0 controls become their Control Pictures (U+2400 block: ESC is ␛), DEL becomes ␡,
 * C1 controls and bidirectional overrides (which reorder what follows and break the
 * columns) become U+FFFD, line and paragraph separators become ↵.
 */
export function visibleSymbolFor(c: number): string | undefined {
  if (c < 0x20) return String.fromCharCode(0x2400 + c);
  if (c === DEL) return '\u2421';
  if (c >= 0x80 && c <= 0x9f) return '\ufffd';
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return '\ufffd';
  if (c === 0x2028 || c === 0x2029) return '\u21b5';
  return undefined;
}

// Everything visibleSymbolFor replaces, for a fast test of the common clean text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/**
 * The text with every control character replaced by a visible symbol, keeping its
 * length. Line feeds are kept when `keepNewlines` is set: the wrapper breaks lines
 * there and never sends them to the terminal.
 */
export function visibleText(text: string, keepNewlines = true): string {
  if (!UNSAFE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a && keepNewlines) {
      out += '\n';
      continue;
    }
    out += visibleSymbolFor(c) ?? text[i];
  }
  return out;
}
