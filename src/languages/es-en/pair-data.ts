/**
 * Spanish → English knowledge beyond single-word senses: false friends (a Spanish
 * word whose English look-alike means something else), idioms whose word-for-word
 * rendering is wrong, and articles that read as pronouns when their accent is lost.
 */

/** A Spanish word and the English renderings that betray a false friend. */
export interface FalseFriend {
  /** The Spanish lemma (matched by stem). */
  readonly source: string;
  /** English words (matched by stem) that render it wrongly. */
  readonly wrong: readonly string[];
  /**
   * When the sense depends on what follows: the false friend is flagged only if
   * the Spanish word is followed by one of these words or by an infinitive ('INF').
   */
  readonly onlyBefore?: readonly string[];
}

/** False friends that a reviewer flags in Spanish → English translations. */
export const FALSE_FRIENDS_ES_EN: readonly FalseFriend[] = [
  {source: 'realizar', wrong: ['realize', 'realise']},
  {source: 'actualmente', wrong: ['actually']},
  {source: 'actual', wrong: ['actual']},
  {source: 'asistir', wrong: ['assist']},
  {source: 'eventualmente', wrong: ['eventually']},
  {source: 'eventual', wrong: ['eventual']},
  {source: 'librería', wrong: ['library']},
  {source: 'carpeta', wrong: ['carpet']},
  {source: 'embarazada', wrong: ['embarrassed']},
  {source: 'éxito', wrong: ['exit']},
  {source: 'sensible', wrong: ['sensible']},
  {source: 'constipado', wrong: ['constipated']},
  {source: 'pretender', wrong: ['pretend']},
  {source: 'suceso', wrong: ['success']},
  {source: 'molestar', wrong: ['molest']},
  {source: 'advertir', wrong: ['advertise']},
  {source: 'casualidad', wrong: ['casualty']},
  {source: 'casualmente', wrong: ['casually']},
  {source: 'colegio', wrong: ['college']},
  {source: 'desgracia', wrong: ['disgrace']},
  {source: 'fábrica', wrong: ['fabric']},
  {source: 'lectura', wrong: ['lecture']},
  {source: 'pariente', wrong: ['parent']},
  {source: 'resumir', wrong: ['resume']},
  {source: 'largo', wrong: ['large']},
  {source: 'efectivo', wrong: ['effective'], onlyBefore: ['en']},
  {source: 'discutir', wrong: ['discuss'], onlyBefore: ['con']},
  {source: 'contestar', wrong: ['contest']},
  {source: 'introducir', wrong: ['introduce'], onlyBefore: ['en']},
  {source: 'recordar', wrong: ['record']},
  {source: 'soportar', wrong: ['support']},
  {source: 'sopa', wrong: ['soap']},
  {source: 'asegurar', wrong: ['ensure', 'insure', 'assure'], onlyBefore: ['que', 'INF']},
  {source: 'exitoso', wrong: ['exciting']},
  {source: 'emocionante', wrong: ['emotional']},
  {source: 'ignorar', wrong: ['ignore'], onlyBefore: ['que', 'si', 'cuál', 'cómo', 'dónde', 'qué']},
  {source: 'atender', wrong: ['attend'], onlyBefore: ['a', 'al', 'las', 'los', 'la', 'el', 'de']},
  {source: 'compromiso', wrong: ['compromise']},
  {source: 'propaganda', wrong: ['propaganda'], onlyBefore: ['comercial', 'publicitaria', 'electoral']},
  {source: 'conferencia', wrong: ['conference'], onlyBefore: ['magistral']},
  {source: 'decepción', wrong: ['deception']},
  {source: 'decepcionar', wrong: ['deceive']},
  {source: 'injuria', wrong: ['injury']},
  {source: 'bizarro', wrong: ['bizarre']},
  {source: 'recolectar', wrong: ['recollect']},
  {source: 'aplicar', wrong: ['apply'], onlyBefore: ['vacuna', 'vacunas', 'dosis']},
  {source: 'ponente', wrong: ['speaker'], onlyBefore: ['fue', 'es', 'será', 'del', 'de']},
];

/**
 * An idiom and the words its literal rendering leaves in English: the calque is
 * flagged when the idiom stands in the source and the words stand in the target.
 */
export interface IdiomCalque {
  /** The idiom's words as lemmas or forms, matched by stem, in order. */
  readonly idiom: readonly string[];
  /** English words (matched by stem, in order, gaps of two words allowed) of the literal rendering. */
  readonly calque: readonly string[];
}

/** Spanish idioms whose word-for-word English is wrong. */
export const IDIOM_CALQUES_ES_EN: readonly IdiomCalque[] = [
  {idiom: ['marcar', 'un', 'antes', 'y', 'un', 'después'], calque: ['before', 'and', 'after']},
  {idiom: ['salvar', 'el', 'voto'], calque: ['saved', 'vote']},
  {idiom: ['salvar', 'su', 'voto'], calque: ['saved', 'vote']},
  {idiom: ['tener', 'lugar'], calque: ['have', 'place']},
  {idiom: ['dar', 'a', 'conocer'], calque: ['give', 'know']},
  {idiom: ['llevar', 'a', 'cabo'], calque: ['carry', 'end']},
  {idiom: ['echar', 'de', 'menos'], calque: ['throw', 'less']},
  {idiom: ['sin', 'embargo'], calque: ['without', 'embargo']},
  {idiom: ['hacer', 'falta'], calque: ['make', 'lack']},
  {idiom: ['poner', 'en', 'marcha'], calque: ['put', 'march']},
  {idiom: ['tomar', 'el', 'pelo'], calque: ['take', 'hair']},
  {idiom: ['dar', 'la', 'bienvenida'], calque: ['give', 'welcome']},
  {idiom: ['dar', 'luz', 'verde'], calque: ['give', 'green', 'light']},
  {idiom: ['a', 'la', 'vez'], calque: ['at', 'the', 'time']},
  {idiom: ['de', 'hecho'], calque: ['of', 'fact']},
  {idiom: ['en', 'cambio'], calque: ['in', 'change']},
  {idiom: ['por', 'lo', 'tanto'], calque: ['for', 'the', 'much']},
  {idiom: ['hacer', 'frente'], calque: ['make', 'front']},
  {idiom: ['dar', 'un', 'paso', 'atrás'], calque: ['give', 'step', 'back']},
  {idiom: ['dudar', 'por'], calque: ['doubt', 'for']},
  {idiom: ['rendir', 'cuentas'], calque: ['render', 'accounts']},
  {idiom: ['caer', 'en', 'la', 'cuenta'], calque: ['fall', 'account']},
  {idiom: ['tener', 'en', 'cuenta'], calque: ['have', 'in', 'account']},
  {idiom: ['dar', 'marcha', 'atrás'], calque: ['give', 'march', 'back']},
  {idiom: ['a', 'raíz', 'de'], calque: ['root']},
];

/**
 * Spanish articles that, with an accent, are pronouns: "el comercio" read as "él
 * comercio" gives "He trade". Maps the article to the English pronouns of the
 * accented word.
 */
export const ARTICLE_PRONOUNS_ES_EN: ReadonlyMap<string, readonly string[]> = new Map([
  ['el', ['he', 'him']],
  ['tu', ['you']],
  ['mi', ['me']],
  ['se', ['know', 'i_know']],
  ['mas', ['more']],
]);
