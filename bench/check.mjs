#!/usr/bin/env node
// Times the divergence checks on a large generated pair: 20,000 paragraphs a side,
// made by repeating the annotated fixtures' aligned paragraphs, checked one to one
// with compareAll on one thread, then as `cotejo check` does for a pair this long, on
// as many threads as it takes by default (compareAllParallel, the main thread one of
// them). Run after `npm run build`:
//   node bench/check.mjs [PARAGRAPHS] [--cold] [--direction SOURCE-TARGET]
// The direction (es-en by default) picks the fixtures whose paragraphs are repeated.
// Spellers, tagger and lexicon renderings load on first use, so the check time
// includes them; --cold starts with an empty dictionary cache (a first run).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const cold = argv.includes('--cold');
const coldDir = cold ? fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-bench-cache-')) : null;
if (coldDir) process.env.XDG_CACHE_HOME = coldDir;
const {documentFromParagraphs} = await import(path.join(root, 'dist/src/core/document.js'));
const {compareAll} = await import(path.join(root, 'dist/src/core/compare.js'));
const {loadCheckContext} = await import(path.join(root, 'dist/src/check-context.js'));
const {compareAllParallel, defaultJobs, PARALLEL_MIN_BEADS} = await import(path.join(root, 'dist/src/parallel-compare.js'));

const wanted = Number(argv.find(a => /^\d+$/.test(a)) ?? 20000);
const directionArg = argv.indexOf('--direction');
const [sourceLang, targetLang] = (directionArg >= 0 ? argv[directionArg + 1] : 'es-en').split('-');
const dir = path.join(root, 'fixtures');
const pairs = [];
for (const f of fs.readdirSync(dir).filter(x => x.endsWith('.gold.json')).sort()) {
  const name = f.slice(0, -'.gold.json'.length);
  const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  if (gold.source_lang !== sourceLang || gold.target_lang !== targetLang) continue;
  const split = t => t.split(/\n\s*\n|\n/).map(s => s.trim()).filter(Boolean);
  const es = split(fs.readFileSync(path.join(dir, `${name}.${gold.source_lang}.txt`), 'utf8'));
  const en = split(fs.readFileSync(path.join(dir, `${name}.${gold.target_lang}.txt`), 'utf8'));
  for (const b of gold.paragraph_alignment) {
    if (b.src.length === 1 && b.tgt.length === 1) pairs.push([es[b.src[0]], en[b.tgt[0]]]);
  }
}
const source = [];
const target = [];
for (let i = 0; i < wanted; i++) {
  const [s, t] = pairs[i % pairs.length];
  source.push(s);
  target.push(t);
}

let t0 = performance.now();
if (!pairs.length) throw new Error(`no annotated pair in fixtures/ for ${sourceLang}-${targetLang}`);
const ctx = await loadCheckContext(sourceLang, targetLang);
if (!ctx.ok) throw new Error(ctx.error.code);
const loadMs = performance.now() - t0;

t0 = performance.now();
const cpu0 = process.cpuUsage();
const src = documentFromParagraphs(source, {path: `bench.${sourceLang}.txt`, lang: sourceLang});
const tgt = documentFromParagraphs(target, {path: `bench.${targetLang}.txt`, lang: targetLang});
const alignment = source.map((_, i) => ({source: [i], target: [i], confidence: 1}));
const found = compareAll(src, tgt, alignment, ctx.value);
const checkMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;

console.log(`context load (what is not loaded on first use): ${(loadMs / 1000).toFixed(2)} s`);
console.log(`${sourceLang} → ${targetLang}: checked ${wanted} paragraphs a side (${pairs.length} distinct pairs repeated): ${found.length} divergences in ${(checkMs / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s, the collector's helper threads included; a busy machine shows a longer wall time)`);
console.log(`total: ${((loadMs + checkMs) / 1000).toFixed(2)} s${cold ? ' (dictionary cache empty at start)' : ''}`);

const jobs = defaultJobs(alignment.length >= PARALLEL_MIN_BEADS);
t0 = performance.now();
const together = await compareAllParallel(src, tgt, alignment, ctx.value, jobs);
const parallelMs = performance.now() - t0;
if (JSON.stringify(together) !== JSON.stringify(found)) throw new Error('the threads found something else than one thread');
console.log(`the same on ${jobs} threads (workers started and loaded within the time): ${(parallelMs / 1000).toFixed(2)} s`);
if (coldDir) fs.rmSync(coldDir, {recursive: true, force: true});
