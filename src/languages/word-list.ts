/**
 * A spelling word list held as one sorted text, one word a line: looking a word up is
 * a binary search over line offsets, so a list of hundreds of thousands of forms is
 * ready as soon as its text is read, with no table to build. The edge keeps such a
 * list on disk as the expanded form of a Hunspell dictionary (src/check-context.ts).
 */

/** A sorted list of the forms a dictionary accepts. */
export interface WordList {
  /** How many forms the list holds. */
  readonly size: number;
  /** Whether the exact form is in the list. */
  has(word: string): boolean;
}

/** Compares the text between two offsets with a word, code unit by code unit, as `Array.prototype.sort` orders strings. */
function compareAt(text: string, start: number, end: number, word: string): number {
  const n = Math.min(end - start, word.length);
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(start + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - word.length;
}

/**
 * A word list over text made of words sorted by code unit, each followed by a line
 * feed (see `wordListText`). Null when the text is not such a list: it does not end
 * with a line feed, holds an empty line, or is out of order at a probed place.
 */
export function wordListFromText(text: string): WordList | null {
  if (text.length > 0 && !text.endsWith('\n')) return null;
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  // starts[i] is where word i begins; starts[count] is one past the last line feed.
  const starts = new Int32Array(count + 1);
  let k = 0;
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (at === from) return null;
    starts[k++] = from;
    from = at + 1;
  }
  starts[count] = from;
  const wordAt = (i: number): string => text.slice(starts[i]!, starts[i + 1]! - 1);
  // A full order check would cost as much as sorting; a sample catches a list that is not sorted at all.
  const step = Math.max(1, Math.floor(count / 512));
  for (let i = step; i < count; i += step) if (!(wordAt(i - step) < wordAt(i))) return null;
  return {
    size: count,
    has(word: string): boolean {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = compareAt(text, starts[mid]!, starts[mid + 1]! - 1, word);
        if (c === 0) return true;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
}

/** The text of a word list: the distinct non-empty words without line breaks, sorted, one a line. */
export function wordListText(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter(w => w.length > 0 && !/[\n\r]/.test(w));
  unique.sort();
  return unique.length ? `${unique.join('\n')}\n` : '';
}

/**
 * Whether a dictionary word list accepts a word as Hunspell (nspell) does for a
 * dictionary without case or compound flags: the word as written, then in sentence
 * case when it is written in capitals, then in lowercase.
 */
export function listAccepts(list: WordList, word: string): boolean {
  const normal = word.trim();
  if (!normal) return false;
  if (list.has(normal)) return true;
  if (normal.toUpperCase() === normal) {
    const sentence = normal.charAt(0) + normal.slice(1).toLowerCase();
    if (list.has(sentence)) return true;
  }
  const lower = normal.toLowerCase();
  return lower !== normal && list.has(lower);
}
