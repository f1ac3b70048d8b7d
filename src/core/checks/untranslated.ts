/**
 * Source-language words left in the target ("remezón", "chicos", "junta de acción
 * comunal"). A lowercase target word that the source has too, that the target
 * language's dictionary does not know and that is a source-language word (its
 * dictionary knows it, or it carries the source's own letters) is flagged, with the
 * neighbours that were copied along with it. Capitalised words are names or kept
 * titles; a term kept on purpose (used twice or more in the translation) is a
 * choice, not an accident.
 */
import type {Paragraph} from '../types.js';
import {knowsPair, type Check, type CheckContext, type CheckInput, type DivergenceDraft} from './context.js';
import {beadWords, forEachDocumentWord, spanOf, type Word} from './words.js';

const counts = new WeakMap<readonly Paragraph[], Map<string, number>>();

/** How often each lowercase word occurs in a whole document. */
function documentCounts(paragraphs: readonly Paragraph[]): Map<string, number> {
  const known = counts.get(paragraphs);
  if (known) return known;
  const c = new Map<string, number>();
  forEachDocumentWord(paragraphs, word => {
    const lower = word.toLowerCase();
    c.set(lower, (c.get(lower) ?? 0) + 1);
  });
  counts.set(paragraphs, c);
  return c;
}

/**
 * Whether a copied run sits inside a name carried over whole: the target words before
 * it, copied in the same order, go back to a capitalised word inside its sentence, and
 * the copy reaches a capitalised word within the run or after it.
 */
function keptName(tw: readonly Word[], sw: readonly Word[], run: {from: number; to: number; sFrom: number; sTo: number}, w: Word): boolean {
  let from = run.from;
  let sFrom = run.sFrom;
  while (from > 0 && sFrom > 0 && tw[from - 1]!.lower === sw[sFrom - 1]!.lower && tw[from - 1]!.kind === 'word') {
    from--;
    sFrom--;
    if (tw[from]!.capitalized) break;
  }
  const head = tw[from]!;
  if (!head.capitalized || head.sentenceStart || head.sentence !== w.sentence || from === run.from) return false;
  if (tw.slice(run.from, run.to + 1).some(t => t.capitalized)) return true;
  return tw.slice(run.to + 1).some((t, j) => t.capitalized && sw[run.sTo + 1 + j]?.lower === t.lower && tw.slice(run.to + 1, run.to + 1 + j).every((x, m) => sw[run.sTo + 1 + m]?.lower === x.lower));
}

/** The untranslated-word divergences of a bead. */
export const checkUntranslated: Check = (input: CheckInput, ctx: CheckContext): DivergenceDraft[] => {
  const speller = ctx.targetSpeller;
  if (!speller || ctx.source.code === ctx.target.code) return [];
  const {source: sw, target: tw} = beadWords(input, ctx);
  const bySourceForm = new Map<string, Word[]>();
  const index = (form: string, w: Word): void => {
    const list = bySourceForm.get(form);
    if (list) list.push(w);
    else bySourceForm.set(form, [w]);
  };
  for (const w of sw) {
    if (w.kind !== 'word') continue;
    index(w.lower, w);
    // A word after an elided article or preposition ("l'échevine", "d'água") is carried over without it.
    const elided = /^\p{L}{1,2}['’](\p{L}{3,}.*)$/u.exec(w.lower);
    if (elided) index(elided[1]!, w);
  }
  const letters = ctx.source.ownLetters;
  const times = documentCounts(input.target);
  const glossary = new Set((ctx.glossary?.entries ?? []).flatMap(e => e.targets.map(t => t.toLowerCase())));
  const isLeftover = (w: Word): boolean => {
    if (w.kind !== 'word' || w.capitalized || w.text.length < 3 || ctx.source.functionWords.has(w.lower)) return false;
    // A unit or symbol ("km²") is written alike in both languages.
    if (!/^[\p{L}\p{M}'’-]+$/u.test(w.text)) return false;
    if (!bySourceForm.has(w.lower) || glossary.has(w.lower)) return false;
    if (speller.correct(w.text) || speller.correct(w.lower)) return false;
    // A hyphenated word the target language writes solid or in parts ("play-off").
    if (w.lower.includes('-') && (speller.correct(w.lower.replace(/-/g, '')) || w.lower.split('-').every(part => part && speller.correct(part)))) return false;
    // A word the target language uses as a rendering is one of its words.
    if (ctx.lexicon.sourcesOf(ctx.target.stem(w.lower)) !== undefined) return false;
    // A source word carried over that the target language does not know: regional
    // words are often missing from the source's dictionary too, so it need not know it.
    // Without bilingual data, a word the source dictionary does not know may be a
    // loanword or a coinage: only its own letters or its dictionary make it a source word.
    const sourceWord = ctx.sourceSpeller ? ctx.sourceSpeller.correct(w.lower) : false;
    const ownLetters = letters !== null && letters.test(w.text);
    // A word the source dictionary lists but the lexicon does not translate, written
    // without the source's own letters, is a loanword both languages use ("wifi").
    if (knowsPair(ctx)) return ownLetters || !sourceWord || ctx.lexicon.translations(ctx.source.stem(w.lower)) !== undefined;
    return ownLetters || sourceWord;
  };
  const out: DivergenceDraft[] = [];
  let k = 0;
  while (k < tw.length) {
    const w = tw[k]!;
    // A term used three times or more is kept on purpose, not left by accident.
    if (!isLeftover(w) || (times.get(w.lower) ?? 0) >= 3) {
      k++;
      continue;
    }
    // Grow the span over neighbours copied in the same order from the source.
    const src = bySourceForm.get(w.lower)!;
    let best = {from: k, to: k, sFrom: src[0]!.i, sTo: src[0]!.i};
    for (const s of src) {
      let from = k;
      let sFrom = s.i;
      while (from > 0 && sFrom > 0 && tw[from - 1]!.lower === sw[sFrom - 1]!.lower && tw[from - 1]!.kind === 'word' && !tw[from - 1]!.capitalized) {
        from--;
        sFrom--;
      }
      let to = k;
      let sTo = s.i;
      while (to + 1 < tw.length && sTo + 1 < sw.length && tw[to + 1]!.lower === sw[sTo + 1]!.lower && tw[to + 1]!.kind === 'word') {
        to++;
        sTo++;
      }
      if (to - from > best.to - best.from) best = {from, to, sFrom, sTo};
    }
    // The lowercase words of a name kept whole from the source ("Syndicat des libraires
    // francophones de Belgique"): the copy runs back to a capitalised word that is not
    // the first of its sentence, and on to a capitalised one.
    if (keptName(tw, sw, best, w)) {
      k = best.to + 1;
      continue;
    }
    // Copied function words at the edges are not part of the leftover term.
    while (best.from < k && tw[best.from]!.isFunction) {
      best.from++;
      best.sFrom++;
    }
    while (best.to > k && ctx.source.functionWords.has(tw[best.to]!.lower) && !isLeftover(tw[best.to]!)) {
      best.to--;
      best.sTo--;
    }
    const target = spanOf(tw, best.from, best.to);
    const text = input.target[target.paragraph]?.text.slice(target.start, target.end) ?? w.text;
    out.push({
      category: 'untranslated',
      severity: 'warning',
      code: 'untranslated',
      params: {text},
      target,
      source: spanOf(sw, best.sFrom, best.sTo),
    });
    k = best.to + 1;
  }
  return out;
};
