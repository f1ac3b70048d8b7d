/**
 * Gaps in the word links of a bead: runs of source words that nothing in the target
 * renders, and runs of target words that render nothing in the source. A gap on one
 * side facing no gap on the other is an omission or an addition; gaps facing each
 * other are a free rendering (or a wrong sense, which the mistranslation check
 * weighs), not something missing.
 */
import type {CheckContext} from './context.js';
import type {BeadLinks} from './links.js';
import type {Word} from './words.js';

/** A run of unlinked words on one side. */
export interface Gap {
  /** First word index of the run. */
  readonly from: number;
  /** Last word index (inclusive). */
  readonly to: number;
  /** How many words in it carry content. */
  readonly content: number;
  /** Unlinked content words on the other side, where the run's counterpart would stand. */
  readonly facing: readonly number[];
}

/** A word that carries content on its side: not a function word, not punctuation. */
export function isContent(w: Word, meaningful: ReadonlySet<string>, functionWords: ReadonlySet<string>, numberWords?: ReadonlyMap<string, number>, before?: Word): boolean {
  // Figures are matched by value in the number check, not by the word links.
  if (w.kind !== 'word') return false;
  // Letters written onto a figure are part of it: an ordinal's ending ("23rd", "5th"),
  // a unit ("10km", "5h").
  if (before?.kind === 'number' && before.joinedToNext && before.paragraph === w.paragraph && w.lower.length <= 3) return false;
  // A lone letter is a part of an abbreviation ("a.m.", "U.S.") or an initial, not a word of its own.
  if (w.lower.length === 1) return false;
  // Words of figures ("billion", "millones") are matched by value in the number check.
  if (numberWords?.has(w.lower)) return false;
  return meaningful.has(w.lower) || !functionWords.has(w.lower);
}

/** Whether a word has a link that says it is rendered (a function-word link does not count for content words). */
function linkedSource(links: BeadLinks, i: number): boolean {
  if (links.bySource[i]!.length > 0) return true;
  // A word of a multiword unit ("Estados Unidos", "sin embargo") is rendered when the unit is.
  const g = links.groups[i]!;
  if (g < 0) return false;
  // A function word's link alone does not show a unit of several content words rendered
  // ("en partes"); it does for a unit of function words ("después de que").
  const lo = Math.max(0, i - 6);
  const hi = Math.min(links.source.length, i + 7);
  let contentWords = 0;
  for (let j = lo; j < hi; j++) if (links.groups[j] === g && !links.source[j]!.isFunction) contentWords++;
  for (let j = lo; j < hi; j++) if (links.groups[j] === g && links.bySource[j]!.some(l => contentWords === 0 || l.kind !== 'function')) return true;
  return false;
}

function linkedTarget(links: BeadLinks, i: number): boolean {
  return links.byTarget[i] !== null;
}

function runs(
  words: readonly Word[],
  linked: (i: number) => boolean,
  content: (w: Word) => boolean,
): {from: number; to: number; content: number}[] {
  const out: {from: number; to: number; content: number}[] = [];
  let k = 0;
  while (k < words.length) {
    const w = words[k]!;
    if (!(content(w) && !linked(k))) {
      k++;
      continue;
    }
    let from = k;
    let to = k;
    let n = 1;
    let j = k + 1;
    // Extend over unlinked content words and function words, within one sentence.
    while (j < words.length) {
      const x = words[j]!;
      if (x.sentence !== w.sentence || x.paragraph !== w.paragraph) break;
      if (x.kind === 'punct' && /[.;:!?()«»“”"—]/.test(x.text)) break;
      if (x.kind === 'punct' || x.kind === 'symbol') {
        j++;
        continue;
      }
      if (content(x)) {
        if (linked(j)) break;
        n++;
        to = j;
      }
      j++;
    }
    // Unlinked function words just before the run belong to it ("en un plazo").
    while (from > 0 && words[from - 1]!.kind === 'word' && !content(words[from - 1]!) && words[from - 1]!.sentence === w.sentence && !linked(from - 1)) from--;
    out.push({from, to, content: n});
    k = to + 1;
  }
  return out;
}

/** The target interval facing a source run, from the links of its neighbours. */
function facingInterval(links: BeadLinks, from: number, to: number, side: 'source' | 'target'): [number, number] {
  const words = side === 'source' ? links.source : links.target;
  const other = side === 'source' ? links.target : links.source;
  const partners = (i: number): number[] =>
    side === 'source' ? links.bySource[i]!.filter(l => l.kind !== 'function').map(l => l.target) : (links.byTarget[i] && links.byTarget[i]!.kind !== 'function' ? [links.byTarget[i]!.source] : []);
  let left = -1;
  for (let i = from - 1; i >= 0 && left < 0; i--) {
    const p = partners(i);
    if (p.length) left = Math.max(...p);
    if (from - i > 12) break;
  }
  let right = -1;
  for (let i = to + 1; i < words.length && right < 0; i++) {
    const p = partners(i);
    if (p.length) right = Math.min(...p);
    if (i - to > 12) break;
  }
  const expected = side === 'source' ? links.expectedTarget : links.expectedSource;
  if (left < 0) left = Math.floor((expected[from] ?? 0) - 3);
  if (right < 0) right = Math.ceil((expected[to] ?? other.length) + 3);
  if (right < left) [left, right] = [right, left];
  if (side === 'source') {
    // A function word right beside the run, rendered between those neighbours' renderings
    // ("y" as "and"), marks more closely where the run's rendering would stand.
    const near = (i: number, step: number): Word | undefined => {
      while (words[i]?.kind === 'punct') i += step;
      return words[i];
    };
    const before = near(from - 1, -1);
    const after = near(to + 1, 1);
    const at = (w: Word | undefined): number | undefined => (w && w.paragraph === words[from]!.paragraph ? links.bySource[w.i]!.find(l => l.kind === 'function')?.target : undefined);
    const l = at(before);
    const r = at(after);
    if (l !== undefined && l > left && l < right) left = l;
    if (r !== undefined && r > left && r < right) right = r;
  }
  // Some slack on both sides: word order differs between languages. A target word may
  // render a source noun that its modifiers follow ("opposition lawmakers" for "los
  // congresistas de oposición"), so a target run looks a little further.
  const slack = side === 'target' ? 3 : 2;
  return [Math.max(-1, left - slack), Math.min(other.length, right + slack)];
}

/** Unlinked runs of source words, each with the unlinked target content facing it. */
export function sourceGaps(links: BeadLinks, ctx: CheckContext): Gap[] {
  const sContent = (w: Word): boolean => isContent(w, ctx.source.meaningfulFunctionWords, ctx.source.functionWords, ctx.source.scaleWords, links.source[w.i - 1]);
  const tContent = (w: Word): boolean => isContent(w, ctx.target.meaningfulFunctionWords, ctx.target.functionWords, ctx.target.scaleWords, links.target[w.i - 1]);
  return runs(links.source, i => linkedSource(links, i), sContent).map(r => {
    const [a, b] = facingInterval(links, r.from, r.to, 'source');
    const facing: number[] = [];
    for (let t = a + 1; t < b; t++) if (tContent(links.target[t]!) && !linkedTarget(links, t)) facing.push(t);
    return {...r, facing};
  });
}

/** Unlinked runs of target words, each with the unlinked source content facing it. */
export function targetGaps(links: BeadLinks, ctx: CheckContext): Gap[] {
  const sContent = (w: Word): boolean => isContent(w, ctx.source.meaningfulFunctionWords, ctx.source.functionWords, ctx.source.scaleWords, links.source[w.i - 1]);
  const tContent = (w: Word): boolean => isContent(w, ctx.target.meaningfulFunctionWords, ctx.target.functionWords, ctx.target.scaleWords, links.target[w.i - 1]);
  return runs(links.target, i => linkedTarget(links, i), tContent).map(r => {
    const [a, b] = facingInterval(links, r.from, r.to, 'target');
    const facing: number[] = [];
    for (let s = a + 1; s < b; s++) if (sContent(links.source[s]!) && !linkedSource(links, s)) facing.push(s);
    return {...r, facing};
  });
}
