/**
 * The edge that builds a CheckContext: it reads the Hunspell dictionaries from disk
 * through nspell (English and Spanish are installed; another language gets no spell
 * checker and the checks that need one stay silent), loads the English tagger, and
 * reads the user's glossary file. Dictionaries are loaded once per process.
 */
import fs from 'node:fs';
import {createCheckContext, type CheckContext, type Glossary, type PosTagger, type Speller} from './core/checks/context.js';
import {fail, inputError, ok, type InputError, type Result} from './core/result.js';
import type {LexiconEntry} from './languages/lexicon.js';

/** Options of loadCheckContext. */
export interface CheckContextOptions {
  /** A CSV or TSV file of source terms and their accepted target renderings. */
  readonly glossaryPath?: string | undefined;
}

interface Dictionary {
  readonly aff: Uint8Array | string;
  readonly dic: Uint8Array | string;
}

type NspellFactory = (dictionary: Dictionary) => {correct(word: string): boolean; suggest(word: string): string[]};

const spellers = new Map<string, Promise<Speller | null>>();

async function loadDictionary(lang: string): Promise<Dictionary | null> {
  if (lang === 'en') return (await import('dictionary-en')).default;
  if (lang === 'es') return (await import('dictionary-es')).default;
  return null;
}

/** A spell checker for a language, or null when no dictionary is installed for it. */
export function loadSpeller(lang: string): Promise<Speller | null> {
  const code = lang.toLowerCase();
  let found = spellers.get(code);
  if (!found) {
    found = (async () => {
      const dictionary = await loadDictionary(code);
      if (!dictionary) return null;
      // nspell ships no type declarations: the module name is a value so that the
      // import is typed as unknown here and narrowed to the factory's shape.
      const name = 'nspell';
      const nspell = ((await import(name)) as {default: unknown}).default as NspellFactory;
      const checker = nspell(dictionary);
      const cache = new Map<string, boolean>();
      return {
        correct(word: string): boolean {
          let hit = cache.get(word);
          if (hit === undefined) {
            hit = checker.correct(word);
            if (cache.size > 500_000) cache.clear();
            cache.set(word, hit);
          }
          return hit;
        },
        suggest: (word: string) => checker.suggest(word),
      };
    })();
    spellers.set(code, found);
  }
  return found;
}

let tagger: Promise<PosTagger> | undefined;

/** The part-of-speech tagger for a language (English only), or null. */
export async function loadTagger(lang: string): Promise<PosTagger | null> {
  if (lang.toLowerCase() !== 'en') return null;
  tagger ??= import('./languages/en/pos-tagger.js').then(m => m.createEnglishTagger());
  return tagger;
}

/** Splits one glossary line into fields: tab-separated, else comma-separated with "quotes". */
function glossaryFields(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map(f => f.trim());
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    while (line[i] === ' ') i++;
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += line[i++];
      }
      while (line[i] === ' ') i++;
      if (i < line.length && line[i] !== ',') return null;
      out.push(value.trim());
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(i, end).trim());
      i = end + 1;
    }
  }
  return out;
}

/**
 * Parses glossary text: one `source<TAB>target` or `source,target` per line, more
 * renderings after further fields or separated by `|`; `#` starts a comment line;
 * a first line `source,target` (any case) is a header.
 */
export function parseGlossary(text: string, path: string): Result<Glossary, InputError> {
  const entries: LexiconEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const fields = glossaryFields(trimmed);
    if (!fields) return fail(inputError('glossary-bad-line', {path, line: n + 1}));
    if (n === 0 && fields[0]?.toLowerCase() === 'source' && fields[1]?.toLowerCase() === 'target') continue;
    const [source, ...rest] = fields;
    const targets = rest.flatMap(f => f.split('|')).map(f => f.trim()).filter(Boolean);
    if (!source || targets.length === 0) return fail(inputError('glossary-bad-line', {path, line: n + 1}));
    entries.push({source, targets});
  }
  return ok({path, entries});
}

function readGlossary(path: string): Result<Glossary, InputError> {
  let text: string;
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) return fail(inputError('is-directory', {path}));
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(inputError('file-not-found', {path}));
    return fail(inputError('unreadable', {path, reason: code ?? String(error)}));
  }
  return parseGlossary(text, path);
}

/**
 * The context for checking a source → target pair: spell checkers, tagger, lexicon
 * and the optional glossary. A bad glossary is an InputError naming file and line.
 */
export async function loadCheckContext(sourceLang: string, targetLang: string, options: CheckContextOptions = {}): Promise<Result<CheckContext, InputError>> {
  let glossary: Glossary | null = null;
  if (options.glossaryPath) {
    const read = readGlossary(options.glossaryPath);
    if (!read.ok) return read;
    glossary = read.value;
  }
  const [sourceSpeller, targetSpeller, tagger] = await Promise.all([loadSpeller(sourceLang), loadSpeller(targetLang), loadTagger(targetLang)]);
  return ok(createCheckContext(sourceLang, targetLang, {sourceSpeller, targetSpeller, tagger, glossary}));
}
