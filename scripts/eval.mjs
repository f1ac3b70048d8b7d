#!/usr/bin/env node
// Runs `cotejo check --format json` on every pair in fixtures/ that has a gold file
// (NAME.gold.json beside NAME.<source_lang>.txt and NAME.<target_lang>.txt) and prints
// the scorer's lines for each, then the totals over all pairs. Where a sentence-level
// gold is given (NAME.sentences.json: beads of sentences named "PARAGRAPH.SENTENCE",
// 0-based, as the document model splits them), the sentence aligner is scored inside
// the report's paragraph pairs: links F1, exact units, and the units with one side only
// inside a paragraph pair that has text on both sides.
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
const sentenceTotals = {gold: 0, predicted: 0, common: 0, units: 0, exact: 0, oneSided: 0, pairs: 0};
const {alignSentences} = await import(pathToFileURL(path.join(root, 'dist', 'src', 'core', 'align.js')).href);
const {documentFromText} = await import(pathToFileURL(path.join(root, 'dist', 'src', 'core', 'document.js')).href);
const rows = [];
const round = x => Math.round(x * 1000) / 1000;

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
  const sentenceFile = path.join(fixtures, `${name}.sentences.json`);
  let sentences = null;
  if (fs.existsSync(sentenceFile)) {
    sentences = scoreSentences(JSON.parse(fs.readFileSync(sentenceFile, 'utf8')), JSON.parse(run.stdout), src, tgt, gold);
    console.log(`sentences: link precision ${sentences.precision}, recall ${sentences.recall}, F1 ${sentences.f1}, units exact ${sentences.exact}, one-sided ${sentences.oneSided}`);
  }
  rows.push({name, ...d, alignment: s.alignment, sentences});
}

/** The sentence aligner's beads inside each paragraph pair of a report, scored against a sentence gold. */
function scoreSentences(sentenceGold, report, src, tgt, gold) {
  const load = (file, lang) => {
    const doc = documentFromText(fs.readFileSync(file, 'utf8'), {path: file, lang});
    if (!doc.ok) throw new Error(`${file}: cannot be read`);
    return doc.value;
  };
  const source = load(src, gold.source_lang);
  const target = load(tgt, gold.target_lang);
  const predicted = [];
  let oneSided = 0;
  for (const bead of report.alignment) {
    const sp = bead.source.map(i => source.paragraphs[i]);
    const tp = bead.target.map(j => target.paragraphs[j]);
    const ids = ps => ps.flatMap(p => p.sentences.map((_, k) => `${p.index}.${k}`));
    const sIds = ids(sp);
    const tIds = ids(tp);
    for (const b of alignSentences(sp, tp)) {
      const unit = {src: b.source.map(i => sIds[i]), tgt: b.target.map(j => tIds[j])};
      if (sIds.length > 0 && tIds.length > 0 && (unit.src.length === 0 || unit.tgt.length === 0)) oneSided++;
      predicted.push(unit);
    }
  }
  const links = beads => new Set(beads.flatMap(b => b.src.flatMap(x => b.tgt.map(y => `${x}:${y}`))));
  const key = b => `${b.src.join(',')}|${b.tgt.join(',')}`;
  const gl = links(sentenceGold.sentence_alignment);
  const pl = links(predicted);
  const common = [...pl].filter(l => gl.has(l)).length;
  const pk = new Set(predicted.map(key));
  const exact = sentenceGold.sentence_alignment.filter(b => pk.has(key(b))).length;
  sentenceTotals.gold += gl.size;
  sentenceTotals.predicted += pl.size;
  sentenceTotals.common += common;
  sentenceTotals.units += sentenceGold.sentence_alignment.length;
  sentenceTotals.exact += exact;
  sentenceTotals.oneSided += oneSided;
  sentenceTotals.pairs++;
  const p = pl.size ? common / pl.size : 0;
  const r = gl.size ? common / gl.size : 0;
  return {precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), exact: round(exact / sentenceGold.sentence_alignment.length), oneSided};
}
const p = totals.predicted ? totals.tp / totals.predicted : 1;
const r = totals.gold ? totals.found / totals.gold : 1;
const f = p + r ? (2 * p * r) / (p + r) : 0;
console.log(`== all ${rows.length} pairs\ndivergences: found ${totals.found}/${totals.gold}, predicted ${totals.predicted}, precision ${round(p)}, recall ${round(r)}, F1 ${round(f)}, false alarms ${totals.falseAlarms}`);
if (sentenceTotals.pairs > 0) {
  const sp = sentenceTotals.predicted ? sentenceTotals.common / sentenceTotals.predicted : 0;
  const sr = sentenceTotals.gold ? sentenceTotals.common / sentenceTotals.gold : 0;
  console.log(
    `sentences (${sentenceTotals.pairs} pairs): link precision ${round(sp)}, recall ${round(sr)}, F1 ${round(sp + sr ? (2 * sp * sr) / (sp + sr) : 0)}, ` +
      `units exact ${sentenceTotals.exact}/${sentenceTotals.units}, one-sided units in two-sided pairs ${sentenceTotals.oneSided}`,
  );
}
if (argv.includes('--json')) fs.writeFileSync(path.join(tmp, 'summary.json'), JSON.stringify(rows, null, 2));
fs.rmSync(tmp, {recursive: true, force: true});
