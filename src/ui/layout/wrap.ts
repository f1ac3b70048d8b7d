/**
 * Word wrapping by display width. Terminal columns are counted with string-width per
 * grapheme cluster, so CJK characters take two columns, combining marks none, and an
 * emoji sequence stays whole; `.length` would push the right column out of line.
 *
 * A wrapped line is a range of the input string, so styles given as offset ranges
 * (the engine's spans) can be laid over it afterwards.
 */
import stringWidth from 'string-width';

/** One display line: a range of the wrapped text and how many columns it takes. */
export interface WrappedLine {
  /** First UTF-16 index of the line in the text. */
  readonly start: number;
  /** One past the last index shown on the line (trailing spaces excluded). */
  readonly end: number;
  /** Columns the line takes on screen. */
  readonly width: number;
}

const graphemes = new Intl.Segmenter('und', {granularity: 'grapheme'});

// Text where every UTF-16 unit is one character of one column: printable ASCII, the
// Latin letters with their accents as single characters (NFC), general punctuation and
// the symbols the screen draws. Most European text is all of this, and it needs
// neither grapheme segmentation nor a width table.
const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u0370-\u03ff\u0400-\u04ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2400-\u2426\u2500-\u257f\ufffd]*$/;

/** Columns a string takes on screen. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  return stringWidth(text);
}

/** The grapheme clusters of a text with their offsets and widths. */
export function clustersOf(text: string): {start: number; end: number; width: number}[] {
  const out: {start: number; end: number; width: number}[] = [];
  if (NARROW.test(text)) {
    for (let i = 0; i < text.length; i++) out.push({start: i, end: i + 1, width: 1});
    return out;
  }
  for (const s of graphemes.segment(text)) {
    const seg = s.segment;
    out.push({start: s.index, end: s.index + seg.length, width: seg === ' ' ? 1 : stringWidth(seg)});
  }
  return out;
}

function isSpace(text: string, start: number, end: number): boolean {
  return end - start === 1 && (text[start] === ' ' || text[start] === '\t');
}

/**
 * Wraps text to `width` columns: breaks at spaces, keeps words whole unless a word
 * alone is wider than a line, and breaks at every `\n`. Always at least one line, so an
 * empty paragraph still shows as a row.
 */
export function wrapText(text: string, width: number): WrappedLine[] {
  const cols = Math.max(1, width);
  const lines: WrappedLine[] = [];
  let offset = 0;
  for (const hard of text.split('\n')) {
    wrapHardLine(text, offset, offset + hard.length, cols, lines);
    offset += hard.length + 1;
  }
  return lines;
}

function wrapHardLine(text: string, from: number, to: number, cols: number, out: WrappedLine[]): void {
  const clusters = clustersOf(text.slice(from, to)).map(c => ({start: c.start + from, end: c.end + from, width: c.width}));
  const before = out.length;
  // lineStart < 0 while the current line is still empty.
  let lineStart = -1;
  let lineEnd = from;
  let lineWidth = 0;
  let i = 0;
  const flush = (): void => {
    out.push({start: lineStart, end: lineEnd, width: lineWidth});
    lineStart = -1;
    lineWidth = 0;
  };
  while (i < clusters.length) {
    const c = clusters[i]!;
    if (isSpace(text, c.start, c.end)) {
      // Spaces between words: kept inside a line, dropped at the start of a wrapped line.
      let j = i;
      let spaceWidth = 0;
      while (j < clusters.length && isSpace(text, clusters[j]!.start, clusters[j]!.end)) {
        spaceWidth += clusters[j]!.width;
        j++;
      }
      if (lineStart >= 0 && j < clusters.length) {
        const wordWidth = widthOfWord(text, clusters, j);
        if (lineWidth + spaceWidth + wordWidth <= cols) {
          lineEnd = clusters[j - 1]!.end;
          lineWidth += spaceWidth;
        } else {
          flush();
        }
      }
      i = j;
      continue;
    }
    // A word: the run of clusters up to the next space.
    let j = i;
    let wordWidth = 0;
    while (j < clusters.length && !isSpace(text, clusters[j]!.start, clusters[j]!.end)) {
      wordWidth += clusters[j]!.width;
      j++;
    }
    if (lineStart >= 0 && lineWidth + wordWidth > cols) flush();
    if (wordWidth <= cols - lineWidth) {
      if (lineStart < 0) lineStart = c.start;
      lineEnd = clusters[j - 1]!.end;
      lineWidth += wordWidth;
      i = j;
      continue;
    }
    // Longer than a whole line: cut it between clusters.
    for (let k = i; k < j; k++) {
      const g = clusters[k]!;
      if (lineStart >= 0 && lineWidth + g.width > cols) flush();
      if (lineStart < 0) lineStart = g.start;
      lineEnd = g.end;
      lineWidth += g.width;
    }
    i = j;
  }
  if (lineStart >= 0) flush();
  if (out.length === before) out.push({start: from, end: from, width: 0});
}

function widthOfWord(text: string, clusters: readonly {start: number; end: number; width: number}[], from: number): number {
  let w = 0;
  for (let k = from; k < clusters.length && !isSpace(text, clusters[k]!.start, clusters[k]!.end); k++) w += clusters[k]!.width;
  return w;
}
