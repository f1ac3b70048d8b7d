/**
 * What the translator did survives an export: a divergence fixed by changing its
 * phrase is gone from the text, yet the HTML report counts it as fixed and TMX and
 * XLIFF keep its resolution, which opening the file again restores; dismissals keep
 * their reasons.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {exportInputFromState} from '../../src/formats/export-input.js';
import {FORMATS, readBilingualFile} from '../../src/formats/index.js';
import {createI18n} from '../../src/i18n.js';
import {divergenceAt, stateOf} from './support.js';
import {xmllint} from './validators.js';

const i18n = createI18n('en');
const t = i18n.t.bind(i18n);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-resolutions-'));

function workedInput() {
  const base = stateOf({
    source: ['Putin visitará Pekín.', 'Hola.'],
    original: ['Poutinevisit Beijing.', 'Hello.'],
    target: ['Putin will visit Beijing.', 'Hello.'],
    beads: [
      {source: [0], target: [0]},
      {source: [1], target: [1], status: 'confirmed'},
    ],
  });
  const kept = divergenceAt(base, {category: 'name', severity: 'warning', code: 'x.name', targetParagraph: 0, targetPhrase: 'Beijing'});
  const state = {
    ...base,
    resolutions: {
      // Fixed by changing the phrase: no bead shows this divergence any more.
      'glued:glued:Poutinevisit|Putin, visitará@abc#0': {state: 'fixed'},
      [kept.key]: {state: 'dismissed', reason: 'the usual English name'},
    } as const,
  };
  return exportInputFromState(state, [[kept], []], t, {toolVersion: '1', uiLang: 'en', createdAt: new Date(0)});
}

describe('resolutions in exports', () => {
  test('the HTML summary counts a divergence fixed by changing its phrase', async () => {
    const html = (await FORMATS.html.write(workedInput(), {segments: 'paragraph', t})).content as string;
    const summary = html.slice(html.indexOf('<table class="summary">'), html.indexOf('</table>'));
    // Glued: 0 errors, 0 warnings, 0 notes, 1 fixed, 0 dismissed, 1 in all.
    expect(summary).toMatch(/glued words<\/th><td>0<\/td><td>0<\/td><td>0<\/td><td>1<\/td><td>0<\/td><td>1<\/td>/);
    expect(summary).toMatch(/<td>0<\/td><td>0<\/td><td>0<\/td><td>1<\/td><td>1<\/td><td>2<\/td><\/tr><\/tfoot>/);
  });

  test.each([
    ['tmx', 'tmx'],
    ['xliff', 'xliff12'],
    ['xliff2', 'xliff+mda'],
  ] as const)('%s keeps fixed and dismissed resolutions, read back on opening, at both segment levels', async (format, schema) => {
    for (const segments of ['paragraph', 'sentence'] as const) {
      const content = (await FORMATS[format].write(workedInput(), {segments, t})).content as string;
      expect(xmllint(content, schema)).toEqual({ok: true, output: ''});
      const file = path.join(tmp, `worked.${segments}.${format}${format === 'tmx' ? '.tmx' : '.xlf'}`);
      fs.writeFileSync(file, content);
      const read = await readBilingualFile(file);
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      expect(Object.entries(read.value.resolutions).sort()).toEqual(
        [
          ['glued:glued:Poutinevisit|Putin, visitará@abc#0', {state: 'fixed'}],
          [expect.stringMatching(/Beijing/), {state: 'dismissed', reason: 'the usual English name'}],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      expect(read.value.statuses).toEqual(['automatic', 'confirmed']);
    }
  });
});
