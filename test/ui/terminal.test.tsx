import {PassThrough} from 'node:stream';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {ENTER_ALTERNATE_SCREEN, enterFullScreen, LEAVE_ALTERNATE_SCREEN} from '../../src/ui/terminal.js';
import {renderReview, samplePair, waitUntil, type Harness} from './support/harness.js';

const open: Harness[] = [];
afterEach(() => {
  while (open.length) open.pop()!.unmount();
  vi.restoreAllMocks();
});

function fakeTerminal(): {stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream; written: () => string; raw: boolean[]} {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const raw: boolean[] = [];
  const stdin = Object.assign(new PassThrough(), {isTTY: true, setRawMode: (on: boolean) => raw.push(on)});
  return {stdin: stdin as unknown as NodeJS.ReadStream, stdout: out as unknown as NodeJS.WriteStream, written: () => text, raw};
}

describe('the terminal is given back on every way out', () => {
  test('entering switches to the alternate screen; restoring leaves it once, in cooked mode', async () => {
    const term = fakeTerminal();
    const exitHooks = process.listenerCount('exit');
    const screen = enterFullScreen(term.stdin, term.stdout, () => undefined);
    expect(process.listenerCount('exit')).toBe(exitHooks + 1);
    expect(process.listenerCount('uncaughtException')).toBeGreaterThan(0);
    screen.restore();
    screen.restore();
    await waitUntil(term.written, t => t.includes(LEAVE_ALTERNATE_SCREEN), 'the screen restored');
    expect(term.written()).toBe(ENTER_ALTERNATE_SCREEN + LEAVE_ALTERNATE_SCREEN);
    expect(term.raw).toEqual([false]);
    // Restored once, the process's exit no longer has to do it.
    expect(process.listenerCount('exit')).toBe(exitHooks);
  });

  test('a crash while rendering reaches the error boundary, which hands the error over instead of leaving a broken screen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const pair = await samplePair();
    const crashes: Error[] = [];
    const broken = {...pair, ctx: {...pair.ctx}};
    // A check that throws is a bug; the boundary must catch it.
    Object.defineProperty(broken.ctx, 'lexicon', {
      get() {
        throw new Error('broken lexicon');
      },
    });
    const h = renderReview(broken, {onCrash: error => crashes.push(error)});
    open.push(h);
    await waitUntil(() => crashes.length, n => n > 0, 'the crash reported');
    expect(crashes[0]!.message).toBe('broken lexicon');
    expect(h.frame()).toBe('');
  });
});
