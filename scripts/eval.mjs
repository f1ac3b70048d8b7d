#!/usr/bin/env node
// Runs `cotejo check --format json` on every pair in fixtures/ that has a gold file
// (NAME.gold.json beside NAME.<source_lang>.txt and NAME.<target_lang>.txt) and prints
// the scorer's lines for each, then the totals over all pairs. Where a sentence-level
// gold is given (NAME.sentences.json: beads of sentences named "PARAGRAPH.SENTENCE",
// 0-based, as the document model splits them), the sentence aligner is scored inside
// the report's paragraph pairs: links F1, exact units, and the units with one side only
// inside a paragraph pair that has text on both sides.
//   npm run eval [-- --scorer PATH] [-- --quiet] [-- --verbose] [-- --json] [-- --min-confidence N] [-- --only REGEXP]
// --quiet prints only the totals and the tables; --verbose lists every wrong flag and
// every missed divergence under its pair; --only scores the pairs whose gold file name
// matches.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const quiet = argv.includes('--quiet');
const verbose = argv.includes('--verbose');
const thresholdArg = argv.indexOf('--min-confidence');
const threshold = thresholdArg >= 0 ? ['--min-confidence', argv[thresholdArg + 1]] : [];
const onlyArg = argv.indexOf('--only');
const only = onlyArg >= 0 ? new RegExp(argv[onlyArg + 1]) : null;
const scorerArg = argv.indexOf('--scorer');
const scorer = scorerArg >= 0 ? path.resolve(argv[scorerArg + 1]) : path.resolve(root, '..', 'shared', 'eval', 'score.mjs');
if (!fs.existsSync(scorer)) {
  console.error(`eval: scorer not found at ${scorer}; give its path with --scorer PATH`);
  process.exit(2);
}
const cli = path.join(root, 'dist', 'bin', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('eval: the program is not built; run npm install (or npm run build) first');
  process.exit(2);
}
const {score} = await import(pathToFileURL(scorer).href);
const fixtures = path.join(root, 'fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-eval-'));
const rows = [];
const round = x => Math.round(x * 1000) / 1000;
const sentenceTotals = {gold: 0, predicted: 0, common: 0, units: 0, exact: 0, oneSided: 0, pairs: 0};
const {alignSentences} = await import(pathToFileURL(path.join(root, 'dist', 'src', 'core', 'align.js')).href);
const {documentFromText} = await import(pathToFileURL(path.join(root, 'dist', 'src', 'core', 'document.js')).href);

// The scorer's matching rule, applied per prediction, so that precision can be told
// per category and per message code: a prediction is right when it locates a gold
// divergence (same paragraph, overlapping span, not much longer than the gold phrase).
const overlaps = (a0, a1, b0, b1) => (a0 === a1 || b0 === b1 ? (a0 >= b0 && a0 <= b1) || (b0 >= a0 && b0 <= a1) : a0 < b1 && b0 < a1);
const precise = (p0, p1, g0, g1) => p1 - p0 <= 3 * (g1 - g0) + 10;
function matches(p, g) {
  if (g.tgt_text === '') {
    const s = p.source;
    return !!s && s.paragraph === g.src_paragraph && overlaps(s.start, s.end, g.src_offset, g.src_offset + g.src_text.length) && precise(s.start, s.end, g.src_offset, g.src_offset + g.src_text.length);
  }
  const t = p.target;
  return !!t && t.paragraph === g.tgt_paragraph && overlaps(t.start, t.end, g.tgt_offset, g.tgt_offset + g.tgt_text.length) && precise(t.start, t.end, g.tgt_offset, g.tgt_offset + g.tgt_text.length);
}
function falseAlarm(p, m) {
  const t = p.target;
  return !!t && t.paragraph === m.tgt_paragraph && overlaps(t.start, t.end, m.tgt_offset, m.tgt_offset + m.tgt_text.length);
}

/** Which set a pair belongs to: the sample, pairs scored once when written, or the pairs the checks were built with. */
const setOf = name => (name === 'article' ? 'sample' : name.startsWith('unseen-') ? 'unseen when written' : 'visible');

for (const goldFile of fs.readdirSync(fixtures).filter(f => f.endsWith('.gold.json') && (!only || only.test(f))).sort()) {
  const name = goldFile.slice(0, -'.gold.json'.length);
  const gold = JSON.parse(fs.readFileSync(path.join(fixtures, goldFile), 'utf8'));
  const src = path.join(fixtures, `${name}.${gold.source_lang}.txt`);
  const tgt = path.join(fixtures, `${name}.${gold.target_lang}.txt`);
  // A session file would change the report: check the pair as it stands on disk.
  const session = path.join(tmp, `${name}.none.cotejo.json`);
  const run = spawnSync(process.execPath, [cli, 'check', src, tgt, '--source-lang', gold.source_lang, '--target-lang', gold.target_lang, '--format', 'json', '--session', session, ...threshold], {encoding: 'utf8', maxBuffer: 64 << 20});
  if (run.status !== 0 && run.status !== 1) {
    console.error(`${name}: check failed (exit ${run.status}): ${run.stderr.trim()}`);
    process.exitCode = 1;
    continue;
  }
  const report = JSON.parse(run.stdout);
  const s = score(gold, report);
  const d = s.divergences;
  if (!quiet) {
    console.log(`== ${name}`);
    console.log(`divergences: found ${d.found}/${d.gold}, predicted ${d.predicted}, precision ${d.precision}, recall ${d.recall}, F1 ${d.f1}, category agreement ${d.categoryAgreement}, false alarms ${d.falseAlarms.length}${d.falseAlarms.length ? ' (' + d.falseAlarms.join('; ') + ')' : ''}`);
    for (const [c, v] of Object.entries(d.perCategory)) console.log(`  ${c}: ${v.found}/${v.gold}`);
    console.log(`alignment: link precision ${s.alignment.precision}, recall ${s.alignment.recall}, F1 ${s.alignment.f1}, beads exact ${s.alignment.beadsExact}`);
  }
  const preds = (report.divergences ?? []).filter(p => p && (p.target || p.source));
  const predictions = preds.map(p => ({category: p.category, code: p.code, right: gold.divergences.some(g => matches(p, g)), falseAlarm: (gold.must_not_flag ?? []).some(m => falseAlarm(p, m)), text: p.target ? report.target.paragraphs[p.target.paragraph].slice(p.target.start, p.target.end) : report.source.paragraphs[p.source.paragraph].slice(p.source.start, p.source.end)}));
  const golds = gold.divergences.map(g => ({category: g.category, found: preds.some(p => matches(p, g)), text: g.tgt_text || g.src_text}));
  if (verbose) {
    for (const p of predictions) if (!p.right) console.log(`  wrong ${p.category}/${p.code}: ${JSON.stringify(p.text)}${p.falseAlarm ? ' (marked correct)' : ''}`);
    for (const g of golds) if (!g.found) console.log(`  missed ${g.category}: ${JSON.stringify(g.text)}`);
  }
  const sentenceFile = path.join(fixtures, `${name}.sentences.json`);
  const sentences = fs.existsSync(sentenceFile) ? scoreSentences(JSON.parse(fs.readFileSync(sentenceFile, 'utf8')), report, src, tgt, gold) : null;
  if (sentences && !quiet) console.log(`sentences: link precision ${sentences.precision}, recall ${sentences.recall}, F1 ${sentences.f1}, units exact ${sentences.exact}, one-sided ${sentences.oneSided}`);
  rows.push({name, set: setOf(name), sentences, direction: `${gold.source_lang}>${gold.target_lang}`, predictions, golds, falseAlarms: d.falseAlarms.length, alignment: s.alignment});
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
function summary(list) {
  const predicted = list.flatMap(r => r.predictions);
  const golds = list.flatMap(r => r.golds);
  const tp = predicted.filter(p => p.right).length;
  const found = golds.filter(g => g.found).length;
  const p = predicted.length ? tp / predicted.length : 1;
  const r = golds.length ? found / golds.length : 1;
  return {pairs: list.length, gold: golds.length, found, predicted: predicted.length, precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), falseAlarms: list.reduce((n, x) => n + x.falseAlarms, 0)};
}
const line = (label, s) => `${label.padEnd(34)} ${String(s.pairs).padStart(5)} ${String(`${s.found}/${s.gold}`).padStart(8)} ${String(s.predicted).padStart(9)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${String(s.falseAlarms).padStart(6)}`;
const head = `${''.padEnd(34)} ${'pairs'.padStart(5)} ${'found'.padStart(8)} ${'predicted'.padStart(9)} ${'precision'.padStart(9)} ${'recall'.padStart(6)} ${'F1'.padStart(6)} ${'false'.padStart(6)}`;
console.log(`\n== totals\n${head}`);
const groups = (key) => [...new Set(rows.map(key))].sort();
for (const dir of groups(r => r.direction)) {
  for (const set of groups(r => r.set)) {
    const list = rows.filter(r => r.direction === dir && r.set === set);
    if (list.length) console.log(line(`${dir} ${set}`, summary(list)));
  }
  const seen = rows.filter(r => r.direction === dir && r.set !== 'unseen when written');
  // Only a direction with a sample has a line for the two together.
  if (seen.some(r => r.set === 'sample') && seen.some(r => r.set !== 'sample')) console.log(line(`${dir} sample + visible`, summary(seen)));
}
console.log(line(`all ${rows.length} pairs`, summary(rows)));
if (sentenceTotals.pairs > 0) {
  const sp = sentenceTotals.predicted ? sentenceTotals.common / sentenceTotals.predicted : 0;
  const sr = sentenceTotals.gold ? sentenceTotals.common / sentenceTotals.gold : 0;
  console.log(
    `\n== sentences (${sentenceTotals.pairs} pairs): link precision ${round(sp)}, recall ${round(sr)}, F1 ${round(sp + sr ? (2 * sp * sr) / (sp + sr) : 0)}, ` +
      `units exact ${sentenceTotals.exact}/${sentenceTotals.units}, one-sided units in two-sided pairs ${sentenceTotals.oneSided}`,
  );
}

// Precision per category and per code over every annotated pair; recall per category.
const all = rows.flatMap(r => r.predictions);
const allGolds = rows.flatMap(r => r.golds);
const table = (title, keyOf, withRecall) => {
  console.log(`\n== ${title}\n${''.padEnd(28)} ${'predicted'.padStart(9)} ${'right'.padStart(6)} ${'precision'.padStart(9)}${withRecall ? ` ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'recall'.padStart(6)}` : ''}`);
  const keys = [...new Set([...all.map(keyOf), ...(withRecall ? allGolds.map(g => g.category) : [])])].sort();
  for (const k of keys) {
    const ps = all.filter(p => keyOf(p) === k);
    const right = ps.filter(p => p.right).length;
    const prec = ps.length ? (right / ps.length).toFixed(3) : '—';
    let rec = '';
    if (withRecall) {
      const gs = allGolds.filter(g => g.category === k);
      rec = ` ${String(gs.length).padStart(5)} ${String(gs.filter(g => g.found).length).padStart(6)} ${(gs.length ? (gs.filter(g => g.found).length / gs.length).toFixed(3) : '—').padStart(6)}`;
    }
    console.log(`${k.padEnd(28)} ${String(ps.length).padStart(9)} ${String(right).padStart(6)} ${prec.padStart(9)}${rec}`);
  }
};
table('per category', p => p.category, true);
table('per code', p => `${p.category}/${p.code}`, false);
if (argv.includes('--json')) console.log(JSON.stringify(rows.map(r => ({name: r.name, set: r.set, direction: r.direction, ...summary([r])})), null, 2));
fs.rmSync(tmp, {recursive: true, force: true});
