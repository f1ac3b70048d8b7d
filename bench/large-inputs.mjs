// Cost of hostile and large inputs, run as the user runs them (`cotejo check`, a new
// process each): a 5 MB word with no space, a 100 KB base64 data: URI, a 100 KB
// token of random letters, pairs of growing size made of the sample article (one
// paragraph per line), a 50 MB pair laid out that way and one whose paragraphs are
// blocks of lines between blank lines (each repeat of the article one paragraph), both
// checked with `--max-size 64M`, and the 50 MB pair under the default size limit, which
// refuses it before reading. Wall time and peak memory (GNU time's maximum resident
// set size) of each, and CPU time (user + system) over all threads.
//
// Usage: node bench/large-inputs.mjs [--pairs 1,2,4] [--big 50] (npm run build first)
import {spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = process.env.COTEJO_CLI ?? path.join(ROOT, 'dist', 'bin', 'cli.js');
const argv = process.argv.slice(2);
const pairsArg = argv.includes('--pairs') ? argv[argv.indexOf('--pairs') + 1] : '1,2,4';
const big = argv.includes('--big') ? Number(argv[argv.indexOf('--big') + 1]) : 50;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-large-'));
const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

function write(name, text) {
  fs.writeFileSync(path.join(dir, name), text);
}

function run(label, args) {
  const timed = hasTime ? ['/usr/bin/time', ['-f', 'TIME %e %M %U %S', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  const t0 = performance.now();
  // The report itself is not kept: a 50 MB pair's runs to some 150 MB.
  const r = spawnSync(timed[0], timed[1], {cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe']});
  const seconds = (performance.now() - t0) / 1000;
  const m = /TIME [\d.]+ (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  const mb = m ? `${(Number(m[1]) / 1024).toFixed(0)} MB` : '?';
  // CPU time as well as wall time: on a busy machine the wall clock says little.
  const cpu = m ? `${(Number(m[2]) + Number(m[3])).toFixed(1)} s CPU` : '';
  const said = (r.stderr ?? '').split('\n').filter(l => l && !l.startsWith('TIME') && !l.startsWith('Command exited')).slice(0, 1).join('');
  console.log(`${label.padEnd(38)} ${seconds.toFixed(1).padStart(6)} s  ${cpu.padStart(10)}  peak ${mb.padStart(7)}  exit ${r.status}${said ? `  ${said.slice(0, 110)}` : ''}`);
}

try {
  write('word.es.txt', `Hola mundo. ${'a'.repeat(5 * 1024 * 1024)}\n`);
  write('word.en.txt', `Hello world. ${'a'.repeat(5 * 1024 * 1024)}\n`);
  run('5 MB word, no space', ['check', 'word.es.txt', 'word.en.txt', '--format', 'json']);
  const uri = `data:image/png;base64,${crypto.randomBytes(75 * 1024).toString('base64')}`;
  write('uri.es.txt', `Ver ${uri} aquí.\n`);
  write('uri.en.txt', `See ${uri} here.\n`);
  run('100 KB data: URI', ['check', 'uri.es.txt', 'uri.en.txt', '--format', 'json']);
  const letters = Array.from(crypto.randomBytes(100 * 1024), b => String.fromCharCode(97 + (b % 26))).join('');
  write('token.es.txt', `El ${letters} fin.\n`);
  write('token.en.txt', `The ${letters} end.\n`);
  run('100 KB token', ['check', 'token.es.txt', 'token.en.txt', '--format', 'json']);
  const es = fs.readFileSync(path.join(ROOT, 'fixtures', 'article.es.txt'), 'utf8').trim() + '\n';
  const en = fs.readFileSync(path.join(ROOT, 'fixtures', 'article.en.txt'), 'utf8').trim() + '\n';
  const grow = (text, bytes) => text.repeat(Math.ceil(bytes / Buffer.byteLength(text)));
  for (const mb of pairsArg.split(',').map(Number)) {
    write(`p${mb}.es.txt`, grow(es, (mb / 2) * 1024 * 1024));
    write(`p${mb}.en.txt`, grow(en, (mb / 2) * 1024 * 1024));
    run(`${mb} MB pair`, ['check', `p${mb}.es.txt`, `p${mb}.en.txt`, '--format', 'json']);
  }
  write('big.es.txt', grow(es, (big / 2) * 1024 * 1024));
  write('big.en.txt', grow(en, (big / 2) * 1024 * 1024));
  run(`${big} MB pair, a line a paragraph`, ['check', 'big.es.txt', 'big.en.txt', '--format', 'json', '--max-size', '64M']);
  run(`${big} MB pair, refused by the limit`, ['check', 'big.es.txt', 'big.en.txt', '--format', 'json']);
  write('big.es.txt', grow(es + '\n', (big / 2) * 1024 * 1024));
  write('big.en.txt', grow(en + '\n', (big / 2) * 1024 * 1024));
  run(`${big} MB pair, blocks of lines`, ['check', 'big.es.txt', 'big.en.txt', '--format', 'json', '--max-size', '64M']);
} finally {
  fs.rmSync(dir, {recursive: true, force: true});
}
