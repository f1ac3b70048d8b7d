/**
 * Renders the review application with ink-testing-library on real documents, real
 * checks and, when asked, a real session store in a temporary folder; waits for what
 * the user would see instead of sleeping.
 */
import './force-colour.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import type {i18n} from 'i18next';
import {alignParagraphs} from '../../../src/core/align.js';
import type {CheckContext} from '../../../src/core/checks/context.js';
import {documentFromText} from '../../../src/core/document.js';
import {beadDivergences, initialState, type SessionState} from '../../../src/core/session.js';
import type {Alignment, Document} from '../../../src/core/types.js';
import {loadCheckContext} from '../../../src/check-context.js';
import {createI18n, type UiLanguage} from '../../../src/i18n.js';
import {openSession, type OpenedSession} from '../../../src/store/open-session.js';
import {parseSessionFile, stateOfSessionFile} from '../../../src/store/session-file.js';
import {ReviewApp} from '../../../src/ui/app.js';
import type {Opening} from '../../../src/ui/state/review.js';
import type {Exporter, SaveTarget} from '../../../src/ui/state/use-review.js';

/** The repository's root. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Key sequences as a terminal sends them. */
export const KEY = {
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  ctrlRight: '\u001b[1;5C',
  ctrlLeft: '\u001b[1;5D',
  home: '\u001b[H',
  end: '\u001b[F',
  pageDown: '\u001b[6~',
  tab: '\t',
  shiftTab: '\u001b[Z',
  enter: '\r',
  escape: '\u001b',
  backspace: '\u007f',
  delete: '\u001b[3~',
  ctrlR: '\u0012',
  ctrlC: '\u0003',
} as const;

/** SGR sequences as chalk writes them. */
export const SGR = {
  escape: '\u001b',
  inverse: '\u001b[7m',
  inverseOff: '\u001b[27m',
  underline: '\u001b[4m',
  underlineOff: '\u001b[24m',
  strike: '\u001b[9m',
  strikeOff: '\u001b[29m',
  fgOff: '\u001b[39m',
  magenta: '\u001b[35m',
  red: '\u001b[31m',
  green: '\u001b[32m',
} as const;

/** Text without its escape sequences, for assertions about words and places. */
export function plain(frame: string): string {
  return stripVTControlCharacters(frame);
}

/** Loaded documents with their check context. */
export interface Pair {
  readonly source: Document;
  readonly target: Document;
  readonly ctx: CheckContext;
  readonly state: SessionState;
}

function load(file: string, lang: string): Document {
  const doc = documentFromText(fs.readFileSync(file, 'utf8'), {path: file, lang});
  if (!doc.ok) throw new Error(`${file}: ${doc.error.code}`);
  return doc.value;
}

/** The sample article pair from fixtures/, aligned, with the real check context. */
export async function samplePair(): Promise<Pair> {
  return pairOf(load(path.join(ROOT, 'fixtures/article.es.txt'), 'es'), load(path.join(ROOT, 'fixtures/article.en.txt'), 'en'));
}

/** A pair from paragraph texts (aligned by the real aligner, checked by the real checks). */
export async function pairOf(source: Document, target: Document): Promise<Pair> {
  return {source, target, ctx: await contextFor(source.lang, target.lang), state: initialState(source, target, alignParagraphs(source, target))};
}

// Loading dictionaries takes seconds; one context per language pair serves a test file.
const contexts = new Map<string, Promise<CheckContext>>();

/** The real check context of a language pair, loaded once per test file. */
export function contextFor(sourceLang: string, targetLang: string): Promise<CheckContext> {
  const key = `${sourceLang}>${targetLang}`;
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = loadCheckContext(sourceLang, targetLang, {}).then(r => {
      if (!r.ok) throw new Error(r.error.code);
      return r.value;
    });
    contexts.set(key, ctx);
  }
  return ctx;
}

/** A pair made from texts, one paragraph per line. */
export async function pairFromTexts(source: string, target: string, langs: [string, string] = ['es', 'en']): Promise<Pair> {
  const s = documentFromText(source, {path: 'source.txt', lang: langs[0]});
  const t = documentFromText(target, {path: 'target.txt', lang: langs[1]});
  if (!s.ok || !t.ok) throw new Error('bad test text');
  return pairOf(s.value, t.value);
}

/** A rendered application and ways to drive it. */
export interface Harness {
  /** The last frame, with its escape sequences. */
  frame(): string;
  /** Sends keys one at a time, each as its own chunk of input. */
  press(...keys: string[]): void;
  /** Types text as one chunk, as a fast typist or a paste does. */
  type(text: string): void;
  /** Waits until the last frame satisfies `test`, and returns it. */
  waitFor(test: (frame: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  /** Waits until the plain text of the frame contains `text`. */
  waitForText(text: string, timeoutMs?: number): Promise<string>;
  /** Resolves when the application asked to exit. */
  readonly exited: Promise<void>;
  /** The i18next instance it speaks with. */
  readonly i18n: i18n;
  /** Makes the (fake) terminal `columns` wide and tells the application, as a resize does. */
  resize(columns: number): void;
  /** Unmounts it. */
  unmount(): void;
}

/** What to render. */
export interface RenderOptions {
  readonly columns?: number;
  readonly rows?: number;
  readonly lang?: UiLanguage;
  readonly store?: SaveTarget | null;
  readonly colours?: boolean;
  /** Leave the size to the (fake) terminal, to test resizing. */
  readonly terminalSize?: boolean;
  readonly onCrash?: (error: Error) => void;
  /** What opening the session has to tell, made from the harness's i18n instance. */
  readonly opening?: (i18n: i18n) => Opening;
  /** An export writer, made from the harness's i18n instance. */
  readonly exporter?: (i18n: i18n) => Exporter;
  /** Start on the first pair with an open divergence, as the command does. */
  readonly openAtFirstDivergence?: boolean;
  /** Load the checks only once this settles, as the program loads them after its first frame. */
  readonly checksAfter?: Promise<unknown>;
  /** The alignment being made while the pair shows by position (`pair.state`), as for a long new pair. */
  readonly aligning?: Promise<Alignment>;
}

/** Polls `read` until `test` holds, then returns its value. */
export async function waitUntil<T>(read: () => T, test: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (test(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value:\n${typeof value === 'string' ? plain(value) : String(value)}`);
    await new Promise(resolve => setTimeout(resolve, 5));
  }
}

/** Renders the review application on a pair. */
export function renderReview(pair: Pair, options: RenderOptions = {}): Harness {
  const i18n = createI18n(options.lang ?? 'en');
  let exit: () => void = () => undefined;
  const exited = new Promise<void>(resolve => (exit = resolve));
  const app = render(
    <ReviewApp
      state={pair.state}
      checkBead={options.checksAfter ? undefined : (s, b) => beadDivergences(s, b, pair.ctx)}
      loadChecks={options.checksAfter ? () => options.checksAfter!.then(() => (s: SessionState, b: number) => beadDivergences(s, b, pair.ctx)) : undefined}
      aligning={options.aligning}
      store={options.store ?? null}
      i18n={i18n}
      colours={options.colours ?? true}
      size={options.terminalSize ? undefined : {columns: options.columns ?? 120, rows: options.rows ?? 40}}
      opening={options.opening?.(i18n)}
      exporter={options.exporter?.(i18n)}
      openAtFirstDivergence={options.openAtFirstDivergence}
      onExit={() => exit()}
      onCrash={
        options.onCrash ??
        (error => {
          throw error;
        })
      }
    />,
  );
  const frame = (): string => app.lastFrame() ?? '';
  const waitFor = (test: (f: string) => boolean, what: string, timeoutMs?: number): Promise<string> => waitUntil(frame, test, what, timeoutMs);
  return {
    frame,
    press: (...keys) => {
      for (const k of keys) app.stdin.write(k);
    },
    type: text => app.stdin.write(text),
    waitFor,
    waitForText: (text, timeoutMs) => waitFor(f => plain(f).includes(text), JSON.stringify(text), timeoutMs),
    exited,
    i18n,
    resize: columns => {
      Object.defineProperty(app.stdout, 'columns', {get: () => columns, configurable: true});
      app.stdout.emit('resize');
    },
    unmount: () => app.unmount(),
  };
}

const copies: string[] = [];

/** Removes the temporary folders made by sampleCopy (call from afterAll). */
export function removeSampleCopies(): void {
  for (const dir of copies.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
}

/** A temporary folder with copies of the sample files. */
export function sampleCopy(): {dir: string; source: string; target: string} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cotejo-ui-'));
  copies.push(dir);
  const source = path.join(dir, 'article.es.txt');
  const target = path.join(dir, 'article.en.txt');
  fs.copyFileSync(path.join(ROOT, 'fixtures/article.es.txt'), source);
  fs.copyFileSync(path.join(ROOT, 'fixtures/article.en.txt'), target);
  return {dir, source, target};
}

/** The index of the first bead whose target contains `text`. */
export function beadWithTarget(state: SessionState, text: string): number {
  const i = state.beads.findIndex(b => b.target.some(p => state.target.paragraphs[p]!.text.includes(text)));
  if (i < 0) throw new Error(`no bead has ${text}`);
  return i;
}

/**
 * The SGR attributes in force on each character of the first occurrence of `text` in
 * a frame, read by playing the frame's escape sequences as a terminal would: `4` for
 * underline, `7` reverse, `9` struck through, `35` magenta, … (resets remove them).
 */
export function attributesOf(frame: string, text: string): string[][] {
  const chars: {ch: string; attrs: string[]}[] = [];
  const active = new Map<string, string>();
  const OFF: Record<string, string[]> = {'22': ['1', '2'], '23': ['3'], '24': ['4'], '27': ['7'], '28': ['8'], '29': ['9']};
  // eslint-disable-next-line no-control-regex -- reading escape sequences is the point
  const re = /\u001b\[([\d;]*)m|([^\u001b])/gsu;
  for (const m of frame.matchAll(re)) {
    if (m[2] !== undefined) {
      if (m[2] === '\n') active.clear();
      chars.push({ch: m[2], attrs: [...active.values()].sort()});
      continue;
    }
    for (const code of (m[1] || '0').split(';')) {
      const n = Number(code);
      if (n === 0) active.clear();
      else if (OFF[code]) for (const c of OFF[code]!) active.delete(`a${c}`);
      else if (n === 39) active.delete('fg');
      else if (n === 49) active.delete('bg');
      else if ((n >= 30 && n <= 37) || (n >= 90 && n <= 97)) active.set('fg', code);
      else if ((n >= 40 && n <= 47) || (n >= 100 && n <= 107)) active.set('bg', code);
      else active.set(`a${code}`, code);
    }
  }
  const flat = chars.map(c => c.ch).join('');
  const at = flat.indexOf(text);
  if (at < 0) throw new Error(`${JSON.stringify(text)} is not on screen`);
  return chars.slice(at, at + [...text].length).map(c => c.attrs);
}

/** A session opened on a temporary copy of the sample, with a real store writing its file. */
export interface StoredSample extends Pair {
  readonly dir: string;
  readonly sessionPath: string;
  readonly store: NonNullable<OpenedSession['store']>;
  readonly release: () => void;
}

/** Opens the sample's session in a temporary folder, with quick writes. */
export async function storedSample(ctx?: CheckContext, inDir?: string): Promise<StoredSample & {readonly opened: OpenedSession}> {
  const {dir, source: sourcePath, target: targetPath} = inDir
    ? {dir: inDir, source: path.join(inDir, 'article.es.txt'), target: path.join(inDir, 'article.en.txt')}
    : sampleCopy();
  const source = load(sourcePath, 'es');
  const target = load(targetPath, 'en');
  const opened = await openSession({
    source,
    target,
    align: () => alignParagraphs(source, target),
    realign: (s, t) => alignParagraphs(s, t),
    timing: {debounceMs: 5, minIntervalMs: 5, firstRetryMs: 50, maxRetryMs: 200},
  });
  if (!opened.ok) throw new Error(opened.error.code);
  const {state, store, sessionPath, release} = opened.value;
  if (!store) throw new Error('no store');
  const context = ctx ?? (await contextFor(source.lang, target.lang));
  return {source, target, ctx: context, state, dir, sessionPath, store, release, opened: opened.value};
}

/** The working state a session file on disk holds, over the documents it was made from. */
export function savedState(sessionPath: string, source: Document, original: Document): SessionState {
  const file = parseSessionFile(fs.readFileSync(sessionPath, 'utf8'), sessionPath);
  if (!file.ok) throw new Error(file.error.code);
  return stateOfSessionFile(file.value, source, original);
}
