/** A thread that aligns one segment of a long pair for `alignParagraphsParallel`. */
import {parentPort, workerData} from 'node:worker_threads';
import {alignUnits} from './core/align.js';
import type {AlignJob} from './parallel-align.js';

const job = workerData as AlignJob;
parentPort!.postMessage(alignUnits(job.source, job.target));
