import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {alignParagraphs} from '../../src/core/align.js';
import {documentFromText} from '../../src/core/document.js';
import {beadsProblem, reduce, sentenceLinksOf, type SessionState} from '../../src/core/session.js';
import type {Divergence, Document} from '../../src/core/types.js';
import {matchParagraphs} from '../../src/store/carry-over.js';
import {openSession, type OpenedSession, type OpenSessionRequest} from '../../src/store/open-session.js';
import {parseSessionFile, SESSION_FORMAT_VERSION} from '../../src/store/session-file.js';
import {plainState} from './arbitraries.js';
import {tempDir} from './fs-helpers.js';

const SOURCE = [
  'El gobierno aprobó ayer el presupuesto para el año próximo.',
  'La oposición votó en contra y anunció un recurso ante el tribunal.',
  'El ministro de Hacienda defendió el aumento del gasto en sanidad.',
  'Según sus cálculos, el déficit bajará dos puntos en tres años.',
  'Los sindicatos pidieron más inversión en educación pública.',
  'El debate continuará la semana que viene en el Senado.',
];
const TARGET = [
  'The government approved the budget for next year yesterday.',
  'The opposition voted against it and announced an appeal to the court.',
  'The finance minister defended the increase in health spending.',
  'According to his figures, the deficit will fall two points in three years.',
  'The unions called for more investment in public education.',
  'The debate will continue next week in the Senate.',
];

interface Pair {
  readonly dir: string;
  readonly sourcePath: string;
  readonly targetPath: string;
}

function writePair(source: readonly string[], target: readonly string[], dir = tempDir()): Pair {
  const sourcePath = path.join(dir, 'budget.es.txt');
  const targetPath = path.join(dir, 'budget.en.txt');
  fs.writeFileSync(sourcePath, `${source.join('\n\n')}\n`);
  fs.writeFileSync(targetPath, `${target.join('\n\n')}\n`);
  return {dir, sourcePath, targetPath};
}

function load(file: string, lang: string): Document {
  const r = documentFromText(fs.readFileSync(file, 'utf8'), {path: file, lang});
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

/** A divergence per target paragraph that contains "minister", so dismissals have something to match. */
function divergencesOf(state: SessionState): Divergence[] {
  const out: Divergence[] = [];
  state.target.paragraphs.forEach(p => {
    const at = p.text.indexOf('minister');
    if (at >= 0) {
      out.push({key: 'term:minister', category: 'terminology', severity: 'info', confidence: 1, code: 'term', params: {term: 'minister'}, target: {paragraph: p.index, start: at, end: at + 8}, source: null});
    }
  });
  return out;
}

const opened: OpenedSession[] = [];
afterEach(async () => {
  while (opened.length) {
    const o = opened.pop()!;
    await o.store?.close();
    o.release();
  }
});

async function open(pair: Pair, extra: Partial<OpenSessionRequest> = {}): Promise<ReturnType<typeof openSession>> {
  const source = load(pair.sourcePath, 'es');
  const target = load(pair.targetPath, 'en');
  const r = await openSession({
    source,
    target,
    align: () => alignParagraphs(source, target),
    realign: (s, t) => alignParagraphs(s, t),
    divergencesOf: () => Promise.resolve(divergencesOf),
    timing: {debounceMs: 1, minIntervalMs: 1},
    ...extra,
  });
  if (r.ok) opened.push(r.value);
  return r;
}

async function openOk(pair: Pair, extra: Partial<OpenSessionRequest> = {}): Promise<OpenedSession> {
  const r = await open(pair, extra);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

async function closeAll(): Promise<void> {
  while (opened.length) {
    const o = opened.pop()!;
    await o.store?.close();
    o.release();
  }
}

/** Some work: two corrections, a merge, a confirmation, a dismissal and a cursor. */
function work(state: SessionState): SessionState {
  let s = state;
  s = reduce(s, {type: 'edit-target', paragraph: 1, text: 'The opposition voted against it and announced a legal appeal.'});
  s = reduce(s, {type: 'edit-target', paragraph: 3, text: 'By his figures, the deficit will fall two points in three years.'});
  s = reduce(s, {type: 'merge-next', bead: 4});
  s = reduce(s, {type: 'confirm', bead: 0});
  s = reduce(s, {type: 'dismiss', key: 'term:minister', reason: 'house style'});
  s = reduce(s, {type: 'move-cursor', bead: 3, divergence: 'k'});
  return s;
}

async function savedWork(pair: Pair): Promise<SessionState> {
  const first = await openOk(pair);
  const s = work(first.state);
  first.store!.update(s);
  await closeAll();
  return s;
}

describe('opening a session', () => {
  test('a new pair starts from the aligner; the file appears beside the target at the first change', async () => {
    const pair = writePair(SOURCE, TARGET);
    const o = await openOk(pair);
    expect(o.resumed).toBe(false);
    expect(o.sessionPath).toBe(`${pair.targetPath}.cotejo.json`);
    expect(o.state.beads.every(b => b.status === 'automatic')).toBe(true);
    expect(fs.existsSync(o.sessionPath)).toBe(false);
    expect(fs.existsSync(path.join(pair.dir, 'budget.en.txt.cotejo.lock'))).toBe(true);
    o.store!.update(reduce(o.state, {type: 'confirm', bead: 0}));
    await o.store!.flush();
    const file = parseSessionFile(fs.readFileSync(o.sessionPath, 'utf8'), o.sessionPath);
    expect(file.ok && [file.value.source.path, file.value.target.path]).toEqual(['budget.es.txt', 'budget.en.txt']);
    await closeAll();
    expect(fs.existsSync(path.join(pair.dir, 'budget.en.txt.cotejo.lock'))).toBe(false);
  });

  test('the same pair again resumes exactly: corrections, beads, resolutions, cursor', async () => {
    const pair = writePair(SOURCE, TARGET);
    const saved = await savedWork(pair);
    const again = await openOk(pair);
    expect(again.resumed).toBe(true);
    expect(again.carryOver).toBeNull();
    expect(plainState(again.state)).toEqual(plainState(saved));
    expect(again.state.cursor).toEqual({bead: 3, divergence: 'k'});
    expect(again.store!.hasUnsavedWork()).toBe(false);
  });

  test('other line ends and trailing spaces in the files are not a change', async () => {
    const pair = writePair(SOURCE, TARGET);
    const saved = await savedWork(pair);
    fs.writeFileSync(pair.targetPath, `${TARGET.join('  \r\n\r\n')}\r\n`);
    const again = await openOk(pair);
    expect(again.carryOver).toBeNull();
    expect(plainState(again.state)).toEqual(plainState(saved));
  });

  test('--session picks another file', async () => {
    const pair = writePair(SOURCE, TARGET);
    const other = path.join(pair.dir, 'elsewhere.json');
    const o = await openOk(pair, {sessionPath: other});
    o.store!.update(work(o.state));
    await closeAll();
    expect(fs.existsSync(other)).toBe(true);
    expect(fs.existsSync(`${pair.targetPath}.cotejo.json`)).toBe(false);
    const again = await openOk(pair, {sessionPath: other});
    expect(again.resumed).toBe(true);
    expect(again.state.cursor.bead).toBe(3);
  });

  test('--fresh starts over and sets the old file aside, never deleting it', async () => {
    const pair = writePair(SOURCE, TARGET);
    await savedWork(pair);
    const sessionPath = `${pair.targetPath}.cotejo.json`;
    const before = fs.readFileSync(sessionPath, 'utf8');
    const o = await openOk(pair, {fresh: true, now: () => new Date('2025-03-04T05:06:07.890Z')});
    expect(o.resumed).toBe(false);
    expect(o.state.resolutions).toEqual({});
    const aside = `${sessionPath}.old-2025-03-04T05-06-07Z`;
    expect(o.notices).toContainEqual({code: 'store.notice.fresh', params: {path: aside}});
    expect(fs.readFileSync(aside, 'utf8')).toBe(before);
    expect(fs.existsSync(sessionPath)).toBe(false);
  });

  test('a second instance is refused, naming the process; --read-only opens anyway and saves nothing', async () => {
    const pair = writePair(SOURCE, TARGET);
    await savedWork(pair);
    const first = await openOk(pair);
    const second = await open(pair);
    expect(second.ok).toBe(false);
    expect(!second.ok && second.error.code).toBe('store.error.locked');
    expect(!second.ok && second.error.params['pid']).toBe(process.pid);
    const ro = await openOk(pair, {readOnly: true});
    expect(ro.store).toBeNull();
    expect(ro.notices[0]!.code).toBe('store.notice.read-only');
    expect(ro.state.cursor.bead).toBe(3);
    expect(first.store).not.toBeNull();
  });

  test.each([
    ['not JSON', '{"format": ', 'store.error.session-not-json'],
    ['failing the schema', null, 'store.error.session-value'],
    ['from a newer version', null, 'store.error.session-newer'],
  ])('a session file %s is an input error, the file is never overwritten and the lock is released', async (name, text, code) => {
    const pair = writePair(SOURCE, TARGET);
    await savedWork(pair);
    const sessionPath = `${pair.targetPath}.cotejo.json`;
    const json = JSON.parse(fs.readFileSync(sessionPath, 'utf8')) as Record<string, unknown>;
    if (name === 'failing the schema') (json['alignment'] as Record<string, unknown>[])[2]!['status'] = 'maybe';
    if (name === 'from a newer version') json['version'] = SESSION_FORMAT_VERSION + 1;
    const bad = text ?? JSON.stringify(json, null, 2);
    fs.writeFileSync(sessionPath, bad);
    const r = await open(pair);
    expect(!r.ok && r.error.code).toBe(code);
    expect(!r.ok && r.error.params['path']).toBe(sessionPath);
    expect(fs.readFileSync(sessionPath, 'utf8')).toBe(bad);
    expect(fs.existsSync(path.join(pair.dir, 'budget.en.txt.cotejo.lock'))).toBe(false);
    // --fresh is the way out, and it keeps the bad file.
    const fresh = await openOk(pair, {fresh: true});
    expect(fresh.resumed).toBe(false);
    expect(fs.readdirSync(pair.dir).some(f => f.includes('.old-'))).toBe(true);
  });
});

describe('documents changed since the save', () => {
  test('matchParagraphs pairs equal, edited, inserted and deleted paragraphs', () => {
    const m = matchParagraphs(['a a a', 'b b b b', 'c c c', 'd d d'], ['new one', 'a a a', 'b b b B', 'd d d', 'e e']);
    expect(m.oldToNew).toEqual([1, 2, null, 3]);
    expect(m.newToOld).toEqual([null, 0, 1, 3, null]);
    expect(m.unchanged).toEqual([true, false, false, true]);
  });

  test('edits, insertions and deletions on both sides: work carried where it belongs, the rest reported', async () => {
    const pair = writePair(SOURCE, TARGET);
    const saved = await savedWork(pair);
    const sessionPath = `${pair.targetPath}.cotejo.json`;
    const oldText = fs.readFileSync(sessionPath, 'utf8');
    // Source: a paragraph inserted at the start, the last one deleted, one edited.
    const source = ['Nota de la redacción: texto actualizado.', ...SOURCE.slice(0, 5)];
    source[3] = 'El ministro de Hacienda defendió con firmeza el aumento del gasto en sanidad.';
    // Target: ¶1 edited in other words than the correction (merged), ¶3 edited in the
    // same words (conflict), a paragraph inserted after ¶2, ¶5 deleted.
    const target = [
      TARGET[0]!,
      'The opposition voted against the bill and announced an appeal to the court.',
      TARGET[2]!,
      'A new paragraph the editor added.',
      'According to her figures, the deficit will fall two points in three years.',
      TARGET[4]!,
    ];
    writePair(source, target, pair.dir);
    const o = await openOk(pair, {now: () => new Date('2025-05-06T07:08:09Z')});
    const report = o.carryOver!;
    expect(report).not.toBeNull();
    expect(report.source).toEqual({changed: true, unchanged: 4, edited: 1, added: 1, removed: 1});
    expect(report.target).toEqual({changed: true, unchanged: 3, edited: 2, added: 1, removed: 1});
    // ¶1: both edits put together.
    expect(o.state.target.paragraphs[1]!.text).toBe('The opposition voted against the bill and announced a legal appeal.');
    expect(report.merged).toEqual([
      {
        paragraph: 1,
        corrected: 'The opposition voted against it and announced a legal appeal.',
        file: target[1],
        merged: 'The opposition voted against the bill and announced a legal appeal.',
      },
    ]);
    // ¶3 (now ¶4): the same words changed, reported with the user's text, the file's text kept.
    expect(o.state.target.paragraphs[4]!.text).toBe(target[4]);
    expect(report.lost).toContainEqual({kind: 'correction-conflict', paragraph: 3, now: 4, corrected: saved.target.paragraphs[3]!.text});
    // The merged bead (source ¶4-5, target ¶4-5) lost its last paragraphs on both sides
    // (deleted), so it keeps what is left, moved by the insertions.
    const merged = o.state.beads.find(b => b.status === 'edited');
    expect(merged).toEqual({source: [5], target: [5], confidence: 1, status: 'edited'});
    // The confirmed bead (source ¶0, target ¶0) moved by the inserted source paragraph.
    expect(o.state.beads.find(b => b.status === 'confirmed')).toMatchObject({source: [1], target: [0]});
    expect(report.beadsKept).toBe(2);
    expect(beadsProblem(o.state.beads, 6, 6)).toBeNull();
    // The dismissal still applies: "minister" is still in the target.
    expect(o.state.resolutions['term:minister']).toEqual({state: 'dismissed', reason: 'house style'});
    expect(report.lost.filter(l => l.kind === 'dismissal-unmatched')).toEqual([]);
    // The old file is kept, untouched; the new one holds the carried work.
    const orphaned = `${sessionPath}.orphaned-2025-05-06T07-08-09Z`;
    expect(fs.readFileSync(orphaned, 'utf8')).toBe(oldText);
    expect(o.notices).toContainEqual({code: 'store.notice.carried-over', params: {path: path.basename(orphaned)}});
    const now = parseSessionFile(fs.readFileSync(sessionPath, 'utf8'), sessionPath);
    expect(now.ok && now.value.target.paragraphs).toEqual(target);
    expect(now.ok && now.value.corrections.map(c => c.paragraph)).toEqual([1]);
    // Opening again resumes the carried work without another carry-over.
    await closeAll();
    const again = await openOk(pair);
    expect(again.carryOver).toBeNull();
    expect(plainState(again.state)).toEqual(plainState(o.state));
  });

  test('a deleted paragraph with a correction, a user bead losing a side, a dismissal gone: all reported', async () => {
    const pair = writePair(SOURCE, TARGET);
    const first = await openOk(pair);
    let s = first.state;
    s = reduce(s, {type: 'edit-target', paragraph: 2, text: 'The finance minister stood by the rise in health spending.'});
    s = reduce(s, {type: 'confirm', bead: 5});
    s = reduce(s, {type: 'dismiss', key: 'term:minister'});
    first.store!.update(s);
    await closeAll();
    // Target ¶2 (the corrected one, the only one with "minister") and ¶5 deleted.
    writePair(SOURCE, [TARGET[0]!, TARGET[1]!, TARGET[3]!, TARGET[4]!], pair.dir);
    const o = await openOk(pair);
    const lost = o.carryOver!.lost;
    expect(lost).toContainEqual({kind: 'correction-deleted', paragraph: 2, corrected: 'The finance minister stood by the rise in health spending.'});
    expect(lost).toContainEqual({kind: 'bead-dropped', bead: 5, status: 'confirmed', source: [5], target: [5]});
    expect(lost.find(l => l.kind === 'dismissal-unmatched')).toMatchObject({key: 'term:minister', divergence: {params: {term: 'minister'}}});
    expect(lost).toHaveLength(3);
    // Kept anyway, in case the text comes back.
    expect(o.state.resolutions['term:minister']).toEqual({state: 'dismissed'});
    expect(beadsProblem(o.state.beads, 6, 4)).toBeNull();
  });

  test('a correction that the file now contains is not a correction any more', async () => {
    const pair = writePair(SOURCE, TARGET);
    const saved = await savedWork(pair);
    writePair(SOURCE, saved.target.paragraphs.map(p => p.text), pair.dir);
    const o = await openOk(pair);
    expect(o.carryOver!.correctionsInFile).toBe(2);
    expect(o.carryOver!.lost).toEqual([]);
    expect(o.state.target).toBe(o.state.original);
    // The user's beads and the cursor stay where they were.
    expect(o.state.beads.map(b => b.status)).toEqual(saved.beads.map(b => b.status));
    expect(o.state.cursor).toEqual(saved.cursor);
  });

  test('read-only: carried over in memory, nothing written or copied', async () => {
    const pair = writePair(SOURCE, TARGET);
    await savedWork(pair);
    const before = fs.readdirSync(pair.dir).sort();
    writePair(SOURCE, [...TARGET, 'One more paragraph at the end.'], pair.dir);
    const o = await openOk(pair, {readOnly: true});
    expect(o.carryOver).not.toBeNull();
    expect(o.store).toBeNull();
    expect(fs.readdirSync(pair.dir).sort()).toEqual(before);
  });
});

describe('session file versions', () => {
  const sessionPathOf = (pair: Pair) => `${pair.targetPath}.cotejo.json`;
  const versionOf = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as {version: number}).version;

  test('a version 1 file still opens with all its work, and the next save writes version 2', async () => {
    const pair = writePair(SOURCE, TARGET);
    const saved = await savedWork(pair);
    const sessionPath = sessionPathOf(pair);
    // A version 1 file is a version 2 file without sentence links, under its own number.
    const v1 = fs.readFileSync(sessionPath, 'utf8').replace('"version": 2,', '"version": 1,');
    expect(v1).not.toContain('"sentences"');
    expect(v1).toContain('"version": 1,');
    fs.writeFileSync(sessionPath, v1);
    const o = await openOk(pair);
    expect(o.resumed).toBe(true);
    expect(o.carryOver).toBeNull();
    expect(plainState(o.state)).toEqual(plainState(saved));
    expect(fs.readFileSync(sessionPath, 'utf8')).toBe(v1);
    o.store!.update(reduce(o.state, {type: 'confirm', bead: 1}));
    await closeAll();
    expect(versionOf(sessionPath)).toBe(2);
    expect(versionOf(`${sessionPath}.bak`)).toBe(1);
    const again = await openOk(pair);
    expect(again.state.beads[1]!.status).toBe('confirmed');
    expect(plainState({...again.state, beads: saved.beads})).toEqual(plainState(saved));
  });

  test('a version 1 file with sentence links is refused: they came with version 2', async () => {
    const pair = writePair(SOURCE, TARGET);
    await savedWork(pair);
    const sessionPath = sessionPathOf(pair);
    const json = JSON.parse(fs.readFileSync(sessionPath, 'utf8')) as {version: number; alignment: Record<string, unknown>[]};
    json.version = 1;
    json.alignment[0]!['sentences'] = [{source: [0], target: [0], confidence: 1, status: 'edited'}];
    fs.writeFileSync(sessionPath, JSON.stringify(json));
    const r = await open(pair);
    expect(!r.ok && r.error.code).toBe('store.error.session-unknown-key');
    expect(!r.ok && r.error.params['where']).toBe('alignment[0]');
  });

  test('a version 2 file with corrected sentence links round-trips, and they stay what the pair uses', async () => {
    const pair = writePair(SOURCE, TARGET);
    const first = await openOk(pair);
    // A pair of two paragraphs a side holds two sentences a side, linked 1-1 by the aligner.
    let s = reduce(first.state, {type: 'merge-next', bead: 4});
    expect(sentenceLinksOf(s, 4).map(l => `${l.source.join(',')}|${l.target.join(',')}`)).toEqual(['0|0', '1|1']);
    s = reduce(s, {type: 'merge-sentences', bead: 4, link: 0});
    first.store!.update(s);
    await closeAll();
    const text = fs.readFileSync(sessionPathOf(pair), 'utf8');
    expect(versionOf(sessionPathOf(pair))).toBe(2);
    expect(text).toContain(['      "sentences": [', '        {', '          "source": [0, 1],', '          "target": [0, 1],'].join('\n'));
    const again = await openOk(pair);
    expect(plainState(again.state)).toEqual(plainState(s));
    expect(again.state.beads[4]!.sentences).toEqual([{source: [0, 1], target: [0, 1], confidence: 1, status: 'edited'}]);
    expect(sentenceLinksOf(again.state, 4)).toHaveLength(1);
  });

  test('stored sentence links that no longer fit the sentences are dropped on opening; numbering with a gap is refused', async () => {
    const pair = writePair(SOURCE, TARGET);
    const first = await openOk(pair);
    first.store!.update(reduce(reduce(first.state, {type: 'merge-next', bead: 4}), {type: 'merge-sentences', bead: 4, link: 0}));
    await closeAll();
    const sessionPath = sessionPathOf(pair);
    const json = JSON.parse(fs.readFileSync(sessionPath, 'utf8')) as {alignment: {sentences?: unknown}[]};
    // Three sentences a side, numbered well, where the paragraphs hold two: as another sentence splitter would see them.
    json.alignment[4]!.sentences = [{source: [0, 1, 2], target: [0, 1, 2], confidence: 1, status: 'edited'}];
    fs.writeFileSync(sessionPath, JSON.stringify(json));
    const o = await openOk(pair);
    expect(o.state.beads[4]!.sentences).toBeUndefined();
    await closeAll();
    json.alignment[4]!.sentences = [{source: [0], target: [0], confidence: 1, status: 'edited'}, {source: [2], target: [1], confidence: 1, status: 'edited'}];
    fs.writeFileSync(sessionPath, JSON.stringify(json));
    const r = await open(pair);
    expect(!r.ok && r.error.code).toBe('store.error.session-alignment');
    expect(!r.ok && r.error.params).toMatchObject({where: 'alignment[4].sentences[1].source', problem: 'out-of-range'});
  });

  test('when the documents change on disk, sentence links stay with beads whose texts are the same and go with the others', async () => {
    const pair = writePair(SOURCE, TARGET);
    const first = await openOk(pair);
    let s = reduce(first.state, {type: 'merge-next', bead: 0});
    s = reduce(s, {type: 'merge-sentences', bead: 0, link: 0});
    s = reduce(s, {type: 'merge-next', bead: 3});
    s = reduce(s, {type: 'merge-sentences', bead: 3, link: 0});
    first.store!.update(s);
    await closeAll();
    // The target's first paragraph is reworded; the pair of paragraphs 5 and 6 is untouched.
    const changed = [...TARGET];
    changed[0] = 'Yesterday the government approved the budget for next year.';
    writePair(SOURCE, changed, pair.dir);
    const o = await openOk(pair);
    expect(o.carryOver).not.toBeNull();
    const keptBead = o.state.beads.findIndex(b => b.source.join() === '4,5');
    expect(o.state.beads[keptBead]!.sentences).toEqual([{source: [0, 1], target: [0, 1], confidence: 1, status: 'edited'}]);
    const reworded = o.state.beads.find(b => b.target.includes(0))!;
    expect(reworded.sentences).toBeUndefined();
    // Not silently: the report lists the links that could not be carried over.
    expect(o.carryOver!.lost).toEqual([{kind: 'sentence-links-dropped', bead: 0, source: [0, 1], target: [0, 1]}]);
  });
});
