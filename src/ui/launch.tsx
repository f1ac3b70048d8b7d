/**
 * The review on the real terminal: the alternate screen, Ink's render of the
 * application, and one way out for every ending (quit, Ctrl-C, a crash, a signal).
 * Loaded by runOpen only after it has put React in production mode.
 */
import {render} from 'ink';
import type {i18n} from 'i18next';
import type {SessionState} from '../core/session.js';
import type {Alignment} from '../core/types.js';
import {ReviewApp} from './app.js';
import type {CheckBead} from './state/divergence-index.js';
import type {Opening} from './state/review.js';
import type {Exporter, SaveTarget} from './state/use-review.js';
import {enterFullScreen} from './terminal.js';
import {uiTranslate} from './translate.js';

/**
 * How Ink renders the review: Ctrl-C is a key the screen handles (it saves first),
 * console output is left alone, and a frame may follow a key press within 16 ms.
 * Whole frames are written: Ink's incremental mode left stale rows on the screen.
 */
export const RENDER_OPTIONS = {exitOnCtrlC: false, patchConsole: false, maxFps: 60} as const;

/** The exit code after an unexpected error (EX_SOFTWARE). */
export const CRASHED = 70;

/** What the review on the terminal is given. */
export interface LaunchOptions {
  /** The working state to start from. */
  readonly state: SessionState;
  /** Loads the checks, once the first frame is on screen; resolves with a bead's checker. */
  readonly loadChecks: () => Promise<CheckBead>;
  /** The alignment being made for a new long pair, which `state` pairs by position until then. */
  readonly aligning?: Promise<Alignment> | null | undefined;
  /** Where the work is saved; null when read-only. */
  readonly store: SaveTarget | null;
  /** The interface's words. */
  readonly i18n: i18n;
  /** Whether colours may be used. */
  readonly colours: boolean;
  /** What opening the session has to tell the user, in words. */
  readonly opening?: Opening | undefined;
  /** Releases the session's lock (safe to call twice). */
  readonly release?: (() => void) | undefined;
  /** Writes exports from the export dialog. */
  readonly exporter?: Exporter | undefined;
  /**
   * Go to the first pair with an open divergence when the review starts on a pair
   * with none (a new session, or one left at its start), as soon as the checks find it.
   */
  readonly openAtFirstDivergence?: boolean | undefined;
}

/** Runs the review on process.stdin/stdout and resolves with the exit code. */
export function launchReview(options: LaunchOptions): Promise<number> {
  const t = uiTranslate(options.i18n);
  const {store} = options;
  return new Promise<number>(resolve => {
    let finished = false;
    // Filled in after render() returns; a crash during the first render finds it empty.
    const app: {instance?: ReturnType<typeof render>} = {};
    const finish = (code: number, line?: string): void => {
      if (finished) return;
      finished = true;
      app.instance?.unmount();
      screen.restore();
      store?.releaseLock();
      options.release?.();
      if (line) process.stderr.write(line + '\n');
      resolve(code);
    };
    const crash = (error: unknown): void => {
      const message = error instanceof Error ? error.message : String(error);
      if (process.env['COTEJO_DEBUG']) console.error(error);
      finish(CRASHED, t('ui:crash', {message}));
    };
    const screen = enterFullScreen(process.stdin, process.stdout, crash);
    app.instance = render(
      <ReviewApp
        state={options.state}
        loadChecks={options.loadChecks}
        aligning={options.aligning}
        store={store}
        i18n={options.i18n}
        colours={options.colours}
        opening={options.opening}
        exporter={options.exporter}
        openAtFirstDivergence={options.openAtFirstDivergence}
        onExit={() => finish(0)}
        onCrash={crash}
      />,
      RENDER_OPTIONS,
    );
  });
}
