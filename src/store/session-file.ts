/**
 * The session file: what it holds, how it is written (stable, diff-friendly JSON) and
 * how it is read back (validated, with the exact place of the first problem).
 *
 * A file looks like this (version 2):
 *
 * ```json
 * {
 *   "format": "cotejo-session",
 *   "version": 2,
 *   "tool": {"name": "cotejo", "version": "0.1.0"},
 *   "created": "2025-01-31T09:12:44.120Z",
 *   "saved": "2025-01-31T10:02:03.511Z",
 *   "source": {"path": "article.es.txt", "lang": "es", "sha256": "…", "paragraphs": ["…"]},
 *   "target": {"path": "article.en.txt", "lang": "en", "sha256": "…", "paragraphs": ["…"]},
 *   "corrections": [{"paragraph": 2, "original": "…", "corrected": "…"}],
 *   "alignment": [
 *     {"source": [0], "target": [0], "confidence": 0.98, "status": "automatic"},
 *     {"source": [1], "target": [1], "confidence": 0.91, "status": "confirmed", "sentences": [
 *       {"source": [0, 1], "target": [0], "confidence": 1, "status": "edited"},
 *       {"source": [2], "target": [1], "confidence": 0.8, "status": "automatic"}]}
 *   ],
 *   "resolutions": {"name:…#0": {"state": "dismissed", "reason": "house style"}},
 *   "cursor": {"bead": 3, "divergence": null}
 * }
 * ```
 *
 * Paths are relative to the session file's folder, with `/` separators, so that a
 * folder can be moved or shared. Paragraphs are the texts as they were aligned (the
 * target before corrections), so the work can be carried over when a file changes.
 *
 * Version 2 adds `sentences` to a bead: its corrected sentence links, sentences
 * numbered from 0 across the bead's paragraphs on each side (corrected target text),
 * present only on beads whose sentence links the user changed. A version 1 file is
 * read as a version 2 file without sentence links and written as version 2 on the
 * next save (the `.bak` that save makes holds the version 1 text until the save
 * after); a file of a later version is refused.
 */
import path from 'node:path';
// The functional build of zod: a thirtieth of the size of the chained one, which the
// program would otherwise load on every start.
import * as z from 'zod/mini';
import type {$ZodIssue} from 'zod/v4/core';
import {documentFromParagraphs} from '../core/document.js';
import {fail, inputError, ok, type InputError, type Result} from '../core/result.js';
import {beadsProblem, withFittingSentenceLinks, type Resolution, type SessionBead, type SessionState} from '../core/session.js';
import type {Document} from '../core/types.js';

/** The version of the session file format this program writes (it reads this one and the ones before). */
export const SESSION_FORMAT_VERSION = 2;

/** The value of the `format` field, which tells a session file from other JSON. */
export const SESSION_FORMAT_NAME = 'cotejo-session';

const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'sha256'));
const index = z.int().check(z.nonnegative());
const confidence = z.number().check(z.minimum(0), z.maximum(1));

const sideSchema = z.strictObject({
  path: z.string(),
  lang: z.string().check(z.minLength(1)),
  sha256,
  paragraphs: z.array(z.string()).check(z.minLength(1)),
});

const resolutionSchema = z.discriminatedUnion('state', [
  z.strictObject({state: z.literal('open')}),
  z.strictObject({state: z.literal('fixed')}),
  z.strictObject({state: z.literal('dismissed'), reason: z.optional(z.string())}),
]);

const statusSchema = z.enum(['automatic', 'confirmed', 'edited']);

const linkSchema = z.strictObject({
  source: z.array(index),
  target: z.array(index),
  confidence,
  status: statusSchema,
});

/** The schema of a version 1 session file: version 2 without sentence links. */
export const sessionFileSchemaV1 = z.strictObject({
  format: z.literal(SESSION_FORMAT_NAME),
  version: z.literal(1),
  tool: z.strictObject({name: z.string(), version: z.string()}),
  created: z.iso.datetime(),
  saved: z.iso.datetime(),
  source: sideSchema,
  target: sideSchema,
  corrections: z.array(z.strictObject({paragraph: index, original: z.string(), corrected: z.string()})),
  alignment: z.array(linkSchema),
  resolutions: z.record(z.string(), resolutionSchema),
  cursor: z.strictObject({bead: index, divergence: z.nullable(z.string())}),
});

/** The schema of a session file of the version this program writes (2). */
export const sessionFileSchema = z.extend(sessionFileSchemaV1, {
  version: z.literal(SESSION_FORMAT_VERSION),
  alignment: z.array(z.extend(linkSchema, {sentences: z.optional(z.array(linkSchema))})),
});

/** A session file's content, as read and as written. */
export type SessionFile = z.infer<typeof sessionFileSchema>;

/** A version 1 session file's content. */
export type SessionFileV1 = z.infer<typeof sessionFileSchemaV1>;

/** A version 1 file as version 2: the same content, no bead has corrected sentence links. */
export function migrateSessionFileV1(file: SessionFileV1): SessionFile {
  return {...file, version: SESSION_FORMAT_VERSION};
}

/** What the session file records beside the state: where the documents are and what they were. */
export interface SessionMeta {
  /** The source document's path, relative to the session file's folder. */
  readonly sourcePath: string;
  /** The target document's path, relative to the session file's folder. */
  readonly targetPath: string;
  /** SHA-256 of the source file's bytes when it was aligned, in hex. */
  readonly sourceSha256: string;
  /** SHA-256 of the target file's bytes when it was aligned, in hex. */
  readonly targetSha256: string;
  /** When the session was started (ISO 8601). */
  readonly created: string;
  /** The version of the program writing the file. */
  readonly toolVersion: string;
}

/** A document's path as the session file records it: relative to the file's folder, `/`-separated. */
export function relativeDocumentPath(sessionPath: string, documentPath: string): string {
  const rel = path.relative(path.dirname(path.resolve(sessionPath)), path.resolve(documentPath));
  return rel.split(path.sep).join('/');
}

/** The session file's content for a state at the moment `saved`. */
export function sessionFileOf(state: SessionState, meta: SessionMeta, saved: Date): SessionFile {
  const corrections: SessionFile['corrections'] = [];
  state.target.paragraphs.forEach((p, i) => {
    const original = state.original.paragraphs[i]?.text ?? '';
    if (p.text !== original) corrections.push({paragraph: i, original, corrected: p.text});
  });
  const resolutions: Record<string, Resolution> = {};
  // Code-unit order, not locale order: the file must not depend on who saves it.
  for (const key of Object.keys(state.resolutions).sort(compareCodeUnits)) {
    const r = state.resolutions[key]!;
    resolutions[key] = r.state === 'dismissed' && r.reason !== undefined ? {state: 'dismissed', reason: r.reason} : {state: r.state};
  }
  return {
    format: SESSION_FORMAT_NAME,
    version: SESSION_FORMAT_VERSION,
    tool: {name: 'cotejo', version: meta.toolVersion},
    created: meta.created,
    saved: saved.toISOString(),
    source: side(state.source, meta.sourcePath, meta.sourceSha256),
    target: side(state.original, meta.targetPath, meta.targetSha256),
    corrections,
    alignment: state.beads.map(b => ({
      source: [...b.source],
      target: [...b.target],
      confidence: b.confidence,
      status: b.status,
      ...(b.sentences === undefined
        ? {}
        : {sentences: b.sentences.map(l => ({source: [...l.source], target: [...l.target], confidence: l.confidence, status: l.status}))}),
    })),
    resolutions,
    cursor: {bead: state.cursor.bead, divergence: state.cursor.divergence},
  };
}

function side(document: Document, relPath: string, sha: string): SessionFile['source'] {
  return {path: relPath, lang: document.lang, sha256: sha, paragraphs: document.paragraphs.map(p => p.text)};
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// The paragraphs of a document never change during a session, and they are most of
// the file: their JSON is made once per document object and reused by every save.
const paragraphsJson = new WeakMap<Document, string>();

/**
 * The file's text: JSON with two-space indentation, keys in a fixed order, arrays of
 * numbers on one line (a bead is one line per side), and a final newline, so that
 * a session kept in git diffs line by line.
 */
export function formatSessionFile(file: SessionFile): string {
  return `${formatValue(file, '')}\n`;
}

/** The file's text for a state; the documents' paragraphs are formatted once per document. */
export function formatSessionState(state: SessionState, meta: SessionMeta, saved: Date): string {
  const file = sessionFileOf(state, meta, saved);
  const cached = (doc: Document, paragraphs: readonly string[]): RawJson => {
    let text = paragraphsJson.get(doc);
    if (text === undefined) {
      // The paragraphs sit at depth two: file > side > paragraphs.
      text = formatValue(paragraphs, '    ');
      paragraphsJson.set(doc, text);
    }
    return new RawJson(text);
  };
  const withRaw = {
    ...file,
    source: {...file.source, paragraphs: cached(state.source, file.source.paragraphs)},
    target: {...file.target, paragraphs: cached(state.original, file.target.paragraphs)},
  };
  return `${formatValue(withRaw, '')}\n`;
}

/** JSON text already formatted at the right indentation. */
class RawJson {
  constructor(readonly text: string) {}
}

function formatValue(value: unknown, indent: string): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(v => typeof v === 'number')) return `[${value.map(v => JSON.stringify(v)).join(', ')}]`;
    const inner = `${indent}  `;
    return `[\n${value.map(v => inner + formatValue(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatValue(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** A JSON path for people: `alignment[3].status`, `resolutions["a b"].reason`. */
export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || '$';
}

function valueAt(root: unknown, parts: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of parts) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Reads a session file's text: not JSON, not a session file, written by a newer
 * version, failing the schema, or inconsistent (an alignment that does not cover the
 * paragraphs, a correction whose original is not the paragraph) are input errors
 * that name the file, the place in the JSON and the problem.
 */
export function parseSessionFile(text: string, filePath: string): Result<SessionFile, InputError> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(inputError('store.error.session-not-json', {path: filePath, problem: (error as Error).message}));
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return fail(inputError('store.error.session-not-session', {path: filePath}));
  }
  const record = json as Record<string, unknown>;
  if (record['format'] !== SESSION_FORMAT_NAME) return fail(inputError('store.error.session-not-session', {path: filePath}));
  const version = record['version'];
  if (typeof version === 'number' && version > SESSION_FORMAT_VERSION) {
    const tool = record['tool'] as {version?: unknown} | undefined;
    return fail(
      inputError('store.error.session-newer', {
        path: filePath,
        version,
        supported: SESSION_FORMAT_VERSION,
        tool: typeof tool?.version === 'string' ? tool.version : '?',
      }),
    );
  }
  if (version === 1) {
    const v1 = sessionFileSchemaV1.safeParse(json);
    if (!v1.success) return fail(schemaError(v1.error.issues[0]!, json, filePath));
    return consistencyError(migrateSessionFileV1(v1.data), filePath);
  }
  const parsed = sessionFileSchema.safeParse(json);
  if (!parsed.success) return fail(schemaError(parsed.error.issues[0]!, json, filePath));
  return consistencyError(parsed.data, filePath);
}

function schemaError(issue: $ZodIssue, json: unknown, filePath: string): InputError {
  const where = jsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const actual = valueAt(json, issue.path);
      if (actual === undefined) return inputError('store.error.session-missing', {path: filePath, where});
      return inputError('store.error.session-type', {path: filePath, where, expected: issue.expected, received: kindOf(actual)});
    }
    case 'invalid_value':
      return inputError('store.error.session-value', {path: filePath, where, expected: issue.values.map(v => JSON.stringify(v)).join(' | ')});
    case 'invalid_union': {
      const options = (issue as {options?: unknown[]}).options;
      if (Array.isArray(options)) {
        return inputError('store.error.session-value', {path: filePath, where, expected: options.map(v => JSON.stringify(v)).join(' | ')});
      }
      return inputError('store.error.session-invalid', {path: filePath, where, problem: issue.message});
    }
    case 'unrecognized_keys':
      return inputError('store.error.session-unknown-key', {path: filePath, where, keys: issue.keys.join(', ')});
    case 'too_small':
      return inputError('store.error.session-too-small', {path: filePath, where, minimum: String(issue.minimum)});
    case 'too_big':
      return inputError('store.error.session-too-big', {path: filePath, where, maximum: String(issue.maximum)});
    case 'invalid_format':
      return inputError('store.error.session-format', {path: filePath, where, format: issue.format});
    default:
      return inputError('store.error.session-invalid', {path: filePath, where, problem: issue.message});
  }
}

function consistencyError(file: SessionFile, filePath: string): Result<SessionFile, InputError> {
  const targetCount = file.target.paragraphs.length;
  let previous = -1;
  for (let i = 0; i < file.corrections.length; i++) {
    const c = file.corrections[i]!;
    const where = `corrections[${i}]`;
    if (c.paragraph >= targetCount) {
      return fail(inputError('store.error.session-correction-range', {path: filePath, where: `${where}.paragraph`, count: targetCount}));
    }
    if (c.paragraph <= previous) {
      return fail(inputError('store.error.session-correction-order', {path: filePath, where: `${where}.paragraph`}));
    }
    if (c.original !== file.target.paragraphs[c.paragraph]) {
      return fail(inputError('store.error.session-correction-original', {path: filePath, where: `${where}.original`, paragraph: c.paragraph}));
    }
    previous = c.paragraph;
  }
  const problem = beadsProblem(file.alignment, file.source.paragraphs.length, targetCount);
  if (problem) {
    const where = problem.bead < file.alignment.length ? `alignment[${problem.bead}].${problem.side}` : 'alignment';
    return fail(inputError('store.error.session-alignment', {path: filePath, where, problem: problem.code}));
  }
  for (let b = 0; b < file.alignment.length; b++) {
    const links = file.alignment[b]!.sentences;
    if (links === undefined) continue;
    // Without the sentence splitter the counts are not known here: the links must number
    // the sentences they hold from 0 on, in order, each once (stateOfSessionFile checks
    // them against the sentences the paragraphs hold).
    const held = (side: 'source' | 'target') => links.reduce((n, l) => n + l[side].length, 0);
    const linkProblem = beadsProblem(links, held('source'), held('target'));
    if (linkProblem) {
      const where = `alignment[${b}].sentences[${Math.min(linkProblem.bead, links.length - 1)}].${linkProblem.side}`;
      return fail(inputError('store.error.session-alignment', {path: filePath, where, problem: linkProblem.code}));
    }
  }
  if (file.cursor.bead >= Math.max(file.alignment.length, 1)) {
    return fail(inputError('store.error.session-cursor', {path: filePath, where: 'cursor.bead', count: file.alignment.length}));
  }
  return ok(file);
}

/** The documents a session file recorded, as Documents with the given paths. */
export function documentsOfSessionFile(file: SessionFile, paths: {source: string; target: string}): {source: Document; target: Document} {
  return {
    source: documentFromParagraphs(file.source.paragraphs, {path: paths.source, lang: file.source.lang}),
    target: documentFromParagraphs(file.target.paragraphs, {path: paths.target, lang: file.target.lang}),
  };
}

/**
 * The working state a session file holds, over the given documents (which must have
 * the paragraphs the file recorded): the saved corrections applied to `original`.
 */
export function stateOfSessionFile(file: SessionFile, source: Document, original: Document): SessionState {
  let target = original;
  if (file.corrections.length > 0) {
    const texts = original.paragraphs.map(p => p.text);
    for (const c of file.corrections) texts[c.paragraph] = c.corrected;
    target = documentFromParagraphs(texts, {path: original.path, lang: original.lang});
    // Keep the untouched paragraph objects, whose sentences and tokens may be computed already.
    target = {...target, paragraphs: target.paragraphs.map((p, i) => (p.text === original.paragraphs[i]!.text ? original.paragraphs[i]! : p))};
  }
  const beads: SessionBead[] = file.alignment.map(b => ({
    source: b.source,
    target: b.target,
    confidence: b.confidence,
    status: b.status,
    ...(b.sentences === undefined ? {} : {sentences: b.sentences}),
  }));
  const resolutions: Record<string, Resolution> = {};
  for (const [key, r] of Object.entries(file.resolutions)) {
    // `open` is the same as no resolution; the reducer keeps open keys absent.
    if (r.state === 'open') continue;
    resolutions[key] = r.state === 'dismissed' && r.reason !== undefined ? {state: 'dismissed', reason: r.reason} : {state: r.state};
  }
  // Links that do not fit the sentences as this runtime splits them are dropped.
  return withFittingSentenceLinks({source, original, target, beads, resolutions, cursor: {bead: file.cursor.bead, divergence: file.cursor.divergence}});
}
