import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {FIXTURES, ROOT, runCli, runCliAsync} from './support/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-cli-'));
const es = path.join(FIXTURES, 'article.es.txt');
const en = path.join(FIXTURES, 'article.en.txt');

function write(name: string, data: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, data);
  return p;
}

describe('bad input gets one clear line and exit code 2', () => {
  const cases: [string, () => string[], string][] = [
    ['a missing file', () => ['check', path.join(tmp, 'nope.txt'), en], `cotejo: ${path.join(tmp, 'nope.txt')}: no such file. Check the path and try again.`],
    ['a folder', () => ['check', tmp, en], `cotejo: ${tmp} is a folder, not a document. Give the path of a text file.`],
    [
      'invalid UTF-8',
      () => ['check', write('latin1.es.txt', Buffer.from('Canci\xf3n espa\xf1ola', 'latin1')), en],
      `cotejo: ${path.join(tmp, 'latin1.es.txt')}: not valid UTF-8 at byte 5. Save the file as UTF-8 and try again.`,
    ],
    [
      'a binary file',
      () => ['check', es, write('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))],
      `cotejo: ${path.join(tmp, 'image.bin')}: looks like a binary file (NUL byte at byte 4). Give a plain-text document.`,
    ],
    ['an empty document', () => ['check', es, write('empty.en.txt', '\n\n  \n')], `cotejo: ${path.join(tmp, 'empty.en.txt')}: the document has no text. Give a file with at least one paragraph.`],
    ['an unknown option', () => ['check', es, en, '--fromat', 'json'], 'cotejo: check: unknown option --fromat. Did you mean --format? See cotejo check --help.'],
    ['an unknown option with no near name', () => ['check', es, en, '--zzz'], 'cotejo: check: unknown option --zzz. See cotejo check --help for the options.'],
    ['an option without its value', () => ['check', es, en, '--format'], 'cotejo: check: option --format needs a value, as in --format VALUE.'],
    ['an unknown format', () => ['check', es, en, '--format', 'xml'], 'cotejo: check: unknown format "xml". Choose one of: text, json.'],
    ['no documents', () => ['check'], 'cotejo: check: no documents given. Usage: cotejo check SOURCE TARGET (see cotejo check --help).'],
    ['an interface language Cotejo does not speak', () => ['check', es, en, '--ui-lang', 'de'], 'cotejo: --ui-lang de: the interface speaks en, es, fr, pt; give one of them.'],
    ['three documents', () => ['check', es, en, es], `cotejo: check: too many documents ("${es}" is one more). Give SOURCE and TARGET only.`],
  ];

  test.each(cases)('%s', (_name, args, line) => {
    const r = runCli(args());
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });

  test('the message follows the interface language', () => {
    const r = runCli(['check', path.join(tmp, 'nope.txt'), en, '--ui-lang', 'es']);
    expect(r.stderr).toBe(`cotejo: ${path.join(tmp, 'nope.txt')}: no existe ese archivo. Compruebe la ruta e inténtelo de nuevo.\n`);
    expect(r.status).toBe(2);
    const fromEnv = runCli(['check', path.join(tmp, 'nope.txt'), en], {env: {LANG: 'es_ES.UTF-8'}});
    expect(fromEnv.stderr).toContain('no existe ese archivo');
  });

  test.each([
    ['fr', {LANG: 'fr_FR.UTF-8'}, 'fichier introuvable. Vérifiez le chemin et réessayez.'],
    ['pt', {LANG: 'pt_BR.UTF-8'}, 'arquivo não encontrado. Verifique o caminho e tente novamente.'],
  ])('in %s, from --ui-lang or from LANG', (lang, env, words) => {
    const flag = runCli(['check', path.join(tmp, 'nope.txt'), en, '--ui-lang', lang]);
    expect(flag.stderr).toContain(words);
    expect(flag.status).toBe(2);
    const fromEnv = runCli(['check', path.join(tmp, 'nope.txt'), en], {env});
    expect(fromEnv.stderr).toContain(words);
  });
});

describe('help and version', () => {
  test('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {version: string};
    const r = runCli(['--version']);
    expect(r.stdout).toBe(`cotejo ${pkg.version}\n`);
    expect(r.status).toBe(0);
  });

  test.each([['open', []], ['check', ['check']], ['export', ['export']]] as const)('--help for %s lists its options', (_name, prefix) => {
    const r = runCli([...prefix, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage:/);
    expect(r.stdout).toMatch(/--source-lang/);
  });
});

describe('check on the sample article', () => {
  const r = runCli(['check', es, en, '--format', 'json', '--session', path.join(tmp, 'none.cotejo.json')]);
  const report = JSON.parse(r.stdout) as {
    version: number;
    source: {path: string; lang: string; paragraphs: string[]};
    target: {path: string; lang: string; paragraphs: string[]};
    alignment: {source: number[]; target: number[]; confidence: number}[];
    divergences: {category: string; severity: string; message: string; target: {paragraph: number; start: number; end: number} | null; source: {paragraph: number; start: number; end: number} | null}[];
  };

  test('the report follows the contract', () => {
    expect(report.version).toBe(1);
    expect(report.source).toMatchObject({path: es, lang: 'es'});
    expect(report.target).toMatchObject({path: en, lang: 'en'});
    expect(report.source.paragraphs).toHaveLength(19);
    expect(report.target.paragraphs).toHaveLength(20);
    for (const b of report.alignment) {
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
    }
    expect(report.alignment.flatMap(b => b.source)).toEqual([...Array(19).keys()]);
    expect(report.alignment.flatMap(b => b.target)).toEqual([...Array(20).keys()]);
    for (const d of report.divergences) {
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.target ?? d.source).not.toBeNull();
      expect(d.message.length).toBeGreaterThan(0);
      if (d.target) expect(d.target.end).toBeLessThanOrEqual(report.target.paragraphs[d.target.paragraph]!.length);
      if (d.source) expect(d.source.end).toBeLessThanOrEqual(report.source.paragraphs[d.source.paragraph]!.length);
    }
  });

  test('every divergence has a confidence, and a stricter threshold moves the weaker ones to the hints', () => {
    const all = report as unknown as {divergences: {confidence: number}[]; hints: {confidence: number}[]};
    for (const d of [...all.divergences, ...all.hints]) {
      expect(d.confidence).toBeGreaterThanOrEqual(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
    }
    for (const d of all.divergences) expect(d.confidence).toBeGreaterThanOrEqual(0.5);
    for (const d of all.hints) expect(d.confidence).toBeLessThan(0.5);
    const strict = JSON.parse(runCli(['check', es, en, '--format', 'json', '--min-confidence', '0.9', '--session', path.join(tmp, 'none.cotejo.json')]).stdout) as typeof all;
    expect(strict.divergences.length + strict.hints.length).toBe(all.divergences.length + all.hints.length);
    expect(strict.divergences.every(d => d.confidence >= 0.9)).toBe(true);
    expect(strict.hints.length).toBeGreaterThan(all.hints.length);
  });

  test('--links gives each pair its word links', () => {
    const linked = JSON.parse(runCli(['check', es, en, '--format', 'json', '--links', '--session', path.join(tmp, 'none.cotejo.json')]).stdout) as {alignment: unknown[]; links: {links: {source: {text: string}; target: {text: string}; kind: string}[]}[]};
    expect(linked.links).toHaveLength(linked.alignment.length);
    expect(linked.links.flatMap(b => b.links).some(l => l.source.text === 'Kremlin' && l.target.text === 'Kremlin' && l.kind === 'identity')).toBe(true);
  });

  test('the text report marks each hint as one, with its confidence', () => {
    const all = report as unknown as {hints: {confidence: number}[]};
    const text = runCli(['check', es, en, '--session', path.join(tmp, 'none.cotejo.json')]).stdout;
    const marked = text.split('\n').filter(l => l.startsWith('  · '));
    expect(marked).toHaveLength(all.hints.length);
    for (const l of marked) expect(l).toMatch(/\(hint, confidence 0\.\d\d\)$/);
  });

  test('a threshold that is no number between 0 and 1 is one line and exit 2', () => {
    const bad = runCli(['check', es, en, '--min-confidence', 'high']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('cotejo: --min-confidence high: give a number from 0 to 1, such as 0.5.\n');
  });

  test('the alignment is the reviewer\'s: source 12 is target 12 and 13', () => {
    expect(report.alignment.find(b => b.source.includes(12))).toMatchObject({source: [12], target: [12, 13]});
    expect(report.alignment).toHaveLength(19);
  });

  test('exit code 1 when error-severity divergences are found', () => {
    expect(r.status).toBe(report.divergences.some(d => d.severity === 'error') ? 1 : 0);
  });

  test('the text report shows each pair and quotes each divergence', () => {
    const text = runCli(['check', es, en, '--session', path.join(tmp, 'none.cotejo.json')]);
    expect(text.stdout).toMatch(/^.*article\.es\.txt \(es, guessed from the file name\) → .*article\.en\.txt \(en, guessed from the file name\): 19 pairs, \d+ divergences/);
    expect(text.stdout).toContain('Pair 13 of 19 — source ¶13 ↔ target ¶13+14');
    for (const d of report.divergences.filter(x => x.target)) {
      const t = d.target!;
      expect(text.stdout).toContain(`"${report.target.paragraphs[t.paragraph]!.slice(t.start, t.end)}"`);
    }
  });

  test('the header says how each language was found: from the file name, from the text, or as given', async () => {
    // The same texts under names that say nothing of their language.
    const plainSource = path.join(tmp, 'source-text.txt');
    const plainTarget = path.join(tmp, 'target-text.txt');
    fs.copyFileSync(es, plainSource);
    fs.copyFileSync(en, plainTarget);
    const session = ['--session', path.join(tmp, 'none.cotejo.json')];
    const [named, read, given, spanish] = await Promise.all([
      runCliAsync(['check', es, en, ...session]),
      runCliAsync(['check', plainSource, plainTarget, ...session]),
      runCliAsync(['check', plainSource, plainTarget, '--source-lang', 'es', '--target-lang', 'en', ...session]),
      runCliAsync(['check', plainSource, plainTarget, '--ui-lang', 'es', ...session]),
    ]);
    const header = (r: {stdout: string}) => r.stdout.split('\n')[0]!;
    expect(header(named)).toMatch(/article\.es\.txt \(es, guessed from the file name\) → .*article\.en\.txt \(en, guessed from the file name\):/);
    expect(header(read)).toMatch(/source-text\.txt \(es, guessed from the text\) → .*target-text\.txt \(en, guessed from the text\):/);
    expect(header(given)).toMatch(/source-text\.txt \(es\) → .*target-text\.txt \(en\):/);
    expect(header(spanish)).toContain('(es, deducido del texto)');
    // The JSON report's sides are as they were: path, language, paragraphs.
    const json = JSON.parse((await runCliAsync(['check', plainSource, plainTarget, '--format', 'json', ...session])).stdout) as {source: object};
    expect(Object.keys(json.source)).toEqual(['path', 'lang', 'paragraphs']);
  });

  test('the text report quotes in the style of its interface language', async () => {
    const styles = {es: ['«', '»', ': '], fr: ['«\u00a0', '\u00a0»', '\u00a0: '], pt: ['“', '”', ': ']} as const;
    const runs = await Promise.all(Object.keys(styles).map(lang => runCliAsync(['check', es, en, '--ui-lang', lang, '--session', path.join(tmp, 'none.cotejo.json')])));
    Object.values(styles).forEach(([open, close, colon], i) => {
      const text = runs[i]!.stdout;
      const divergenceLines = text.split('\n').filter(l => /^ {2}[✖▲•·] /.test(l));
      expect(divergenceLines.length).toBeGreaterThan(0);
      for (const d of report.divergences.filter(x => x.target)) {
        const t = d.target!;
        expect(text).toContain(`${colon}${open}${report.target.paragraphs[t.paragraph]!.slice(t.start, t.end)}${close} `);
      }
      for (const l of divergenceLines) expect(l).not.toContain('"');
    });
  });

  test('without a terminal the default command prints the report and says why', () => {
    const open = runCli([es, en, '--session', path.join(tmp, 'none.cotejo.json')]);
    expect(open.stderr).toContain('no terminal on standard input or output');
    expect(open.stdout).toContain('Pair 1 of 19');
  });
});

describe('the default command has no name of its own', () => {
  test.each([
    [['--bogus', 'a', 'b'], 'cotejo: unknown option --bogus. See cotejo --help for the options.\n'],
    [[], 'cotejo: no documents given. Usage: cotejo SOURCE TARGET, or one TMX, XLIFF, TSV, CSV or XLSX file (see cotejo --help).\n'],
  ])('%j: the error points to cotejo --help and names no "open" command', (args, stderr) => {
    const r = runCli([...args]);
    expect(r.stderr).toBe(stderr);
    expect(r.status).toBe(2);
  });

  test('--help lists XLSX among the files that open and never names an open command', () => {
    const r = runCli(['--help']);
    expect(r.stdout).toContain('open a TMX, XLIFF, TSV, CSV or XLSX file');
    expect(r.stdout).not.toMatch(/cotejo open/);
  });
});
