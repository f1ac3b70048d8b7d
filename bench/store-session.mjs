#!/usr/bin/env node
// Times the session store on large pairs (bench/gen.mjs): starting a session, one
// reducer step, one save (format + atomic write + fsync), resuming (read, validate,
// rebuild the state), and carrying the work over after the files changed (1% of the
// paragraphs edited, some inserted and deleted on both sides).
//
//   npx tsc -p tsconfig.build.json && node bench/store-session.mjs [--paragraphs N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {makePair, rng} from './gen.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = p => path.join(root, 'dist', 'src', p);
const args = process.argv.slice(2);
const sizes = args.includes('--paragraphs') ? [Number(args[args.indexOf('--paragraphs') + 1])] : [2000, 20000];
const {documentFromText} = await import(dist('core/document.js'));
const {reduce} = await import(dist('core/session.js'));
const {alignParagraphs} = await import(dist('core/align.js'));
const {openSession} = await import(dist('store/open-session.js'));
const {formatSessionState} = await import(dist('store/session-file.js'));

const ms = t0 => (performance.now() - t0).toFixed(1);
const load = (file, lang) => documentFromText(fs.readFileSync(file, 'utf8'), {path: file, lang}).value;

for (const n of sizes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-bench-store-'));
  const {source, target, gold} = makePair(n, {seed: 3});
  const sourcePath = path.join(dir, 'big.src.txt');
  const targetPath = path.join(dir, 'big.tgt.txt');
  fs.writeFileSync(sourcePath, source.join('\n\n'));
  fs.writeFileSync(targetPath, target.join('\n\n'));
  const request = () => {
    const s = load(sourcePath, 'xx');
    const t = load(targetPath, 'yy');
    return {source: s, target: t, align: () => gold.map(b => ({...b, confidence: 0.9})), realign: alignParagraphs};
  };

  let t0 = performance.now();
  const first = await openSession(request());
  const openNew = ms(t0);
  const {store} = first.value;
  let state = first.value.state;
  const rand = rng(5);
  const steps = 500;
  t0 = performance.now();
  for (let i = 0; i < steps; i++) {
    const p = Math.floor(rand() * state.target.paragraphs.length);
    state = reduce(state, {type: 'edit-target', paragraph: p, text: `${state.target.paragraphs[p].text} (${i})`});
    state = reduce(state, {type: 'dismiss', key: `k${i}`});
    if (i % 50 === 0) state = reduce(state, {type: 'merge-next', bead: Math.floor(rand() * (state.beads.length - 1))});
  }
  const perStep = ((performance.now() - t0) / (steps * 2)).toFixed(3);
  t0 = performance.now();
  const text = formatSessionState(state, {sourcePath: 'a', targetPath: 'b', sourceSha256: '0'.repeat(64), targetSha256: '0'.repeat(64), created: new Date().toISOString(), toolVersion: 'x'}, new Date());
  const format = ms(t0);
  store.update(state);
  t0 = performance.now();
  await store.flush();
  const save = ms(t0);
  const size = fs.statSync(first.value.sessionPath).size;
  await store.close();

  t0 = performance.now();
  const resumed = await openSession(request());
  const resume = ms(t0);
  resumed.value.release();

  // Change both files: 1% of the paragraphs edited, 0.2% inserted, 0.2% deleted.
  const change = texts => {
    const out = [...texts];
    for (let k = 0; k < Math.ceil(out.length / 100); k++) {
      const p = Math.floor(rand() * out.length);
      out[p] = `${out[p]} Edited on disk.`;
    }
    for (let k = 0; k < Math.ceil(out.length / 500); k++) out.splice(Math.floor(rand() * out.length), 0, 'An inserted paragraph, new on disk.');
    for (let k = 0; k < Math.ceil(out.length / 500); k++) out.splice(Math.floor(rand() * out.length), 1);
    return out;
  };
  fs.writeFileSync(sourcePath, change(source).join('\n\n'));
  fs.writeFileSync(targetPath, change(target).join('\n\n'));
  t0 = performance.now();
  const carried = await openSession(request());
  const carry = ms(t0);
  const report = carried.value.carryOver;
  await carried.value.store.close();

  console.log(
    `${n} paragraphs a side: new session ${openNew} ms; reducer step ${perStep} ms; ` +
      `save ${save} ms (format alone ${format} ms, ${(size / 1024).toFixed(0)} KB, ${text.length} chars); resume ${resume} ms; ` +
      `carry-over ${carry} ms (${report.correctionsCarried} corrections carried, ${report.lost.length} reported, ${report.beadsKept} user beads kept)`,
  );
  fs.rmSync(dir, {recursive: true, force: true});
}
