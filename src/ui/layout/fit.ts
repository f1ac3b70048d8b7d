/**
 * Text made to fit the screen's width without losing words: styled text wrapped at
 * spaces with a hanging indent, a list of parts laid out whole on as many rows as
 * they need, and a middle ellipsis for the one thing that cannot wrap (a file name,
 * a path), which keeps both its start and its end readable.
 */
import {styleLine, type Mark, type Row, type Segment, type Style} from './styled.js';
import {clustersOf, displayWidth, wrapText} from './wrap.js';

/** The ellipsis put where text was left out. */
export const ELLIPSIS = '…';

/**
 * `text` in at most `width` columns: whole when it fits, else its start and its end
 * with an ellipsis between them (the end gets the larger half: a file's name and
 * extension are there).
 */
export function middleEllipsis(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? ELLIPSIS : '';
  const clusters = clustersOf(text);
  const room = width - 1;
  const headRoom = Math.floor(room / 2);
  let head = '';
  let used = 0;
  let i = 0;
  for (; i < clusters.length && used + clusters[i]!.width <= headRoom; i++) {
    head += text.slice(clusters[i]!.start, clusters[i]!.end);
    used += clusters[i]!.width;
  }
  let tail = '';
  let tailUsed = 0;
  for (let k = clusters.length - 1; k >= i && tailUsed + clusters[k]!.width <= room - used; k--) {
    tail = text.slice(clusters[k]!.start, clusters[k]!.end) + tail;
    tailUsed += clusters[k]!.width;
  }
  return head + ELLIPSIS + tail;
}

/**
 * Styled segments wrapped to `width` columns at spaces: the first row starts with
 * `first`, the others with `indent` (both plain segments of the same width), so a
 * list entry reads as a block.
 */
export function wrapSegments(segments: readonly Segment[], width: number, first: Segment, indent: Segment): Row[] {
  let text = '';
  const marks: Mark[] = [];
  for (const s of segments) {
    marks.push({start: text.length, end: text.length + s.text.length, style: s.style});
    text += s.text;
  }
  const room = Math.max(1, width - displayWidth(indent.text));
  return wrapText(text, room).map((line, i) => [i === 0 ? first : indent, ...styleLine(text, line, marks)]);
}

/**
 * Parts (each a run of segments that belongs together) laid out left to right with
 * `separator` between them, starting a new row where the next part would not fit, so
 * no part is ever cut; a part wider than a whole row is shortened in the middle.
 * At most `maxRows` rows: parts that do not fit in them are left out, the last first.
 */
export function flowParts(parts: readonly (readonly Segment[])[], width: number, separator: Segment, maxRows = Number.MAX_SAFE_INTEGER): Row[] {
  const rows: Segment[][] = [];
  let row: Segment[] = [];
  let used = 0;
  const sepWidth = displayWidth(separator.text);
  for (const raw of parts) {
    const part = fitPart(raw, width);
    const w = part.reduce((n, s) => n + displayWidth(s.text), 0);
    if (row.length > 0 && used + sepWidth + w <= width) {
      row.push(separator, ...part);
      used += sepWidth + w;
      continue;
    }
    if (row.length > 0) {
      if (rows.length + 1 >= maxRows) break;
      rows.push(row);
    }
    row = [...part];
    used = w;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function fitPart(part: readonly Segment[], width: number): Segment[] {
  const w = part.reduce((n, s) => n + displayWidth(s.text), 0);
  if (w <= width) return [...part];
  const style: Style = part[0]?.style ?? {};
  return [{text: middleEllipsis(part.map(s => s.text).join(''), width), style}];
}

/**
 * An editable line in `width` columns with its cursor in view: when the text is
 * wider, a window around the cursor, with an ellipsis on each side that hides text.
 * Returns the segments before the cursor, the cursor's cell, and after it.
 */
export function editableWindow(text: string, cursor: number, width: number): {before: string; at: string; after: string} {
  const clusters = clustersOf(text);
  const atIndex = clusters.findIndex(c => c.start >= cursor);
  const cursorCluster = atIndex < 0 ? clusters.length : atIndex;
  const cell = (k: number): string => (k < clusters.length ? text.slice(clusters[k]!.start, clusters[k]!.end) : ' ');
  const cellWidth = (k: number): number => (k < clusters.length ? clusters[k]!.width : 1);
  const total = clusters.reduce((n, c) => n + c.width, 0) + (cursorCluster >= clusters.length ? 1 : 0);
  if (total <= width) {
    return {before: text.slice(0, cursor), at: cell(cursorCluster), after: cursorCluster < clusters.length ? text.slice(clusters[cursorCluster]!.end) : ''};
  }
  // Grow a window around the cursor, a little more after it than before.
  let from = cursorCluster;
  let to = cursorCluster + 1;
  let used = cellWidth(cursorCluster);
  const room = Math.max(1, width - 2);
  for (;;) {
    let grew = false;
    if (from > 0 && used + clusters[from - 1]!.width <= room && (to >= clusters.length || (cursorCluster - from) * 2 < to - cursorCluster)) {
      from--;
      used += clusters[from]!.width;
      grew = true;
    } else if (to < clusters.length && used + clusters[to]!.width <= room) {
      used += clusters[to]!.width;
      to++;
      grew = true;
    } else if (from > 0 && used + clusters[from - 1]!.width <= room) {
      from--;
      used += clusters[from]!.width;
      grew = true;
    }
    if (!grew) break;
  }
  const slice = (a: number, b: number): string => (a >= b || a >= clusters.length ? '' : text.slice(clusters[a]!.start, clusters[Math.min(b, clusters.length) - 1]!.end));
  return {
    before: (from > 0 ? ELLIPSIS : '') + slice(from, cursorCluster),
    at: cell(cursorCluster),
    after: slice(cursorCluster + 1, to) + (to < clusters.length ? ELLIPSIS : ''),
  };
}
