/**
 * Raw terminal input to key presses. Ink's own parser cannot tell Backspace from
 * Delete and folds Alt into Escape, which a text editor needs apart; this one reads
 * the sequences xterm, VTE, tmux and the Linux console send.
 */

/** Names of the keys that are not printable characters. */
export type SpecialKey =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'pageup'
  | 'pagedown'
  | 'insert'
  | 'delete'
  | 'backspace'
  | 'return'
  | 'escape'
  | 'tab'
  | 'space';

/** One key press, after modifiers are decoded. */
export interface KeyPress {
  /**
   * A special key's name, or the printable character itself (case kept: `G` is
   * Shift-g). For Ctrl with a letter, the lowercase letter with `ctrl` set.
   */
  readonly name: string;
  /** Ctrl was held. */
  readonly ctrl: boolean;
  /** Alt (Meta, Option) was held. */
  readonly meta: boolean;
  /** Shift was held with a special key (printable characters carry their case instead). */
  readonly shift: boolean;
  /** The text the key types, empty for keys that type nothing. */
  readonly text: string;
}

const ESC = '\u001b';

function press(name: string, mods: Partial<Pick<KeyPress, 'ctrl' | 'meta' | 'shift'>> = {}, text = ''): KeyPress {
  return {name, ctrl: mods.ctrl ?? false, meta: mods.meta ?? false, shift: mods.shift ?? false, text};
}

const CSI_LETTER: Readonly<Record<string, SpecialKey>> = {A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end'};
const CSI_TILDE: Readonly<Record<string, SpecialKey>> = {
  '1': 'home',
  '2': 'insert',
  '3': 'delete',
  '4': 'end',
  '5': 'pageup',
  '6': 'pagedown',
  '7': 'home',
  '8': 'end',
};

// xterm's modifier parameter is 1 + a bit set: 1 Shift, 2 Alt, 4 Ctrl, 8 Meta.
function modifiers(param: string | undefined): Pick<KeyPress, 'ctrl' | 'meta' | 'shift'> {
  const bits = param ? Number.parseInt(param, 10) - 1 : 0;
  if (!Number.isFinite(bits) || bits < 0) return {ctrl: false, meta: false, shift: false};
  return {shift: (bits & 1) !== 0, meta: (bits & 2) !== 0 || (bits & 8) !== 0, ctrl: (bits & 4) !== 0};
}

function controlKey(c: string, meta: boolean): KeyPress | undefined {
  const code = c.charCodeAt(0);
  if (c === '\r' || c === '\n') return press('return', {meta});
  if (c === '\t') return press('tab', {meta});
  if (c === '\u007f' || c === '\b') return press('backspace', {meta});
  if (c === ESC) return press('escape', {meta});
  if (code >= 1 && code <= 26) return press(String.fromCharCode(code + 96), {ctrl: true, meta});
  if (code < 0x20) return press('unknown', {ctrl: true, meta});
  return undefined;
}

function escapeSequence(seq: string): KeyPress {
  // ESC ESC [ … : some terminals send Alt with a function key this way.
  if (seq.startsWith(ESC + ESC) && seq.length > 2) {
    const inner = escapeSequence(seq.slice(1));
    return {...inner, meta: true};
  }
  const body = seq.slice(1);
  if (body === '') return press('escape');
  if (body === '[Z') return press('tab', {shift: true});
  let m = /^\[(?:(\d+)(?:;(\d+))?)?([A-DHF])$/.exec(body);
  if (m) return press(CSI_LETTER[m[3]!]!, modifiers(m[2]));
  m = /^O([A-DHF])$/.exec(body);
  if (m) return press(CSI_LETTER[m[1]!]!);
  m = /^\[(\d+)(?:;(\d+))?~$/.exec(body);
  if (m) {
    const name = CSI_TILDE[m[1]!];
    return name ? press(name, modifiers(m[2])) : press('unknown');
  }
  if (body.startsWith('[') || body.startsWith('O')) return press('unknown');
  // ESC followed by one character: Alt with that key.
  const ctrl = controlKey(body, true);
  if (ctrl) return ctrl;
  if ([...body].length === 1) return press(body, {meta: true});
  return press('unknown');
}

/** The terminal's marks around pasted text once bracketed paste is on (xterm's mode 2004). */
export const PASTE_START = '\u001b[200~';
/** The mark after pasted text. */
export const PASTE_END = '\u001b[201~';

/** The name of the press that carries a whole paste in its `text`. */
export const PASTE = 'paste';

/**
 * Terminal input, chunk by chunk, to key presses, with a paste kept whole: everything
 * between the paste marks (which may come in several chunks, and may hold Enter or
 * escape sequences) becomes one press named `paste`, so that pasted text can never be
 * read as commands.
 */
export class InputReader {
  private pasted: string | null = null;

  /** The presses of one chunk of input as Ink hands it over (a sequence alone, or a run of characters). */
  read(input: string): KeyPress[] {
    const out: KeyPress[] = [];
    let rest = input;
    while (rest !== '') {
      if (this.pasted !== null) {
        const end = rest.indexOf(PASTE_END);
        if (end < 0) {
          this.pasted += rest;
          return out;
        }
        out.push(press(PASTE, {}, this.pasted + rest.slice(0, end)));
        this.pasted = null;
        rest = rest.slice(end + PASTE_END.length);
        continue;
      }
      const start = rest.indexOf(PASTE_START);
      if (start < 0) {
        out.push(...parseKeys(rest));
        return out;
      }
      if (start > 0) out.push(...parseKeys(rest.slice(0, start)));
      this.pasted = '';
      rest = rest.slice(start + PASTE_START.length);
    }
    return out;
  }

  /** Whether a paste has begun and not ended yet. */
  get pasting(): boolean {
    return this.pasted !== null;
  }
}

/**
 * The key presses in one chunk of terminal input. Ink hands over an escape sequence
 * on its own, and a run of plain characters (typed fast, or pasted) as one string: that
 * run becomes one press per character, so that `jjj` moves three times.
 */
export function parseKeys(input: string): KeyPress[] {
  if (input.startsWith(ESC)) return [escapeSequence(input)];
  const out: KeyPress[] = [];
  for (const c of input) {
    const control = controlKey(c, false);
    if (control) {
      out.push(control);
      continue;
    }
    out.push(c === ' ' ? press('space', {}, ' ') : press(c, {}, c));
  }
  return out;
}
