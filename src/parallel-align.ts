/**
 * The paragraph alignment of a long pair on several threads: the pair is cut into
 * overlapping segments (core/align-segments), each aligned by `alignUnits` on a thread
 * of its own (the main thread takes one), and the pieces joined where their paths
 * meet. Shorter pairs, or pieces that do not meet, are aligned whole as always.
 */
import fs from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {alignParagraphs, alignUnits} from './core/align.js';
import {joinPaths, placeBeads, planSegments, type Segment} from './core/align-segments.js';
import type {Bead, Document} from './core/types.js';

/** Paragraphs on both sides together, at least, for the pair to be aligned in pieces. */
export const PARALLEL_ALIGN_MIN_UNITS = 100_000;

/** What a thread aligns: the texts of one segment. */
export interface AlignJob {
  /** Source paragraphs of the segment. */
  readonly source: readonly string[];
  /** Target paragraphs of the segment. */
  readonly target: readonly string[];
}

/** Options of alignParagraphsParallel. */
export interface ParallelAlignOptions {
  /** Paragraphs on both sides together from which the pair is cut (default PARALLEL_ALIGN_MIN_UNITS). */
  readonly minUnits?: number;
  /** Filled with how the alignment was made. */
  readonly stats?: {pieces: number; joined: boolean};
  /**
   * Whether the main thread aligns a piece itself (the default). Without, every piece
   * goes to a thread of its own, and the main thread's memory holds the documents only.
   */
  readonly mainThreadAligns?: boolean;
}

function workerProgram(): string | null {
  const file = fileURLToPath(new URL('./align-worker.js', import.meta.url));
  return fs.existsSync(file) ? file : null;
}

function alignOnThread(program: string, job: AlignJob): Promise<Bead[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(program, {workerData: job});
    worker.once('message', (beads: Bead[]) => {
      resolve(beads);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', code => reject(new Error(`alignment thread ended (${code})`)));
  });
}

/**
 * Paragraphs on both sides together from which the reviewer aligns a new pair on a
 * thread of its own while it shows the documents: from about here aligning takes
 * longer than drawing the first screen should.
 */
export const BACKGROUND_ALIGN_MIN_UNITS = 2000;

/**
 * The alignment `alignParagraphs` gives, made on another thread so that this one
 * stays free for the screen; on this thread after the current task when the thread
 * cannot be started.
 */
export function alignOffThread(source: Document, target: Document): Promise<Bead[]> {
  const program = workerProgram();
  const here = (): Promise<Bead[]> => new Promise(resolve => setTimeout(() => resolve(alignParagraphs(source, target)), 0));
  if (!program) return here();
  return alignOnThread(program, {source: source.paragraphs.map(p => p.text), target: target.paragraphs.map(p => p.text)}).catch(here);
}

/** The alignment `alignParagraphs` gives, made in `threads` pieces at once when the pair is long. */
export async function alignParagraphsParallel(source: Document, target: Document, threads: number, options: ParallelAlignOptions = {}): Promise<Bead[]> {
  const ns = source.paragraphs.length;
  const nt = target.paragraphs.length;
  const program = workerProgram();
  const stats = options.stats ?? {pieces: 1, joined: false};
  stats.pieces = 1;
  stats.joined = false;
  if (threads < 2 || !program || ns + nt < (options.minUnits ?? PARALLEL_ALIGN_MIN_UNITS) || ns < 2 * threads || nt < 2 * threads) return alignParagraphs(source, target);
  const segments = planSegments(ns, nt, threads);
  const jobOf = (s: Segment): AlignJob => ({
    source: source.paragraphs.slice(s.sourceFrom, s.sourceTo).map(p => p.text),
    target: target.paragraphs.slice(s.targetFrom, s.targetTo).map(p => p.text),
  });
  let pieces: Bead[][];
  try {
    if (options.mainThreadAligns === false) pieces = await Promise.all(segments.map(s => alignOnThread(program, jobOf(s))));
    else {
      const others = segments.slice(1).map(s => alignOnThread(program, jobOf(s)));
      // The main thread aligns the first piece while the others run.
      const first = jobOf(segments[0]!);
      const mine = alignUnits(first.source, first.target);
      pieces = [mine, ...(await Promise.all(others))];
    }
  } catch {
    return alignParagraphs(source, target);
  }
  let path = placeBeads(segments[0]!, pieces[0]!);
  for (let k = 1; k < segments.length; k++) {
    const before: Segment = {sourceFrom: 0, targetFrom: 0, sourceTo: segments[k - 1]!.sourceTo, targetTo: segments[k - 1]!.targetTo};
    const joined = joinPaths(path, before, placeBeads(segments[k]!, pieces[k]!), segments[k]!);
    // Pieces whose paths never meet say the cut was in the wrong place: align whole.
    if (!joined) return alignParagraphs(source, target);
    path = joined;
  }
  stats.pieces = segments.length;
  stats.joined = true;
  return path;
}
