/**
 * The edge where documents come off the disk: a path in, a Document or one clear
 * input error out (missing file, folder, unreadable, binary, invalid UTF-8, empty).
 */
import fs from 'node:fs';
import {documentFromText, decodeText} from './core/document.js';
import {guessLanguage} from './core/language-guess.js';
import {fail, inputError, ok, type InputError, type Result} from './core/result.js';
import type {Document, LanguageCode} from './core/types.js';

/** A file's bytes, or why they cannot be read. */
export function readFileBytes(path: string): Result<Buffer, InputError> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (error) {
    return fail(fileError(path, error));
  }
  if (stat.isDirectory()) return fail(inputError('is-directory', {path}));
  try {
    return ok(fs.readFileSync(path));
  } catch (error) {
    return fail(fileError(path, error));
  }
}

function fileError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  if (code === 'ENOENT' || code === 'ENOTDIR') return inputError('file-not-found', {path});
  if (code === 'EISDIR') return inputError('is-directory', {path});
  return inputError('unreadable', {path, reason: code});
}

/** A document read from disk, in the given language or the one its name or text suggests. */
export function loadDocument(path: string, lang?: LanguageCode): Result<Document, InputError> {
  const bytes = readFileBytes(path);
  if (!bytes.ok) return bytes;
  const text = decodeText(bytes.value, path);
  if (!text.ok) return text;
  return documentFromText(text.value, {path, lang: lang ?? guessLanguage(path, text.value)});
}
