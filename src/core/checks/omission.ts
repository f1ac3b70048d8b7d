/**
 * Source content with no counterpart in the target: a whole paragraph in a bead
 * with no target side, or a run of source words (two content words or more, within
 * one sentence) that nothing renders while the target around its place renders
 * everything else. The source span is flagged; the target side is the insertion
 * point when the neighbours show it.
 */
import {gapConfidence, knowsPair, type Check, type CheckContext, type CheckInput, type DivergenceDraft} from './context.js';
import {sourceGaps} from './gaps.js';
import {beadLinks} from './links.js';
import {spanOf} from './words.js';

/** The omission divergences of a bead. */
export const checkOmissions: Check = (input: CheckInput, ctx: CheckContext): DivergenceDraft[] => {
  const {bead} = input;
  if (bead.target.length === 0) {
    return bead.source.flatMap(i => {
      const p = input.source[i];
      if (!p || !p.text) return [];
      return [{category: 'omission', severity: 'error', code: 'paragraph-omitted', params: {words: p.tokens.filter(t => t.kind === 'word').length}, target: null, source: {paragraph: i, start: 0, end: p.text.length}}];
    });
  }
  // Without bilingual data, words left unlinked are as often rendered freely as left out.
  if (bead.source.length === 0 || !knowsPair(ctx)) return [];
  const links = beadLinks(input, ctx);
  const out: DivergenceDraft[] = [];
  for (const gap of sourceGaps(links, ctx)) {
    if (gap.content < 2) continue;
    // Facing target words that render nothing: a free rendering, not an omission.
    if (gap.facing.length > 0) continue;
    const words = links.source;
    // A run made only of a name or of figures is the name and number checks' business.
    const inner = words.slice(gap.from, gap.to + 1).filter(w => w.kind === 'word' || w.kind === 'number');
    if (inner.every(w => w.capitalized || w.kind === 'number')) continue;
    const source = spanOf(words, gap.from, gap.to);
    const text = input.source[source.paragraph]?.text.slice(source.start, source.end) ?? '';
    // A phrase that holds a verb is as often rendered by another construction (a verb
    // turned into a noun, a clause folded into its neighbour) as left out; a phrase
    // of nouns and modifiers, opened by a preposition, rarely is.
    const verbal = inner.some(w => w.kind === 'word' && (w.lower === 'se' || ctx.source.verbTense(w.lower) !== 'other' || /(ando|iendo|aba|aban)$/.test(w.lower)));
    const first = words[gap.from]!;
    const confidence = verbal ? 0.45 : first.isFunction ? 0.8 : 0.7;
    out.push({category: 'omission', severity: 'error', code: 'omitted', params: {text}, target: null, source, confidence: gapConfidence(ctx, confidence)});
  }
  return out;
};
