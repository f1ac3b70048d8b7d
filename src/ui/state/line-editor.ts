/**
 * The inline editor's state: a text and a cursor, moved by grapheme cluster so an
 * accented letter written with a combining mark, or an emoji, is one step.
 */

/** The text being edited and where the cursor stands in it. */
export interface EditorState {
  /** The text as it is now. */
  readonly text: string;
  /** UTF-16 index of the cursor, always on a grapheme boundary. */
  readonly cursor: number;
}

/** What the editor can be asked to do. */
export type EditorAction =
  | {readonly type: 'insert'; readonly text: string}
  | {readonly type: 'left' | 'right' | 'word-left' | 'word-right' | 'home' | 'end'}
  | {readonly type: 'backspace' | 'delete' | 'delete-word'};

const graphemes = new Intl.Segmenter('und', {granularity: 'grapheme'});
const WORD_CHAR = /[\p{L}\p{M}\p{N}_'’-]/u;

/** An editor on `text` with the cursor at its end. */
export function editorOf(text: string, cursor = text.length): EditorState {
  return {text, cursor: Math.max(0, Math.min(cursor, text.length))};
}

// Segmenting a window around the cursor keeps a keystroke cheap in a long paragraph;
// no grapheme cluster a person types is anywhere near this long.
const WINDOW = 64;

function previousBoundary(text: string, at: number): number {
  if (at <= 0) return 0;
  const from = Math.max(0, at - WINDOW);
  let last = from;
  for (const s of graphemes.segment(text.slice(from, at))) last = from + s.index;
  return last;
}

function nextBoundary(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const first = graphemes.segment(text.slice(at, at + WINDOW))[Symbol.iterator]().next();
  return first.done ? text.length : at + first.value.segment.length;
}

function isWordAt(text: string, at: number): boolean {
  const c = text.codePointAt(at);
  return c !== undefined && WORD_CHAR.test(String.fromCodePoint(c));
}

function wordLeft(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isWordAt(text, previousBoundary(text, i))) i = previousBoundary(text, i);
  while (i > 0 && isWordAt(text, previousBoundary(text, i))) i = previousBoundary(text, i);
  return i;
}

function wordRight(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isWordAt(text, i)) i = nextBoundary(text, i);
  while (i < text.length && isWordAt(text, i)) i = nextBoundary(text, i);
  return i;
}

// Line breaks and control characters typed or pasted into a paragraph become spaces:
// a paragraph ends at a blank line, and controls would reach the terminal.
function cleanInsert(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}

/**
 * Pasted text as one line: each run of line breaks, with the spaces around it, becomes
 * one space, so that a paragraph copied from elsewhere lands as the text it reads as.
 */
export function pastedText(text: string): string {
  return text.replace(/[ \t]*(?:\r\n?|\n)+[ \t]*/g, ' ');
}

/** The editor after one action. */
export function reduceEditor(state: EditorState, action: EditorAction): EditorState {
  const {text, cursor} = state;
  switch (action.type) {
    case 'insert': {
      const add = cleanInsert(action.text);
      if (!add) return state;
      return {text: text.slice(0, cursor) + add + text.slice(cursor), cursor: cursor + add.length};
    }
    case 'left':
      return {text, cursor: previousBoundary(text, cursor)};
    case 'right':
      return {text, cursor: nextBoundary(text, cursor)};
    case 'word-left':
      return {text, cursor: wordLeft(text, cursor)};
    case 'word-right':
      return {text, cursor: wordRight(text, cursor)};
    case 'home':
      return {text, cursor: 0};
    case 'end':
      return {text, cursor: text.length};
    case 'backspace': {
      const from = previousBoundary(text, cursor);
      return {text: text.slice(0, from) + text.slice(cursor), cursor: from};
    }
    case 'delete': {
      const to = nextBoundary(text, cursor);
      return {text: text.slice(0, cursor) + text.slice(to), cursor};
    }
    case 'delete-word': {
      const from = wordLeft(text, cursor);
      return {text: text.slice(0, from) + text.slice(cursor), cursor: from};
    }
  }
}
