/**
 * A language profile as it ships: src/languages/CODE/profile.tsv, one field a line
 * (`field<TAB>values`, `#` comments, a field given on several lines adds to itself),
 * read into a LanguageProfile. Month and weekday names come from Intl in the
 * language itself; the file adds abbreviations and variants. The stemmer is named by
 * its Snowball algorithm; units of measure are named in CODE/unit-words.tsv beside it.
 * So a new language is a folder of data, not code.
 *
 * Fields (lists are separated by spaces; `_` joins the words of a phrase; maps are
 * `word=value`):
 *   stemmer        a Snowball algorithm name ("porter", "spanish", "french", "portuguese")
 *   speller        an npm Hunspell dictionary package, then `forms` or `stems`
 *   decimal-mark   point, comma, or either (the document decides)
 *   space-groups   yes when thousands may be grouped with a space ("21 340")
 *   capitalized-months  yes when month names count only capitalised
 *   generic-after-name  yes when names put their common word last ("Carnegie Library")
 *   own-letters    the letters the language writes and English does not ("ñ ç")
 *   months, weekdays, number-words, scale-words (maps); irregular (map of form=base)
 *   percent-words, hour-words, time-lead-words, date-joiners, range-joiners,
 *   range-articles, function-words, meaningful-function-words, infinitive-endings,
 *   negation-words, negative-words (words that negate; words of negative sense, a
 *   prefix ending in "-"), negation-exceptions (two-word phrases that negate nothing),
 *   verb-endings (endings of verb forms the tense rules do not read; "er:e" holds only
 *   for a lemma in -er) (lists)
 *   tense          TENSE<TAB>words<TAB>list | TENSE<TAB>pattern<TAB>regexp[<TAB>min length]
 *                  | TENSE<TAB>irregular: rules tried in file order, the first that holds wins
 *   tense-default  the tense of a form no rule reads
 */
import {readLanguageTable} from './data-file.js';
import {memoised, type DecimalMark, type LanguageProfile, type SpellerSource, type VerbTense} from './profile.js';
import {stemmerFor} from './stemmers.js';
import {readUnitWords} from './units.js';

const TENSES: readonly VerbTense[] = ['future', 'conditional', 'past', 'present', 'base', 'other'];

/** One rule of a profile's reading of verb forms. */
interface TenseRule {
  readonly tense: VerbTense;
  readonly test: (word: string) => boolean;
}

/** The fields of a profile file: each field's values, lines of a repeated field joined. */
function fieldsOf(rows: readonly string[][]): {values: Map<string, string[]>; tense: string[][]} {
  const values = new Map<string, string[]>();
  const tense: string[][] = [];
  for (const [field = '', ...rest] of rows) {
    if (field === 'tense') tense.push(rest);
    else values.set(field, [...(values.get(field) ?? []), ...rest.join(' ').split(/\s+/).filter(Boolean)]);
  }
  return {values, tense};
}

const phrase = (word: string): string => word.replace(/_/g, ' ');

/** Intl's names of the months (1–12) and weekdays (1 Monday … 7 Sunday) in a language. */
function calendarNames(code: string): {months: Map<string, number>; weekdays: Map<string, number>} {
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  try {
    const standalone = new Intl.DateTimeFormat(code, {month: 'long', timeZone: 'UTC'});
    const inDate = new Intl.DateTimeFormat(code, {month: 'long', day: 'numeric', timeZone: 'UTC'});
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2021, m, 1));
      months.set(standalone.format(date).toLowerCase(), m + 1);
      const part = inDate.formatToParts(date).find(p => p.type === 'month');
      if (part) months.set(part.value.toLowerCase(), m + 1);
    }
    const day = new Intl.DateTimeFormat(code, {weekday: 'long', timeZone: 'UTC'});
    // 1 January 2024 was a Monday.
    for (let d = 0; d < 7; d++) weekdays.set(day.format(new Date(Date.UTC(2024, 0, 1 + d))).toLowerCase(), d + 1);
  } catch {
    // A language Intl does not know keeps only the names its file gives.
  }
  return {months, weekdays};
}

function numberMap(list: readonly string[], into = new Map<string, number>()): Map<string, number> {
  for (const item of list) {
    const eq = item.lastIndexOf('=');
    const value = Number(item.slice(eq + 1));
    if (eq > 0 && Number.isFinite(value)) into.set(phrase(item.slice(0, eq)), value);
  }
  return into;
}

function wordMap(list: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq > 0) out.set(phrase(item.slice(0, eq)), phrase(item.slice(eq + 1)));
  }
  return out;
}

function tenseRules(rows: readonly string[][], irregular: ReadonlyMap<string, string>, file: string): TenseRule[] {
  return rows.map(([tense = '', kind = '', arg = '', min = '']) => {
    if (!TENSES.includes(tense as VerbTense)) throw new Error(`${file}: unknown tense "${tense}"`);
    const minLength = Number(min) || 0;
    let test: (w: string) => boolean;
    if (kind === 'words') {
      const words = new Set(arg.split(/\s+/).filter(Boolean));
      test = w => words.has(w);
    } else if (kind === 'pattern') {
      const re = new RegExp(arg, 'u');
      test = w => w.length >= minLength && re.test(w);
    } else if (kind === 'irregular') test = w => irregular.has(w);
    else throw new Error(`${file}: unknown tense rule "${kind}"`);
    return {tense: tense as VerbTense, test};
  });
}

/** The profile in a language's profile file, given as its rows. */
export function profileFromRows(code: string, rows: readonly string[][], file = `${code}/profile.tsv`): LanguageProfile {
  const {values, tense} = fieldsOf(rows);
  const list = (field: string): string[] => values.get(field) ?? [];
  const first = (field: string): string | undefined => list(field)[0];
  // Intl's formatters take tens of milliseconds to make: the names are read when asked for.
  let calendar: ReturnType<typeof calendarNames> | undefined;
  let months: Map<string, number> | undefined;
  let weekdays: Map<string, number> | undefined;
  const irregular = wordMap(list('irregular'));
  const rules = tenseRules(tense, irregular, file);
  const fallback = (first('tense-default') ?? 'other') as VerbTense;
  const stem = stemmerFor(first('stemmer') ?? '');
  const mark = first('decimal-mark') ?? 'either';
  const [dictionary, mode] = list('speller');
  const letters = list('own-letters');
  const speller: SpellerSource | null = dictionary ? {package: dictionary, mode: mode === 'stems' ? 'stems' : 'forms'} : null;
  return {
    code,
    decimalMark: (mark === 'point' || mark === 'comma' ? mark : 'either') as DecimalMark | 'either',
    get months() {
      calendar ??= calendarNames(code);
      return (months ??= numberMap(list('months'), calendar.months));
    },
    get weekdays() {
      calendar ??= calendarNames(code);
      return (weekdays ??= numberMap(list('weekdays'), calendar.weekdays));
    },
    numberWords: numberMap(list('number-words')),
    scaleWords: numberMap(list('scale-words')),
    percentWords: list('percent-words').map(phrase),
    hourWords: list('hour-words').map(phrase),
    timeLeadWords: list('time-lead-words').map(phrase),
    functionWords: new Set(list('function-words')),
    meaningfulFunctionWords: new Set(list('meaningful-function-words')),
    stem: w => {
      const lower = w.toLowerCase();
      return stem(irregular.get(lower) ?? lower);
    },
    verbTense: memoised(word => {
      const w = word.toLowerCase();
      for (const rule of rules) if (rule.test(w)) return rule.tense;
      return fallback;
    }),
    irregular,
    dateJoiners: new Set(list('date-joiners')),
    rangeJoiners: new Set(list('range-joiners')),
    rangeArticles: new Set(list('range-articles')),
    capitalizedMonths: first('capitalized-months') === 'yes',
    spaceGroups: first('space-groups') === 'yes',
    infinitiveEndings: list('infinitive-endings'),
    genericAfterName: first('generic-after-name') === 'yes',
    unitWords: readUnitWords(code),
    ownLetters: letters.length ? new RegExp(`[${letters.join('')}]`, 'iu') : null,
    negationWords: new Set(list('negation-words')),
    negativeWords: new Set(list('negative-words')),
    negationExceptions: new Set(list('negation-exceptions').map(phrase)),
    verbEndings: list('verb-endings'),
    speller,
  };
}

/** The profile of a language read from its file. */
export function readProfile(code: string): LanguageProfile {
  const file = `${code}/profile.tsv`;
  return profileFromRows(code, readLanguageTable(file), file);
}
