/**
 * Every way out of the reviewer saves first. A signal (SIGTERM from a shutdown,
 * SIGHUP from a closed terminal, SIGINT from `kill -INT`) writes the pending change
 * synchronously, releases the lock and only then lets the process die of that
 * signal; a crash and a normal quit go through the store's own way out, which saves
 * the same way. When the work cannot be saved (read-only folder, full disk), the
 * last line says which file does not hold it, and nothing crashes.
 */
import fs from 'node:fs';
import type {i18n} from 'i18next';
import {saveErrorReason, storeTranslate} from './store/messages.js';
import {locksLeftBehind} from './store/lock.js';
import type {SessionStore} from './store/session-store.js';
import {oneLine} from './output.js';

/** How long a signal waits for the screen's last state to reach the store (ms). */
const SETTLE_MS = 30;

/** The signals that end the reviewer from outside. */
export const GUARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];

/**
 * Installs the handlers for a store; returns the function that removes them. To be
 * installed after the screen's own handlers, so that the terminal is restored
 * before the last line is written.
 */
export function guardExits(store: SessionStore, instance: i18n): () => void {
  const t = storeTranslate(instance);
  let reported = false;
  const report = (): void => {
    if (reported) return;
    reported = true;
    const lines: string[] = [];
    const status = store.status;
    if (store.hasUnsavedWork()) {
      const reason = saveErrorReason(t, status.state === 'error' ? status.code : 'EIO');
      lines.push(t('store:exit.not-saved', {path: store.sessionPath, reason}));
    }
    for (const [lockPath, code] of locksLeftBehind()) lines.push(t('store:exit.lock-left', {path: lockPath, reason: code}));
    for (const line of lines) writeLine(`cotejo: ${oneLine(line)}`);
  };
  let ending = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    // Later signals (the screen's handler sends the same one again to end the
    // process) find this handler still listening and wait for the first one's save.
    if (ending) return;
    ending = true;
    // The screen hands each new state to the store in an effect that React runs from
    // the event loop's queue; a signal handled in the same turn as the key that made
    // the change would otherwise save the state before it. A moment later it is there.
    setTimeout(() => {
      // First the work: a write of a few milliseconds before anything else can fail.
      store.releaseLock();
      report();
      remove();
      // Die of the same signal, so the shell sees the usual status.
      process.kill(process.pid, signal);
    }, SETTLE_MS);
  };
  const onExit = (): void => {
    store.releaseLock();
    report();
  };
  const remove = (): void => {
    for (const signal of GUARDED_SIGNALS) process.off(signal, onSignal);
    process.off('exit', onExit);
  };
  for (const signal of GUARDED_SIGNALS) process.on(signal, onSignal);
  process.on('exit', onExit);
  return () => {
    remove();
    report();
  };
}

/** Writes a line to stderr synchronously; a terminal that is gone is no error. */
function writeLine(line: string): void {
  try {
    fs.writeSync(2, `${line}\n`);
  } catch {
    // No terminal to tell (a hang-up): the session file and its backup speak for the work.
  }
}
