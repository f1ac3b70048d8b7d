/**
 * The one module that talks to the `diff` package: paragraph lists and paragraph
 * texts compared, in the project's own types with exact offsets.
 *
 * Words are compared with `diffWordsWithSpace`, not `diffWords`: the latter folds
 * white space into neighbouring tokens and reports common text as it stands in the
 * new string, so offsets into the old string cannot be recovered from it. With white
 * space as tokens of its own, the pieces of a diff put together give back each text
 * exactly, which is what carrying a correction over to a changed text needs.
 *
 * Both comparisons are bounded (`maxEditLength`) so that two very different inputs
 * cost a bounded time; past the bound the texts count as wholly replaced.
 */
import {diffArrays, diffWordsWithSpace} from 'diff';

/** A piece of a comparison of two texts: common to both, only in the old, or only in the new. */
export interface TextChange {
  /** `same` is in both texts, `removed` only in the old one, `added` only in the new one. */
  readonly kind: 'same' | 'removed' | 'added';
  /** The piece's text. */
  readonly text: string;
  /** Offset in the old text where the piece starts (where it goes, for an addition). */
  readonly oldStart: number;
  /** Offset in the new text where the piece starts (where it was, for a removal). */
  readonly newStart: number;
}

/** Past this many word edits, two paragraphs count as rewritten as a whole. */
const MAX_WORD_EDITS = 4000;
/** Past this many paragraph edits, two documents count as unrelated. */
const MAX_PARAGRAPH_EDITS = 20000;

/**
 * How `b` differs from `a`, word by word with white space as tokens; the `same` and
 * `removed` pieces put together give `a`, the `same` and `added` ones give `b`.
 * Removals come before additions at the same place.
 */
export function wordDiff(a: string, b: string): TextChange[] {
  if (a === b) return a ? [{kind: 'same', text: a, oldStart: 0, newStart: 0}] : [];
  const changes = diffWordsWithSpace(a, b, {maxEditLength: MAX_WORD_EDITS});
  const out: TextChange[] = [];
  let i = 0;
  let j = 0;
  const push = (kind: TextChange['kind'], text: string): void => {
    if (!text) return;
    out.push({kind, text, oldStart: i, newStart: j});
    if (kind !== 'added') i += text.length;
    if (kind !== 'removed') j += text.length;
  };
  if (changes === undefined) {
    push('removed', a);
    push('added', b);
    return out;
  }
  for (const c of changes) push(c.added ? 'added' : c.removed ? 'removed' : 'same', c.value);
  return out;
}

/**
 * How much two texts have in common, from 0 (nothing) to 1 (equal): twice the length
 * of the common pieces over the sum of the lengths, white space not counted (the
 * spaces between words are common to any two sentences).
 */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const total = inkLength(a) + inkLength(b);
  if (total === 0) return 1;
  let same = 0;
  for (const c of wordDiff(a, b)) if (c.kind === 'same') same += inkLength(c.text);
  return (2 * same) / total;
}

function inkLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** A run of paragraphs in a comparison of two paragraph lists. */
export interface ParagraphRun {
  /** `same` runs are equal in both lists; `removed` only in the old, `added` only in the new. */
  readonly kind: 'same' | 'removed' | 'added';
  /** Index in the old list of the run's first paragraph (where it goes, for an addition). */
  readonly oldStart: number;
  /** Index in the new list of the run's first paragraph (where it was, for a removal). */
  readonly newStart: number;
  /** How many paragraphs the run has. */
  readonly count: number;
}

/**
 * How the list `b` differs from the list `a`, paragraph by paragraph (equal texts are
 * the same paragraph). Removals come before additions at the same place.
 */
export function paragraphDiff(a: readonly string[], b: readonly string[]): ParagraphRun[] {
  const changes = diffArrays([...a], [...b], {maxEditLength: MAX_PARAGRAPH_EDITS});
  const out: ParagraphRun[] = [];
  let i = 0;
  let j = 0;
  const push = (kind: ParagraphRun['kind'], count: number): void => {
    if (count === 0) return;
    out.push({kind, oldStart: i, newStart: j, count});
    if (kind !== 'added') i += count;
    if (kind !== 'removed') j += count;
  };
  if (changes === undefined) {
    push('removed', a.length);
    push('added', b.length);
    return out;
  }
  for (const c of changes) push(c.added ? 'added' : c.removed ? 'removed' : 'same', c.count ?? c.value.length);
  return out;
}

/** A replacement of `base.slice(start, end)` by `text`. */
interface Hunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The edits that turn `base` into `other`, as replacements of ranges of `base`. */
function hunksOf(base: string, other: string): Hunk[] {
  const hunks: Hunk[] = [];
  let open: {start: number; end: number; text: string} | null = null;
  for (const c of wordDiff(base, other)) {
    if (c.kind === 'same') {
      if (open) hunks.push(open);
      open = null;
      continue;
    }
    open ??= {start: c.oldStart, end: c.oldStart, text: ''};
    if (c.kind === 'removed') open.end = c.oldStart + c.text.length;
    else open.text += c.text;
  }
  if (open) hunks.push(open);
  return hunks;
}

/**
 * Both edits of a text put together: `ours` and `theirs` were both made from `base`.
 * Null when they touch the same words (or words next to each other), because then no
 * rule can tell which one the user wants; the caller reports that instead of guessing.
 */
export function mergeEdits(base: string, ours: string, theirs: string): string | null {
  if (ours === theirs || theirs === base) return ours;
  if (ours === base) return theirs;
  const a = hunksOf(base, ours);
  const b = hunksOf(base, theirs);
  for (const x of a) {
    for (const y of b) {
      // Ranges that overlap or touch, insertions included, are a conflict, unless
      // both sides made the very same edit.
      if (x.start <= y.end && y.start <= x.end && !(x.start === y.start && x.end === y.end && x.text === y.text)) return null;
    }
  }
  const all = [...a, ...b.filter(y => !a.some(x => x.start === y.start && x.end === y.end && x.text === y.text))];
  all.sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const h of all) {
    out += base.slice(at, h.start) + h.text;
    at = h.end;
  }
  return out + base.slice(at);
}
