// Large synthetic document pairs for benchmarks: a source of N paragraphs and a
// "translation" of it with paragraphs split, merged, dropped and inserted, plus the
// gold alignment. The target language is a made-up one: each source word maps to a
// word of another length and spelling, so only lengths, numbers and names carry over,
// as between two real languages without a dictionary.
//
//   import {makePair} from './gen.mjs';
//   const {source, target, gold} = makePair(20000, {seed: 1});
//   // source, target: string[] of paragraphs; gold: [{source: [..], target: [..]}]

/** A small deterministic PRNG (mulberry32), so every run builds the same pair. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'men', 'tri', 'sa', 'de', 'ul', 'por', 'ne', 'vis', 'ta', 'ro', 'chi', 'an', 'es', 'mo', 'ri', 'gu', 'bel', 'to'];

function word(rand, syllables) {
  let w = '';
  for (let k = 0; k < syllables; k++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

/**
 * Builds a pair of documents of about `n` paragraphs a side.
 * Options: seed; split, merge, drop, insert (rates per source paragraph, defaults
 * 0.03, 0.03, 0.01, 0.01); sentences (most sentences per paragraph, default 5).
 */
export function makePair(n, options = {}) {
  const rand = rng(options.seed ?? 1);
  const rates = {split: 0.03, merge: 0.03, drop: 0.01, insert: 0.01, ...options};
  const maxSentences = options.sentences ?? 5;
  const vocabulary = Array.from({length: 4000}, () => word(rand, 1 + Math.floor(rand() * 3)));
  // The "translation" of each vocabulary word: other syllables, a length of its own.
  const translation = vocabulary.map(() => word(rand, 1 + Math.floor(rand() * 3)));
  const names = Array.from({length: 600}, () => {
    const w = word(rand, 2 + Math.floor(rand() * 2));
    return w[0].toUpperCase() + w.slice(1);
  });
  const sentencePair = () => {
    const src = [];
    const tgt = [];
    const words = 5 + Math.floor(rand() * 20);
    for (let k = 0; k < words; k++) {
      const r = rand();
      if (r < 0.04) {
        const num = String(Math.floor(rand() * 10000));
        src.push(num);
        tgt.push(num);
      } else if (r < 0.1) {
        const name = names[Math.floor(rand() * names.length)];
        src.push(name);
        tgt.push(name);
      } else {
        // Zipf-like choice: frequent words are frequent.
        const v = Math.floor(vocabulary.length * rand() ** 3);
        src.push(vocabulary[v]);
        if (rand() < 0.9) tgt.push(translation[v]);
        if (rand() < 0.1) tgt.push(translation[Math.floor(rand() * 50)]);
      }
    }
    const cap = s => s[0].toUpperCase() + s.slice(1);
    return [cap(src.join(' ')) + '.', cap(tgt.join(' ') || 'ka') + '.'];
  };
  const paragraphPair = () => {
    const count = 1 + Math.floor(rand() * maxSentences);
    const s = [];
    const t = [];
    for (let k = 0; k < count; k++) {
      const [a, b] = sentencePair();
      s.push(a);
      t.push(b);
    }
    return [s, t];
  };
  const source = [];
  const target = [];
  const gold = [];
  while (source.length < n) {
    const r = rand();
    const [s, t] = paragraphPair();
    if (r < rates.split && t.length >= 2) {
      const cut = 1 + Math.floor(rand() * (t.length - 1));
      gold.push({source: [source.length], target: [target.length, target.length + 1]});
      source.push(s.join(' '));
      target.push(t.slice(0, cut).join(' '), t.slice(cut).join(' '));
    } else if (r < rates.split + rates.merge) {
      const [s2, t2] = paragraphPair();
      gold.push({source: [source.length, source.length + 1], target: [target.length]});
      source.push(s.join(' '), s2.join(' '));
      target.push([...t, ...t2].join(' '));
    } else if (r < rates.split + rates.merge + rates.drop) {
      gold.push({source: [source.length], target: []});
      source.push(s.join(' '));
    } else if (r < rates.split + rates.merge + rates.drop + rates.insert) {
      gold.push({source: [], target: [target.length]});
      target.push(t.join(' '));
    } else {
      gold.push({source: [source.length], target: [target.length]});
      source.push(s.join(' '));
      target.push(t.join(' '));
    }
  }
  return {source, target, gold};
}
