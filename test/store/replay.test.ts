import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {historyOf, reduce, reduceHistory} from '../../src/core/session.js';
import {SessionStore} from '../../src/store/session-store.js';
import {action, pair, stateOf} from './arbitraries.js';
import {tempDir} from './fs-helpers.js';
import {metaOfSessionText, replay, replayToFile, sessionContent, type ReplayAction} from './replay.js';

const META = {
  sourcePath: 'a.es.txt',
  targetPath: 'a.en.txt',
  sourceSha256: 'e'.repeat(64),
  targetSha256: 'f'.repeat(64),
  created: '2025-01-01T00:00:00.000Z',
  toolVersion: '0.1.0',
};

const withUndo: fc.Arbitrary<ReplayAction> = fc.oneof(
  {weight: 4, arbitrary: action},
  {weight: 1, arbitrary: fc.constant({type: 'undo'} as const)},
  {weight: 1, arbitrary: fc.constant({type: 'redo'} as const)},
);

describe('replay', () => {
  test('a store fed every state and the replayed file hold the same content', async () => {
    await fc.assert(
      fc.asyncProperty(pair, fc.array(withUndo, {maxLength: 30}), async (p, actions) => {
        const dir = tempDir();
        const initial = stateOf(p);
        // What a screen does: keep a history, hand every present state to the store.
        const store = new SessionStore({sessionPath: path.join(dir, 'ui.json'), meta: META, saved: null, lock: null, timing: {debounceMs: 0, minIntervalMs: 0}});
        let present = initial;
        store.update(present);
        let h = historyOf(initial);
        for (const a of actions) {
          h = reduceHistory(h, a);
          present = h.present;
          store.update(present);
        }
        await store.close();
        const ui = fs.readFileSync(path.join(dir, 'ui.json'), 'utf8');
        await replayToFile(initial, actions, path.join(dir, 'replayed.json'), metaOfSessionText(ui));
        expect(sessionContent(fs.readFileSync(path.join(dir, 'replayed.json'), 'utf8'))).toEqual(sessionContent(ui));
        fs.rmSync(dir, {recursive: true, force: true});
      }),
      {numRuns: 40},
    );
  });

  test('undo and redo are replayed', () => {
    const initial = stateOf(fc.sample(pair, {numRuns: 1, seed: 7})[0]!);
    const edited = reduce(initial, {type: 'confirm', bead: 0});
    expect(replay(initial, [{type: 'confirm', bead: 0}])).toEqual(edited);
    expect(replay(initial, [{type: 'confirm', bead: 0}, {type: 'undo'}])).toBe(initial);
    expect(replay(initial, [{type: 'confirm', bead: 0}, {type: 'undo'}, {type: 'redo'}])).toEqual(edited);
  });
});
