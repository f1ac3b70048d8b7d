#!/usr/bin/env node
// Runs every benchmark in turn on the built program (npm run build first) and prints
// their figures: the aligner (20,000 paragraphs a side, and its accuracy on the
// German–French gold set), the tokenizer (20 MB of text), the checks (20,000
// paragraphs a side, in each direction with annotated pairs), `cotejo check` end to end on 9,910 real lines a side, the
// session store, the reviewer's first frame and keypress latency (on the sample and on
// 20,000 paragraphs), and the bilingual dictionary's load time and memory.
//   npm run bench
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
if (!fs.existsSync(path.join(here, '..', 'dist', 'bin', 'cli.js'))) {
  console.error('bench: the program is not built; run npm run build first');
  process.exit(2);
}
const benches = [
  ['align.mjs'],
  ['bleualign.mjs'],
  ['tokenize.mjs'],
  ['check.mjs'],
  ['check.mjs', '--direction', 'en-es'],
  ['check.mjs', '--direction', 'fr-en'],
  ['check.mjs', '--direction', 'pt-en'],
  ['check-cli.mjs'],
  ['store-session.mjs'],
  ['first-frame.mjs'],
  ['ui-keypress.mjs'],
  ['ui-keypress.mjs', '--paragraphs', '19'],
  ['dictionary.mjs'],
];
// Node options a benchmark needs: the dictionary's memory figure is taken after forced collections.
const nodeOptions = {'dictionary.mjs': ['--expose-gc']};
let failed = 0;
for (const [b, ...extra] of benches) {
  console.log(`\n== ${[b, ...extra].join(' ')}`);
  const r = spawnSync(process.execPath, [...(nodeOptions[b] ?? []), path.join(here, b), ...extra], {stdio: 'inherit'});
  if (r.status !== 0) {
    failed++;
    console.error(`bench: ${b} exited with ${r.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
