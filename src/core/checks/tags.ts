/**
 * Parts of speech for the target words of a bead, from the context's tagger, mapped
 * onto the bead's words by offset; kept while the bead is checked. Null when there
 * is no tagger.
 */
import type {CheckContext, CheckInput, PosTag} from './context.js';
import {beadMemo, beadWords} from './words.js';

/** The tag of each target word of the bead (undefined where the tagger gave none). */
export function tagsOf(input: CheckInput, ctx: CheckContext): readonly (PosTag | undefined)[] | null {
  if (!ctx.tagger) return null;
  const memo = beadMemo(input, ctx);
  const hit = memo.extra.get('tags') as readonly (PosTag | undefined)[] | undefined;
  if (hit !== undefined) return hit;
  const words = beadWords(input, ctx).target;
  const out: (PosTag | undefined)[] = new Array(words.length).fill(undefined);
  let k = 0;
  for (const index of input.bead.target) {
    const p = input.target[index];
    if (!p) continue;
    const tagged = ctx.tagger.tag(p.text);
    let j = 0;
    while (k < words.length && words[k]!.paragraph === index) {
      const w = words[k]!;
      while (j < tagged.length && tagged[j]!.end <= w.start) j++;
      const t = tagged[j];
      if (t && t.start < w.end) out[k] = t.pos;
      k++;
    }
  }
  memo.extra.set('tags', out);
  return out;
}
