/**
 * `cotejo SOURCE TARGET` on a terminal: the full-screen review. The command line has
 * opened the workspace; this renders the application on the alternate screen and
 * resolves with the exit code once the user has left and the work is saved.
 */
import {isHint} from '../core/checks/confidence.js';
import {beadDivergences, type SessionState} from '../core/session.js';
import {guardExits} from '../exit-guard.js';
import {createI18n, type UiLanguage} from '../i18n.js';
import {carryOverLines, storeMessage, storeTranslate} from '../store/messages.js';
import {backupPathFor, lockPathFor} from '../store/paths.js';
import {fileExporter} from '../ui/exporter.js';
import type {Opening} from '../ui/state/review.js';
import {divergenceMessage, uiTranslate} from '../ui/translate.js';
import type {OpenedPair, Workspace} from '../workspace.js';

/** What runOpen needs besides the workspace. */
export interface RunOpenOptions {
  /** The interface language. */
  readonly uiLang: UiLanguage;
  /** Divergences under this confidence are hints, which the reviewer leaves out. */
  readonly minConfidence?: number;
}

/** Whether colours are allowed: NO_COLOR (any non-empty value) turns them off, see no-color.org. */
export function coloursAllowed(env: Readonly<Record<string, string | undefined>>): boolean {
  return !env['NO_COLOR'];
}

let screen: Promise<typeof import('../ui/launch.js')> | undefined;

/**
 * Starts loading the screen's modules (Ink, React), once: the command line calls it
 * while the pair is being opened.
 */
export function loadScreen(): Promise<typeof import('../ui/launch.js')> {
  // React checks NODE_ENV when it is first loaded; its development build is several
  // times slower per frame. So the screen's modules are loaded only after this.
  process.env['NODE_ENV'] ??= 'production';
  screen ??= import('../ui/launch.js');
  return screen;
}

/**
 * Runs the review on the terminal and resolves with the exit code. The screen shows
 * the pair first; the checks are loaded after its first frame, and a long new pair is
 * aligned meanwhile on another thread.
 */
export async function runOpen(workspace: OpenedPair, options: RunOpenOptions): Promise<number> {
  const {launchReview} = await loadScreen();
  const i18n = createI18n(options.uiLang);
  const review = launchReview({
    state: workspace.state,
    loadChecks: async () => {
      const ctx = await workspace.checks();
      return (state: SessionState, bead: number) => beadDivergences(state, bead, ctx).filter(d => !isHint(d, options.minConfidence));
    },
    aligning: workspace.aligning,
    store: workspace.store,
    i18n,
    colours: coloursAllowed(process.env),
    opening: openingOf(workspace, i18n),
    release: workspace.release,
    openAtFirstDivergence: true,
    exporter: fileExporter({
      targetPath: workspace.target.path,
      protectedPaths: [workspace.source.path, workspace.target.path, workspace.sessionPath, backupPathFor(workspace.sessionPath), lockPathFor(workspace.sessionPath)],
      i18n,
    }),
  });
  // Installed after the screen's handlers, which restore the terminal first; this
  // saves, releases the lock and says what could not be saved.
  const unguard = workspace.store ? guardExits(workspace.store, i18n) : () => undefined;
  try {
    return await review;
  } finally {
    unguard();
  }
}

/** A notice whose `started` time (a lock's, in UTC) is shown in local time, the interface language's way. */
function localTimes<N extends {readonly params: Readonly<Record<string, string | number>>}>(notice: N, locale: string): N {
  const started = notice.params['started'];
  if (typeof started !== 'string' || Number.isNaN(Date.parse(started))) return notice;
  const local = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short'}).format(new Date(started));
  return {...notice, params: {...notice.params, started: local}};
}

/** The notices of opening the session and the carry-over report, in the user's words. */
export function openingOf(workspace: Pick<Workspace, 'notices' | 'carryOver'>, i18n: ReturnType<typeof createI18n>): Opening {
  const storeT = storeTranslate(i18n);
  const t = uiTranslate(i18n);
  return {
    notices: workspace.notices.map(n => storeMessage(storeT, localTimes(n, i18n.language))),
    report: workspace.carryOver ? carryOverLines(storeT, workspace.carryOver, (code, params) => divergenceMessage(t, code, params)) : null,
  };
}
