#!/usr/bin/env node
// The program as it is run: the compiled modules of dist/src joined by esbuild into a
// few files under dist/bin, so that starting Cotejo reads a handful of files instead
// of several hundred (Ink alone is some 200 modules, which took most of the time to
// the first frame). The review screen and the export formats stay in chunks of their
// own, loaded only by the commands that use them; the check workers are entry points
// beside the program, where it looks for them.
//
// Ink measures text with the program's own terminal width (same answers, sooner).
// Packages that read files next to their own code (the spelling dictionaries, the
// English tagger's model) or that only the XLSX export needs are left in
// node_modules and loaded from there.
//
//   node scripts/bundle.mjs        (part of `npm run build`, after tsc)
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Ink and the packages it draws with measure every row with string-width; they are
// given the program's terminalWidth, which answers the same and sooner for plain text.
const terminalWidth = {
  name: 'terminal-width',
  setup(b) {
    const fast = path.join(root, 'dist', 'src', 'ui', 'layout', 'terminal-width.js');
    b.onResolve({filter: /^string-width$/}, args => (args.importer.includes(`${path.sep}node_modules${path.sep}`) ? {path: fast} : undefined));
  },
};
const outdir = path.join(root, 'dist', 'bin');
fs.rmSync(outdir, {recursive: true, force: true});

await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'dist/src/cli.js',
    'compare-worker': 'dist/src/compare-worker.js',
    'align-worker': 'dist/src/align-worker.js',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'dictionary-*', 'nspell', 'exceljs', 'react-devtools-core'],
  // React chooses its production build by NODE_ENV at load time; the program always
  // runs it in production (commands/open sets it), so only that build is kept.
  define: {'process.env.NODE_ENV': '"production"'},
  logOverride: {'assign-to-define': 'silent'},
  // Bundled CommonJS packages call require(); in an ES module it has to be made.
  banner: {js: "import {createRequire as __cotejoRequire} from 'node:module'; const require = __cotejoRequire(import.meta.url);"},
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [terminalWidth],
});
fs.chmodSync(path.join(outdir, 'cli.js'), 0o755);
