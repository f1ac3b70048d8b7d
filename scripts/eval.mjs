#!/usr/bin/env node
// Runs `cotejo check --format json` on every pair in fixtures/ that has a gold file
// (NAME.gold.json beside NAME.<source_lang>.txt and NAME.<target_lang>.txt) and prints
// the scorer's lines for each, then the totals over all pairs.
//   npm run eval [-- --scorer PATH] [-- --json]
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const scorerArg = argv.indexOf('--scorer');
const scorer = scorerArg >= 0 ? path.resolve(argv[scorerArg + 1]) : path.resolve(root, '..', 'shared', 'eval', 'score.mjs');
if (!fs.existsSync(scorer)) {
  console.error(`eval: scorer not found at ${scorer}; give its path with --scorer PATH`);
  process.exit(2);
}
const cli = path.join(root, 'dist', 'src', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('eval: the program is not built; run npm install (or npm run build) first');
  process.exit(2);
}
const {score} = await import(pathToFileURL(scorer).href);
const fixtures = path.join(root, 'fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-eval-'));
const totals = {gold: 0, predicted: 0, found: 0, tp: 0, falseAlarms: 0};
const rows = [];

for (const goldFile of fs.readdirSync(fixtures).filter(f => f.endsWith('.gold.json')).sort()) {
  const name = goldFile.slice(0, -'.gold.json'.length);
  const gold = JSON.parse(fs.readFileSync(path.join(fixtures, goldFile), 'utf8'));
  const src = path.join(fixtures, `${name}.${gold.source_lang}.txt`);
  const tgt = path.join(fixtures, `${name}.${gold.target_lang}.txt`);
  // A session file would change the report: check the pair as it stands on disk.
  const session = path.join(tmp, `${name}.none.cotejo.json`);
  const run = spawnSync(process.execPath, [cli, 'check', src, tgt, '--source-lang', gold.source_lang, '--target-lang', gold.target_lang, '--format', 'json', '--session', session], {encoding: 'utf8', maxBuffer: 64 << 20});
  if (run.status !== 0 && run.status !== 1) {
    console.error(`${name}: check failed (exit ${run.status}): ${run.stderr.trim()}`);
    process.exitCode = 1;
    continue;
  }
  const reportFile = path.join(tmp, `${name}.report.json`);
  fs.writeFileSync(reportFile, run.stdout);
  const text = execFileSync(process.execPath, [scorer, '--gold', path.join(fixtures, goldFile), '--report', reportFile], {encoding: 'utf8'});
  console.log(`== ${name}`);
  process.stdout.write(text);
  const s = score(gold, JSON.parse(run.stdout));
  const d = s.divergences;
  totals.gold += d.gold;
  totals.predicted += d.predicted;
  totals.found += d.found;
  totals.tp += Math.round(d.precision * d.predicted);
  totals.falseAlarms += d.falseAlarms.length;
  rows.push({name, ...d, alignment: s.alignment});
}
const p = totals.predicted ? totals.tp / totals.predicted : 1;
const r = totals.gold ? totals.found / totals.gold : 1;
const f = p + r ? (2 * p * r) / (p + r) : 0;
const round = x => Math.round(x * 1000) / 1000;
console.log(`== all ${rows.length} pairs\ndivergences: found ${totals.found}/${totals.gold}, predicted ${totals.predicted}, precision ${round(p)}, recall ${round(r)}, F1 ${round(f)}, false alarms ${totals.falseAlarms}`);
if (argv.includes('--json')) fs.writeFileSync(path.join(tmp, 'summary.json'), JSON.stringify(rows, null, 2));
fs.rmSync(tmp, {recursive: true, force: true});
