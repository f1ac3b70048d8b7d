/**
 * A thread that checks runs of beads for a CheckPool: it rebuilds the documents and
 * the checks' context from what the main thread sends, reads the documents whole
 * once (checking their first pair of paragraphs does that) while the main thread is
 * still aligning, then answers each request with the divergences of its beads.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {contextWithGlossary} from './check-context.js';
import {compareBead, compareRange} from './core/compare.js';
import {documentFromParagraphs} from './core/document.js';
import type {Alignment} from './core/types.js';
import type {WorkerInput, WorkerReply, WorkerRequest} from './parallel-compare.js';

const port = parentPort!;
const input = workerData as WorkerInput;

async function main(): Promise<void> {
  const source = documentFromParagraphs(input.source.texts, {path: input.source.path, lang: input.source.lang});
  const target = documentFromParagraphs(input.target.texts, {path: input.target.path, lang: input.target.lang});
  const ctx = await contextWithGlossary(input.sourceLang, input.targetLang, input.glossary);
  let beads: Alignment = [];
  port.on('message', (request: WorkerRequest) => {
    if ('beads' in request) {
      beads = request.beads;
      return;
    }
    try {
      const divergences = compareRange(source, target, beads, request.from, request.to, ctx);
      port.postMessage({run: request.run, divergences} satisfies WorkerReply);
    } catch (e) {
      port.postMessage({failed: String(e)} satisfies WorkerReply);
    }
  });
  // What the checks learn from a whole document is learnt now, not on the first run.
  if (source.paragraphs.length && target.paragraphs.length) compareBead(source, target, {source: [0], target: [0], confidence: 1}, ctx);
  port.postMessage({ready: true} satisfies WorkerReply);
}

main().catch((e: unknown) => port.postMessage({failed: String(e)} satisfies WorkerReply));
