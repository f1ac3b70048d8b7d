/**
 * Which language a document is in, when the user does not say: first the file name
 * (`article.es.txt`, `notes_en.md`), then the share of very common function words.
 * Guessing is only a default; `--source-lang` and `--target-lang` always win.
 */
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

/** Whether Intl knows the code as a language (rejects "tx", "md" and the like). */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  try {
    const name = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'}).of(code);
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

/** The language of a document: its file name, else its text, else "und". */
export function guessLanguage(fileName: string, text: string): LanguageCode {
  return languageFromFileName(fileName) ?? languageFromText(text) ?? 'und';
}
