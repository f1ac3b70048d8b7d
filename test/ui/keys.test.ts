import {describe, expect, test} from 'vitest';
import {createI18n} from '../../src/i18n.js';
import {helpSections, keyTableMarkdown} from '../../src/ui/keys/describe.js';
import {applyKeys, meaningOf} from '../../src/ui/keys/intents.js';
import {COMMANDS, KEY_TABLE, SCOPES, commandFor, means, type Binding} from '../../src/ui/keys/key-table.js';
import {InputReader, PASTE_END, PASTE_START, parseKeys} from '../../src/ui/keys/parse-key.js';
import {uiTranslate} from '../../src/ui/translate.js';

const t = uiTranslate(createI18n('en'));

describe('terminal input to key presses', () => {
  test.each([
    ['j', {name: 'j', ctrl: false, meta: false, shift: false, text: 'j'}],
    ['G', {name: 'G', ctrl: false, meta: false, shift: false, text: 'G'}],
    ['\r', {name: 'return', ctrl: false, meta: false, shift: false, text: ''}],
    ['\u007f', {name: 'backspace', ctrl: false, meta: false, shift: false, text: ''}],
    ['\u001b[3~', {name: 'delete', ctrl: false, meta: false, shift: false, text: ''}],
    ['\u001b', {name: 'escape', ctrl: false, meta: false, shift: false, text: ''}],
    ['\u001b[A', {name: 'up', ctrl: false, meta: false, shift: false, text: ''}],
    ['\u001bOB', {name: 'down', ctrl: false, meta: false, shift: false, text: ''}],
    ['\u001b[1;5D', {name: 'left', ctrl: true, meta: false, shift: false, text: ''}],
    ['\u001b[1;3C', {name: 'right', ctrl: false, meta: true, shift: false, text: ''}],
    ['\u001bb', {name: 'b', ctrl: false, meta: true, shift: false, text: ''}],
    ['\u001b[Z', {name: 'tab', ctrl: false, meta: false, shift: true, text: ''}],
    ['\u001b[H', {name: 'home', ctrl: false, meta: false, shift: false, text: ''}],
    ['\u001b[4~', {name: 'end', ctrl: false, meta: false, shift: false, text: ''}],
    ['\u001b[6~', {name: 'pagedown', ctrl: false, meta: false, shift: false, text: ''}],
    ['\u0012', {name: 'r', ctrl: true, meta: false, shift: false, text: ''}],
    ['\u0003', {name: 'c', ctrl: true, meta: false, shift: false, text: ''}],
  ])('%j', (raw, expected) => {
    expect(parseKeys(raw)).toEqual([expected]);
  });

  test('a run of characters typed fast is one press each', () => {
    expect(parseKeys('jj\r').map(k => k.name)).toEqual(['j', 'j', 'return']);
  });
});

describe('the key table', () => {
  test('no two commands of a scope share a key', () => {
    for (const scope of SCOPES) {
      const seen = new Map<string, string>();
      for (const c of COMMANDS.filter(c => KEY_TABLE[c].scope === scope)) {
        for (const b of KEY_TABLE[c].keys as readonly Binding[]) {
          const id = JSON.stringify([b.key, !!b.ctrl, !!b.meta, !!b.shift]);
          expect(seen.get(id), `${scope}: ${id} bound to ${seen.get(id)} and ${c}`).toBeUndefined();
          seen.set(id, c);
        }
      }
    }
  });

  test('keys are asked for by meaning', () => {
    const [n] = parseKeys('n');
    const [shiftTab] = parseKeys('\u001b[Z');
    expect(means('next-divergence', n!)).toBe(true);
    expect(means('prev-divergence', n!)).toBe(false);
    expect(commandFor(shiftTab!, 'review')).toBe('prev-in-pair');
    expect(commandFor(n!, 'confirm')).toBe('confirm-no');
  });

  test('the help screen lists every command with its keys and words', () => {
    const rows = helpSections(t).flatMap(s => s.rows);
    expect(rows.map(r => r.command).sort()).toEqual([...COMMANDS].sort());
    const redo = rows.find(r => r.command === 'redo');
    expect(redo).toEqual({command: 'redo', keys: 'Ctrl-R, U', description: 'Redo'});
    const prev = rows.find(r => r.command === 'prev-in-pair');
    expect(prev?.keys).toBe('Shift-Tab, ←');
  });

  test('the help speaks Spanish with Spanish key names', () => {
    const es = uiTranslate(createI18n('es'));
    const rows = helpSections(es).flatMap(s => s.rows);
    expect(rows.find(r => r.command === 'page-down')).toEqual({command: 'page-down', keys: 'AvPág, Ctrl-D', description: 'Diez pares más abajo'});
  });

  test('the README table is Markdown generated from the same table', () => {
    const md = keyTableMarkdown(t);
    expect(md).toContain('### Reviewing\n\n| Keys | Action |\n| --- | --- |\n| `j`, `↓` | Next pair |');
    expect(md).toContain('| `Ctrl-R`, `U` | Redo |');
    expect(md.match(/^\| `/gm)).toHaveLength(COMMANDS.length);
  });
});

describe('keys in modes', () => {
  test('the same key means different things in the document and in the editor', () => {
    const [j] = parseKeys('j');
    expect(meaningOf(j!, {kind: 'browse'})).toEqual({kind: 'intent', intent: {type: 'move-by', delta: 1}});
    expect(meaningOf(j!, {kind: 'edit', paragraph: 0, editor: {text: '', cursor: 0}})).toEqual({
      kind: 'intent',
      intent: {type: 'editor', action: {type: 'insert', text: 'j'}},
    });
  });

  test('q asks to quit, Ctrl-C in the editor asks about the edit, elsewhere leaves at once', () => {
    const [q] = parseKeys('q');
    const [ctrlC] = parseKeys('\u0003');
    expect(meaningOf(q!, {kind: 'browse'})).toEqual({kind: 'quit'});
    expect(meaningOf(ctrlC!, {kind: 'edit', paragraph: 0, editor: {text: '', cursor: 0}})).toEqual({kind: 'intent', intent: {type: 'interrupt-edit'}});
    expect(meaningOf(ctrlC!, {kind: 'help', scroll: 0})).toEqual({kind: 'quit-now'});
    expect(typeof applyKeys).toBe('function');
  });
});

describe('pasted text', () => {
  test('everything between the paste marks is one press, even Enter and escape sequences, across chunks', () => {
    const reader = new InputReader();
    expect(reader.read('j')).toEqual(parseKeys('j'));
    expect(reader.read(PASTE_START)).toEqual([]);
    expect(reader.pasting).toBe(true);
    expect(reader.read('Moscow\rq')).toEqual([]);
    expect(reader.read('\u001b[A')).toEqual([]);
    const end = reader.read(PASTE_END);
    expect(end).toEqual([{name: 'paste', ctrl: false, meta: false, shift: false, text: 'Moscow\rq\u001b[A'}]);
    expect(reader.pasting).toBe(false);
    expect(reader.read(`k${PASTE_START}ab${PASTE_END}n`).map(k => k.name)).toEqual(['k', 'paste', 'n']);
  });

  test('a paste types into the editor as one line, and outside an editor does nothing but say so', () => {
    const [paste] = new InputReader().read(`${PASTE_START}one\r\n two\n\nqmx\n${PASTE_END}`);
    expect(meaningOf(paste!, {kind: 'edit', paragraph: 0, editor: {text: '', cursor: 0}})).toEqual({
      kind: 'intent',
      intent: {type: 'editor', action: {type: 'insert', text: 'one two qmx '}},
    });
    expect(meaningOf(paste!, {kind: 'browse'})).toEqual({kind: 'intent', intent: {type: 'paste-ignored'}});
    expect(meaningOf(paste!, {kind: 'confirm-quit', question: 'unsaved'})).toEqual({kind: 'intent', intent: {type: 'paste-ignored'}});
  });
});
