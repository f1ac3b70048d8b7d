/**
 * The bilingual files as translation tools read them, with the real programs:
 *
 * - Translate Toolkit: `xliff2po` converts every XLIFF 1.2 export, and its TMX reader
 *   (the `translate.storage.tmx` module its converters use) turns every TMX export into
 *   a PO file; every unit must come out two-sided where its bead has both sides, with
 *   the texts byte for byte.
 * - OmegaT 3.6 in console mode (`omegat PROJECT --mode=console-translate`): a project
 *   whose `tm/auto` holds every TMX export must fill every segment of documents made
 *   of the same source texts with the exported translation; a project whose source
 *   folder holds every XLIFF 1.2 export must find one segment per unit with a target
 *   and write every target back unchanged. One project of each kind holds all the
 *   files, and the two run side by side: OmegaT is slow to start.
 *
 * Every fixture pair is exported at both segment levels. A missing program fails the
 * test with what to install.
 */
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {readBilingualFile} from '../../src/formats/index.js';
import type {ExportInput, Segmentation} from '../../src/formats/model.js';
import {joinParagraphs} from '../../src/formats/paragraphs.js';
import {parseXml, childElements, type XmlElement} from '../../src/formats/xml.js';
import {createI18n} from '../../src/i18n.js';
import {exportInput, FIXTURE_NAMES, openFixture, writeExport} from './fixture-exports.js';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const LEVELS: readonly Segmentation[] = ['paragraph', 'sentence'];

/** One unit of an export: what a tool should find in it. */
interface Unit {
  readonly source: string;
  readonly target: string;
}

/** The units an export holds, as the writers cut them. */
function unitsOf(input: ExportInput, segments: Segmentation): Unit[] {
  return input.beads.flatMap(bead =>
    segments === 'paragraph' || bead.segments.length === 0
      ? [{source: joinParagraphs(bead.source), target: joinParagraphs(bead.target)}]
      : bead.segments.map(s => ({source: s.source, target: s.target})),
  );
}

/** Why a program cannot be run, with what to install, or null. */
function missing(command: string, args: readonly string[], install: string): string | null {
  const r = spawnSync(command, args, {encoding: 'utf8', timeout: 120_000});
  return r.error ? `${command} is not installed (${r.error.message}); install it with: apt-get install ${install}` : null;
}

/** The Python that runs Translate Toolkit (its scripts' interpreter), so its modules are found. */
function translateToolkitPython(): string {
  const which = spawnSync('sh', ['-c', 'command -v xliff2po'], {encoding: 'utf8'});
  const script = which.stdout.trim();
  const first = script ? fs.readFileSync(script, 'utf8').split('\n')[0] ?? '' : '';
  return first.startsWith('#!') ? first.slice(2).trim().split(/\s+/)[0]! : 'python3';
}

/** Runs a program to its end; its exit code and output. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{status: number | null; output: string}> {
  return new Promise(resolve => {
    const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', e => resolve({status: -1, output: String(e)}));
    child.on('close', status => resolve({status, output}));
  });
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function textOf(el: XmlElement): string {
  return el.children.map(c => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** The trans-units of an XLIFF 1.2 file (groups entered), with source and target text. */
function transUnits(file: string): {id: string; source: string; target: string | null}[] {
  const parsed = parseXml(fs.readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.code}`);
  const out: {id: string; source: string; target: string | null}[] = [];
  const walk = (el: XmlElement) => {
    for (const c of childElements(el)) {
      if (c.name === 'trans-unit') {
        const tgt = childElements(c, 'target')[0];
        out.push({id: c.attrs['id'] ?? '', source: textOf(childElements(c, 'source')[0]!), target: tgt ? textOf(tgt) : null});
      } else walk(c);
    }
  };
  walk(parsed.value);
  return out;
}

/** An OmegaT project folder with the given language pair and no sentence segmentation of its own. */
function omegatProject(dir: string, sourceLang: string, targetLang: string): void {
  for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']) fs.mkdirSync(path.join(dir, sub), {recursive: true});
  fs.writeFileSync(
    path.join(dir, 'omegat.project'),
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>source</source_dir>
    <source_dir_excludes/>
    <target_dir>target</target_dir>
    <tm_dir>tm</tm_dir>
    <glossary_dir>glossary</glossary_dir>
    <glossary_file>glossary/glossary.txt</glossary_file>
    <dictionary_dir>dictionary</dictionary_dir>
    <source_lang>${sourceLang}</source_lang>
    <target_lang>${targetLang}</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneSpanishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`,
  );
}

/** Per file, the number of segments OmegaT counted (omegat/project_stats.txt). */
function omegatSegments(project: string): Map<string, number> {
  const text = fs.readFileSync(path.join(project, 'omegat', 'project_stats.txt'), 'utf8');
  const out = new Map<string, number>();
  const lines = text.split('\n');
  const start = lines.findIndex(l => l.startsWith('File Name'));
  for (const line of lines.slice(start + 1)) {
    const cells = line.split('\t').map(c => c.trim());
    if (cells.length > 2 && cells[0]) out.set(cells[0], Number(cells[1]));
  }
  return out;
}

interface Export {
  readonly name: string;
  /** The pair's languages, as the project that reads it must be set. */
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly segments: Segmentation;
  readonly units: Unit[];
  readonly tmx: string;
  readonly xliff: string;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-cat-tools-'));
const exports: Export[] = [];

beforeAll(async () => {
  const dir = path.join(tmp, 'exports');
  fs.mkdirSync(dir);
  for (const name of FIXTURE_NAMES) {
    const input = exportInput(await openFixture(name), t);
    for (const segments of LEVELS) {
      exports.push({
        name,
        sourceLang: input.sourceLang,
        targetLang: input.targetLang,
        segments,
        units: unitsOf(input, segments),
        tmx: await writeExport(input, 'tmx', segments, dir, name, t),
        xliff: await writeExport(input, 'xliff', segments, dir, name, t),
      });
    }
  }
}, 300_000);

describe('Translate Toolkit', () => {
  test('xliff2po and the TMX reader give every unit, two-sided where its bead is, texts byte for byte', {timeout: 300_000}, async () => {
    expect(missing('xliff2po', ['--version'], 'translate-toolkit')).toBeNull();
    const python = translateToolkitPython();
    const po = path.join(tmp, 'po');
    fs.mkdirSync(po);
    // xliff2po over each file (one process for all of them would pick files by its
    // own extension list; one call per file names the output exactly).
    for (const e of exports) {
      const r = await run('xliff2po', ['--progress=none', e.xliff, path.join(po, `${path.basename(e.xliff)}.po`)]);
      expect(r.status, r.output).toBe(0);
    }
    // TMX to PO with the toolkit's own TMX reader and PO writer, one process for all.
    const script = `
import sys
from translate.storage import tmx, po
for path, dest in zip(sys.argv[1::2], sys.argv[2::2]):
    memory = tmx.tmxfile.parsefile(path)
    store = po.pofile()
    for unit in memory.units:
        entry = store.addsourceunit(unit.source)
        entry.target = unit.target
    with open(dest, 'wb') as f:
        store.serialize(f)
`;
    const tmxArgs = exports.flatMap(e => [e.tmx, path.join(po, `${path.basename(e.tmx)}.po`)]);
    const converted = await run(python, ['-c', script, ...tmxArgs]);
    expect(converted.status, `${converted.output}\n(install translate-toolkit: apt-get install translate-toolkit)`).toBe(0);
    // Every PO read back with the toolkit's PO reader.
    const dump = await run(python, [
      '-c',
      `
import json, sys
from translate.storage import po
out = {}
for path in sys.argv[1:]:
    store = po.pofile.parsefile(path)
    out[path] = [[u.source, u.target] for u in store.units if not u.isheader()]
print(json.dumps(out))
`,
      ...fs.readdirSync(po).map(f => path.join(po, f)),
    ]);
    expect(dump.status, dump.output).toBe(0);
    const read = JSON.parse(dump.output) as Record<string, [string, string][]>;
    let checked = 0;
    for (const e of exports) {
      // A unit with no source text (a paragraph the translation added): xliff2po keeps
      // it as an entry of its own; the PO written above from the TMX units cannot, an
      // empty msgid being the header, so the TMX reader must have read its source as
      // empty (and not taken the translation for the source).
      const all = e.units.map(u => [u.source, u.target]);
      const withSource = e.units.filter(u => u.source !== '').map(u => [u.source, u.target]);
      for (const file of [e.xliff, e.tmx]) {
        const got = read[path.join(po, `${path.basename(file)}.po`)];
        expect(got, `${file}: no PO`).toBeDefined();
        expect(got, `${path.basename(file)}`).toEqual(file === e.xliff ? all : withSource);
        for (const [source, target] of got!) {
          const unit = e.units.find(u => u.source === source)!;
          if (unit.target !== '') expect(target, `${path.basename(file)}: one-sided unit`).not.toBe('');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('Translate Toolkit writing TMX', () => {
  test('po2tmx labels the sides the wrong way round: the pair is read as its texts are, with a warning', {timeout: 120_000}, async () => {
    expect(missing('po2tmx', ['--version'], 'translate-toolkit')).toBeNull();
    const input = exportInput(await openFixture('article'), t);
    const units = unitsOf(input, 'paragraph').filter(u => u.source !== '' && u.target !== '');
    const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
    const poText = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '', ...units.flatMap(u => [`msgid ${quote(u.source)}`, `msgstr ${quote(u.target)}`, ''])].join('\n');
    const dir = fs.mkdtempSync(path.join(tmp, 'po2tmx-'));
    fs.writeFileSync(path.join(dir, 'article.po'), poText);
    // The PO holds Spanish to English; po2tmx is told the target language and
    // still writes srclang="en", tagging the Spanish side "en" and the English "es".
    const r = await run('po2tmx', ['--progress=none', '-l', 'es', path.join(dir, 'article.po'), path.join(dir, 'article.tmx')]);
    expect(r.status, r.output).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'article.tmx'), 'utf8')).toContain('srclang="en"');
    const read = await readBilingualFile(path.join(dir, 'article.tmx'));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect([read.value.sourceLang, read.value.targetLang]).toEqual(['es', 'en']);
    expect(read.value.source.paragraphs.map(p => p.text)).toEqual(units.map(u => u.source));
    expect(read.value.warnings).toEqual([{code: 'formats.tmx-languages-reversed', params: {path: path.join(dir, 'article.tmx'), source: 'en', target: 'es'}}]);
  });
});

describe('OmegaT 3.6, console mode', () => {
  test('the TMX fills every segment, and the XLIFF 1.2 is read segment by segment and written back unchanged', {timeout: 600_000}, async () => {
    const found = spawnSync('sh', ['-c', 'command -v omegat'], {encoding: 'utf8'});
    expect(found.status, 'omegat is not installed; install it with: apt-get install omegat').toBe(0);

    // One pair of projects per direction: OmegaT takes from a TMX only the segments in
    // its project's languages.
    const directions = [...new Set(exports.map(e => `${e.sourceLang}-${e.targetLang}`))];
    let filled = 0;
    const counted = new Map<string, number>();
    const readings = new Map<string, string>();
    for (const direction of directions) {
      const [sourceLang = '', targetLang = ''] = direction.split('-');
      const mine = exports.filter(e => e.sourceLang === sourceLang && e.targetLang === targetLang);
      // Project A: documents made of the exports' source texts (XLIFF 1.2 with each
      // target a copy of its source, as tools hand files to translators), and every TMX
      // in tm/auto, whose exact matches OmegaT puts in.
      const memory = path.join(tmp, `omegat-tmx-${direction}`);
      omegatProject(memory, sourceLang, targetLang);
      const translations = new Map<string, Set<string>>();
      for (const e of mine) {
        fs.copyFileSync(e.tmx, path.join(memory, 'tm', 'auto', path.basename(e.tmx)));
        const units = e.units.filter(u => u.source !== '' && u.target !== '');
        for (const u of units) translations.set(u.source, (translations.get(u.source) ?? new Set()).add(u.target));
        const body = units
          .map((u, k) => `<trans-unit id="${k + 1}" xml:space="preserve"><source>${xmlEscape(u.source)}</source><target>${xmlEscape(u.source)}</target></trans-unit>`)
          .join('\n');
        fs.writeFileSync(
          path.join(memory, 'source', `${e.name}.${e.segments}.xlf`),
          `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="${e.name}" source-language="${sourceLang}" target-language="${targetLang}" datatype="plaintext"><body>\n${body}\n</body></file></xliff>\n`,
        );
      }
      // Project B: the XLIFF 1.2 exports themselves.
      const reading = path.join(tmp, `omegat-xliff-${direction}`);
      omegatProject(reading, sourceLang, targetLang);
      for (const e of mine) fs.copyFileSync(e.xliff, path.join(reading, 'source', path.basename(e.xliff)));
      readings.set(direction, reading);

      // OmegaT keeps its settings under HOME: a fresh one, so nothing of the machine's is used.
      const env = {...process.env, HOME: path.join(tmp, `home-${direction}`)};
      const [a, b] = await Promise.all([run('omegat', [memory, '--mode=console-translate'], env), run('omegat', [reading, '--mode=console-translate'], env)]);
      expect(a.status, a.output.slice(-2000)).toBe(0);
      expect(b.status, b.output.slice(-2000)).toBe(0);

      for (const e of mine) {
        const out = transUnits(path.join(memory, 'target', `${e.name}.${e.segments}.xlf`));
        expect(out.length).toBe(e.units.filter(u => u.source !== '' && u.target !== '').length);
        for (const u of out) {
          expect([...(translations.get(u.source) ?? [])], `${e.name} ${e.segments}: not filled: ${u.source}`).toContain(u.target);
          filled++;
        }
      }
      for (const [file, n] of omegatSegments(reading)) counted.set(file, n);
    }
    expect(filled).toBeGreaterThan(200);

    for (const e of exports) {
      const base = path.basename(e.xliff);
      const written = transUnits(e.xliff);
      const withTarget = written.filter(u => u.target !== null && u.target !== '');
      // OmegaT 3.6's XLIFF filter works on the target text of each unit.
      expect(counted.get(base), `${base}: segments OmegaT found`).toBe(withTarget.length);
      const back = transUnits(path.join(readings.get(`${e.sourceLang}-${e.targetLang}`)!, 'target', base));
      expect(back.map(u => [u.id, u.source, u.target])).toEqual(written.map(u => [u.id, u.source, u.target]));
    }
  });
});
