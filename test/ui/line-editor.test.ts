import {describe, expect, test} from 'vitest';
import {editorOf, reduceEditor, type EditorAction, type EditorState} from '../../src/ui/state/line-editor.js';

function run(state: EditorState, ...actions: EditorAction['type'][]): EditorState {
  return actions.reduce((s, type) => reduceEditor(s, {type} as EditorAction), state);
}

describe('the inline editor', () => {
  test('inserts at the cursor and moves past the insertion', () => {
    const s = reduceEditor(editorOf('Hello world', 5), {type: 'insert', text: ','});
    expect(s).toEqual({text: 'Hello, world', cursor: 6});
  });

  test('word jumps stop at word starts and ends', () => {
    const s = editorOf('one two  three', 14);
    expect(run(s, 'word-left').cursor).toBe(9);
    expect(run(s, 'word-left', 'word-left').cursor).toBe(4);
    expect(run(editorOf('one two  three', 0), 'word-right').cursor).toBe(3);
    expect(run(editorOf('one two  three', 3), 'word-right').cursor).toBe(7);
  });

  test('home, end, backspace and delete', () => {
    const s = editorOf('abc', 1);
    expect(run(s, 'end')).toEqual({text: 'abc', cursor: 3});
    expect(run(s, 'home')).toEqual({text: 'abc', cursor: 0});
    expect(run(s, 'backspace')).toEqual({text: 'bc', cursor: 0});
    expect(run(s, 'delete')).toEqual({text: 'ac', cursor: 1});
    expect(run(editorOf('abc', 0), 'backspace')).toEqual({text: 'abc', cursor: 0});
  });

  test('moves over a letter with a combining mark and an emoji in one step', () => {
    const text = 'e\u0301👍🏽x';
    const s = editorOf(text, 0);
    expect(run(s, 'right').cursor).toBe(2);
    expect(run(s, 'right', 'right').cursor).toBe(2 + '👍🏽'.length);
    expect(run(editorOf(text), 'backspace', 'backspace')).toEqual({text: 'e\u0301', cursor: 2});
  });

  test('deletes the word before the cursor', () => {
    expect(run(editorOf('Vladimir Poutinevisit China', 21), 'delete-word')).toEqual({text: 'Vladimir  China', cursor: 9});
  });

  test('typed line breaks become spaces and control characters are dropped', () => {
    expect(reduceEditor(editorOf(''), {type: 'insert', text: 'a\nb\u001b[2Jc'})).toEqual({text: 'a b[2Jc', cursor: 7});
  });
});
