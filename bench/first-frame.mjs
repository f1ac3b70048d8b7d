#!/usr/bin/env node
// Time to the first frame of the reviewer: the built program (dist/bin/cli.js) started
// in a real pseudo-terminal (script(1), 120×40) on a copy of the sample article and on
// a 20,000-paragraph pair made of the article repeated, each opened as a new session
// and again as a resumed one. For each run, the milliseconds from starting the process
// until the terminal receives:
//   frame    the first frame: the documents on screen ("pair 1 of 19")
//   checked  the current pair's checks ("open here")
//   counted  the document's count of open divergences ("open in the document")
// Each figure is the median of --runs runs (default 5).
//
//   npm run build && node bench/first-frame.mjs [--runs 5]
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'bin', 'cli.js');
const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const MARKS = {frame: /pair \d+ of \d+/, checked: /\d+ open here/, counted: /\d+ open in the document/};

/** The milliseconds until Node alone, started the same way, prints a line: the floor under every figure. */
function nodeAlone() {
  return new Promise(resolve => {
    const started = performance.now();
    const child = spawn('script', ['-qfec', `stty cols 120 rows 40; exec ${JSON.stringify(process.execPath)} -e "console.log('ready')"`, '/dev/null'], {stdio: ['pipe', 'pipe', 'pipe']});
    let at = NaN;
    child.stdout.on('data', chunk => {
      if (Number.isNaN(at) && chunk.toString().includes('ready')) at = performance.now() - started;
    });
    child.on('exit', () => resolve(at));
  });
}

/** Starts the reviewer in a pseudo-terminal and times the marks; quits once all are seen. */
function openOnce(dir, source, target) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const command = `stty cols 120 rows 40; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${source} ${target}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: {...process.env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8'}});
    const seen = {};
    let out = '';
    let quitting = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no frame within 60 s; last output:\n${out.slice(-2000)}`));
    }, 60_000);
    child.stdout.on('data', chunk => {
      out += chunk.toString();
      // Only the tail can hold a new mark: what came before was searched already.
      const tail = out.slice(-20_000);
      for (const [name, re] of Object.entries(MARKS)) if (seen[name] === undefined && re.test(tail)) seen[name] = performance.now() - started;
      if (out.length > 200_000) out = out.slice(-20_000);
      if (!quitting && Object.keys(seen).length === Object.keys(MARKS).length) {
        quitting = true;
        child.stdin.write('q');
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(seen);
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The sample's paragraphs repeated until the source has `wanted` of them; each copy's translation is numbered. */
function repeatedPair(wanted) {
  const es = fs.readFileSync(path.join(ROOT, 'fixtures', 'article.es.txt'), 'utf8').split('\n').filter(l => l.trim());
  const en = fs.readFileSync(path.join(ROOT, 'fixtures', 'article.en.txt'), 'utf8').split('\n').filter(l => l.trim());
  const source = [];
  const target = [];
  for (let c = 0; source.length < wanted; c++) {
    source.push(...es);
    target.push(...en.map(p => `${p} (${c + 1})`));
  }
  return {source: source.slice(0, wanted).join('\n\n') + '\n', target: target.join('\n\n') + '\n'};
}

const cases = [
  {name: 'sample article (19 paragraphs)', files: () => ({source: fs.readFileSync(path.join(ROOT, 'fixtures', 'article.es.txt')), target: fs.readFileSync(path.join(ROOT, 'fixtures', 'article.en.txt'))})},
  {name: '20,000 paragraphs a side', files: () => repeatedPair(20_000)},
];

const floor = [];
for (let r = 0; r < runs; r++) floor.push(await nodeAlone());
console.log(`reviewer, time to the first frame (ms, median of ${runs}; 120×40 pseudo-terminal)`);
console.log(`Node alone, started the same way, prints a line after ${Math.round(median(floor))} ms`);
console.log('case                                   session    frame  checked  counted');
for (const c of cases) {
  const files = c.files();
  for (const session of ['new', 'resumed']) {
    const figures = {frame: [], checked: [], counted: []};
    for (let r = 0; r < runs; r++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-ff-'));
      fs.writeFileSync(path.join(dir, 'a.es.txt'), files.source);
      fs.writeFileSync(path.join(dir, 'a.en.txt'), files.target);
      // A resumed session: one run first makes and saves it.
      if (session === 'resumed') await openOnce(dir, 'a.es.txt', 'a.en.txt');
      const seen = await openOnce(dir, 'a.es.txt', 'a.en.txt');
      fs.rmSync(dir, {recursive: true, force: true});
      for (const k of Object.keys(figures)) figures[k].push(seen[k] ?? NaN);
    }
    const cell = k => String(Math.round(median(figures[k]))).padStart(7);
    console.log(`${c.name.padEnd(38)} ${session.padEnd(8)} ${cell('frame')}  ${cell('checked')}  ${cell('counted')}`);
  }
}
