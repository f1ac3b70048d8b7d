import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {documentFromParagraphs} from '../../src/core/document.js';
import {reduce, type SessionState} from '../../src/core/session.js';
import {
  documentsOfSessionFile,
  formatSessionFile,
  formatSessionState,
  jsonPath,
  parseSessionFile,
  stateOfSessionFile,
  type SessionMeta,
} from '../../src/store/session-file.js';
import {plainState, scenario, stateOf} from './arbitraries.js';

const META: SessionMeta = {
  sourcePath: 'source.es.txt',
  targetPath: 'target.en.txt',
  sourceSha256: 'a'.repeat(64),
  targetSha256: 'b'.repeat(64),
  created: '2025-01-31T09:12:44.120Z',
  toolVersion: '0.1.0',
};
const SAVED = new Date('2025-01-31T10:02:03.511Z');

function roundTrip(state: SessionState): SessionState {
  const text = formatSessionState(state, META, SAVED);
  const parsed = parseSessionFile(text, 'x.cotejo.json');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const docs = documentsOfSessionFile(parsed.value, {source: state.source.path, target: state.target.path});
  return stateOfSessionFile(parsed.value, docs.source, docs.target);
}

describe('session file round trip', () => {
  test('save then load gives the same state, for any sequence of actions', () => {
    fc.assert(
      fc.property(scenario, ({pair, actions}) => {
        let s = stateOf(pair);
        for (const a of actions) s = reduce(s, a);
        expect(plainState(roundTrip(s))).toEqual(plainState(s));
      }),
      {numRuns: 300},
    );
  });

  test('the text is stable: formatting what was parsed gives the same bytes', () => {
    fc.assert(
      fc.property(scenario, ({pair, actions}) => {
        let s = stateOf(pair);
        for (const a of actions) s = reduce(s, a);
        const text = formatSessionState(s, META, SAVED);
        const parsed = parseSessionFile(text, 'x');
        expect(parsed.ok && formatSessionFile(parsed.value)).toBe(text);
        // Saving the same state twice gives the same text (the paragraphs' cached JSON included).
        expect(formatSessionState(s, META, SAVED)).toBe(text);
      }),
      {numRuns: 200},
    );
  });
});

describe('session file text', () => {
  function sample(): string {
    let s = stateOf({
      source: documentFromParagraphs(['Uno.', 'Dos.'], {path: 'source.es.txt', lang: 'es'}),
      target: documentFromParagraphs(['One.', 'Two.'], {path: 'target.en.txt', lang: 'en'}),
      alignment: [
        {source: [0], target: [0], confidence: 0.9},
        {source: [1], target: [1], confidence: 0.8},
      ],
    });
    s = reduce(s, {type: 'edit-target', paragraph: 1, text: 'Two!'});
    s = reduce(s, {type: 'dismiss', key: 'z-last', reason: 'fine'});
    s = reduce(s, {type: 'dismiss', key: 'a-first'});
    s = reduce(s, {type: 'confirm', bead: 1});
    s = reduce(s, {type: 'move-cursor', bead: 1, divergence: 'a-first'});
    return formatSessionState(s, META, SAVED);
  }

  test('is two-space JSON in a fixed order, beads on one line per side, resolutions sorted', () => {
    const text = sample();
    expect(text).toBe(
      [
        '{',
        '  "format": "cotejo-session",',
        '  "version": 2,',
        '  "tool": {',
        '    "name": "cotejo",',
        '    "version": "0.1.0"',
        '  },',
        '  "created": "2025-01-31T09:12:44.120Z",',
        '  "saved": "2025-01-31T10:02:03.511Z",',
        '  "source": {',
        '    "path": "source.es.txt",',
        '    "lang": "es",',
        `    "sha256": "${'a'.repeat(64)}",`,
        '    "paragraphs": [',
        '      "Uno.",',
        '      "Dos."',
        '    ]',
        '  },',
        '  "target": {',
        '    "path": "target.en.txt",',
        '    "lang": "en",',
        `    "sha256": "${'b'.repeat(64)}",`,
        '    "paragraphs": [',
        '      "One.",',
        '      "Two."',
        '    ]',
        '  },',
        '  "corrections": [',
        '    {',
        '      "paragraph": 1,',
        '      "original": "Two.",',
        '      "corrected": "Two!"',
        '    }',
        '  ],',
        '  "alignment": [',
        '    {',
        '      "source": [0],',
        '      "target": [0],',
        '      "confidence": 0.9,',
        '      "status": "automatic"',
        '    },',
        '    {',
        '      "source": [1],',
        '      "target": [1],',
        '      "confidence": 0.8,',
        '      "status": "confirmed"',
        '    }',
        '  ],',
        '  "resolutions": {',
        '    "a-first": {',
        '      "state": "dismissed"',
        '    },',
        '    "z-last": {',
        '      "state": "dismissed",',
        '      "reason": "fine"',
        '    }',
        '  },',
        '  "cursor": {',
        '    "bead": 1,',
        '    "divergence": "a-first"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(text)).toBeTruthy();
  });

  function mutate(edit: (file: Record<string, unknown>) => void): string {
    const json = JSON.parse(sample()) as Record<string, unknown>;
    edit(json);
    return JSON.stringify(json, null, 2);
  }

  test.each([
    ['not JSON', () => '{"format": "cotejo-session", ', 'store.error.session-not-json', {}],
    ['not an object', () => '[1, 2]', 'store.error.session-not-session', {}],
    ['another JSON file', () => '{"name": "package"}', 'store.error.session-not-session', {}],
    [
      'a newer version',
      () => mutate(f => {
        f['version'] = 7;
        f['tool'] = {name: 'cotejo', version: '9.0.0'};
      }),
      'store.error.session-newer',
      {version: 7, supported: 2, tool: '9.0.0'},
    ],
    ['a missing field', () => mutate(f => delete f['cursor']), 'store.error.session-missing', {where: 'cursor'}],
    [
      'a wrong type',
      () => mutate(f => ((f['alignment'] as Record<string, unknown>[])[1]!['source'] = 'one')),
      'store.error.session-type',
      {where: 'alignment[1].source', expected: 'array', received: 'string'},
    ],
    [
      'a bead status that does not exist',
      () => mutate(f => ((f['alignment'] as Record<string, unknown>[])[0]!['status'] = 'approved')),
      'store.error.session-value',
      {where: 'alignment[0].status', expected: '"automatic" | "confirmed" | "edited"'},
    ],
    [
      'a resolution state that does not exist',
      () => mutate(f => ((f['resolutions'] as Record<string, unknown>)['z-last'] = {state: 'ignored'})),
      'store.error.session-value',
      {where: 'resolutions["z-last"].state'},
    ],
    ['an unknown field', () => mutate(f => (f['notes'] = 'x')), 'store.error.session-unknown-key', {where: '$', keys: 'notes'}],
    [
      'a bad hash',
      () => mutate(f => ((f['source'] as Record<string, unknown>)['sha256'] = 'xyz')),
      'store.error.session-format',
      {where: 'source.sha256'},
    ],
    [
      'a negative index',
      () => mutate(f => ((f['cursor'] as Record<string, unknown>)['bead'] = -1)),
      'store.error.session-too-small',
      {where: 'cursor.bead'},
    ],
    [
      'an alignment that leaves a paragraph out',
      () => mutate(f => (f['alignment'] = (f['alignment'] as unknown[]).slice(0, 1))),
      'store.error.session-alignment',
      {where: 'alignment', problem: 'uncovered'},
    ],
    [
      'a correction of a paragraph the target does not have',
      () => mutate(f => ((f['corrections'] as Record<string, unknown>[])[0]!['paragraph'] = 5)),
      'store.error.session-correction-range',
      {where: 'corrections[0].paragraph', count: 2},
    ],
    [
      'a correction whose original is not the paragraph',
      () => mutate(f => ((f['corrections'] as Record<string, unknown>[])[0]!['original'] = 'Other.')),
      'store.error.session-correction-original',
      {where: 'corrections[0].original', paragraph: 1},
    ],
    [
      'the same paragraph corrected twice',
      () => mutate(f => (f['corrections'] = [...(f['corrections'] as unknown[]), ...(f['corrections'] as unknown[])])),
      'store.error.session-correction-order',
      {where: 'corrections[1].paragraph'},
    ],
    [
      'a sentence link with a field of its own',
      () => mutate(f => ((f['alignment'] as Record<string, unknown>[])[0]!['sentences'] = [{source: [0], target: [0], confidence: 1, status: 'edited', note: 'x'}])),
      'store.error.session-unknown-key',
      {where: 'alignment[0].sentences[0]', keys: 'note'},
    ],
    [
      'sentence links that leave a sentence out',
      () => mutate(f => ((f['alignment'] as Record<string, unknown>[])[0]!['sentences'] = [{source: [1], target: [0], confidence: 1, status: 'edited'}])),
      'store.error.session-alignment',
      {where: 'alignment[0].sentences[0].source', problem: 'out-of-range'},
    ],
    [
      'a cursor past the last bead',
      () => mutate(f => ((f['cursor'] as Record<string, unknown>)['bead'] = 2)),
      'store.error.session-cursor',
      {where: 'cursor.bead', count: 2},
    ],
  ])('%s is an input error naming the file, the place and the problem', (_name, text, code, params) => {
    const r = parseSessionFile(text(), 'article.en.txt.cotejo.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.params).toMatchObject({path: 'article.en.txt.cotejo.json', ...params});
  });

  test('jsonPath writes paths as people read them', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['alignment', 3, 'status'])).toBe('alignment[3].status');
    expect(jsonPath(['resolutions', 'name:a b#0', 'reason'])).toBe('resolutions["name:a b#0"].reason');
  });
});
