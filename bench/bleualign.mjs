#!/usr/bin/env node
// Scores the paragraph aligner on the Bleualign German–French gold set (test0..test6,
// one sentence per line, each line a paragraph) with the shared scorer, and times it.
//
//   npx tsc -p tsconfig.build.json && node bench/bleualign.mjs [--dev] [--cli] [--data DIR]
//
// --dev scores the development file instead of the test files; --cli runs
// `node dist/bin/cli.js check A B --format json` instead of calling the aligner.
// The data stays in ../shared (GPL-2.0); reports go to a temporary folder.
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = name => args.includes(name);
const value = name => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const data = path.resolve(value('--data') ?? path.join(root, '..', 'shared', 'bench', 'bleualign-de-fr'));
const scorer = path.resolve(root, '..', 'shared', 'eval', 'align-score.mjs');
const names = flag('--dev') ? ['dev'] : ['test0', 'test1', 'test2', 'test3', 'test4', 'test5', 'test6'];
const options = process.env.ALIGN_OPTIONS ? JSON.parse(process.env.ALIGN_OPTIONS) : {};

if (!fs.existsSync(data)) {
  console.error(`no data at ${data}`);
  process.exit(2);
}
const cli = path.join(root, 'dist', 'bin', 'cli.js');
const useCli = flag('--cli') && fs.existsSync(cli);
const {alignParagraphs} = await import(path.join(root, 'dist', 'src', 'core', 'align.js'));
const {documentFromText} = await import(path.join(root, 'dist', 'src', 'core', 'document.js'));

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-bleualign-'));
const scoreArgs = [];
let ms = 0;
for (const name of names) {
  const de = path.join(data, `${name}.de`);
  const fr = path.join(data, `${name}.fr`);
  const report = path.join(out, `${name}.json`);
  const t0 = performance.now();
  if (useCli) {
    // `check` exits 1 when it finds divergences; the report is on stdout either way.
    const run = spawnSync(process.execPath, [cli, 'check', de, fr, '--format', 'json', '--source-lang', 'de', '--target-lang', 'fr'], {maxBuffer: 1 << 28});
    if (run.status !== 0 && run.status !== 1) throw new Error(`cotejo check failed: ${String(run.stderr).split('\n')[0]}`);
    fs.writeFileSync(report, run.stdout);
  } else {
    const load = (file, lang) => {
      const doc = documentFromText(fs.readFileSync(file, 'utf8'), {path: file, lang});
      if (!doc.ok) throw new Error(`${file}: ${doc.error.code}`);
      return doc.value;
    };
    const alignment = alignParagraphs(load(de, 'de'), load(fr, 'fr'), options);
    fs.writeFileSync(report, JSON.stringify({alignment}));
  }
  ms += performance.now() - t0;
  scoreArgs.push('--gold', path.join(data, `${name}.defr`), '--report', report);
}
const scores = JSON.parse(execFileSync(process.execPath, [scorer, ...scoreArgs, '--json'], {encoding: 'utf8'}));
const f = x => x.toFixed(3);
console.log(
  `bleualign ${names.join(',')}${useCli ? ' (cli)' : ''}: strict P ${f(scores.strict.precision)} R ${f(scores.strict.recall)} F1 ${f(scores.strict.f1)}; ` +
    `lax P ${f(scores.lax.precision)} R ${f(scores.lax.recall)} F1 ${f(scores.lax.f1)}; ${ms.toFixed(0)} ms`,
);
if (!flag('--keep')) fs.rmSync(out, {recursive: true, force: true});
else console.log(`reports in ${out}`);
