/**
 * Test helpers: a real check context (nspell dictionaries, the wink tagger) loaded
 * once, and a one-bead input built from source and target paragraph texts.
 */
import {loadCheckContext} from '../../src/check-context.js';
import type {CheckContext, CheckInput, DivergenceDraft} from '../../src/core/checks/context.js';
import {documentFromParagraphs} from '../../src/core/document.js';

const contexts = new Map<string, Promise<CheckContext>>();

/** The context of a direction, with its real spell checkers and tagger, loaded once. */
export function contextFor(source: string, target: string): Promise<CheckContext> {
  const key = `${source}-${target}`;
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = loadCheckContext(source, target).then(r => {
      if (!r.ok) throw new Error(r.error.code);
      return r.value;
    });
    contexts.set(key, ctx);
  }
  return ctx;
}

/** The Spanish → English context. */
export function esEn(): Promise<CheckContext> {
  return contextFor('es', 'en');
}

/** A one-bead input pairing source paragraphs with target paragraphs. */
export function pair(source: string | string[], target: string | string[]): CheckInput {
  const s = documentFromParagraphs(Array.isArray(source) ? source : [source], {path: 's', lang: 'es'});
  const t = documentFromParagraphs(Array.isArray(target) ? target : [target], {path: 't', lang: 'en'});
  return {
    bead: {source: s.paragraphs.map(p => p.index), target: t.paragraphs.map(p => p.index), confidence: 1},
    source: s.paragraphs,
    target: t.paragraphs,
  };
}

/** The target phrases that the drafts flag. */
export function flagged(input: CheckInput, drafts: readonly DivergenceDraft[]): string[] {
  return drafts.filter(d => d.target).map(d => input.target[d.target!.paragraph]!.text.slice(d.target!.start, d.target!.end));
}

/** The source phrases that the drafts flag. */
export function flaggedSource(input: CheckInput, drafts: readonly DivergenceDraft[]): string[] {
  return drafts.filter(d => d.source).map(d => input.source[d.source!.paragraph]!.text.slice(d.source!.start, d.source!.end));
}
