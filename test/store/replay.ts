/**
 * For tests that compare what the terminal UI saved with what the reducer alone
 * gives: replay a list of actions on a fresh state and write the session file as the
 * store writes it, then compare the two files' content without their timestamps.
 *
 *   const tui = fs.readFileSync(sessionPathTheUiSavedTo, 'utf8');
 *   await replayToFile(workspace.state, actions, otherPath, metaOfSessionText(tui));
 *   expect(sessionContent(fs.readFileSync(otherPath, 'utf8'))).toEqual(sessionContent(tui));
 */
import {historyOf, reduceHistory, type Action, type History, type SessionState} from '../../src/core/session.js';
import {formatSessionState, parseSessionFile, type SessionFile, type SessionMeta} from '../../src/store/session-file.js';
import {writeSessionText} from '../../src/store/session-store.js';

/** An action as the UI dispatches it: a reducer action, or undo and redo. */
export type ReplayAction = Action | {type: 'undo'} | {type: 'redo'};

/** The state after the actions, undo and redo included, from `initial`. */
export function replay(initial: SessionState, actions: readonly ReplayAction[]): SessionState {
  let h: History = historyOf(initial);
  for (const a of actions) h = reduceHistory(h, a);
  return h.present;
}

/** Replays the actions and writes the session file at `sessionPath` as the store would; returns the state. */
export async function replayToFile(initial: SessionState, actions: readonly ReplayAction[], sessionPath: string, meta: SessionMeta): Promise<SessionState> {
  const state = replay(initial, actions);
  await writeSessionText(sessionPath, formatSessionState(state, meta, new Date()));
  return state;
}

function parsed(text: string): SessionFile {
  const r = parseSessionFile(text, 'session');
  if (!r.ok) throw new Error(`not a valid session file: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** The meta of a session file's text (paths, hashes, creation), to write another file just like it. */
export function metaOfSessionText(text: string): SessionMeta {
  const f = parsed(text);
  return {
    sourcePath: f.source.path,
    targetPath: f.target.path,
    sourceSha256: f.source.sha256,
    targetSha256: f.target.sha256,
    created: f.created,
    toolVersion: f.tool.version,
  };
}

/** A session file's content without the moment it was saved, for comparing two files. */
export function sessionContent(text: string): Omit<SessionFile, 'saved'> {
  const {saved: _saved, ...rest} = parsed(text);
  return rest;
}
