/**
 * The review screen's state hook: the reducer over the session history, the lazy
 * divergence index, the document-wide count run in slices between key presses, the
 * hand-over of every new state to the session store and the way out.
 */
import {useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {historyOf, type SessionState} from '../../core/session.js';
import type {Alignment, Divergence} from '../../core/types.js';
import type {SaveStatus} from '../../store/session-store.js';
import {applyKeys} from '../keys/intents.js';
import type {KeyPress} from '../keys/parse-key.js';
import {DivergenceIndex, type CheckBead, type DocumentCount} from './divergence-index.js';
import {
  initialReview,
  reduceReview,
  selectedDivergence,
  type ExportRequest,
  type Intent,
  type Mode,
  type Notice,
  type Opening,
  type ReviewDeps,
  type ReviewState,
} from './review.js';

/** The part of the session store the screen uses. */
export interface SaveTarget {
  /** Hands over the state after an action. */
  update(state: SessionState): void;
  /** Where saving stands. */
  readonly status: SaveStatus;
  /** Calls back on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: SaveStatus) => void): () => void;
  /** Writes what is pending now. */
  flush(): Promise<SaveStatus>;
  /** Flushes and releases the lock. */
  close(): Promise<SaveStatus>;
  /** Releases the lock without writing. */
  releaseLock(): void;
}

/** Writes the working state as a file, in one of the formats it offers. */
export interface Exporter {
  /** The formats' names, in the order the dialog offers them. */
  readonly formats: readonly string[];
  /** The file a format is written to unless the user types another. */
  path(format: string): string;
  /** The extension of a format's files, with its dot. */
  extension(format: string): string;
  /** Whether writing to `path` would replace a file, so the user is asked first. */
  needsConfirmation(path: string): boolean;
  /** Writes the state; the divergences of each bead come from the screen's index. */
  write(
    state: SessionState,
    divergencesOf: (bead: number) => readonly Divergence[],
    request: ExportRequest,
  ): Promise<{readonly ok: true; readonly path: string} | {readonly ok: false; readonly message: string}>;
}

/**
 * The save status to show: the store's, except that a write of a mere cursor move
 * shows as the last `saved` (null: read-only, nothing is saved).
 */
export type SaveView = SaveStatus | null;

/** What the review screen is given. */
export interface ReviewOptions {
  /** The working state to start from. */
  readonly initial: SessionState;
  /** Checks one bead (beadDivergences bound to the workspace's check context); absent while `loadChecks` loads it. */
  readonly checkBead?: CheckBead | undefined;
  /** Loads the checks after the first frame, when `checkBead` is not given. */
  readonly loadChecks?: (() => Promise<CheckBead>) | undefined;
  /** The alignment being made for a new long pair, which `initial` pairs by position until then. */
  readonly aligning?: Promise<Alignment> | null | undefined;
  /** Where the work is saved; null when read-only. */
  readonly store: SaveTarget | null;
  /** Called once the screen is done: the work is saved, or the user chose to leave anyway. */
  readonly onExit: () => void;
  /** How far the help or a report can scroll on the screen as it is now. */
  readonly maxScroll: (mode: Mode) => number;
  /** What opening the session has to tell the user. */
  readonly opening?: Opening | undefined;
  /** Writes exports; without one, the export key says it is not available. */
  readonly exporter?: Exporter | undefined;
  /**
   * Go to the first pair with an open divergence when the review starts on a pair
   * with none (a new session, or one left at its start), as soon as the checks find it.
   */
  readonly openAtFirstDivergence?: boolean | undefined;
}

/**
 * What the pair waits for before its divergences can be shown: the document's
 * alignment, the checks to load, its own checks to run (right after the frame), or nothing.
 */
export type Pending = 'aligning' | 'checks' | 'pair' | null;

/** What the components render and the input hook feeds. */
export interface ReviewModel {
  /** The screen's state. */
  readonly review: ReviewState;
  /** The current pair's divergences, open or not. */
  readonly divergences: readonly Divergence[];
  /** The highlighted divergence. */
  readonly selected: Divergence | null;
  /** Whether the current pair's divergence's suggestion is offered (it leaves fewer open divergences). */
  readonly suggestionOffered: (divergence: Divergence) => boolean;
  /** Another pair's divergences of the present state, if its checks have run. */
  readonly divergencesOf: (bead: number) => readonly Divergence[] | undefined;
  /** The document-wide count of open divergences, or how far counting has got. */
  readonly documentCount: DocumentCount | null;
  /** What the pair waits for before it can be checked: its alignment, the checks, or nothing. */
  readonly pending: Pending;
  /** The save status for the status line. */
  readonly save: SaveView;
  /** Feeds key presses to the reducer. */
  readonly keys: (keys: readonly KeyPress[]) => void;
  /** Applies one intent (for callers that are not keys). */
  readonly intent: (intent: Intent) => void;
}

type Input = {readonly type: 'keys'; readonly keys: readonly KeyPress[]} | {readonly type: 'intent'; readonly intent: Intent};

// Slices of the background count: short enough that a key press waits at most this long.
const COUNT_SLICE_MS = 8;
// The count on screen is refreshed this often while it runs, not after every slice.
const COUNT_REFRESH_MS = 150;
// After a key press the count waits this long, so that the next key finds the program idle.
const COUNT_PAUSE_MS = 250;

// What stands for the checks until they are loaded: it finds nothing, and the screen says why.
const NO_CHECKS: CheckBead = () => [];

function saveViewOf(status: SaveStatus, contentPending: boolean, lastSaved: SaveStatus): SaveView {
  if (status.state === 'error' || status.state === 'saved') return status;
  // A cursor move is saved quietly: "unsaved" would blink on every step.
  return contentPending ? status : lastSaved;
}

function contentChanged(a: SessionState, b: SessionState): boolean {
  return a.target !== b.target || a.beads !== b.beads || a.resolutions !== b.resolutions || a.source !== b.source;
}

/** The review screen's state and intents. */
export function useReview(options: ReviewOptions): ReviewModel {
  const {store, onExit, exporter} = options;
  // The screen's size changes between renders; the reducer asks for the latest.
  const maxScroll = useRef(options.maxScroll);
  maxScroll.current = options.maxScroll;
  // A failure to load the checks or to align is thrown from the render, for the error boundary.
  const [failure, setFailure] = useState<{error: unknown} | null>(null);
  if (failure) throw failure.error instanceof Error ? failure.error : new Error(String(failure.error));
  // Checks run in the background (timers) too; one that throws reaches the boundary as in a render.
  const inBackground = <T,>(work: () => T): {ok: true; value: T} | {ok: false} => {
    try {
      return {ok: true, value: work()};
    } catch (error) {
      setFailure({error});
      return {ok: false};
    }
  };
  const [loaded, setLoaded] = useState<CheckBead | null>(() => options.checkBead ?? null);
  useEffect(() => {
    const load = options.loadChecks;
    if (loaded || !load) return;
    let live = true;
    // After the first frame is written, not before: loading takes a while.
    const timer = setTimeout(() => {
      load().then(
        check => live && setLoaded(() => check),
        (error: unknown) => live && setFailure({error}),
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // Loaded once, for the review's life.
  }, []);
  // The reducer reads the dependencies of the last render, set below once they are known.
  const deps = useRef<ReviewDeps | null>(null);
  const [review, dispatch] = useReducer(
    (r: ReviewState, input: Input) => (input.type === 'keys' ? applyKeys(r, input.keys, deps.current!) : reduceReview(r, input.intent, deps.current!)),
    options.initial,
    initial => initialReview(historyOf(initial), options.opening, options.aligning ? true : false),
  );
  useEffect(() => {
    const aligning = options.aligning;
    if (!aligning) return;
    let live = true;
    aligning.then(
      alignment => live && dispatch({type: 'intent', intent: {type: 'aligned', alignment}}),
      (error: unknown) => live && setFailure({error}),
    );
    return () => {
      live = false;
    };
    // One alignment, for the review's life.
  }, []);
  // Checking waits for the alignment too: the pairs by position are not pairs to check.
  const checkBead = review.aligning ? null : loaded;
  const index = useMemo(() => new DivergenceIndex(checkBead ?? NO_CHECKS), [checkBead]);
  const depsNow: ReviewDeps = useMemo(
    () => ({
      checksPending: checkBead === null,
      divergencesOf: (s, b) => index.of(s, b),
      findOpenBead: (s, f, step) => index.findOpenBead(s, f, step),
      maxScroll: mode => maxScroll.current(mode),
      suggestionHelps: (s, b, d) => index.suggestionHelps(s, b, d),
      exportFormats: exporter?.formats ?? [],
      exportPath: format => exporter?.path(format) ?? '',
      exportExtension: format => exporter?.extension(format) ?? '',
      exportNeedsConfirmation: path => exporter?.needsConfirmation(path) ?? false,
    }),
    [index, exporter, checkBead],
  );
  deps.current = depsNow;
  const present = review.history.present;
  const lastKeyAt = useRef(0);
  // A pair whose checks have not run yet is drawn at once and checked right after the
  // frame (see below): a key press never waits for the checks of the pair it goes to.
  const known = checkBead === null ? [] : index.peek(present, present.cursor.bead);
  const divergences = known ?? [];
  const selected = selectedDivergence(present, divergences);
  const waitingFor: Pending = review.aligning ? 'aligning' : checkBead === null ? 'checks' : known === undefined ? 'pair' : null;

  // Saving: every new state goes to the store, which paces the writes.
  const [status, setStatus] = useState<SaveStatus | null>(store ? store.status : null);
  const pending = useRef(false);
  const lastHanded = useRef(present);
  useEffect(() => (store ? store.subscribe(s => setStatus(s)) : undefined), [store]);
  useEffect(() => {
    // Pairs by position are only what is shown while aligning: nothing to save yet.
    if (!store || review.aligning || present === lastHanded.current) return;
    if (contentChanged(present, lastHanded.current)) pending.current = true;
    lastHanded.current = present;
    store.update(present);
  }, [store, present, review.aligning]);
  const lastSaved = useRef<SaveStatus>({state: 'saved', at: null, revision: 0});
  if (status?.state === 'saved') {
    pending.current = false;
    lastSaved.current = status;
  }
  const save: SaveView = status === null ? null : saveViewOf(status, pending.current, lastSaved.current);
  // A failed save says when it tries again; the countdown needs a redraw each second.
  const [, setTick] = useState(0);
  const retrying = save?.state === 'error' && save.retryAt !== null;
  useEffect(() => {
    if (!retrying) return;
    const timer = setInterval(() => setTick(n => n + 1), 1000);
    return () => clearInterval(timer);
  }, [retrying]);

  // The current pair's divergences, then its neighbours', are found right after the
  // frame, one pair at a time while no key is waiting, nearest first: their marks then
  // show, and the next j or k only draws.
  const [, setFound] = useState(0);
  useEffect(() => {
    if (checkBead === null) return;
    const order = [0, 1, -1, 2, -2, 3, -3, 4, 5, 6].map(d => present.cursor.bead + d);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let added = 0;
    const step = (k: number): void => {
      const bead = order[k];
      if (bead === undefined) {
        if (added > 0) setFound(n => n + 1);
        return;
      }
      if (bead >= 0 && bead < present.beads.length && index.peek(present, bead) === undefined) {
        if (!inBackground(() => index.of(present, bead)).ok) return;
        added++;
        // The pair on screen shows its divergences as soon as they are known.
        if (k === 0) {
          added = 0;
          setFound(n => n + 1);
        }
      }
      timer = setTimeout(() => step(k + 1), 0);
    };
    timer = setTimeout(() => step(0), 0);
    return () => clearTimeout(timer);
  }, [index, present, checkBead]);

  // A review that starts on a pair with nothing open goes to the first pair with an
  // open divergence, unless the user has moved already.
  const startAt = useRef(options.openAtFirstDivergence === true && present.cursor.bead === 0 && present.cursor.divergence === null && review.mode.kind !== 'report');
  // Keys that changed nothing (n while the checks load) do not count as having moved;
  // an editor, a prompt or the help open does.
  const firstPresent = useRef(present);
  const latest = useRef(review);
  latest.current = review;
  useEffect(() => {
    if (!startAt.current || checkBead === null) return;
    startAt.current = false;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const state = present;
    const step = (bead: number): void => {
      const now = latest.current;
      if (cancelled || now.history.present !== firstPresent.current || now.mode.kind !== 'browse' || bead >= state.beads.length) return;
      const found = inBackground(() => index.openOf(state, bead));
      if (!found.ok) return;
      const open = found.value;
      if (open.length > 0) {
        if (bead > 0) dispatch({type: 'intent', intent: {type: 'start-at', bead, divergence: open[0]!.key}});
        return;
      }
      timer = setTimeout(() => step(bead + 1), 0);
    };
    step(0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // Only once the checks are there: later states are the user's doing.
  }, [index]);

  // The document-wide count, in slices while the user is not typing.
  const [documentCount, setDocumentCount] = useState<DocumentCount | null>(null);
  useEffect(() => {
    if (checkBead === null) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shown = 0;
    const step = (): void => {
      if (cancelled) return;
      const quiet = performance.now() - lastKeyAt.current;
      if (quiet < COUNT_PAUSE_MS) {
        // Keys come in bursts: the next one must not wait behind a slice of checks.
        timer = setTimeout(step, COUNT_PAUSE_MS - quiet);
        return;
      }
      const counted = inBackground(() => index.countStep(present, COUNT_SLICE_MS));
      if (!counted.ok) return;
      const count = counted.value;
      const finished = count.done >= count.total;
      const now = performance.now();
      if (finished || now - shown > COUNT_REFRESH_MS) {
        shown = now;
        setDocumentCount(finished ? count : (index.lastComplete() ?? count));
      }
      if (!finished) timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [index, present, checkBead]);

  // Exporting: the reducer records the request, this writes it and reports back.
  const request = review.exportRequest;
  useEffect(() => {
    if (!request || !exporter) return;
    let live = true;
    void exporter
      .write(present, bead => index.of(present, bead), request)
      .catch((error: unknown) => ({ok: false, message: error instanceof Error ? error.message : String(error)}) as const)
      .then(result => {
        if (!live) return;
        const notice: Notice = result.ok ? {code: 'exported', params: {path: result.path}} : {code: 'message', params: {text: result.message}};
        dispatch({type: 'intent', intent: {type: 'export-done', notice}});
      });
    return () => {
      live = false;
    };
    // Only a new request starts a write: `present` is read, not watched.
  }, [request, exporter, index]);

  // Leaving: `q` saves first and asks only when that fails; Ctrl-C and "yes" leave.
  const exiting = useRef(false);
  useEffect(() => {
    if (review.quit === null || exiting.current) return;
    // Read-only: nothing is saved, so `q` after changes asks before they are lost.
    if (!store && review.quit === 'request' && contentChanged(review.history.present, options.initial)) {
      dispatch({type: 'intent', intent: {type: 'confirm-quit', question: 'read-only'}});
      return;
    }
    if (review.quit === 'now' || !store) {
      exiting.current = true;
      void (async () => {
        if (store) {
          // One last try, so that Ctrl-C right after a change keeps it; leave regardless.
          if (review.mode.kind !== 'confirm-quit') await store.flush().catch(() => undefined);
          store.releaseLock();
        }
        onExit();
      })();
      return;
    }
    exiting.current = true;
    void (async () => {
      const result = await store.flush();
      if (result.state === 'error') {
        exiting.current = false;
        dispatch({type: 'intent', intent: {type: 'confirm-quit', question: 'unsaved'}});
        return;
      }
      await store.close();
      onExit();
    })();
    // The first state is read, not watched.
  }, [review.quit, review.mode.kind, review.history.present, store, onExit]);

  return {
    review,
    divergences,
    selected,
    divergencesOf: bead => index.peek(present, bead),
    suggestionOffered: d => index.suggestionHelps(present, present.cursor.bead, d),
    documentCount,
    pending: waitingFor,
    save,
    keys: keys => {
      lastKeyAt.current = performance.now();
      dispatch({type: 'keys', keys});
    },
    intent: intent => dispatch({type: 'intent', intent}),
  };
}
