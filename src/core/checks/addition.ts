/**
 * Target content with no counterpart in the source: a whole paragraph in a bead
 * with no source side, or a run of target content words that render nothing while
 * the source around their place is fully rendered ("controversial", "poorest",
 * "most of them in Salta"). Function words never count; with a tagger, only nouns,
 * names, adjectives and adverbs make an addition (verbs come and go in any faithful
 * restructuring).
 */
import {gapConfidence, knowsPair, type Check, type CheckContext, type CheckInput, type DivergenceDraft, type PosTag} from './context.js';
import {confidenceOf} from './confidence.js';
import {targetGaps} from './gaps.js';
import {beadLinks, type BeadLinks} from './links.js';
import {looksLikeName} from './name.js';
import {tagsOf} from './tags.js';
import {spanOf, type Word} from './words.js';

const ADDABLE: ReadonlySet<PosTag> = new Set(['NOUN', 'PROPN', 'ADJ']);
const QUALIFIERS: ReadonlySet<PosTag> = new Set(['ADJ', 'ADV', 'PROPN']);

/** Whether a source word may be the counterpart of a target name: it shares the name's first letters, or looks like it. */
function resembles(s: Word, name: Word): boolean {
  if (s.kind !== 'word') return false;
  const a = s.folded;
  const b = name.folded;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 4 || p === Math.min(a.length, b.length) || looksLikeName(s.text, name.text);
}

/**
 * Whether target words stand inside the rendering of one multiword source name: the
 * rendered words on both sides of them render words of a single name ("Junta de
 * Andalucía" as "Andalusian regional government"). A name is rendered as a whole, in
 * the target language's way, and the words it takes are not additions.
 */
function insideNameRendering(links: BeadLinks, from: number, to: number, ctx: CheckContext): boolean {
  const partner = (k: number): number | undefined => {
    const l = links.byTarget[k];
    return l && l.kind !== 'function' ? l.source : undefined;
  };
  let left: number | undefined;
  for (let k = from - 1; k >= Math.max(0, from - 3) && left === undefined; k--) left = partner(k);
  let right: number | undefined;
  for (let k = to + 1; k <= Math.min(links.target.length - 1, to + 3) && right === undefined; k++) right = partner(k);
  if (left === undefined || right === undefined || left === right) return false;
  const a = Math.min(left, right);
  const b = Math.max(left, right);
  if (b - a > 4) return false;
  for (let i = a; i <= b; i++) {
    const w = links.source[i]!;
    if (!(w.kind === 'word' && w.capitalized) && !ctx.pair.nameParticles.has(w.lower)) return false;
  }
  return true;
}

/**
 * Whether a lone content word between two function words may belong to a phrase that
 * renders a source function word left unrendered at that place ("in the view of" for
 * "para"): prepositions often take a phrase in another language.
 */
function insidePhraseForFunctionWord(links: BeadLinks, w: Word): boolean {
  const before = links.target[w.i - 1];
  const after = links.target[w.i + 1];
  if (!before?.isFunction || !after?.isFunction || before.sentence !== w.sentence || after.sentence !== w.sentence) return false;
  const at = Math.round(links.expectedSource[w.i] ?? -10);
  const sentence = links.source[Math.max(0, Math.min(links.source.length - 1, at))]?.sentence;
  for (let i = Math.max(0, at - 2); i <= Math.min(links.source.length - 1, at + 2); i++) {
    const s = links.source[i]!;
    if (s.kind === 'word' && s.isFunction && s.sentence === sentence && links.bySource[i]!.length === 0) return true;
  }
  return false;
}

/** Whether a noun stands before a rendered noun it qualifies ("lithium battery"), as an adjective would. */
function modifiesNext(links: BeadLinks, w: Word, tags: readonly (PosTag | undefined)[]): boolean {
  const next = links.target[w.i + 1];
  return tags[w.i] === 'NOUN' && !!next && next.kind === 'word' && next.sentence === w.sentence && tags[next.i] === 'NOUN' && links.byTarget[next.i] !== null;
}

/** The addition divergences of a bead. */
export const checkAdditions: Check = (input: CheckInput, ctx: CheckContext): DivergenceDraft[] => {
  const {bead} = input;
  if (bead.source.length === 0) {
    return bead.target.flatMap(i => {
      const p = input.target[i];
      if (!p || !p.text) return [];
      return [{category: 'addition', severity: 'warning', code: 'paragraph-added', params: {words: p.tokens.filter(t => t.kind === 'word').length}, target: {paragraph: i, start: 0, end: p.text.length}, source: null}];
    });
  }
  // Without bilingual data, words left unlinked are as often a free rendering as an addition.
  if (bead.target.length === 0 || !knowsPair(ctx)) return [];
  const links = beadLinks(input, ctx);
  const out: DivergenceDraft[] = [];
  for (const gap of targetGaps(links, ctx)) {
    if (gap.to - gap.from > 8) continue;
    const words = links.target.slice(gap.from, gap.to + 1);
    const content = words.filter(w => w.kind === 'word' && !ctx.target.functionWords.has(w.lower));
    if (!content.length) continue;
    // A name the source has no trace of can only render a source word that resembles
    // it ("Chile" for "chileno"): other source words left unrendered nearby are no
    // counterpart of it. Acronyms may stand for a phrase, and a capitalised common word
    // ("Fisheries" in a ministry's title) may render anything, so neither counts here.
    const properName = (w: Word): boolean => w.capitalized && !w.sentenceStart && !w.allCaps && ctx.targetSpeller !== null && !ctx.targetSpeller.correct(w.lower);
    const names = content.every(properName) ? content : null;
    const counterpart = (s: Word): boolean => names === null || names.some(n => resembles(s, n));
    if (gap.facing.some(i => counterpart(links.source[i]!))) continue;
    if (insideNameRendering(links, gap.from, gap.to, ctx)) continue;
    if (content.length === 1 && insidePhraseForFunctionWord(links, content[0]!)) continue;
    // A source word the lexicon does not know, unrendered near this place, may be what
    // the target words render: without a way to tell, say nothing.
    const at = links.source[Math.max(0, Math.min(links.source.length - 1, Math.round(links.expectedSource[gap.from] ?? 0)))];
    const unknownNear = links.source.some(
      w => w.kind === 'word' && !w.isFunction && !w.capitalized && w.sentence === at?.sentence && links.bySource[w.i]!.length === 0 && !links.allowed[w.i] && counterpart(w),
    );
    if (unknownNear) continue;
    // Words the spell checker does not know are glued or kept words, flagged elsewhere.
    if (ctx.targetSpeller && content.some(w => !w.capitalized && !ctx.targetSpeller!.correct(w.text))) continue;
    // Tagging costs more than everything else here, so only candidates are tagged.
    const tags = tagsOf(input, ctx);
    if (tags && !content.some(w => ADDABLE.has(tags[w.i] ?? 'X'))) continue;
    // A lone noun or verb with nothing facing it is most often the other half of a
    // rendering its neighbour starts ("citrus fruit", "urban planner", "thanks to"): only
    // a lone qualifier (an adjective, an adverb) or a name is taken as added on its own.
    if (tags && content.length === 1 && !QUALIFIERS.has(tags[content[0]!.i] ?? 'X') && !modifiesNext(links, content[0]!, tags)) continue;
    const target = spanOf(links.target, gap.from, gap.to);
    const text = input.target[target.paragraph]?.text.slice(target.start, target.end) ?? '';
    const added: DivergenceDraft = {category: 'addition', severity: 'warning', code: 'added', params: {text}, target, source: null};
    out.push({...added, confidence: gapConfidence(ctx, confidenceOf(added))});
  }
  return out;
};
