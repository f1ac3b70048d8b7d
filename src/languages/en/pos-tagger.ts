/**
 * The one adapter around wink-nlp: it tags English text with universal parts of
 * speech and lemmas, and maps wink's tokens back to offsets in the text, so the
 * checks see the project's own types and never wink's. The model takes a moment to
 * load, so it is loaded when the first text is tagged: many texts never need it.
 */
import {createRequire} from 'node:module';
import type WinkNlp from 'wink-nlp';
import type {Model} from 'wink-nlp';
import type {PosTag, PosTagger, TaggedWord} from '../../core/checks/context.js';

const TAGS = new Set<string>(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE']);

function asTag(value: string): PosTag {
  return (TAGS.has(value) ? value : 'X') as PosTag;
}

const require = createRequire(import.meta.url);

/** wink and its English model, loaded synchronously (both are CommonJS) on first use. */
function loadWink(): ReturnType<typeof WinkNlp> {
  const winkNLP = require('wink-nlp') as typeof WinkNlp;
  const model = require('wink-eng-lite-web-model') as Model;
  return winkNLP(model, ['pos']);
}

/** A tagger for English; the model is loaded on the first call of `tag`. */
export function createEnglishTagger(): PosTagger {
  let nlp: ReturnType<typeof WinkNlp> | undefined;
  return {
    tag(text: string): TaggedWord[] {
      if (!text) return [];
      nlp ??= loadWink();
      const its = nlp.its;
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
