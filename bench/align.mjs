#!/usr/bin/env node
// Times the paragraph aligner on large inputs:
//  1. a synthetic pair of 20,000 paragraphs a side (bench/gen.mjs), with its accuracy
//     against the generator's gold;
//  2. the Bleualign German–French test files repeated to about 9,910 lines a side,
//     end to end (decoding, paragraphs, alignment), and through the CLI when it exists.
//
//   npx tsc -p tsconfig.build.json && node bench/align.mjs [--paragraphs N]
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {makePair} from './gen.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const n = args.includes('--paragraphs') ? Number(args[args.indexOf('--paragraphs') + 1]) : 20000;
const {alignParagraphs} = await import(path.join(root, 'dist', 'src', 'core', 'align.js'));
const {documentFromParagraphs, documentFromText} = await import(path.join(root, 'dist', 'src', 'core', 'document.js'));

const key = b => `${b.source.join(',')}|${b.target.join(',')}`;

{
  const {source, target, gold} = makePair(n, {seed: 7});
  const src = documentFromParagraphs(source, {path: 'synthetic.src', lang: 'xx'});
  const tgt = documentFromParagraphs(target, {path: 'synthetic.tgt', lang: 'yy'});
  // The first run includes the compiler's warm-up, as a user's single run does.
  const times = [];
  let beads = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    beads = alignParagraphs(src, tgt);
    times.push(performance.now() - t0);
  }
  const goldKeys = new Set(gold.map(key));
  const right = beads.filter(b => goldKeys.has(key(b))).length;
  console.log(
    `synthetic ${source.length} x ${target.length} paragraphs: alignParagraphs ${times.map(t => t.toFixed(0)).join(' / ')} ms ` +
      `(first / second / third run); ${beads.length} beads, ${right} exactly as the gold (${((100 * right) / gold.length).toFixed(1)}% of ${gold.length})`,
  );
}

const data = path.join(root, '..', 'shared', 'bench', 'bleualign-de-fr');
if (fs.existsSync(data)) {
  const read = ext =>
    ['test0', 'test1', 'test2', 'test3', 'test4', 'test5', 'test6'].map(t => fs.readFileSync(path.join(data, `${t}.${ext}`), 'utf8')).join('');
  const de = read('de');
  const fr = read('fr');
  const lines = de.split('\n').filter(l => l.trim()).length;
  const times = Math.max(1, Math.round(9910 / lines));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-align-bench-'));
  const deFile = path.join(dir, 'big.de');
  const frFile = path.join(dir, 'big.fr');
  fs.writeFileSync(deFile, de.repeat(times));
  fs.writeFileSync(frFile, fr.repeat(times));
  const t0 = performance.now();
  const load = (file, lang) => documentFromText(fs.readFileSync(file, 'utf8'), {path: file, lang}).value;
  const a = load(deFile, 'de');
  const b = load(frFile, 'fr');
  const beads = alignParagraphs(a, b);
  const ms = performance.now() - t0;
  console.log(
    `bleualign x${times}: ${a.paragraphs.length} x ${b.paragraphs.length} lines, read + align ${ms.toFixed(0)} ms, ${beads.length} beads`,
  );
  const cli = path.join(root, 'dist', 'bin', 'cli.js');
  if (fs.existsSync(cli)) {
    const t1 = performance.now();
    // `check` exits 1 when it finds divergences; 2 or a signal is a failure.
    const run = spawnSync(process.execPath, [cli, 'check', deFile, frFile, '--format', 'json', '--source-lang', 'de', '--target-lang', 'fr'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const ms = (performance.now() - t1).toFixed(0);
    if (run.status === 0 || run.status === 1) console.log(`bleualign x${times} end to end through \`cotejo check --format json\`: ${ms} ms`);
    else console.log(`cotejo check did not run (${String(run.stderr).split('\n')[0] || run.signal})`);
  }
  fs.rmSync(dir, {recursive: true, force: true});
}
