/**
 * Which language a document is in, when the user does not say: first the file name
 * (`article.es.txt`, `notes_en.md`), then the share of very common function words.
 * Guessing is only a default; `--source-lang` and `--target-lang` always win.
 */
import {fail, inputError, ok, type InputError, type Result} from './result.js';
import type {LanguageCode} from './types.js';

// The most frequent short words of each language that other languages rarely use.
const FUNCTION_WORDS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'this', 'are', 'have', 'which', 'from', 'will'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'para', 'con', 'una', 'según', 'más', 'como', 'pero', 'sus', 'fue'],
  fr: ['le', 'les', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'pas', 'sur', 'avec', 'au', 'aux', 'du', 'mais'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'dem', 'ein', 'eine', 'auf', 'sich', 'auch', 'wir'],
  it: ['il', 'gli', 'della', 'che', 'per', 'con', 'una', 'sono', 'nel', 'alla', 'degli', 'più', 'anche', 'come', 'questo'],
  pt: ['os', 'das', 'dos', 'que', 'para', 'com', 'uma', 'não', 'mais', 'pelo', 'pela', 'como', 'seu', 'sua', 'ao'],
};

const NAME_TAG = /(?:^|[._-])([a-z]{2})(?:[._-][a-z]{2,4})?$/i;

/** A language code named in the file name, such as `es` in `article.es.txt`. */
export function languageFromFileName(fileName: string): LanguageCode | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.(txt|md|markdown|text)$/i, '');
  const m = NAME_TAG.exec(stem);
  if (!m) return null;
  const code = m[1]!.toLowerCase();
  return isLanguageCode(code) ? code : null;
}

// Made once: building it loads locale data, which takes longer than many lookups.
let languageNames: Intl.DisplayNames | undefined;

/** Whether Intl knows the code as a language (rejects "tx", "md" and the like). */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  // The languages recognised by their text need no locale data to be known.
  if (Object.hasOwn(FUNCTION_WORDS, code)) return true;
  try {
    languageNames ??= new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'});
    const name = languageNames.of(code);
    return name !== undefined;
  } catch {
    return false;
  }
}

/** The language whose function words are commonest in the text, or null when unclear. */
export function languageFromText(text: string): LanguageCode | null {
  const sample = text.slice(0, 20_000).toLowerCase();
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return null;
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: LanguageCode | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    const score = list.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0) / words.length;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = lang;
    } else if (score > second) {
      second = score;
    }
  }
  // Require a clear winner: mixed or very short texts stay unknown.
  return bestScore >= 0.04 && bestScore >= second * 1.5 ? best : null;
}

/** The language of a document and where it was found: its file name, else its text, else nowhere ("und"). */
export function guessLanguageOf(fileName: string, text: string): {readonly lang: LanguageCode; readonly from: 'name' | 'text' | null} {
  const named = languageFromFileName(fileName);
  if (named) return {lang: named, from: 'name'};
  const read = languageFromText(text);
  return read ? {lang: read, from: 'text'} : {lang: 'und', from: null};
}

/** The languages whose text Cotejo recognises by itself; any code Intl knows is accepted too. */
export const KNOWN_LANGUAGES: readonly LanguageCode[] = Object.keys(FUNCTION_WORDS);

/**
 * A language code as the user typed it, checked and written the standard way
 * (BCP 47): `en_US` and `EN-us` are `en-US`, `es` stays `es`. A code Intl does not
 * know as a language (`x`, `english`, `e n`) is an input error that lists the codes
 * Cotejo recognises.
 */
export function normaliseLanguageCode(input: string): Result<LanguageCode, InputError> {
  const refuse = (): Result<LanguageCode, InputError> => fail(inputError('bad-language', {lang: input, known: KNOWN_LANGUAGES.join(', ')}));
  const typed = input.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(typed)) return refuse();
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(typed)[0] ?? '';
  } catch {
    return refuse();
  }
  const primary = canonical.split('-')[0]!.toLowerCase();
  if (!isLanguageCode(primary)) return refuse();
  return ok(canonical);
}

/** The language part of a code: `en` of `en-US`. */
export function primaryLanguageOf(code: LanguageCode): LanguageCode {
  return code.split(/[-_]/)[0]!.toLowerCase();
}
