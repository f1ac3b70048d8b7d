/**
 * Opening a pair: the documents from disk (or one bilingual file), their languages,
 * the alignment, the check context and the working state. Every command starts here,
 * so `check`, `export` and the terminal UI see the same pair the same way.
 */
import {alignParagraphs} from './core/align.js';
import {normaliseLanguageCode, primaryLanguageOf} from './core/language-guess.js';
import type {CheckContext} from './core/checks/context.js';
import {fail, inputError, ok, type InputError, type Result} from './core/result.js';
import {alignmentOf, beadDivergences, type SessionState} from './core/session.js';
import type {Alignment, Bead, Document} from './core/types.js';
import type {BeadStatus, Resolution} from './core/session.js';
import {bilingualFormatOfPath, readBilingualFile} from './formats/index.js';
import {contextWithGlossary, readGlossary} from './check-context.js';
import {loadDocument} from './load.js';
import type {CarryOverReport} from './store/carry-over.js';
import {openSession, type Notice} from './store/open-session.js';
import {sessionPathFor} from './store/paths.js';
import type {SessionStore} from './store/session-store.js';
import {protectedFilesOf, sessionPathProblem} from './store/write-target.js';

/** What the user asked to open, as the command line says it. */
export interface OpenOptions {
  /** The source document, or a bilingual file (TMX, XLIFF, TSV, CSV) when no target is given. */
  readonly sourcePath: string;
  /** The translation. */
  readonly targetPath?: string | undefined;
  /** The source language; guessed from the file name or text when absent. */
  readonly sourceLang?: string | undefined;
  /** The target language; guessed from the file name or text when absent. */
  readonly targetLang?: string | undefined;
  /** Another session file than the one beside the target. */
  readonly sessionPath?: string | undefined;
  /** Start over, moving the old session file aside. */
  readonly fresh?: boolean | undefined;
  /** Continue from the session file's backup when the file is damaged. */
  readonly recover?: boolean | undefined;
  /** Open without taking the lock and without saving. */
  readonly readOnly?: boolean | undefined;
  /** A CSV or TSV glossary of source and target terms that extends the lexicon. */
  readonly glossaryPath?: string | undefined;
  /**
   * Called once the documents are read and the checks' context is loaded, before the
   * pair is aligned: work that needs the documents only can start then.
   */
  readonly onLoaded?: ((source: Document, target: Document, ctx: CheckContext) => void) | undefined;
  /**
   * Aligns a long new pair while the work goes on, when given: the pair opens aligned
   * by position, and `aligning` of the opened pair brings the real alignment. Returns
   * null for a pair short enough to align at once.
   */
  readonly alignInBackground?: ((source: Document, target: Document) => Promise<Alignment> | null) | undefined;
  /** How a new session aligns the pair (default: alignParagraphs). */
  readonly alignWith?: ((source: Document, target: Document) => Alignment | Promise<Alignment>) | undefined;
}

/** An opened pair, ready for reviewing; the checks are loaded when asked for. */
export interface OpenedPair {
  /** The source document as loaded. */
  readonly source: Document;
  /** The target document as loaded, before any correction. */
  readonly target: Document;
  /** The alignment the work starts from: the aligner's for a new session, the saved one when resumed. */
  readonly alignment: Alignment;
  /**
   * Language profiles, dictionaries and lexicon for the checks, loaded on the first
   * call (the same promise after it): the reviewer shows the pair before loading them.
   */
  readonly checks: () => Promise<CheckContext>;
  /** The working state: corrections, alignment edits, resolutions and cursor (resumed from the session file). */
  readonly state: SessionState;
  /** Saves the state after every action; null when read-only (`--read-only`, `check`, `export`). */
  readonly store: SessionStore | null;
  /** The session file (beside the target, or `--session`). */
  readonly sessionPath: string;
  /** What became of the saved work when the documents changed since the save; shown first. */
  readonly carryOver: CarryOverReport | null;
  /** Messages for the user from opening the session (codes `store.notice.*`, see storeMessage). */
  readonly notices: readonly Notice[];
  /** Releases the session's lock; every exit path calls it (safe twice; store.close() does it too). */
  readonly release: () => void;
  /**
   * The alignment of a new pair that is being made in the background (see
   * `alignInBackground`); until it comes, `state` pairs the paragraphs by position.
   */
  readonly aligning: Promise<Alignment> | null;
}

/** An opened pair with its checks loaded, ready for checking and exporting. */
export interface Workspace extends OpenedPair {
  /** Language profiles, dictionaries and lexicon for the checks. */
  readonly ctx: CheckContext;
}

/** The two documents, and the alignment a bilingual file records, if one was given. */
interface LoadedPair {
  readonly source: {readonly value: Document};
  readonly target: {readonly value: Document};
  readonly fileAlignment: readonly (Bead & {readonly status: BeadStatus})[] | null;
  /** The resolutions a bilingual file records (fixed, dismissed with a reason). */
  readonly fileResolutions: Readonly<Record<string, Resolution>>;
  /** What reading the bilingual file warned of. */
  readonly fileWarnings: readonly Notice[];
}

async function loadPair(options: OpenOptions): Promise<Result<LoadedPair, InputError>> {
  if (options.targetPath === undefined) {
    if (!isBilingualPath(options.sourcePath)) return fail(inputError('missing-target', {path: options.sourcePath}));
    const file = await readBilingualFile(options.sourcePath, {sourceLang: options.sourceLang, targetLang: options.targetLang});
    if (!file.ok) return file;
    const {source, target, alignment, statuses, resolutions, warnings} = file.value;
    const fileAlignment = alignment.map((b, i) => ({...b, status: statuses[i] ?? 'automatic'}));
    return ok({source: {value: source}, target: {value: target}, fileAlignment, fileResolutions: resolutions, fileWarnings: warnings ?? []});
  }
  const source = loadDocument(options.sourcePath, options.sourceLang);
  if (!source.ok) return source;
  const target = loadDocument(options.targetPath, options.targetLang);
  if (!target.ok) return target;
  return ok({source, target, fileAlignment: null, fileResolutions: {}, fileWarnings: []});
}

/** Whether a path names a bilingual file by its extension, or holds XML. */
function isBilingualPath(path: string): boolean {
  return bilingualFormatOfPath(path) !== null || /\.xml$/i.test(path);
}

/** Opens a pair and loads its checks, or says in one line what is wrong with the input. */
export async function openWorkspace(options: OpenOptions): Promise<Result<Workspace, InputError>> {
  const pair = await openPair(options);
  if (!pair.ok) return pair;
  return ok({...pair.value, ctx: await pair.value.checks()});
}

/**
 * Opens a pair without loading its checks, or says in one line what is wrong with
 * the input: the reviewer shows the documents first and checks them after.
 */
export async function openPair(options: OpenOptions): Promise<Result<OpenedPair, InputError>> {
  // The session's path is judged before anything is read or written.
  const files = options.targetPath === undefined ? [options.sourcePath] : [options.sourcePath, options.targetPath];
  const sessionFile = options.sessionPath ?? sessionPathFor(options.targetPath ?? options.sourcePath);
  const sessionProblem = sessionPathProblem(sessionFile, protectedFilesOf({files, sessionPath: sessionFile, glossaryPath: options.glossaryPath}));
  if (sessionProblem) return fail(sessionProblem);
  const langs: {sourceLang?: string; targetLang?: string} = {};
  for (const side of ['sourceLang', 'targetLang'] as const) {
    const given = options[side];
    if (given === undefined) continue;
    const code = normaliseLanguageCode(given);
    if (!code.ok) return code;
    langs[side] = code.value;
  }
  // A bad glossary is said before anything opens; loading the checks waits until asked.
  const glossary = options.glossaryPath ? readGlossary(options.glossaryPath) : ok(null);
  if (!glossary.ok) return glossary;
  const pair = await loadPair({...options, ...langs});
  if (!pair.ok) return pair;
  const {source, target, fileAlignment, fileResolutions, fileWarnings} = pair.value;
  let loading: Promise<CheckContext> | undefined;
  // Profiles, dictionaries and lexicons are per language: en-US is checked as en.
  const checks = (): Promise<CheckContext> =>
    (loading ??= contextWithGlossary(primaryLanguageOf(source.value.lang), primaryLanguageOf(target.value.lang), glossary.value));
  if (options.onLoaded) options.onLoaded(source.value, target.value, await checks());
  let aligning: Promise<Alignment> | null = null;
  const session = await openSession({
    source: source.value,
    target: target.value,
    align: () => {
      if (fileAlignment) return fileAlignment;
      aligning = options.alignInBackground?.(source.value, target.value) ?? null;
      if (aligning) return alignedByPosition(source.value, target.value);
      return (options.alignWith ?? alignParagraphs)(source.value, target.value);
    },
    realign: (s, t) => alignParagraphs(s, t),
    divergencesOf: async () => {
      const ctx = await checks();
      return state => state.beads.flatMap((_, i) => beadDivergences(state, i, ctx));
    },
    sessionPath: options.sessionPath,
    fresh: options.fresh,
    recover: options.recover,
    readOnly: options.readOnly,
  });
  if (!session.ok) return session;
  const {store, sessionPath, carryOver, notices, release} = session.value;
  // A new review of a bilingual file starts from the resolutions the file records;
  // saved work, when there is some, already holds the user's own.
  const state =
    session.value.resumed || Object.keys(fileResolutions).length === 0
      ? session.value.state
      : {...session.value.state, resolutions: {...fileResolutions}};
  return ok({
    source: source.value,
    target: target.value,
    alignment: alignmentOf(state),
    checks,
    state,
    store,
    sessionPath,
    carryOver,
    // The file's warnings (codes `formats.*`) come first: they say how the pair was read.
    notices: [...fileWarnings, ...notices],
    release,
    aligning,
  });
}

/** Paragraph i beside paragraph i: what is shown while the real alignment is made. */
function alignedByPosition(source: Document, target: Document): Alignment {
  const ns = source.paragraphs.length;
  const nt = target.paragraphs.length;
  return Array.from({length: Math.max(ns, nt)}, (_, i) => ({source: i < ns ? [i] : [], target: i < nt ? [i] : [], confidence: 1}));
}
