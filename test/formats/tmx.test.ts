import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {exportInputFromState} from '../../src/formats/export-input.js';
import {readBilingualFile} from '../../src/formats/index.js';
import {readTmx, writeTmx} from '../../src/formats/tmx.js';
import {childElements, parseXml, type XmlElement} from '../../src/formats/xml.js';
import {createI18n} from '../../src/i18n.js';
import {categoryName, renderMessage} from '../../src/output.js';
import {articleReview, divergenceAt, stateOf} from './support.js';
import {xmllint, xmllintMissing} from './validators.js';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const when = new Date(Date.UTC(2025, 2, 4, 5, 6, 7));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-tmx-'));

function articleInput() {
  const {state, divergences} = articleReview();
  return exportInputFromState(state, divergences, t, {toolVersion: '9.8.7', uiLang: 'en', createdAt: when});
}

function tree(xml: string): XmlElement {
  const parsed = parseXml(xml, 'written.tmx');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

function props(tu: XmlElement, type: string): string[] {
  return childElements(tu, 'prop')
    .filter(p => p.attrs['type'] === type)
    .map(p => p.children.join(''));
}

describe('every TMX written validates against the TMX 1.4 DTD', () => {
  test('xmllint and the schemas are at hand (else install libxml2-utils)', () => {
    expect(xmllintMissing()).toBeNull();
  });

  test.each(['paragraph', 'sentence'] as const)('the sample article, %s segments', segments => {
    const out = writeTmx(articleInput(), {segments});
    const verdict = xmllint(out.content, 'tmx');
    expect(verdict.output).toBe('');
    expect(verdict.ok).toBe(true);
  });

  test('beads with no counterpart, several paragraphs, markup-like text and control characters', () => {
    const state = stateOf({
      source: ['Uno <b>&amp;</b> "dos"', 'Tres', 'Sin traducción', 'Cinco\u0007'],
      target: ['One <b>&amp;</b> "two"', 'Added line', 'Five ]]> \u0001'],
      beads: [
        {source: [0, 1], target: [0], status: 'edited'},
        {source: [], target: [1]},
        {source: [2], target: []},
        {source: [3], target: [2], status: 'confirmed'},
      ],
    });
    const input = exportInputFromState(state, [[], [], [], []], t, {toolVersion: '1', uiLang: 'es', createdAt: when});
    for (const segments of ['paragraph', 'sentence'] as const) {
      const out = writeTmx(input, {segments});
      expect(xmllint(out.content, 'tmx')).toEqual({ok: true, output: ''});
    }
  });

  test('a DTD violation is caught, so the check can fail', () => {
    const out = writeTmx(articleInput(), {segments: 'paragraph'}).content.replace('<tuv xml:lang="es">', '<tuv>');
    expect(xmllint(out, 'tmx').ok).toBe(false);
  });
});

describe('writing TMX', () => {
  test('the header names the tool, its version, the segmentation and the languages', () => {
    const root = tree(writeTmx(articleInput(), {segments: 'paragraph'}).content);
    expect(root.attrs['version']).toBe('1.4');
    const header = childElements(root, 'header')[0]!;
    expect(header.attrs).toEqual({
      creationtool: 'Cotejo',
      creationtoolversion: '9.8.7',
      segtype: 'paragraph',
      'o-tmf': 'Cotejo',
      adminlang: 'en',
      srclang: 'es',
      datatype: 'plaintext',
      creationdate: '20250304T050607Z',
    });
    const sentence = tree(writeTmx(articleInput(), {segments: 'sentence'}).content);
    expect(childElements(sentence, 'header')[0]!.attrs['segtype']).toBe('sentence');
  });

  test('one tu per bead, with its id, status, paragraphs and a tuv per language', () => {
    const input = articleInput();
    const root = tree(writeTmx(input, {segments: 'paragraph'}).content);
    const units = childElements(childElements(root, 'body')[0]!, 'tu');
    expect(units).toHaveLength(input.beads.length);
    units.forEach((tu, i) => {
      const bead = input.beads[i]!;
      expect(tu.attrs['tuid']).toBe(String(i + 1));
      expect(props(tu, 'x-cotejo-status')).toEqual([bead.status]);
      const tuvs = childElements(tu, 'tuv');
      expect(tuvs.map(v => v.attrs['xml:lang'])).toEqual(['es', 'en']);
      expect(childElements(tuvs[0]!, 'seg')[0]!.children.join('')).toBe(bead.source.join('\n\n'));
      expect(childElements(tuvs[1]!, 'seg')[0]!.children.join('')).toBe(bead.target.join('\n\n'));
    });
    // The bead that pairs source 12 with targets 12 and 13 keeps both indexes.
    const wide = units.find(tu => props(tu, 'x-cotejo-target-paragraphs')[0] === '12 13')!;
    expect(props(wide, 'x-cotejo-source-paragraphs')).toEqual(['12']);
    expect(props(wide, 'x-cotejo-status')).toEqual(['edited']);
  });

  test('open divergences are props for tools and notes for people; resolved ones are props only', () => {
    const state = stateOf({
      source: ['Putin visitará China'],
      target: ['Poutinevisit China'],
      beads: [{source: [0], target: [0]}],
      resolutions: {'name:China': {state: 'dismissed', reason: 'same name'}},
    });
    const glued = divergenceAt(state, {category: 'glued', targetParagraph: 0, targetPhrase: 'Poutinevisit', sourceParagraph: 0, sourcePhrase: 'Putin visitará', suggestion: 'Putin visit', key: 'glued:Poutinevisit'});
    const name = divergenceAt(state, {category: 'name', severity: 'warning', targetParagraph: 0, targetPhrase: 'China', key: 'name:China'});
    const input = exportInputFromState(state, [[glued, name]], t, {toolVersion: '1', uiLang: 'en', createdAt: when});
    const tu = childElements(childElements(tree(writeTmx(input, {segments: 'paragraph'}).content), 'body')[0]!, 'tu')[0]!;
    const facts = props(tu, 'x-cotejo-divergence').map(p => JSON.parse(p) as Record<string, unknown>);
    expect(facts).toEqual([
      {
        key: 'glued:Poutinevisit',
        category: 'glued',
        severity: 'error',
        code: 'test.glued',
        params: {},
        suggestion: 'Putin visit',
        source: {paragraph: 0, start: 0, end: 14},
        target: {paragraph: 0, start: 0, end: 12},
      },
    ]);
    expect(props(tu, 'x-cotejo-resolution').map(p => JSON.parse(p) as unknown)).toEqual([{key: 'name:China', category: 'name', state: 'dismissed', reason: 'same name'}]);
    const notes = childElements(tu, 'note').map(n => n.children.join(''));
    expect(notes).toEqual([`Error · ${categoryName(t, 'glued')}: test.glued Suggestion: "Putin visit".`]);
  });

  test('a corrected target keeps the text as loaded', () => {
    const state = stateOf({source: ['Hola'], target: ['Hello'], original: ['Helo'], beads: [{source: [0], target: [0]}]});
    const input = exportInputFromState(state, [[]], t, {toolVersion: '1', uiLang: 'en', createdAt: when});
    const tu = childElements(childElements(tree(writeTmx(input, {segments: 'paragraph'}).content), 'body')[0]!, 'tu')[0]!;
    expect(props(tu, 'x-cotejo-original-target')).toEqual(['Helo']);
  });

  test('a bead with no counterpart is a tu with a single tuv', () => {
    const state = stateOf({source: ['Uno', 'Dos'], target: ['One'], beads: [{source: [0], target: [0]}, {source: [1], target: []}]});
    const input = exportInputFromState(state, [[], []], t, {toolVersion: '1', uiLang: 'en', createdAt: when});
    const units = childElements(childElements(tree(writeTmx(input, {segments: 'paragraph'}).content), 'body')[0]!, 'tu');
    expect(childElements(units[1]!, 'tuv').map(v => v.attrs['xml:lang'])).toEqual(['es']);
  });

  test('characters XML forbids are left out, and the warning names the units', () => {
    const state = stateOf({source: ['Uno\u0001', 'Dos'], target: ['One\u0002\u0003', 'Two\uffff'], beads: [{source: [0], target: [0]}, {source: [1], target: [1]}]});
    const input = exportInputFromState(state, [[], []], t, {toolVersion: '1', uiLang: 'en', createdAt: when});
    const out = writeTmx(input, {segments: 'paragraph'});
    expect(out.content).toContain('<seg>One</seg>');
    expect(out.content).toContain('<seg>Two</seg>');
    expect(out.warnings).toEqual([{code: 'formats.stripped-characters', params: {count: 4, units: '1, 2'}}]);
    expect(renderMessage(t, out.warnings[0]!.code, out.warnings[0]!.params, 'formats')).toBe(
      'export: 4 control characters that the format cannot hold were left out (units 1, 2).',
    );
  });

  test('sentence segments: a tu per sentence group, numbered within the bead', () => {
    const state = stateOf({source: ['Hola. Adiós.'], target: ['Hello. Goodbye.'], beads: [{source: [0], target: [0], status: 'confirmed'}]});
    const input = exportInputFromState(state, [[]], t, {toolVersion: '1', uiLang: 'en', createdAt: when});
    const units = childElements(childElements(tree(writeTmx(input, {segments: 'sentence'}).content), 'body')[0]!, 'tu');
    expect(units.map(u => u.attrs['tuid'])).toEqual(['1.1', '1.2']);
    expect(units.map(u => childElements(u, 'tuv').map(v => childElements(v, 'seg')[0]!.children.join('')))).toEqual([
      ['Hola.', 'Hello.'],
      ['Adiós.', 'Goodbye.'],
    ]);
    expect(units.map(u => props(u, 'x-cotejo-status')[0])).toEqual(['confirmed', 'confirmed']);
  });
});

describe('reading TMX', () => {
  test('the sample article comes back as written: paragraphs, beads, ids and statuses', async () => {
    const input = articleInput();
    const file = path.join(tmp, 'article.tmx');
    fs.writeFileSync(file, writeTmx(input, {segments: 'paragraph'}).content);
    const read = await readBilingualFile(file);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const {state} = articleReview();
    expect(read.value.format).toBe('tmx');
    expect(read.value.source.paragraphs.map(p => p.text)).toEqual(state.source.paragraphs.map(p => p.text));
    expect(read.value.target.paragraphs.map(p => p.text)).toEqual(state.target.paragraphs.map(p => p.text));
    expect(read.value.alignment.map(b => [b.source, b.target])).toEqual(state.beads.map(b => [b.source, b.target]));
    expect(read.value.ids).toEqual(input.beads.map(b => b.id));
    expect(read.value.statuses).toEqual(state.beads.map(b => b.status));
    expect([read.value.sourceLang, read.value.targetLang]).toEqual(['es', 'en']);
  });

  test('a TMX from another tool: region subtags, a DOCTYPE, inline codes and highlights', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="Other" creationtoolversion="2" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="EN-US" datatype="html"/>
  <body>
    <tu tuid="a7">
      <tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept> &amp; <hi type="x">wait</hi>.</seg></tuv>
      <tuv xml:lang="fr-FR"><seg>Cliquez <bpt i="1">&lt;b&gt;</bpt>ici<ept i="1">&lt;/b&gt;</ept> &amp; <hi>attendez</hi>.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="fr-CA"><seg>Bonjour&#160;!</seg></tuv>
      <tuv xml:lang="en"><seg>Hello!</seg></tuv>
    </tu>
  </body>
</tmx>`;
    const read = readTmx(xml, 'other.tmx');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.source.paragraphs.map(p => p.text)).toEqual(['Click here & wait.', 'Hello!']);
    expect(read.value.target.paragraphs.map(p => p.text)).toEqual(['Cliquez ici & attendez.', 'Bonjour\u00a0!']);
    expect(read.value.ids).toEqual(['a7', '1']);
    expect(read.value.statuses).toEqual(['automatic', 'automatic']);
    expect([read.value.sourceLang, read.value.targetLang]).toEqual(['en', 'fr']);
  });

  test('a memory in several languages needs --target-lang, and then reads the chosen one', () => {
    const xml = `<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Yes</seg></tuv><tuv xml:lang="de"><seg>Ja</seg></tuv><tuv xml:lang="it"><seg>Sì</seg></tuv></tu>
</body></tmx>`;
    const read = readTmx(xml, 'multi.tmx');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(renderMessage(t, read.error.code, read.error.params, 'errors')).toBe(
      'multi.tmx, line 2: the TMX file holds translations into several languages (de, it). Choose one with --target-lang.',
    );
    const chosen = readTmx(xml, 'multi.tmx', {targetLang: 'it'});
    expect(chosen.ok && chosen.value.target.paragraphs.map(p => p.text)).toEqual(['Sì']);
  });
});
