/**
 * The checks of a long alignment spread over threads. Every bead is checked on its
 * own, so the beads are cut into runs that the main thread and the workers take in
 * turn, each from a shared queue; the divergences come back in bead order, the same
 * as `compareAll` gives (each worker reads the whole of both documents, so what the
 * checks learn from a whole document is the same everywhere).
 *
 * The workers can start as soon as the documents are read: loading their dictionaries
 * and reading the documents whole then happens while the main thread aligns. Where
 * the worker program is not at hand (the checks run from their TypeScript sources),
 * or a worker fails, the main thread checks what is left itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {compareAll, compareRange} from './core/compare.js';
import type {CheckContext} from './core/checks/context.js';
import type {Alignment, Divergence, Document} from './core/types.js';

/** Below this many beads the workers' start (each loads its dictionaries) costs more than it saves. */
export const PARALLEL_MIN_BEADS = 2000;

/** Paragraphs a side, at least, for the workers to be started before the beads are known. */
export const PARALLEL_MIN_PARAGRAPHS = 2000;

/** Beads per run taken from the queue at most: runs small enough to share the work evenly, large enough to keep messages few. */
const MAX_RUN_LENGTH = 400;

/** Runs per thread at least, so that a slow start of one thread is made up by the others. */
const RUNS_PER_THREAD = 8;

/** Runs handed to a worker at once: one to check, one waiting behind it. */
const AHEAD = 2;

/** At most this many threads by default: the checks' memory grows with each. */
const MAX_DEFAULT_JOBS = 4;

/** What a parallel comparison did, for those who measure it. */
export interface ParallelStats {
  /** Runs of beads the workers checked (the main thread checked the rest). */
  workerRuns: number;
  /** Runs of beads in all. */
  runs: number;
}

/** Options of a comparison on several threads. */
export interface ParallelOptions {
  /** Filled with what the comparison did. */
  readonly stats?: ParallelStats;
  /**
   * Whether the main thread checks runs too (the default). Without, it only hands runs
   * out, unless no worker is left; a pool started for the comparison then has a
   * worker for every one of the `jobs` threads.
   */
  readonly mainThreadChecks?: boolean;
  /** Each worker's heap bound in megabytes (default: workerHeapMb of the documents). */
  readonly workerHeapMb?: number;
}

/** What a worker needs to check beads as the main thread would. */
export interface WorkerInput {
  /** Source paragraphs' texts, path and language. */
  readonly source: {readonly path: string; readonly lang: string; readonly texts: readonly string[]};
  /** Target paragraphs' texts, path and language. */
  readonly target: {readonly path: string; readonly lang: string; readonly texts: readonly string[]};
  /** The source language the checks' profiles were built for. */
  readonly sourceLang: string;
  /** The target language the checks' profiles were built for. */
  readonly targetLang: string;
  /** The user's glossary, as read by the main thread. */
  readonly glossary: CheckContext['glossary'];
}

/** A message to a worker: the alignment to check, or a run of its beads to check. */
export type WorkerRequest = {readonly beads: Alignment} | {readonly run: number; readonly from: number; readonly to: number};

/** A worker's answer: ready to take runs, the divergences of one run, or why it stopped. */
export type WorkerReply = {readonly ready: true} | {readonly run: number; readonly divergences: Divergence[]} | {readonly failed: string};

/** How many threads to use when the user named no number: one, unless the work is long. */
export function defaultJobs(long: boolean): number {
  return long ? Math.max(1, Math.min(MAX_DEFAULT_JOBS, os.availableParallelism())) : 1;
}

/**
 * A check worker's heap: its dictionaries, caches and the tokens it holds, and room for
 * both documents' texts and paragraphs. With these a 50 MB pair is checked within 3 GB
 * in all (bench/large-inputs.mjs).
 */
const WORKER_HEAP_BASE_MB = 400;
const WORKER_HEAP_BYTES_PER_CHAR = 8;

/**
 * The old-generation heap a check worker may take, in megabytes: enough for what it
 * holds, and a bound that makes it collect garbage before the process's memory grows
 * by gigabytes (the engine's own limit is a quarter of the machine's memory).
 */
function workerHeapMb(input: WorkerInput): number {
  let chars = 0;
  for (const t of input.source.texts) chars += t.length;
  for (const t of input.target.texts) chars += t.length;
  return WORKER_HEAP_BASE_MB + Math.ceil((chars * WORKER_HEAP_BYTES_PER_CHAR) / (1 << 20));
}

function workerProgram(): string | null {
  const file = fileURLToPath(new URL('./compare-worker.js', import.meta.url));
  return fs.existsSync(file) ? file : null;
}

const tick = (): Promise<void> => new Promise(resolve => setImmediate(resolve));
const pause = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Worker threads holding both documents and the checks' context, ready to check
 * beads of any alignment of those documents.
 */
export class CheckPool {
  private readonly workers = new Set<Worker>();
  private readonly ready = new Set<Worker>();
  /** Called with each worker's answers while a comparison runs. */
  private listener: ((worker: Worker, reply: WorkerReply) => void) | null = null;

  private constructor(
    private readonly source: Document,
    private readonly target: Document,
    program: string,
    input: WorkerInput,
    threads: number,
    heapMb: number,
  ) {
    // A worker that runs out of its heap stops with an error the pool survives (its runs
    // go to the others), where the process as a whole would abort.
    const resourceLimits = {maxOldGenerationSizeMb: heapMb};
    for (let k = 0; k < threads; k++) {
      const worker = new Worker(program, {workerData: input, resourceLimits});
      this.workers.add(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) this.ready.add(worker);
        if ('failed' in reply) this.drop(worker);
        this.listener?.(worker, reply);
      });
      const gone = (): void => {
        this.drop(worker);
        this.listener?.(worker, {failed: 'exit'});
      };
      worker.on('error', gone);
      worker.on('exit', gone);
    }
  }

  /**
   * Workers for `jobs` threads in all (the main thread is one, unless `workersOnly`),
   * or null where none can start.
   */
  static start(source: Document, target: Document, ctx: CheckContext, jobs: number, options: {readonly workersOnly?: boolean; readonly heapMb?: number} = {}): CheckPool | null {
    const program = jobs > 1 ? workerProgram() : null;
    if (!program) return null;
    const input: WorkerInput = {
      source: {path: source.path, lang: source.lang, texts: source.paragraphs.map(p => p.text)},
      target: {path: target.path, lang: target.lang, texts: target.paragraphs.map(p => p.text)},
      sourceLang: ctx.source.code,
      targetLang: ctx.target.code,
      glossary: ctx.glossary,
    };
    return new CheckPool(source, target, program, input, options.workersOnly ? jobs : jobs - 1, options.heapMb ?? workerHeapMb(input));
  }

  /** Whether the pool was started for these very documents. */
  holds(source: Document, target: Document): boolean {
    return source === this.source && target === this.target;
  }

  private drop(worker: Worker): void {
    this.workers.delete(worker);
    this.ready.delete(worker);
    void worker.terminate();
  }

  /** Stops every worker. */
  close(): void {
    for (const w of [...this.workers]) this.drop(w);
  }

  /**
   * The divergences of a whole alignment of the pool's documents, as `compareAll`
   * returns them, the main thread taking part.
   */
  async compare(beads: Alignment, ctx: CheckContext, options: ParallelOptions = {}): Promise<Divergence[]> {
    const {source, target} = this;
    const stats = options.stats ?? {workerRuns: 0, runs: 0};
    const threads = this.workers.size + 1;
    const length = Math.max(1, Math.min(MAX_RUN_LENGTH, Math.ceil(beads.length / (threads * RUNS_PER_THREAD))));
    const runs: {from: number; to: number}[] = [];
    for (let from = 0; from < beads.length; from += length) runs.push({from, to: Math.min(beads.length, from + length)});
    stats.runs = runs.length;
    const results: (Divergence[] | undefined)[] = new Array(runs.length);
    let next = 0;
    let done = 0;
    // Runs a worker took and did not finish, to be taken again.
    const orphans: number[] = [];
    const takeRun = (): number | undefined => (orphans.length ? orphans.pop() : next < runs.length ? next++ : undefined);
    // Each worker holds up to AHEAD runs, so that it never waits for the main thread,
    // which hears from the workers only between its own runs.
    const pending = new Map<Worker, number[]>();
    const handOut = (worker: Worker): void => {
      const mine = pending.get(worker) ?? [];
      pending.set(worker, mine);
      while (mine.length < AHEAD) {
        const run = takeRun();
        if (run === undefined) return;
        mine.push(run);
        worker.postMessage({run, ...runs[run]!} satisfies WorkerRequest);
      }
    };
    this.listener = (worker, reply) => {
      if ('failed' in reply) {
        for (const run of pending.get(worker) ?? []) if (results[run] === undefined) orphans.push(run);
        pending.delete(worker);
      } else if ('ready' in reply) handOut(worker);
      else {
        const mine = pending.get(worker);
        mine?.splice(mine.indexOf(reply.run), 1);
        if (results[reply.run] === undefined) {
          results[reply.run] = reply.divergences;
          done++;
          stats.workerRuns++;
        }
        handOut(worker);
      }
    };
    const alignment = beads.map(b => ({source: b.source, target: b.target, confidence: b.confidence}));
    for (const w of this.workers) w.postMessage({beads: alignment} satisfies WorkerRequest);
    for (const w of this.ready) handOut(w);
    try {
      // The main thread takes runs too (unless told not to while workers live), and
      // lets the workers' answers in between.
      while (done < runs.length) {
        const run = options.mainThreadChecks !== false || this.workers.size === 0 ? takeRun() : undefined;
        if (run !== undefined) {
          results[run] = compareRange(source, target, beads, runs[run]!.from, runs[run]!.to, ctx);
          done++;
        } else await pause(2);
        if (this.workers.size) await tick();
      }
    } finally {
      this.listener = null;
    }
    return results.flatMap(r => r ?? []);
  }
}

/**
 * The divergences of a whole alignment, as `compareAll` returns them, with `jobs`
 * threads in all (the main thread is one of them). A pool already started for these
 * documents is used, else one is started for this comparison.
 */
export async function compareAllParallel(
  source: Document,
  target: Document,
  beads: Alignment,
  ctx: CheckContext,
  jobs: number,
  options: ParallelOptions & {readonly pool?: CheckPool | null} = {},
): Promise<Divergence[]> {
  const given = options.pool && options.pool.holds(source, target) ? options.pool : null;
  // A pool started for other texts (the session held corrections) is of no use.
  if (!given) options.pool?.close();
  const pool = given ?? (beads.length > 1 ? CheckPool.start(source, target, ctx, jobs, {workersOnly: options.mainThreadChecks === false, heapMb: options.workerHeapMb}) : null);
  if (!pool) {
    if (options.stats) options.stats.runs = 1;
    return compareAll(source, target, beads, ctx);
  }
  try {
    return await pool.compare(beads, ctx, options);
  } finally {
    pool.close();
  }
}
