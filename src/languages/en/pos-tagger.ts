/**
 * The one adapter around wink-nlp: it tags English text with universal parts of
 * speech and lemmas, and maps wink's tokens back to offsets in the text, so the
 * checks see the project's own types and never wink's.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type {PosTag, PosTagger, TaggedWord} from '../../core/checks/context.js';

const TAGS = new Set<string>(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE']);

function asTag(value: string): PosTag {
  return (TAGS.has(value) ? value : 'X') as PosTag;
}

/** A tagger for English, made once (the model takes a moment to load). */
export function createEnglishTagger(): PosTagger {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return {
    tag(text: string): TaggedWord[] {
      if (!text) return [];
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      const words = tokens.out();
      const pos = tokens.out(its.pos);
      const out: TaggedWord[] = [];
      let cursor = 0;
      for (let k = 0; k < words.length; k++) {
        const w = words[k]!;
        const at = text.indexOf(w, cursor);
        // wink normalises some tokens (quotes, contractions); those are skipped, not guessed.
        if (at < 0 || at - cursor > 40) continue;
        out.push({start: at, end: at + w.length, pos: asTag(String(pos[k])), lemma: w.toLowerCase()});
        cursor = at + w.length;
      }
      return out;
    },
  };
}
