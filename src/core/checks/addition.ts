/**
 * Target content with no counterpart in the source: a whole paragraph in a bead
 * with no source side, or a run of target content words that render nothing while
 * the source around their place is fully rendered ("controversial", "poorest",
 * "most of them in Salta"). Function words never count; with a tagger, only nouns,
 * names, adjectives and adverbs make an addition (verbs come and go in any faithful
 * restructuring).
 */
import {knowsPair, type Check, type CheckContext, type CheckInput, type DivergenceDraft, type PosTag} from './context.js';
import {targetGaps} from './gaps.js';
import {beadLinks} from './links.js';
import {tagsOf} from './tags.js';
import {spanOf} from './words.js';

const ADDABLE: ReadonlySet<PosTag> = new Set(['NOUN', 'PROPN', 'ADJ']);

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
    if (gap.facing.length > 0 || gap.to - gap.from > 8) continue;
    // A source word the lexicon does not know, unrendered near this place, may be what
    // the target words render: without a way to tell, say nothing.
    const at = links.source[Math.max(0, Math.min(links.source.length - 1, Math.round(links.expectedSource[gap.from] ?? 0)))];
    const unknownNear = links.source.some(
      w => w.kind === 'word' && !w.isFunction && !w.capitalized && w.sentence === at?.sentence && links.bySource[w.i]!.length === 0 && !links.allowed[w.i],
    );
    if (unknownNear) continue;
    const words = links.target.slice(gap.from, gap.to + 1);
    const content = words.filter(w => w.kind === 'word' && !ctx.target.functionWords.has(w.lower));
    if (!content.length) continue;
    // Words the spell checker does not know are glued or kept words, flagged elsewhere.
    if (ctx.targetSpeller && content.some(w => !w.capitalized && !ctx.targetSpeller!.correct(w.text))) continue;
    // Tagging costs more than everything else here, so only candidates are tagged.
    const tags = tagsOf(input, ctx);
    if (tags && !content.some(w => ADDABLE.has(tags[w.i] ?? 'X'))) continue;
    const target = spanOf(links.target, gap.from, gap.to);
    const text = input.target[target.paragraph]?.text.slice(target.start, target.end) ?? '';
    out.push({category: 'addition', severity: 'warning', code: 'added', params: {text}, target, source: null});
  }
  return out;
};
