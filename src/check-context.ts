/**
 * The edge that builds a CheckContext: it reads the Hunspell dictionary a language's
 * profile names (src/languages/CODE/profile.tsv) from disk through nspell (a language
 * without one gets no spell checker and the checks that need one stay silent), loads
 * the English tagger, and reads the user's glossary file.
 *
 * A speller is built on its first question, so a side no check asks about costs
 * nothing. Expanding a dictionary with many affixes (Spanish: some 650,000 forms)
 * takes a second, so a dictionary's expanded forms and the rules nspell applies on
 * top of them are kept in the user's cache folder ($XDG_CACHE_HOME/cotejo or
 * ~/.cache/cotejo) as a sorted word list, under a name that changes with the
 * dictionary's and nspell's versions and files. Any trouble with that file (missing,
 * stale, damaged, unwritable) means building from the dictionary, as without it.
 * A dictionary whose forms would take minutes to expand is read by the stems of its
 * headwords instead, cached the same way.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {fingerprint} from './core/compare.js';
import {createCheckContext, type CheckContext, type Glossary, type PosTagger, type Speller} from './core/checks/context.js';
import {decodeText} from './core/document.js';
import {fail, inputError, ok, type InputError, type Result} from './core/result.js';
import type {LexiconEntry} from './languages/lexicon.js';
import {readFileBytes} from './load.js';
import {languageProfile} from './languages/pairs.js';
import type {SpellerSource} from './languages/profile.js';
import {formChecker, wordListFromText, wordListText, type FormRules, type WordList} from './languages/word-list.js';

/** Options of loadCheckContext. */
export interface CheckContextOptions {
  /** A CSV or TSV file of source terms and their accepted target renderings. */
  readonly glossaryPath?: string | undefined;
}

/** What nspell makes of a dictionary: the parts this module reads. */
interface Nspell {
  correct(word: string): boolean;
  suggest(word: string): string[];
  /** Every accepted form, expanded from the dictionary's words and affixes, with its flags. */
  readonly data: Readonly<Record<string, readonly unknown[]>>;
  readonly flags: Readonly<Record<string, unknown>>;
  readonly compoundRules: readonly RegExp[];
  readonly conversion: {readonly in: readonly (readonly [RegExp, string])[]};
}

type NspellFactory = (aff: Buffer, dic: Buffer) => Nspell;

const require = createRequire(import.meta.url);

/** Bumped when the cache file's layout or meaning changes. */
const CACHE_FORMAT = 2;

/** Where a language's dictionary files are, and what identifies their content. */
interface DictionaryFiles {
  readonly lang: string;
  readonly aff: string;
  readonly dic: string;
  /** Changes whenever the dictionary, nspell or the cache format does. */
  readonly key: string;
  /** How the dictionary is read: every form, or the stems of its headwords. */
  readonly mode: SpellerSource['mode'];
}

/** The Hunspell files of the dictionary a language's profile names, or null when it names none or it is not installed. */
function dictionaryFiles(lang: string): DictionaryFiles | null {
  const source = languageProfile(lang).speller;
  if (!source) return null;
  const name = source.package;
  try {
    const dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
    const aff = path.join(dir, 'index.aff');
    const dic = path.join(dir, 'index.dic');
    const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {version?: unknown}).version;
    const nspellVersion = (require('nspell/package.json') as {version?: unknown}).version;
    const stamp = (file: string): string => {
      const st = fs.statSync(file);
      return `${st.size}:${Math.round(st.mtimeMs)}`;
    };
    const key = `${name}@${String(version)} aff ${stamp(aff)} dic ${stamp(dic)} nspell@${String(nspellVersion)} format ${CACHE_FORMAT} ${source.mode}`;
    return {lang, aff, dic, key, mode: source.mode};
  } catch {
    return null;
  }
}

/** The user's cache folder for Cotejo. */
export function defaultCacheDir(): string {
  const xdg = process.env['XDG_CACHE_HOME'];
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache'), 'cotejo');
}

function cacheFile(files: DictionaryFiles, cacheDir: string): string {
  return path.join(cacheDir, `${files.mode === 'stems' ? 'stems' : 'words'}-${files.lang}-${fingerprint(files.key)}.txt`);
}

const HEADER = '#cotejo-words ';

/** The rules line of a cache file, checked field by field. */
function parseFormRules(line: string): FormRules | null {
  try {
    const v = JSON.parse(line) as Partial<Record<keyof FormRules, unknown>>;
    const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every(e => typeof e === 'string');
    const pairs = (x: unknown): x is [string, string][] => Array.isArray(x) && x.every(e => strings(e) && e.length === 2);
    if (!pairs(v.conversion) || !strings(v.compoundRules) || typeof v.compoundMin !== 'number') return null;
    if (!strings(v.onlyInCompound) || !strings(v.keepCase) || !strings(v.forbidden)) return null;
    return {conversion: v.conversion, compoundRules: v.compoundRules, compoundMin: v.compoundMin, onlyInCompound: v.onlyInCompound, keepCase: v.keepCase, forbidden: v.forbidden};
  } catch {
    return null;
  }
}

/** The cached word list of a dictionary, or null when there is none fit to use. */
function readCachedSpeller(files: DictionaryFiles, cacheDir: string): Speller | null {
  let text: string;
  try {
    text = fs.readFileSync(cacheFile(files, cacheDir), 'utf8');
  } catch {
    return null;
  }
  const first = text.indexOf('\n');
  const second = first < 0 ? -1 : text.indexOf('\n', first + 1);
  if (second < 0 || text.slice(0, first) !== HEADER + files.key) return null;
  const rules = parseFormRules(text.slice(first + 1, second));
  const list = rules && wordListFromText(text.slice(second + 1));
  if (!rules || !list || list.size === 0) return null;
  const correct = formChecker(list, rules);
  let checker: Nspell | undefined;
  return {
    correct,
    // Suggestions need nspell's tables: built only if one is asked for.
    suggest: word => (checker ??= buildNspell(files)).suggest(word),
  };
}

/** What nspell knows about a dictionary besides its forms, and the forms that stand alone. */
function formRulesOf(checker: Nspell): {rules: FormRules; words: string[]} {
  const code = (name: string): unknown => (name in checker.flags ? checker.flags[name] : undefined);
  const only = code('ONLYINCOMPOUND');
  const keep = code('KEEPCASE');
  const forbid = code('FORBIDDENWORD');
  const onlyInCompound: string[] = [];
  const keepCase: string[] = [];
  const forbidden: string[] = [];
  const words: string[] = [];
  for (const [word, codes] of Object.entries(checker.data)) {
    if (only !== undefined && codes.includes(only)) onlyInCompound.push(word);
    else words.push(word);
    if (keep !== undefined && codes.includes(keep)) keepCase.push(word);
    if (forbid !== undefined && codes.includes(forbid)) forbidden.push(word);
  }
  const min = code('COMPOUNDMIN');
  const rules: FormRules = {
    conversion: checker.conversion.in.map(([pattern, replacement]) => [pattern.source, replacement] as const),
    compoundRules: checker.compoundRules.map(r => r.source),
    compoundMin: typeof min === 'number' ? min : 3,
    onlyInCompound,
    keepCase,
    forbidden,
  };
  return {rules, words};
}

/** Writes the expanded word list to the cache. */
function writeCachedWords(files: DictionaryFiles, cacheDir: string, checker: Nspell): void {
  const {rules, words} = formRulesOf(checker);
  writeCacheText(cacheFile(files, cacheDir), `${HEADER}${files.key}\n${JSON.stringify(rules)}\n${wordListText(words)}`);
}

function buildNspell(files: DictionaryFiles): Nspell {
  const nspell = require('nspell') as NspellFactory;
  return nspell(fs.readFileSync(files.aff), fs.readFileSync(files.dic));
}

/**
 * A speller that knows a dictionary's headwords by their stems: a word is known when it
 * or its stem is one of them. For a dictionary whose affix rules would take minutes to
 * expand (Portuguese), it still tells a word of the language from a foreign one. The
 * stems are kept in the cache folder as a sorted list, like expanded forms.
 */
function stemSpeller(files: DictionaryFiles, cacheDir: string | null): Speller {
  const stem = languageProfile(files.lang).stem;
  const file = cacheDir === null ? null : cacheFile(files, cacheDir);
  let list: WordList | null = null;
  if (file) {
    try {
      const text = fs.readFileSync(file, 'utf8');
      const first = text.indexOf('\n');
      if (first > 0 && text.slice(0, first) === HEADER + files.key) list = wordListFromText(text.slice(first + 1));
    } catch {
      // No cache yet: built below.
    }
  }
  if (!list) {
    const words = new Set<string>();
    const dic = fs.readFileSync(files.dic, 'utf8').split('\n');
    // The first line of a .dic file is its entry count.
    for (let n = 1; n < dic.length; n++) {
      const entry = dic[n]!.split(/[/\t]/, 1)[0]!.trim().toLowerCase();
      if (!entry || /\s/.test(entry)) continue;
      words.add(entry);
      words.add(stem(entry));
    }
    const text = wordListText(words);
    list = wordListFromText(text);
    if (file && list) writeCacheText(file, `${HEADER}${files.key}\n${text}`);
  }
  const known = list;
  return {
    correct: word => {
      if (!known) return true;
      const lower = word.toLowerCase();
      return known.has(lower) || known.has(stem(lower));
    },
    suggest: () => [],
  };
}

/** Writes a cache file next to its final name and renames it over; a cache that cannot be written is only a slower next start. */
function writeCacheText(target: string, text: string): void {
  const temp = `${target}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, target);
    dropStaleCaches(target);
  } catch {
    try {
      fs.rmSync(temp, {force: true});
    } catch {
      // Nothing left to clean up.
    }
  }
}

/** A week: how long a cache file of another version of a dictionary is kept after its last write. */
const STALE_MS = 7 * 24 * 3600 * 1000;

/**
 * Removes the cache files of other versions of the same dictionary (same kind and
 * language, another key) that have not been written for a week: each new version of
 * a dictionary or of Cotejo writes a file of its own, which would otherwise pile up.
 */
function dropStaleCaches(kept: string): void {
  const dir = path.dirname(kept);
  const prefix = path.basename(kept).replace(/[^-]+\.txt$/, '');
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(prefix) || !name.endsWith('.txt') || name === path.basename(kept)) continue;
    const file = path.join(dir, name);
    if (Date.now() - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, {force: true});
  }
}

/** Options of spellerFromDictionary. */
export interface SpellerOptions {
  /** The cache folder; null to neither read nor write a cache. */
  readonly cacheDir?: string | null;
}

/**
 * A spell checker for an installed dictionary, built now: from the cached word list
 * when there is a good one, else with nspell (and the word list is cached for next
 * time). Null when no dictionary is installed for the language.
 */
export function spellerFromDictionary(lang: string, options: SpellerOptions = {}): Speller | null {
  const files = dictionaryFiles(lang.toLowerCase());
  if (!files) return null;
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  if (files.mode === 'stems') return stemSpeller(files, cacheDir);
  if (cacheDir !== null) {
    const cached = readCachedSpeller(files, cacheDir);
    if (cached) return cached;
  }
  const checker = buildNspell(files);
  if (cacheDir !== null) writeCachedWords(files, cacheDir, checker);
  return {correct: word => checker.correct(word), suggest: word => checker.suggest(word)};
}

const spellers = new Map<string, Speller | null>();

/** What stands for a dictionary that fails to load: it finds nothing wrong, so the checks that use it stay silent. */
const ACCEPT_ALL: Speller = {correct: () => true, suggest: () => []};

/**
 * A spell checker for a language, or null when no dictionary is installed for it. It
 * is built on its first question and answers each word once: a document asks about
 * the same words thousands of times.
 */
export function loadSpeller(lang: string): Promise<Speller | null> {
  const code = lang.toLowerCase();
  if (!spellers.has(code)) {
    if (!dictionaryFiles(code)) spellers.set(code, null);
    else {
      let inner: Speller | undefined;
      const get = (): Speller => {
        if (inner) return inner;
        try {
          inner = spellerFromDictionary(code) ?? ACCEPT_ALL;
        } catch {
          // A dictionary that cannot be read must not make every word look misspelt.
          inner = ACCEPT_ALL;
        }
        return inner;
      };
      const answers = new Map<string, boolean>();
      spellers.set(code, {
        correct(word: string): boolean {
          let hit = answers.get(word);
          if (hit === undefined) {
            hit = get().correct(word);
            if (answers.size > 500_000) answers.clear();
            answers.set(word, hit);
          }
          return hit;
        },
        suggest: (word: string) => get().suggest?.(word) ?? [],
      });
    }
  }
  return Promise.resolve(spellers.get(code) ?? null);
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

/** The user's glossary file read and parsed, or one input error naming file and line. */
export function readGlossary(path: string): Result<Glossary, InputError> {
  // Read as documents are: a regular file only, within the size limit.
  const bytes = readFileBytes(path);
  if (!bytes.ok) return bytes;
  const text = decodeText(bytes.value, path);
  if (!text.ok) return text;
  return parseGlossary(text.value, path);
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
  return ok(await contextWithGlossary(sourceLang, targetLang, glossary));
}

/** The checks' context for a pair, with a glossary already read (or none). */
export async function contextWithGlossary(sourceLang: string, targetLang: string, glossary: Glossary | null): Promise<CheckContext> {
  const [sourceSpeller, targetSpeller, tagger] = await Promise.all([loadSpeller(sourceLang), loadSpeller(targetLang), loadTagger(targetLang)]);
  return createCheckContext(sourceLang, targetLang, {sourceSpeller, targetSpeller, tagger, glossary});
}
