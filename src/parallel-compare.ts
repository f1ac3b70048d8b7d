/**
 * The checks of a long alignment spread over threads. Every bead is checked on its
 * own, so the beads are cut into runs that the main thread and the workers take in
 * turn, each from a shared queue; the divergences come back in bead order, the same
 * as `compareAll` gives (each worker reads the whole of both documents, so what the
 * checks learn from a whole document is the same everywhere). Where the worker
 * program is not at hand (the checks run from their TypeScript sources), or a worker
 * fails, the main thread checks what is left itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {compareBead} from './core/compare.js';
import type {CheckContext} from './core/checks/context.js';
import type {Alignment, Divergence, Document} from './core/types.js';

/** Below this many beads the workers' start (each loads its dictionaries) costs more than it saves. */
export const PARALLEL_MIN_BEADS = 2000;

/** Beads per run taken from the queue at most: runs small enough to share the work evenly, large enough to keep messages few. */
const MAX_RUN_LENGTH = 400;

/** Runs per thread at least, so that a slow start of one thread is made up by the others. */
const RUNS_PER_THREAD = 8;

/** What a parallel comparison did, for those who measure it. */
export interface ParallelStats {
  /** Runs of beads the workers checked (the main thread checked the rest). */
  workerRuns: number;
  /** Runs of beads in all. */
  runs: number;
}

/** At most this many threads by default: the checks' memory grows with each. */
const MAX_DEFAULT_JOBS = 4;

/** What a worker needs to check beads as the main thread would. */
export interface WorkerInput {
  /** Source paragraphs' texts, path and language. */
  readonly source: {readonly path: string; readonly lang: string; readonly texts: readonly string[]};
  /** Target paragraphs' texts, path and language. */
  readonly target: {readonly path: string; readonly lang: string; readonly texts: readonly string[]};
  /** The languages the checks' profiles were built for. */
  readonly sourceLang: string;
  /** The target language the checks' profiles were built for. */
  readonly targetLang: string;
  /** The user's glossary, as read by the main thread. */
  readonly glossary: CheckContext['glossary'];
  /** Every bead of the alignment. */
  readonly beads: Alignment;
}

/** A request to a worker: check beads `from` to `to` (excluded), run number `run`. */
export interface WorkerRequest {
  readonly run: number;
  readonly from: number;
  readonly to: number;
}

/** A worker's answer: ready to take runs, the divergences of one run, or why it stopped. */
export type WorkerReply = {readonly ready: true} | {readonly run: number; readonly divergences: Divergence[]} | {readonly failed: string};

/** Options of compareAllParallel. */
export interface ParallelOptions {
  /** Filled with what the comparison did. */
  readonly stats?: ParallelStats;
  /**
   * Whether the main thread checks runs too (the default). Without, it only hands runs
   * out, unless no worker can start.
   */
  readonly mainThreadChecks?: boolean;
}

/** How many threads to use for `beads` beads when the user named no number. */
export function defaultJobs(beads: number): number {
  if (beads < PARALLEL_MIN_BEADS) return 1;
  return Math.max(1, Math.min(MAX_DEFAULT_JOBS, os.availableParallelism()));
}

function workerProgram(): string | null {
  const file = fileURLToPath(new URL('./compare-worker.js', import.meta.url));
  return fs.existsSync(file) ? file : null;
}

const tick = (): Promise<void> => new Promise(resolve => setImmediate(resolve));

/**
 * The divergences of a whole alignment, as `compareAll` returns them, with `jobs`
 * threads in all (the main thread is one of them).
 */
export async function compareAllParallel(
  source: Document,
  target: Document,
  beads: Alignment,
  ctx: CheckContext,
  jobs: number,
  options: ParallelOptions = {},
): Promise<Divergence[]> {
  const stats = options.stats ?? {workerRuns: 0, runs: 0};
  const length = Math.max(1, Math.min(MAX_RUN_LENGTH, Math.ceil(beads.length / (jobs * RUNS_PER_THREAD))));
  const runs: {from: number; to: number}[] = [];
  for (let from = 0; from < beads.length; from += length) runs.push({from, to: Math.min(beads.length, from + length)});
  stats.runs = runs.length;
  const results: (Divergence[] | undefined)[] = new Array(runs.length);
  const program = jobs > 1 && runs.length > 1 ? workerProgram() : null;
  let next = 0;
  let done = 0;
  const checkRun = (run: number): void => {
    const {from, to} = runs[run]!;
    const out: Divergence[] = [];
    for (let b = from; b < to; b++) out.push(...compareBead(source, target, beads[b]!, ctx));
    results[run] = out;
    done++;
  };
  // Runs handed back by a worker that failed, to be taken again.
  const orphans: number[] = [];
  const takeRun = (): number | undefined => (orphans.length ? orphans.pop() : next < runs.length ? next++ : undefined);
  // Workers that can still take runs, and the run each is on.
  const alive = new Set<Worker>();
  const pending = new Map<Worker, number>();
  if (program) {
    const input: WorkerInput = {
      source: {path: source.path, lang: source.lang, texts: source.paragraphs.map(p => p.text)},
      target: {path: target.path, lang: target.lang, texts: target.paragraphs.map(p => p.text)},
      sourceLang: ctx.source.code,
      targetLang: ctx.target.code,
      glossary: ctx.glossary,
      beads: beads.map(b => ({source: b.source, target: b.target, confidence: b.confidence})),
    };
    const stop = (worker: Worker): void => {
      const run = pending.get(worker);
      if (run !== undefined && results[run] === undefined) orphans.push(run);
      pending.delete(worker);
      alive.delete(worker);
      void worker.terminate();
    };
    const handOut = (worker: Worker): void => {
      const run = takeRun();
      if (run === undefined) return stop(worker);
      pending.set(worker, run);
      worker.postMessage({run, ...runs[run]!} satisfies WorkerRequest);
    };
    for (let k = 1; k < jobs; k++) {
      const worker = new Worker(program, {workerData: input});
      alive.add(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('failed' in reply) stop(worker);
        else if ('ready' in reply) handOut(worker);
        else {
          pending.delete(worker);
          if (results[reply.run] === undefined) {
            results[reply.run] = reply.divergences;
            done++;
            stats.workerRuns++;
          }
          handOut(worker);
        }
      });
      worker.on('error', () => stop(worker));
      worker.on('exit', () => stop(worker));
    }
  }
  // The main thread takes runs too (unless told not to while workers live), and lets
  // the workers' answers in between.
  while (done < runs.length) {
    const run = options.mainThreadChecks !== false || alive.size === 0 ? takeRun() : undefined;
    if (run !== undefined) checkRun(run);
    else await new Promise(resolve => setTimeout(resolve, 2));
    if (program) await tick();
  }
  for (const w of alive) void w.terminate();
  return results.flatMap(r => r ?? []);
}
