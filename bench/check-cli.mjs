#!/usr/bin/env node
// End-to-end time of `cotejo check` on a large real pair: the German–French gold texts
// (../shared/bench/bleualign-de-fr, test0–6, one sentence a line) repeated to 9,910
// lines a side, run as the user runs it (a new process, JSON report to a file).
//   node bench/check-cli.mjs [--lines 9910]
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.resolve(root, '..', 'shared', 'bench', 'bleualign-de-fr');
const argv = process.argv.slice(2);
const lines = Number(argv[argv.indexOf('--lines') + 1] || 9910);
if (!fs.existsSync(data)) {
  console.log(`check-cli: skipped, ${data} is not here`);
  process.exit(0);
}
const read = ext => [0, 1, 2, 3, 4, 5, 6].flatMap(i => fs.readFileSync(path.join(data, `test${i}.${ext}`), 'utf8').split('\n').filter(l => l.trim()));
const grow = base => Array.from({length: lines}, (_, i) => base[i % base.length]).join('\n') + '\n';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-bench-'));
const de = path.join(dir, 'big.de.txt');
const fr = path.join(dir, 'big.fr.txt');
fs.writeFileSync(de, grow(read('de')));
fs.writeFileSync(fr, grow(read('fr')));
const cli = path.join(root, 'dist', 'bin', 'cli.js');
const runs = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'check', de, fr, '--format', 'json', '--session', path.join(dir, 'none.json')], {maxBuffer: 1 << 30});
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) {
    console.error(String(r.stderr));
    process.exit(1);
  }
  runs.push(ms);
}
runs.sort((a, b) => a - b);
console.log(`check-cli: ${lines} lines a side (de-fr), cotejo check end to end: median ${(runs[1] / 1000).toFixed(2)} s (runs ${runs.map(x => (x / 1000).toFixed(2)).join(', ')} s)`);
fs.rmSync(dir, {recursive: true, force: true});
