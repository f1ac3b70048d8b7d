#!/usr/bin/env node
// Loads the Spanish ↔ English dictionaries and prints what that costs: for each direction
// the time to its first answers (file read and indexed, a word's senses, translations,
// expressions, and a backwards look-up, which reads the other direction's file), the
// memory both hold once settled, the same first answers for Spanish → English with the
// hand-written lexicon over the dictionary, and the look-up rate over a real article's
// words.
// Run after `npm run build`:  node --expose-gc bench/dictionary.mjs   (bench/run.mjs does)
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (typeof globalThis.gc !== 'function') {
  console.error('bench/dictionary.mjs: run it with node --expose-gc, so the memory figure is what stays held');
  process.exit(2);
}
const settle = () => {
  for (let i = 0; i < 3; i++) globalThis.gc();
  const m = process.memoryUsage();
  return {heap: m.heapUsed + m.external + m.arrayBuffers, rss: m.rss};
};
// The modules themselves (profiles, stemmers) are loaded before the baseline: what is
// measured is the dictionary.
const {pairData} = await import(path.join(root, 'dist/src/languages/pairs.js'));
const {buildBilingualDictionary} = await import(path.join(root, 'dist/src/languages/dictionary.js'));
const {readLanguageData} = await import(path.join(root, 'dist/src/languages/data-file.js'));
const {spanish} = await import(path.join(root, 'dist/src/languages/es/profile.js'));
const {english} = await import(path.join(root, 'dist/src/languages/en/profile.js'));
const before = settle();

// Wall time and this process's own CPU time: on a busy machine the second is the steadier.
const timed = fn => {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return `${(performance.now() - wall).toFixed(1)} ms (CPU ${((used.user + used.system) / 1000).toFixed(1)} ms)`;
};

// The broad dictionaries alone, both directions, each reading the other for its backwards look-ups.
let esBroad;
let enBroad;
const esLoad = timed(() => {
  esBroad = buildBilingualDictionary(readLanguageData('es-en/dictionary.tsv'), spanish, english, undefined, () => readLanguageData('en-es/dictionary.tsv'));
  esBroad.senses('acciones');
  esBroad.translations(spanish.stem('partidos'));
  esBroad.phrasesStartingWith(spanish.stem('banco'));
  esBroad.sourcesOf(english.stem('shares'));
});
const enLoad = timed(() => {
  enBroad = buildBilingualDictionary(readLanguageData('en-es/dictionary.tsv'), english, spanish, undefined, () => readLanguageData('es-en/dictionary.tsv'));
  enBroad.senses('shares');
  enBroad.translations(english.stem('matches'));
  enBroad.phrasesStartingWith(english.stem('stock'));
  enBroad.sourcesOf(spanish.stem('partido'));
});
const after = settle();

// As the checks meet it: the pair's dictionary with the hand-written lexicon over it
// (building that lexicon and reading it backwards is most of this).
let es;
const pairLoad = timed(() => {
  es = pairData('es', 'en').dictionary();
  es.senses('acciones');
  es.translations(spanish.stem('partidos'));
  es.phrasesStartingWith(spanish.stem('banco'));
  es.sourcesOf(english.stem('shares'));
});

// Every word of the sample article through each question, first time and again.
const words = fs.readFileSync(path.join(root, 'fixtures', 'article.es.txt'), 'utf8').toLowerCase().match(/\p{L}+/gu) ?? [];
let known = 0;
const first = timed(() => {
  for (const w of words) {
    if (es.senses(w).length) known++;
    es.translations(spanish.stem(w));
  }
});
const again = timed(() => {
  for (const w of words) {
    es.senses(w);
    es.translations(spanish.stem(w));
  }
});

const mb = n => (n / 1048576).toFixed(1);
console.log(`es→en: ${esBroad.size} entries, ${esBroad.senseCount} senses; en→es: ${enBroad.size} entries, ${enBroad.senseCount} senses`);
console.log(`es→en dictionary loaded, first answers given (senses, translations, expressions, backwards): ${esLoad}`);
console.log(`en→es dictionary loaded, first answers given (the same): ${enLoad}`);
console.log(`memory both hold: ${mb(after.heap - before.heap)} MB of heap, ${mb(after.rss - before.rss)} MB resident`);
console.log(`es→en with the hand-written layer over it, the same first answers: ${pairLoad}`);
console.log(`senses and translations of the sample article's ${words.length} words (${known} known): ${first} first time, ${again} again`);
