// Cost of tokenizing, per character of text: the paragraphs of the sample article
// (Spanish and English) repeated to some 20 MB, tokenized by the character scanner
// (`tokenize`, what the program uses) and by the regular expressions that define the
// tokens (`tokenizeByExpressions`). Also checks that both give the same tokens there.
// Each is run a few rounds, alternating, and the best round is kept: on a shared
// machine the slower rounds measure the other work.
//
// Usage: node bench/tokenize.mjs [--mb 20] [--rounds 5]   (npm run build first)
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(ROOT, 'dist', 'src', 'core', 'document.js');
if (!fs.existsSync(built)) {
  console.error('bench: the program is not built; run npm run build first');
  process.exit(2);
}
const {normaliseText, splitParagraphs, tokenize, tokenizeByExpressions} = await import(built);

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const targetChars = option('--mb', 20) * 1_000_000;
const rounds = option('--rounds', 5);

const sample = ['article.es.txt', 'article.en.txt'].flatMap(f =>
  splitParagraphs(normaliseText(fs.readFileSync(path.join(ROOT, 'fixtures', f), 'utf8'))),
);
const sampleChars = sample.reduce((n, p) => n + p.length, 0);
const paragraphs = [];
let chars = 0;
while (chars < targetChars) {
  // Fresh strings each repeat, as a large file read from disk gives, not the same few held hot.
  for (const p of sample) paragraphs.push(` ${p}`.slice(1));
  chars += sampleChars;
}

for (const p of sample) {
  const a = JSON.stringify(tokenize(p));
  const b = JSON.stringify(tokenizeByExpressions(p));
  if (a !== b) {
    console.error(`bench: the two tokenizers disagree on: ${p.slice(0, 80)}`);
    process.exit(1);
  }
}

function run(tokenizer) {
  const t0 = process.hrtime.bigint();
  let tokens = 0;
  for (const p of paragraphs) tokens += tokenizer(p).length;
  return {ns: Number(process.hrtime.bigint() - t0), tokens};
}

const best = {expressions: Infinity, scanner: Infinity};
let tokens = 0;
for (let r = 0; r < rounds; r++) {
  const e = run(tokenizeByExpressions);
  const s = run(tokenize);
  if (e.tokens !== s.tokens) throw new Error('token counts differ');
  tokens = s.tokens;
  best.expressions = Math.min(best.expressions, e.ns);
  best.scanner = Math.min(best.scanner, s.ns);
}

const perChar = ns => (ns / chars).toFixed(1);
console.log(`tokenize: ${(chars / 1e6).toFixed(1)} M characters, ${paragraphs.length} paragraphs, ${tokens} tokens; best of ${rounds} rounds`);
console.log(`  regular expressions  ${perChar(best.expressions)} ns/char  (${(best.expressions / 1e6).toFixed(0)} ms)`);
console.log(`  character scanner    ${perChar(best.scanner)} ns/char  (${(best.scanner / 1e6).toFixed(0)} ms)`);
console.log(`  ${(best.expressions / best.scanner).toFixed(1)} times faster`);
