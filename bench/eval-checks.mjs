#!/usr/bin/env node
// Checks annotated pairs with the gold paragraph alignment and scores the reports
// with the shared scorer. Run after `npm run build`:
//   node bench/eval-checks.mjs [--dir fixtures] [--out DIR] [--verbose] [NAME ...]
// Prints precision, recall and F1 per pair and overall; --verbose lists every
// prediction (hit or false alarm) and every gold divergence missed.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const {documentFromText} = await import(path.join(root, 'dist/src/core/document.js'));
const {compareAll} = await import(path.join(root, 'dist/src/core/compare.js'));
const {loadCheckContext} = await import(path.join(root, 'dist/src/check-context.js'));
const scorerPath = [path.join(root, '../shared/eval/score.mjs'), '/work/shared/eval/score.mjs'].find(p => fs.existsSync(p));
const {score} = await import(scorerPath);

const args = process.argv.slice(2);
const opt = name => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const flag = name => {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const dir = path.resolve(opt('--dir') ?? path.join(root, 'fixtures'));
const outDir = opt('--out');
const verbose = flag('--verbose');
const names = args.length ? args : fs.readdirSync(dir).filter(f => f.endsWith('.gold.json')).map(f => f.slice(0, -'.gold.json'.length)).sort();

const ctxs = new Map();
let tot = {gold: 0, predicted: 0, found: 0, tp: 0, falseAlarms: 0};
for (const name of names) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), 'utf8'));
  const read = (lang, ext) => {
    const r = documentFromText(fs.readFileSync(path.join(dir, `${name}.${ext}.txt`), 'utf8'), {path: `${name}.${ext}.txt`, lang});
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const src = read(gold.source_lang, gold.source_lang);
  const tgt = read(gold.target_lang, gold.target_lang);
  const key = `${gold.source_lang}>${gold.target_lang}`;
  if (!ctxs.has(key)) {
    const c = await loadCheckContext(gold.source_lang, gold.target_lang);
    if (!c.ok) throw new Error(JSON.stringify(c.error));
    ctxs.set(key, c.value);
  }
  const alignment = gold.paragraph_alignment.map(b => ({source: b.src, target: b.tgt, confidence: 1}));
  const divergences = compareAll(src, tgt, alignment, ctxs.get(key));
  const report = {
    version: 1,
    source: {path: src.path, lang: src.lang, paragraphs: src.paragraphs.map(p => p.text)},
    target: {path: tgt.path, lang: tgt.lang, paragraphs: tgt.paragraphs.map(p => p.text)},
    alignment,
    divergences,
  };
  if (outDir) {
    fs.mkdirSync(outDir, {recursive: true});
    fs.writeFileSync(path.join(outDir, `${name}.report.json`), JSON.stringify(report, null, 2));
  }
  const s = score(gold, report).divergences;
  const tp = Math.round(s.precision * s.predicted);
  tot.gold += s.gold;
  tot.predicted += s.predicted;
  tot.found += s.found;
  tot.tp += tp;
  tot.falseAlarms += s.falseAlarms.length;
  console.log(`${name.padEnd(22)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  found ${s.found}/${s.gold}  predicted ${s.predicted}  cat ${s.categoryAgreement}  must-not-flag hits ${s.falseAlarms.length}${s.falseAlarms.length ? ' (' + s.falseAlarms.join('; ') + ')' : ''}`);
  if (verbose) {
    const tText = loc => (loc ? tgt.paragraphs[loc.paragraph].text.slice(loc.start, loc.end) : '∅');
    const sText = loc => (loc ? src.paragraphs[loc.paragraph].text.slice(loc.start, loc.end) : '∅');
    for (const d of divergences) {
      const one = score(gold, {...report, divergences: [d]}).divergences;
      console.log(`   ${one.found ? 'HIT ' : 'FA  '} ${d.category.padEnd(14)} ${d.code.padEnd(22)} t${d.target?.paragraph ?? '-'} "${tText(d.target)}"  <=  s${d.source?.paragraph ?? '-'} "${sText(d.source)}"${d.suggestion ? '  → ' + d.suggestion : ''}`);
    }
    for (const g of gold.divergences) {
      const one = score({...gold, divergences: [g]}, report).divergences;
      if (!one.found) console.log(`   MISS ${g.category.padEnd(14)} t${g.tgt_paragraph} "${g.tgt_text}" <= "${g.src_text}"`);
    }
  }
}
const P = tot.predicted ? tot.tp / tot.predicted : 1;
const R = tot.gold ? tot.found / tot.gold : 1;
console.log(`${'OVERALL'.padEnd(22)} P ${P.toFixed(3)}  R ${R.toFixed(3)}  F1 ${(P + R ? (2 * P * R) / (P + R) : 0).toFixed(3)}  found ${tot.found}/${tot.gold}  predicted ${tot.predicted}  must-not-flag hits ${tot.falseAlarms}`);
