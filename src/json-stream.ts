/**
 * JSON as `JSON.stringify(value, null, 2)` writes it, handed out in pieces of about a
 * megabyte: a report of a long pair (both documents' text, every divergence) runs to
 * hundreds of megabytes, which then never sit in memory whole, twice over.
 */

/** Pieces are passed on once they hold about this many characters. */
const PIECE = 1 << 20;

/**
 * Below the top two levels, arrays and objects with fewer members than this are
 * written by JSON.stringify at once; others are taken apart down to this depth.
 */
const SMALL = 64;
const DEEPEST = 4;

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function memberCount(v: object): number {
  return Array.isArray(v) ? v.length : Object.keys(v).length;
}

/** Writes `value` as JSON.stringify(value, null, 2) would, in pieces, to `write`. */
export function writePrettyJson(value: unknown, write: (piece: string) => void): void {
  const parts: string[] = [];
  let size = 0;
  const out = (s: string): void => {
    parts.push(s);
    size += s.length;
    if (size >= PIECE) {
      write(parts.join(''));
      parts.length = 0;
      size = 0;
    }
  };
  const emit = (v: unknown, indent: string, depth: number): void => {
    const plain = v === null || typeof v !== 'object' || typeof (v as {toJSON?: unknown}).toJSON === 'function' || depth > DEEPEST || (depth > 1 && memberCount(v) < SMALL);
    if (plain) {
      // JSON.stringify indents nested lines from the value's own start: shift them to its place.
      const text = JSON.stringify(v, null, 2) ?? 'null';
      out(indent ? text.replace(/\n/g, `\n${indent}`) : text);
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (!v.length) {
        out('[]');
        return;
      }
      out('[');
      v.forEach((item, k) => {
        out(k ? `,\n${inner}` : `\n${inner}`);
        emit(omitted(item) ? null : item, inner, depth + 1);
      });
      out(`\n${indent}]`);
      return;
    }
    const entries = Object.entries(v).filter(([, x]) => !omitted(x));
    if (!entries.length) {
      out('{}');
      return;
    }
    out('{');
    entries.forEach(([key, x], k) => {
      out(`${k ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
      emit(x, inner, depth + 1);
    });
    out(`\n${indent}}`);
  };
  emit(value, '', 0);
  if (parts.length) write(parts.join(''));
}

/**
 * Writes a JSON object given as its first members and the rest, as `writePrettyJson`
 * writes the two merged: the first part's closing brace and the second's opening one
 * are left out where they meet. Each part is written as soon as it is known.
 */
export function writePrettyJsonPart(value: object, part: 'head' | 'tail', write: (piece: string) => void): void {
  let held = '';
  let first = part === 'tail';
  writePrettyJson(value, piece => {
    if (first) {
      // The tail's `{` becomes the comma that follows the head's last member.
      piece = `,${piece.slice(1)}`;
      first = false;
    }
    if (part === 'tail') return write(piece);
    // The head's closing `\n}` is held back: it comes in the last piece.
    if (held) write(held);
    held = piece;
  });
  if (part === 'head') write(held.slice(0, -2));
}
