/**
 * `cotejo SOURCE TARGET` on a terminal: the full-screen review. The command line has
 * opened the workspace; this renders the application on the alternate screen and
 * resolves with the exit code once the user has left and the work is saved.
 */
import {render} from 'ink';
import {beadDivergences, type SessionState} from '../core/session.js';
import {createI18n, type UiLanguage} from '../i18n.js';
import {ReviewApp} from '../ui/app.js';
import type {SaveTarget} from '../ui/state/use-review.js';
import {enterFullScreen} from '../ui/terminal.js';
import {uiTranslate} from '../ui/translate.js';
import type {Workspace} from '../workspace.js';

/** What runOpen needs besides the workspace. */
export interface RunOpenOptions {
  /** The interface language. */
  readonly uiLang: UiLanguage;
}

/** The exit code after an unexpected error (EX_SOFTWARE). */
const CRASHED = 70;

/** Whether colours are allowed: NO_COLOR (any non-empty value) turns them off, see no-color.org. */
export function coloursAllowed(env: Readonly<Record<string, string | undefined>>): boolean {
  return !env['NO_COLOR'];
}

/** Runs the review on the terminal and resolves with the exit code. */
export async function runOpen(workspace: Workspace & {readonly store?: SaveTarget | null}, options: RunOpenOptions): Promise<number> {
  const i18n = createI18n(options.uiLang);
  const t = uiTranslate(i18n);
  const {ctx} = workspace;
  const checkBead = (state: SessionState, bead: number) => beadDivergences(state, bead, ctx);
  const store = workspace.store ?? null;
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
        state={workspace.state}
        checkBead={checkBead}
        store={store}
        i18n={i18n}
        colours={coloursAllowed(process.env)}
        onExit={() => finish(0)}
        onCrash={crash}
      />,
      {exitOnCtrlC: false, patchConsole: false, maxFps: 60},
    );
  });
}
