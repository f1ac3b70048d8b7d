/**
 * Driving the screen with keys and applying the same actions through the reducer give
 * the same session file: random short sequences of what a reviewer does (move, fix,
 * dismiss, reopen, edit, realign, undo, redo), with the real checks and a real store.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import {afterAll, describe, expect, test} from 'vitest';
import {beadDivergences, historyOf, reduceHistory, type Action, type History, type SessionState} from '../../src/core/session.js';
import type {CheckContext} from '../../src/core/checks/context.js';
import type {Divergence} from '../../src/core/types.js';
import {changedBead} from '../../src/ui/state/review.js';
import {DivergenceIndex} from '../../src/ui/state/divergence-index.js';
import {KEY, plain, removeSampleCopies, renderReview, savedState, storedSample} from './support/harness.js';

type Step =
  | {readonly kind: 'go'; readonly bead: number}
  | {readonly kind: 'align'; readonly key: 'm' | 'b' | '[' | ']' | '{' | '}' | 'x' | 'X' | 'c'}
  | {readonly kind: 'divergence'; readonly key: 'a' | 'd' | 'r'; readonly pick: number}
  | {readonly kind: 'edit'; readonly text: string}
  | {readonly kind: 'undo' | 'redo'};

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({kind: fc.constant('go' as const), bead: fc.integer({min: 0, max: 18})}),
  fc.record({kind: fc.constant('align' as const), key: fc.constantFrom('m' as const, 'b' as const, '[' as const, ']' as const, '{' as const, '}' as const, 'x' as const, 'X' as const, 'c' as const)}),
  fc.record({kind: fc.constant('divergence' as const), key: fc.constantFrom('a' as const, 'd' as const, 'r' as const), pick: fc.nat(5)}),
  fc.record({kind: fc.constant('edit' as const), text: fc.constantFrom('Hoy ', 'So, ', '«Sí» ', 'naïve ')}),
  fc.record({kind: fc.constantFrom('undo' as const, 'redo' as const)}),
);

function isOpen(s: SessionState, key: string): boolean {
  return (s.resolutions[key]?.state ?? 'open') === 'open';
}

/** The rule the screen documents: the cursor's divergence, else the pair's first open one. */
function selected(s: SessionState, list: readonly Divergence[]): number {
  const at = list.findIndex(d => d.key === s.cursor.divergence);
  return at >= 0 ? at : list.findIndex(d => isOpen(s, d.key));
}

/** Applies a step to the reference history and says which keys the screen needs for it. */
function plan(h: History, st: Step, ctx: CheckContext): {history: History; keys: string[]} {
  const s = h.present;
  const bead = s.cursor.bead;
  const act = (a: Action | {type: 'undo'} | {type: 'redo'}, keys: string[], from: History = h) => ({history: reduceHistory(from, a), keys});
  switch (st.kind) {
    case 'go': {
      const target = Math.min(st.bead, s.beads.length - 1);
      return act({type: 'move-cursor', bead: target, divergence: null}, [':', String(target + 1), KEY.enter]);
    }
    case 'undo':
    case 'redo': {
      // The screen then shows the change: the cursor goes to the bead that changed.
      const next = reduceHistory(h, {type: st.kind});
      const keys = [st.kind === 'undo' ? 'u' : KEY.ctrlR];
      if (next === h) return {history: h, keys};
      const at = changedBead(s, next.present, {divergencesOf: (state, b) => beadDivergences(state, b, ctx)});
      if (at === null || at === next.present.cursor.bead) return {history: next, keys};
      return {history: reduceHistory(next, {type: 'move-cursor', bead: at, divergence: null}), keys};
    }
    case 'align': {
      const list = beadDivergences(s, bead, ctx);
      const sel = list[selected(s, list)];
      const focused = (side: 'source' | 'target'): number | undefined => {
        const p = sel?.[side]?.paragraph;
        return p !== undefined && s.beads[bead]![side].includes(p) ? p : s.beads[bead]![side][0];
      };
      const actions: Record<typeof st.key, Action | null> = {
        m: {type: 'merge-next', bead},
        b: {type: 'split', bead},
        '[': {type: 'move-paragraph', bead, side: 'source', edge: 'first'},
        ']': {type: 'move-paragraph', bead, side: 'source', edge: 'last'},
        '{': {type: 'move-paragraph', bead, side: 'target', edge: 'first'},
        '}': {type: 'move-paragraph', bead, side: 'target', edge: 'last'},
        x: focused('target') === undefined ? null : {type: 'unlink', bead, side: 'target', paragraph: focused('target')!},
        X: focused('source') === undefined ? null : {type: 'unlink', bead, side: 'source', paragraph: focused('source')!},
        c: {type: 'confirm', bead},
      };
      const a = actions[st.key];
      return a ? act(a, [st.key]) : {history: h, keys: [st.key]};
    }
    case 'divergence': {
      const list = beadDivergences(s, bead, ctx);
      if (list.length === 0) return {history: h, keys: []};
      const pick = st.pick % list.length;
      const from = selected(s, list);
      const tabs = from < 0 ? pick + 1 : (pick - from + list.length) % list.length;
      const d = list[pick]!;
      const moved = tabs === 0 ? h : reduceHistory(h, {type: 'move-cursor', bead, divergence: d.key});
      // `d` asks for a reason, which may be left empty.
      const keys = [...Array<string>(tabs).fill(KEY.tab), st.key, ...(st.key === 'd' ? [KEY.enter] : [])];
      if (st.key === 'a') {
        if (d.suggestion === undefined || d.target === null) return {history: moved, keys};
        // A suggestion that would leave more divergences than it fixes is not applied.
        if (!new DivergenceIndex((state, b) => beadDivergences(state, b, ctx)).suggestionHelps(moved.present, bead, d)) return {history: moved, keys};
        return act({type: 'apply-suggestion', divergence: d}, keys, moved);
      }
      if (st.key === 'r') return act({type: 'reopen', key: d.key}, keys, moved);
      const dismissed = reduceHistory(moved, {type: 'dismiss', key: d.key});
      return {history: reduceHistory(dismissed, {type: 'move-cursor', bead, divergence: d.key}), keys};
    }
    case 'edit': {
      const list = beadDivergences(s, bead, ctx);
      const sel = list[selected(s, list)];
      const p = sel?.target && s.beads[bead]!.target.includes(sel.target.paragraph) ? sel.target.paragraph : s.beads[bead]!.target[0];
      if (p === undefined) return {history: h, keys: ['i']};
      const text = st.text + s.target.paragraphs[p]!.text;
      return act({type: 'edit-target', paragraph: p, text}, ['i', KEY.home, st.text, KEY.enter]);
    }
  }
}

/** What a saved state holds, as plain data. */
function content(s: SessionState): unknown {
  return {
    target: s.target.paragraphs.map(p => p.text),
    beads: s.beads.map(b => ({source: b.source, target: b.target, status: b.status})),
    resolutions: s.resolutions,
    bead: s.cursor.bead,
  };
}

afterAll(removeSampleCopies);

describe('the screen and the reducer agree', () => {
  test('key presses and reducer actions give the same session file', async () => {
    const first = await storedSample();
    first.store.releaseLock();
    const ctx = first.ctx;
    await fc.assert(
      fc.asyncProperty(fc.array(step, {minLength: 1, maxLength: 8}), async steps => {
        const s = await storedSample(ctx);
        let reference = historyOf(s.state);
        const h = renderReview(s, {store: s.store});
        try {
          await h.waitForText('pair 1 of');
          for (const st of steps) {
            const planned = plan(reference, st, ctx);
            reference = planned.history;
            for (const k of planned.keys) h.type(k);
            const want = reference.present;
            await h.waitFor(f => plain(f).includes(`pair ${want.cursor.bead + 1} of ${want.beads.length}`), `step ${JSON.stringify(st)}`);
          }
          h.press('q');
          await h.exited;
          // Nothing is written until something changes; no file is the state as opened.
          const onDisk = fs.existsSync(s.sessionPath) ? savedState(s.sessionPath, s.source, s.target) : s.state;
          expect(content(onDisk)).toEqual(content(reference.present));
        } finally {
          h.unmount();
          s.release();
        }
      }),
      {numRuns: 25},
    );
  }, 120_000);
});
