/**
 * A corrected paragraph shown as a word diff against the translation as loaded:
 * removed words struck through, added words underlined, both in colour. The display
 * text holds the removed words too, so the engine's offsets (into the corrected text)
 * are carried over with `toDisplay`.
 */
import {wordDiff} from '../../core/diff.js';
import type {Mark} from './styled.js';

/** A paragraph's text as shown, with its styles and the offset map from the corrected text. */
export interface DisplayText {
  /** What is drawn (not yet made safe: the caller replaces control characters). */
  readonly text: string;
  /** Styles of removed and added words. */
  readonly marks: readonly Mark[];
  /** Display offset of each offset of the corrected text, its length + 1 entries. */
  readonly toDisplay: (offset: number) => number;
}

/** A paragraph shown as it is. */
export function plainDisplay(text: string): DisplayText {
  return {text, marks: [], toDisplay: offset => offset};
}

const REMOVED: Mark['style'] = {color: 'red', strikethrough: true};
const ADDED: Mark['style'] = {color: 'green', underline: true};

const cache = new Map<string, DisplayText>();
const CACHE_LIMIT = 256;

/** The corrected paragraph `current` shown against `original`. */
export function correctionDisplay(original: string, current: string): DisplayText {
  if (original === current) return plainDisplay(current);
  const key = original + '\u0000' + current;
  const hit = cache.get(key);
  if (hit) return hit;
  const marks: Mark[] = [];
  const map = new Array<number>(current.length + 1);
  let text = '';
  const changes = wordDiff(original, current);
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k]!;
    const start = text.length;
    if (c.kind === 'removed') {
      text += c.text;
      marks.push({start, end: text.length, style: REMOVED});
      // A removed word right before an added one would be drawn glued to it.
      const next = changes[k + 1];
      if (next?.kind === 'added' && !/\s$/.test(c.text) && !/^\s/.test(next.text)) text += ' ';
      continue;
    }
    for (let i = 0; i < c.text.length; i++) map[c.newStart + i] = start + i;
    text += c.text;
    if (c.kind === 'added') marks.push({start, end: text.length, style: ADDED});
  }
  map[current.length] = text.length;
  const display: DisplayText = {text, marks, toDisplay: offset => map[Math.max(0, Math.min(offset, current.length))] ?? text.length};
  cache.set(key, display);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return display;
}
