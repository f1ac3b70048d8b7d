#!/usr/bin/env node
// Keypress-to-frame latency of the review screen on a 20,000-paragraph document: the
// real application (dist/), rendered by Ink with the options the program uses, on a
// fake 120×40 terminal; each key is written to its stdin and timed until the frame
// that shows its effect is written to stdout.
//
//   npm run build && node bench/ui-keypress.mjs [--paragraphs 20000] [--presses 60] [--idle 5]
import fs from 'node:fs';
import path from 'node:path';
import {PassThrough, Writable} from 'node:stream';
import {fileURLToPath} from 'node:url';

// As the program does (runOpen): React's production build, chosen before React loads.
process.env.NODE_ENV ??= 'production';
const {default: React} = await import('react');
const {render} = await import('ink');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = p => path.join(root, 'dist', 'src', p);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const wanted = option('--paragraphs', 20000);
const presses = option('--presses', 60);

const {documentFromText, documentFromParagraphs} = await import(dist('core/document.js'));
const {alignParagraphs} = await import(dist('core/align.js'));
const {initialState, beadDivergences} = await import(dist('core/session.js'));
const {loadCheckContext} = await import(dist('check-context.js'));
const {createI18n} = await import(dist('i18n.js'));
const {ReviewApp} = await import(dist('ui/app.js'));
const {RENDER_OPTIONS} = await import(dist('ui/launch.js'));

// The sample article repeated until the source has `wanted` paragraphs, with its
// alignment repeated too: real sentences for the checks, a realistic mix of beads.
const read = (file, lang) => documentFromText(fs.readFileSync(path.join(root, 'fixtures', file), 'utf8'), {path: file, lang}).value;
const es = read('article.es.txt', 'es');
const en = read('article.en.txt', 'en');
const beads = alignParagraphs(es, en);
const copies = Math.ceil(wanted / es.paragraphs.length);
const sourceTexts = [];
const targetTexts = [];
const alignment = [];
for (let c = 0; c < copies; c++) {
  const s0 = sourceTexts.length;
  const t0 = targetTexts.length;
  sourceTexts.push(...es.paragraphs.map(p => p.text));
  targetTexts.push(...en.paragraphs.map(p => `${p.text} (${c + 1})`));
  for (const b of beads) alignment.push({source: b.source.map(i => i + s0), target: b.target.map(i => i + t0), confidence: b.confidence});
}
const source = documentFromParagraphs(sourceTexts, {path: 'big.es.txt', lang: 'es'});
const target = documentFromParagraphs(targetTexts, {path: 'big.en.txt', lang: 'en'});
const ctx = (await loadCheckContext('es', 'en', {})).value;
const state = initialState(source, target, alignment);

// A terminal that is a TTY to Ink, 120×40, recording when each frame is written.
// Ink writes a frame as several chunks (synchronized-update markers around the text),
// so every write is kept and searched.
let writes = [];
const stdout = Object.assign(
  new Writable({
    write(chunk, _enc, done) {
      writes.push({at: performance.now(), text: chunk.toString()});
      if (writes.length > 64) writes = writes.slice(-32);
      done();
    },
  }),
  {isTTY: true, columns: 120, rows: 40},
);
const stdin = Object.assign(new PassThrough(), {isTTY: true, setRawMode: () => undefined, ref: () => undefined, unref: () => undefined});
stdin.setEncoding('utf8');

const inkTimes = [];
let exit;
const exited = new Promise(resolve => (exit = resolve));
const app = render(
  React.createElement(ReviewApp, {
    state,
    // As the program does: the checks are handed over after the first frame.
    loadChecks: () => Promise.resolve((s, b) => beadDivergences(s, b, ctx)),
    store: null,
    i18n: createI18n('en'),
    colours: true,
    onExit: () => exit(),
    onCrash: error => {
      throw error;
    },
  }),
  {...RENDER_OPTIONS, stdout, stdin, stderr: stdout, onRender: ({renderTime}) => inkTimes.push(renderTime)},
);

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
async function waitFrame(test, since) {
  const until = performance.now() + 10_000;
  while (performance.now() < until) {
    const hit = writes.find(w => w.at > since && test(w.text));
    if (hit) return hit.at;
    await new Promise(resolve => setTimeout(resolve, 0));
  }
  throw new Error('no frame');
}

const opened = performance.now();
await waitFrame(t => t.includes('pair 1 of'), 0);
// Keys are timed once the first pair is checked, as a user would start reading.
await waitFrame(t => t.includes('open here'), 0);
const ready = performance.now() - opened;
const total = state.beads.length;
// A short document (the sample alone) has fewer pairs than presses: j stops before the end.
const jPresses = Math.min(presses, total - 2);

/** Presses a key and returns the milliseconds until the frame showing `expect`. */
async function press(key, expect) {
  await sleep(40); // longer than a frame at 60 fps, so the throttle does not hold the frame back
  const t0 = performance.now();
  stdin.write(key);
  const t1 = await waitFrame(t => t.includes(expect), t0);
  return t1 - t0;
}

const samples = {j: [], k: [], n: [], tab: [], G: [], g: [], v: [], 'v-tab': [], 'v-m': [], 'v-u': []};
let bead = 1;
for (let i = 0; i < jPresses; i++) {
  bead++;
  samples.j.push(await press('j', `pair ${bead} of ${total}`));
}
for (let i = 0; i < Math.min(10, jPresses); i++) {
  bead--;
  samples.k.push(await press('k', `pair ${bead} of ${total}`));
}
// Tab moves the selection among a pair's divergences: on pair 3, which has three in
// every copy of the article, each press draws a new frame.
stdin.write(':');
await sleep(40);
stdin.write('3');
await press('\r', `pair 3 of ${total}`);
for (let i = 0; i < 10; i++) samples.tab.push(await press('\t', 'open here'));
for (let i = 0; i < 20; i++) samples.n.push(await press('n', 'open here'));
for (let i = 0; i < 5; i++) {
  samples.G.push(await press('G', `pair ${total} of ${total}`));
  samples.g.push(await press('g', `pair 1 of ${total}`));
}

// The sentence view of a pair of three sentence links (pair 13 of each copy of the
// article): open it, select a link, merge it, undo, close it.
stdin.write(':');
await sleep(40);
stdin.write('13');
await press('\r', `pair 13 of ${total}`);
for (let i = 0; i < 10; i++) {
  samples.v.push(await press('v', 'sentence link 1 of 3'));
  samples['v-tab'].push(await press('\t', 'sentence link 2 of 3'));
  samples['v-m'].push(await press('m', 'sentence link 2 of 2'));
  samples['v-u'].push(await press('u', 'Undone.'));
  samples.v.push(await press('v', 'j next pair'));
}

// The document-wide count of open divergences runs in the background while no key
// comes: how far it gets in a few idle seconds gives its rate.
const countOf = () => {
  const last = writes.map(w => /counting the document's divergences… (\d+)\/(\d+)|(\d+) open in the document/.exec(w.text)).filter(Boolean).pop();
  return last?.[3] !== undefined ? total : Number(last?.[1] ?? 0);
};
const idleFrom = countOf();
const idleStart = performance.now();
await sleep(option('--idle', 5) * 1000);
stdin.write('j');
await sleep(50);
const idleSeconds = (performance.now() - idleStart) / 1000;
const counted = countOf();

stdin.write('q');
await exited;
app.unmount();

const stats = xs => {
  const s = [...xs].sort((a, b) => a - b);
  const q = p => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return {median: q(0.5), p95: q(0.95), max: s[s.length - 1]};
};
const all = Object.values(samples).flat();
const fmt = n => n.toFixed(1);
console.log(`review screen, ${source.paragraphs.length} source paragraphs, ${target.paragraphs.length} target, ${total} pairs, 120x40`);
for (const [name, xs] of Object.entries(samples)) {
  const s = stats(xs);
  console.log(`  ${name.padEnd(5)} ${String(xs.length).padStart(3)} presses: median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms, max ${fmt(s.max)} ms`);
}
const ink = stats(inkTimes.slice(1));
console.log(`  Ink's own part of a frame (layout and output): median ${fmt(ink.median)} ms, p95 ${fmt(ink.p95)} ms`);
const s = stats(all);
console.log(`  the first pair checked ${Math.round(ready)} ms after the first frame`);
// The first presses after opening meet check code that has not run yet (the neighbours
// checked between them take longer): they are given apart from the rest.
const early = samples.j.slice(0, 20);
const later = Object.entries(samples).flatMap(([name, xs]) => (name === 'j' ? xs.slice(20) : xs));
const e = stats(early);
const l = stats(later);
console.log(`  the first 20 presses after opening: median ${fmt(e.median)} ms, p95 ${fmt(e.p95)} ms; the ${later.length} after them: median ${fmt(l.median)} ms, p95 ${fmt(l.p95)} ms`);
console.log(`keypress to frame: median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms, max ${fmt(s.max)} ms (${all.length} presses)`);
console.log(
  `document-wide count in the background: ${counted} of ${total} pairs checked; ${fmt((counted - idleFrom) / idleSeconds)} pairs/s while idle`,
);
process.exit(0);
