/**
 * The terminal around the application: the alternate screen on the way in, and the
 * normal screen, a visible cursor and cooked input on every way out — a normal quit,
 * Ctrl-C, a crash caught at the root, an uncaught exception, a signal.
 */

/**
 * Switches to the alternate screen, puts the cursor home and turns bracketed paste on:
 * the terminal then marks pasted text, so that a newline in it is not read as Enter.
 */
export const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H\u001b[?2004h';
/** Turns bracketed paste off, shows the cursor and switches back to the normal screen. */
export const LEAVE_ALTERNATE_SCREEN = '\u001b[?2004l\u001b[?25h\u001b[?1049l';

/** The terminal handed over to the application; `restore()` gives it back (once). */
export interface FullScreen {
  /** Leaves the alternate screen and raw mode; safe to call more than once. */
  restore(): void;
}

/**
 * Enters the alternate screen on `stdout` and makes sure it is left however the
 * process ends. `onFatal` is called with an error nothing else caught, after the
 * terminal is restored.
 */
export function enterFullScreen(
  stdin: NodeJS.ReadStream,
  stdout: NodeJS.WriteStream,
  onFatal: (error: unknown) => void,
): FullScreen {
  let restored = false;
  const restore = (): void => {
    if (restored) return;
    restored = true;
    process.off('exit', restore);
    process.off('uncaughtException', fatal);
    process.off('unhandledRejection', fatal);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    try {
      if (stdin.isTTY) stdin.setRawMode(false);
    } catch {
      // The terminal may be gone already (a hang-up); nothing left to restore there.
    }
    stdout.write(LEAVE_ALTERNATE_SCREEN);
  };
  const fatal = (error: unknown): void => {
    restore();
    onFatal(error);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    restore();
    process.kill(process.pid, signal);
  };
  process.on('exit', restore);
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  // A signal handler replaces the default exit: leave the screen, then die of the
  // same signal so the shell sees the usual status.
  for (const signal of SIGNALS) process.once(signal, onSignal);
  stdout.write(ENTER_ALTERNATE_SCREEN);
  return {restore};
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];
