/**
 * The edge where documents come off the disk: a path in, a Document or one clear
 * input error out (missing file, folder, unreadable, binary, invalid UTF-8, empty).
 */
import fs from 'node:fs';
import {documentFromText, decodeText} from './core/document.js';
import {guessLanguageOf} from './core/language-guess.js';
import {fail, inputError, ok, type InputError, type Result} from './core/result.js';
import type {Document, LanguageCode} from './core/types.js';
import {fileKind, pathProblem} from './store/write-target.js';

/**
 * The largest input file read unless `--max-size` says otherwise (bytes). Checking
 * takes about a quarter of a gigabyte of memory per megabyte of pair (bench/large-inputs.mjs),
 * so two documents at the limit stay within a few gigabytes, far from V8's heap limit.
 */
export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

let maxInputBytes = DEFAULT_MAX_INPUT_BYTES;

/**
 * Sets the largest input file that is read (`--max-size`). Checked before reading,
 * so that a huge file is refused with a message rather than exhausting memory.
 */
export function setMaxInputBytes(bytes: number): void {
  maxInputBytes = bytes;
}

/** The size limit in force (bytes). */
export function maxInputSize(): number {
  return maxInputBytes;
}

/** A size as people read it: `12.5 MB`. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** `--max-size` as bytes: a number with an optional K, M or G (`200M`), or null when it is not one. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(text);
  if (!m) return null;
  const unit = {'': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3}[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes > 0 ? bytes : null;
}

/**
 * A file's bytes, or why they cannot be read. Only a regular file is read: a FIFO,
 * a device or a socket would block or never end (it is opened without blocking and
 * refused). A file over the size limit is refused before it is read.
 */
export function readFileBytes(path: string): Result<Buffer, InputError> {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    return fail(fileError(path, error));
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return fail(inputError('is-directory', {path}));
    if (!stat.isFile()) return fail(inputError('not-regular-input', {path, kind: fileKind(stat)}));
    const tooLarge = (): InputError => inputError('too-large', {path, size: formatSize(stat.size), limit: formatSize(maxInputBytes)});
    if (stat.size > maxInputBytes) return fail(tooLarge());
    // Read to the end rather than to the size stat gave: the file may be growing.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 64 * 1024), maxInputBytes + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxInputBytes) return fail(tooLarge());
    }
    return ok(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total));
  } catch (error) {
    return fail(fileError(path, error));
  } finally {
    fs.closeSync(fd);
  }
}

function fileError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  if (code === 'ENOENT' || code === 'ENOTDIR') return inputError('file-not-found', {path});
  if (code === 'EISDIR') return inputError('is-directory', {path});
  if (code === 'ELOOP' || code === 'ENAMETOOLONG') return pathProblem(path, code);
  return inputError('unreadable', {path, reason: code});
}

/** A document read from disk, in the given language or the one its name or text suggests. */
export function loadDocument(path: string, lang?: LanguageCode): Result<Document, InputError> {
  const bytes = readFileBytes(path);
  if (!bytes.ok) return bytes;
  const text = decodeText(bytes.value, path);
  if (!text.ok) return text;
  if (lang !== undefined) return documentFromText(text.value, {path, lang});
  const guess = guessLanguageOf(path, text.value);
  const document = documentFromText(text.value, {path, lang: guess.lang});
  return document.ok && guess.from ? ok({...document.value, langGuessed: guess.from}) : document;
}
