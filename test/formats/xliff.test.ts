import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {exportInputFromState} from '../../src/formats/export-input.js';
import {readBilingualFile} from '../../src/formats/index.js';
import {readXliff, writeXliff} from '../../src/formats/xliff.js';
import {writeXliff12} from '../../src/formats/xliff12.js';
import {childElements, isElement, localName, parseXml, type XmlElement} from '../../src/formats/xml.js';
import {createI18n} from '../../src/i18n.js';
import {renderMessage} from '../../src/output.js';
import {articleReview, divergenceAt, stateOf} from './support.js';
import {xmllint, xmllintMissing} from './validators.js';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const when = new Date(Date.UTC(2025, 2, 4, 5, 6, 7));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-xliff-'));

function articleInput() {
  const {state, divergences} = articleReview();
  return exportInputFromState(state, divergences, t, {toolVersion: '9.8.7', uiLang: 'en', createdAt: when});
}

function tree(xml: string): XmlElement {
  const parsed = parseXml(xml, 'written.xlf');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

function units(root: XmlElement): XmlElement[] {
  return childElements(childElements(root, 'file')[0]!, 'unit');
}

/** Every element of a tree, depth first. */
function all(el: XmlElement): XmlElement[] {
  return [el, ...el.children.filter(isElement).flatMap(all)];
}

/**
 * The XLIFF 2.1 rules the XSD does not check, as the specification states them:
 * trgLang present when any target is; unit ids unique in a file; segment and
 * ignorable ids unique in a unit; note ids unique in their notes.
 */
function xliff21Problems(root: XmlElement): string[] {
  const problems: string[] = [];
  if (root.attrs['version'] !== '2.1') problems.push(`version is ${root.attrs['version']}`);
  const hasTarget = all(root).some(e => e.name === 'target');
  if (hasTarget && !root.attrs['trgLang']) problems.push('a target without trgLang');
  for (const file of childElements(root, 'file')) {
    const ids = units({...root, children: [file]}).map(u => u.attrs['id']);
    if (new Set(ids).size !== ids.length) problems.push('repeated unit id');
    for (const unit of childElements(file, 'unit')) {
      const pieceIds = childElements(unit)
        .filter(e => e.name === 'segment' || e.name === 'ignorable')
        .map(e => e.attrs['id'])
        .filter(id => id !== undefined);
      if (new Set(pieceIds).size !== pieceIds.length) problems.push(`repeated segment id in unit ${unit.attrs['id']}`);
      const noteIds = childElements(unit, 'notes').flatMap(n => childElements(n, 'note').map(x => x.attrs['id']));
      if (new Set(noteIds).size !== noteIds.length) problems.push(`repeated note id in unit ${unit.attrs['id']}`);
      for (const seg of childElements(unit, 'segment')) {
        if (seg.attrs['state'] !== undefined && seg.attrs['state'] !== 'initial' && childElements(seg, 'target').length === 0) {
          problems.push(`segment state ${seg.attrs['state']} without a target in unit ${unit.attrs['id']}`);
        }
      }
    }
  }
  return problems;
}

describe('every XLIFF written validates against the XLIFF 2 core schema', () => {
  test('xmllint and the schemas are at hand (else install libxml2-utils)', () => {
    expect(xmllintMissing()).toBeNull();
  });

  test('the sample article', () => {
    const out = writeXliff(articleInput());
    expect(xmllint(out.content, 'xliff')).toEqual({ok: true, output: ''});
    expect(xmllint(out.content, 'xliff+mda')).toEqual({ok: true, output: ''});
  });

  test('beads with no counterpart, odd ids, markup-like text and control characters', () => {
    const state = stateOf({
      source: ['Uno <b>&amp;</b>. "Dos"', 'Tres', 'Sin traducción', 'Cinco\u0007'],
      target: ['One <b>&amp;</b>. "Two"', 'Added line', 'Five ]]> \u0001'],
      beads: [
        {source: [0, 1], target: [0], status: 'edited'},
        {source: [], target: [1]},
        {source: [2], target: []},
        {source: [3], target: [2], status: 'confirmed'},
      ],
    });
    const input = exportInputFromState(state, [[], [], [], []], t, {ids: ['a b', 'u2', 'x', 'x'], toolVersion: '1', uiLang: 'es', createdAt: when});
    const out = writeXliff(input);
    expect(xmllint(out.content, 'xliff')).toEqual({ok: true, output: ''});
    expect(xmllint(out.content, 'xliff+mda')).toEqual({ok: true, output: ''});
    expect(xliff21Problems(tree(out.content))).toEqual([]);
  });

  test('a schema violation is caught, so the check can fail', () => {
    const out = writeXliff(articleInput()).content.replace('state="translated"', 'state="done"');
    expect(xmllint(out, 'xliff').ok).toBe(false);
    const badMeta = writeXliff(articleInput()).content.replace('<mda:meta type="status">', '<mda:meta kind="status">');
    expect(xmllint(badMeta, 'xliff').ok).toBe(true);
    expect(xmllint(badMeta, 'xliff+mda').ok).toBe(false);
  });
});

describe('writing XLIFF 2.1', () => {
  test('the rules the schema leaves out hold, and would be caught when broken', () => {
    const root = tree(writeXliff(articleInput()).content);
    expect(xliff21Problems(root)).toEqual([]);
    const broken = {...root, attrs: {...root.attrs, trgLang: ''}};
    expect(xliff21Problems(broken)).toEqual(['a target without trgLang']);
  });

  test('the root names the version, the namespace and both languages', () => {
    const root = tree(writeXliff(articleInput()).content);
    expect(root.attrs).toEqual({
      xmlns: 'urn:oasis:names:tc:xliff:document:2.0',
      'xmlns:mda': 'urn:oasis:names:tc:xliff:metadata:2.0',
      version: '2.1',
      srcLang: 'es',
      trgLang: 'en',
    });
  });

  test('a unit per bead, a segment per sentence group, the gaps as ignorables', () => {
    const state = stateOf({
      source: ['Hola. Adiós.', 'Otra frase.'],
      target: ['Hello. Goodbye.', 'Another sentence.'],
      beads: [{source: [0, 1], target: [0, 1], status: 'confirmed'}],
    });
    const input = exportInputFromState(state, [[]], t, {toolVersion: '1', uiLang: 'en', createdAt: when});
    const unit = units(tree(writeXliff(input).content))[0]!;
    const pieces = childElements(unit).filter(e => e.name === 'segment' || e.name === 'ignorable');
    const text = (e: XmlElement, n: string) => childElements(e, n)[0]?.children.join('');
    expect(pieces.map(p => [p.name, p.attrs['state'], text(p, 'source'), text(p, 'target')])).toEqual([
      ['segment', 'final', 'Hola.', 'Hello.'],
      ['ignorable', undefined, ' ', ' '],
      ['segment', 'final', 'Adiós.', 'Goodbye.'],
      ['ignorable', undefined, '\n\n', '\n\n'],
      ['segment', 'final', 'Otra frase.', 'Another sentence.'],
    ]);
  });

  test.each([
    ['automatic', 'translated'],
    ['edited', 'reviewed'],
    ['confirmed', 'final'],
  ] as const)('a bead %s gives segments the state %s', (status, state) => {
    const s = stateOf({source: ['Hola.'], target: ['Hello.'], beads: [{source: [0], target: [0], status}]});
    const unit = units(tree(writeXliff(exportInputFromState(s, [[]], t, {toolVersion: '1', uiLang: 'en', createdAt: when})).content))[0]!;
    expect(childElements(unit, 'segment').map(e => e.attrs['state'])).toEqual([state]);
  });

  test('a source with no translation is an initial segment without a target', () => {
    const s = stateOf({source: ['Hola.', 'Uno.'], target: ['Hello.'], beads: [{source: [0], target: [0], status: 'confirmed'}, {source: [1], target: [], status: 'confirmed'}]});
    const unit = units(tree(writeXliff(exportInputFromState(s, [[], []], t, {toolVersion: '1', uiLang: 'en', createdAt: when})).content))[1]!;
    const seg = childElements(unit, 'segment')[0]!;
    expect(seg.attrs['state']).toBe('initial');
    expect(childElements(seg, 'target')).toEqual([]);
  });

  test('open divergences are notes with category, priority and what they apply to', () => {
    const state = stateOf({source: ['Putin visitará China'], target: ['Poutinevisit China'], beads: [{source: [0], target: [0]}]});
    const divergences = [
      divergenceAt(state, {category: 'glued', severity: 'error', targetParagraph: 0, targetPhrase: 'Poutinevisit'}),
      divergenceAt(state, {category: 'name', severity: 'warning', targetParagraph: 0, targetPhrase: 'China'}),
      divergenceAt(state, {category: 'omission', severity: 'info', sourceParagraph: 0, sourcePhrase: 'visitará'}),
    ];
    const unit = units(tree(writeXliff(exportInputFromState(state, [divergences], t, {toolVersion: '1', uiLang: 'en', createdAt: when})).content))[0]!;
    const notes = childElements(childElements(unit, 'notes')[0]!, 'note');
    expect(notes.map(n => n.attrs)).toEqual([
      {id: 'n1', category: 'glued', priority: '1', appliesTo: 'target'},
      {id: 'n2', category: 'name', priority: '5', appliesTo: 'target'},
      {id: 'n3', category: 'omission', priority: '9', appliesTo: 'source'},
    ]);
    const meta = all(unit).filter(e => localName(e.name) === 'meta' && e.attrs['type'] === 'divergence');
    expect(meta.map(m => (JSON.parse(m.children.join('')) as {category: string}).category)).toEqual(['glued', 'name', 'omission']);
  });

  test('control characters become cp elements, as XLIFF 2 prescribes', () => {
    const s = stateOf({source: ['A\u0001B'], target: ['C\u001fD'], beads: [{source: [0], target: [0]}]});
    const out = writeXliff(exportInputFromState(s, [[]], t, {toolVersion: '1', uiLang: 'en', createdAt: when}));
    expect(out.content).toContain('<source>A<cp hex="0001"/>B</source>');
    expect(out.content).toContain('<target>C<cp hex="001F"/>D</target>');
    expect(out.warnings).toEqual([]);
  });

  test('an id that is not an NMTOKEN is replaced in the file and kept in the metadata', async () => {
    const s = stateOf({source: ['Uno', 'Dos'], target: ['One', 'Two'], beads: [{source: [0], target: [0]}, {source: [1], target: [1]}]});
    const input = exportInputFromState(s, [[], []], t, {ids: ['intro paragraph', 'u1'], toolVersion: '1', uiLang: 'en', createdAt: when});
    const xml = writeXliff(input).content;
    expect(units(tree(xml)).map(u => u.attrs['id'])).toEqual(['u2', 'u1']);
    const file = path.join(tmp, 'ids.xlf');
    fs.writeFileSync(file, xml);
    const read = await readBilingualFile(file);
    expect(read.ok && read.value.ids).toEqual(['intro paragraph', 'u1']);
  });
});

describe('reading XLIFF', () => {
  test('the sample article comes back as written: paragraphs, beads, ids and statuses', async () => {
    const input = articleInput();
    const file = path.join(tmp, 'article.xlf');
    fs.writeFileSync(file, writeXliff(input).content);
    const read = await readBilingualFile(file);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const {state} = articleReview();
    expect(read.value.format).toBe('xliff');
    expect(read.value.source.paragraphs.map(p => p.text)).toEqual(state.source.paragraphs.map(p => p.text));
    expect(read.value.target.paragraphs.map(p => p.text)).toEqual(state.target.paragraphs.map(p => p.text));
    expect(read.value.alignment.map(b => [b.source, b.target])).toEqual(state.beads.map(b => [b.source, b.target]));
    expect(read.value.ids).toEqual(input.beads.map(b => b.id));
    expect(read.value.statuses).toEqual(state.beads.map(b => b.status));
  });

  test('XLIFF 2.0 from another tool: groups, inline codes, cp, and states without metadata', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-GB" trgLang="de-DE">
 <file id="f1">
  <group id="g1">
   <unit id="title">
    <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
    <segment state="final"><source>The <pc id="1" dataRefStart="d1" dataRefEnd="d2">bold</pc> cat<ph id="2"/>.</source><target>Die <pc id="1" dataRefStart="d1" dataRefEnd="d2">fette</pc> Katze.</target></segment>
   </unit>
  </group>
  <unit id="body">
   <segment state="reviewed"><source>One.</source><target>Eins.</target></segment>
   <ignorable><source> </source><target> </target></ignorable>
   <segment state="translated"><source>Two<cp hex="0007"/>.</source><target>Zwei.</target></segment>
  </unit>
  <unit id="todo"><segment><source>Untranslated.</source></segment></unit>
 </file>
</xliff>`;
    const read = readXliff(xml, 'other.xlf');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.source.paragraphs.map(p => p.text)).toEqual(['The bold cat.', 'One. Two\u0007.', 'Untranslated.']);
    expect(read.value.target.paragraphs.map(p => p.text)).toEqual(['Die fette Katze.', 'Eins. Zwei.']);
    expect(read.value.alignment.map(b => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
    ]);
    expect(read.value.ids).toEqual(['title', 'body', 'todo']);
    expect(read.value.statuses).toEqual(['confirmed', 'automatic', 'automatic']);
    expect([read.value.sourceLang, read.value.targetLang]).toEqual(['en', 'de']);
  });

  test('XLIFF 1.2: trans-units, approval and inline codes', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="app.properties" source-language="en" target-language="es-ES" datatype="plaintext">
    <body>
      <trans-unit id="greeting" approved="yes"><source>Hello <g id="1">world</g><x id="2"/>!</source><target state="translated">Hola <g id="1">mundo</g>!</target></trans-unit>
      <group id="g"><trans-unit id="bye"><source>Bye</source><target state="final">Adiós</target></trans-unit></group>
      <trans-unit id="new"><source>New</source></trans-unit>
    </body>
  </file>
</xliff>`;
    const read = readXliff(xml, 'app.xlf');
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.source.paragraphs.map(p => p.text)).toEqual(['Hello world!', 'Bye', 'New']);
    expect(read.value.target.paragraphs.map(p => p.text)).toEqual(['Hola mundo!', 'Adiós']);
    expect(read.value.ids).toEqual(['greeting', 'bye', 'new']);
    expect(read.value.statuses).toEqual(['confirmed', 'confirmed', 'automatic']);
    expect([read.value.sourceLang, read.value.targetLang]).toEqual(['en', 'es']);
  });

  test('a repeated unit id is refused, naming the line', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="es"><file id="f">
<unit id="a"><segment><source>A</source></segment></unit>
<unit id="a"><segment><source>B</source></segment></unit>
</file></xliff>`;
    const read = readXliff(xml, 'dup.xlf');
    expect(read.ok ? '' : renderMessage(t, read.error.code, read.error.params, 'errors')).toBe(
      'dup.xlf, line 3: the id "a" is used twice in one <file>; ids must be unique.',
    );
  });
});

describe('writing XLIFF 1.2', () => {
  /** A review where the translator confirmed one pair, corrected one, dismissed and fixed divergences. */
  function workedReview() {
    const state = stateOf({
      source: ['Tiene 12 años. Vive en Lima.', 'Hola.', 'Sin traducción'],
      target: ['He is 21 years old. He lives in Lima.', 'Hello there.', ''],
      original: ['He is 21 years old. He lives in Lima.', 'Helo.', ''],
      beads: [
        {source: [0], target: [0]},
        {source: [1], target: [1], status: 'confirmed'},
        {source: [2], target: []},
      ],
    });
    const wrong = divergenceAt(state, {category: 'number', severity: 'error', code: 'x.number', targetParagraph: 0, targetPhrase: '21', sourceParagraph: 0, sourcePhrase: '12'});
    const dismissed = divergenceAt(state, {category: 'name', severity: 'warning', code: 'x.name', targetParagraph: 0, targetPhrase: 'Lima'});
    const fixed = divergenceAt(state, {category: 'glued', severity: 'error', code: 'x.glued', targetParagraph: 1, targetPhrase: 'Hello'});
    const worked = {...state, resolutions: {[dismissed.key]: {state: 'dismissed', reason: 'a "name" & <kept>'}, [fixed.key]: {state: 'fixed'}} as const};
    return exportInputFromState(worked, [[wrong, dismissed], [fixed], []], t, {toolVersion: '1', uiLang: 'en', createdAt: when});
  }

  test.each(['paragraph', 'sentence'] as const)('valid against the OASIS strict schema, %s segments, the sample article and a worked review', segments => {
    for (const input of [articleInput(), workedReview()]) {
      expect(xmllint(writeXliff12(input, {segments}).content, 'xliff12')).toEqual({ok: true, output: ''});
    }
  });

  test('a schema violation is caught, so the check can fail', () => {
    const bad = writeXliff12(workedReview(), {segments: 'paragraph'}).content.replace('state="final"', 'state="done"');
    expect(xmllint(bad, 'xliff12').ok).toBe(false);
  });

  test('states say what the translator did; notes start with a summary, then one per open divergence; the target as loaded is kept', () => {
    const root = tree(writeXliff12(workedReview(), {segments: 'paragraph'}).content);
    expect(root.attrs['version']).toBe('1.2');
    const file = childElements(root, 'file')[0]!;
    expect([file.attrs['source-language'], file.attrs['target-language']]).toEqual(['es', 'en']);
    const [open, corrected, alone] = childElements(childElements(file, 'body')[0]!, 'trans-unit');
    const state = (u: XmlElement) => childElements(u, 'target')[0]?.attrs['state'];
    const notes = (u: XmlElement) => childElements(u, 'note').map(n => n.children.join(''));
    expect(state(open!)).toBe('needs-review-translation');
    expect(open!.attrs['approved']).toBeUndefined();
    expect(notes(open!)).toEqual(['Cotejo: 1 open divergence; 1 dismissed.', expect.stringContaining('x.number')]);
    expect(childElements(open!, 'note')[1]!.attrs).toMatchObject({priority: '1', annotates: 'target'});
    expect(state(corrected!)).toBe('final');
    expect(corrected!.attrs['approved']).toBe('yes');
    expect(notes(corrected!)).toEqual(['Cotejo: no open divergence; 1 fixed; translation corrected by the translator; confirmed by the translator.']);
    const previous = childElements(corrected!, 'alt-trans')[0]!;
    expect(previous.attrs['alttranstype']).toBe('previous-version');
    expect(childElements(previous, 'target')[0]!.children.join('')).toBe('Helo.');
    expect(childElements(alone!, 'target')).toEqual([]);
  });

  test('sentence segments: a group per bead, a unit per sentence group, read back as the beads with their resolutions', async () => {
    const input = workedReview();
    const out = writeXliff12(input, {segments: 'sentence'}).content;
    const body = childElements(childElements(tree(out), 'file')[0]!, 'body')[0]!;
    const groups = childElements(body, 'group');
    expect(groups.map(g => [g.attrs['restype'], childElements(g, 'trans-unit').map(u => childElements(u, 'source')[0]!.children.join(''))])).toEqual([
      ['x-cotejo-bead', ['Tiene 12 años.', 'Vive en Lima.']],
      ['x-cotejo-bead', ['Hola.']],
      ['x-cotejo-bead', ['Sin traducción']],
    ]);
    const file = path.join(tmp, 'worked.xlf');
    fs.writeFileSync(file, out);
    const read = await readBilingualFile(file);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.source.paragraphs.map(p => p.text)).toEqual(['Tiene 12 años. Vive en Lima.', 'Hola.', 'Sin traducción']);
    expect(read.value.alignment.map(b => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
    ]);
    expect(read.value.statuses).toEqual(['automatic', 'confirmed', 'automatic']);
    expect(Object.values(read.value.resolutions)).toEqual(expect.arrayContaining([{state: 'dismissed', reason: 'a "name" & <kept>'}, {state: 'fixed'}]));
    expect(Object.keys(read.value.resolutions)).toHaveLength(2);
  });
});
