#!/usr/bin/env node
// Derives the bilingual dictionaries under src/languages/<source>-<target>/dictionary.tsv
// from the English Wiktionary extracts (CC BY-SA 3.0 / GFDL) in ../shared/data/wiktionary/:
// one line per sense, with its headword, part of speech, the labels a check can use
// (region, domain, register) and clean renderings. Archaic, obsolete and rare senses,
// inflected-form entries and definitions that are sentences rather than renderings are
// left out. The same input always gives the same bytes: the output is committed, and a
// test rebuilds it and compares.
//   npm run build:dictionary [-- --from DIR] [-- --out DIR]
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]) : fallback;
};
const from = option('--from', path.resolve(root, '..', 'shared', 'data', 'wiktionary'));
const out = option('--out', path.join(root, 'src', 'languages'));

/** The directions built, and where their senses come from: a file read forwards, and optionally one read backwards. */
const DIRECTIONS = [
  {pair: 'es-en', forward: {file: 'es-en', shape: 'gloss'}, backward: {file: 'en-es', shape: 'list'}},
  {pair: 'en-es', forward: {file: 'en-es', shape: 'list'}, backward: {file: 'es-en', shape: 'gloss'}},
  {pair: 'fr-en', forward: {file: 'fr-en', shape: 'gloss'}},
  {pair: 'pt-en', forward: {file: 'pt-en', shape: 'gloss'}},
];

// Raw labels to the names the dictionary keeps. A region names where the sense is used,
// a domain the field it belongs to, a register how it sounds.
const REGIONS = new Map(Object.entries({
  'Mexico': 'Mexico', 'Northwestern Mexico': 'Mexico', 'Southeastern Mexico': 'Mexico', 'Mexican': 'Mexico',
  'Argentina': 'River Plate', 'Uruguay': 'River Plate', 'Rioplatense': 'River Plate', 'River Plate': 'River Plate', 'Río de la Plata': 'River Plate', 'Paraguay': 'Paraguay',
  'Chile': 'Chile', 'Colombia': 'Colombia', 'Peru': 'Peru', 'Venezuela': 'Venezuela', 'Ecuador': 'Ecuador', 'Bolivia': 'Bolivia',
  'Cuba': 'Cuba', 'Puerto Rico': 'Puerto Rico', 'Dominican Republic': 'Dominican Republic', 'Caribbean': 'Caribbean', 'Carribean': 'Caribbean',
  'Central America': 'Central America', 'Guatemala': 'Central America', 'Honduras': 'Central America', 'El Salvador': 'Central America',
  'Nicaragua': 'Central America', 'Costa Rica': 'Central America', 'Panama': 'Central America',
  'Latin America': 'Latin America', 'Hispanic America': 'Latin America', 'South America': 'Latin America', 'Americas': 'Latin America', 'Andes': 'Andes', 'Andean': 'Andes',
  'Spain': 'Spain', 'Southern Spain': 'Spain', 'Spain standard usage': 'Spain', 'Canary Islands': 'Spain', 'Canary islands': 'Spain', 'Andalusia': 'Spain', 'Philippines': 'Philippines',
  'Brazil': 'Brazil', 'South Brazil': 'Brazil', 'Brazilian': 'Brazil', 'Portugal': 'Portugal', 'European Portuguese': 'Portugal', 'Angola': 'Africa', 'Mozambique': 'Africa',
  'France': 'France', 'Quebec': 'Quebec', 'Canada': 'Canada', 'Belgium': 'Belgium', 'Switzerland': 'Switzerland', 'Africa': 'Africa',
  'US': 'US', 'UK': 'UK', 'British': 'UK', 'Britain': 'UK', 'Australia': 'Australia',
}));
const DOMAINS = new Map(Object.entries({
  finance: 'finance', banking: 'finance', economics: 'finance', business: 'finance', accounting: 'finance', 'stock market': 'finance', trading: 'finance', commerce: 'finance', investment: 'finance', taxation: 'finance',
  sports: 'sports', sport: 'sports', soccer: 'sports', football: 'sports', 'association football': 'sports', baseball: 'sports', basketball: 'sports', tennis: 'sports', golf: 'sports',
  cricket: 'sports', rugby: 'sports', boxing: 'sports', hockey: 'sports', 'ice hockey': 'sports', volleyball: 'sports', cycling: 'sports', athletics: 'sports', bullfighting: 'sports', fencing: 'sports', 'martial arts': 'sports', swimming: 'sports', 'motor racing': 'sports', sailing: 'sports', wrestling: 'sports',
  legal: 'law', law: 'law', 'criminal law': 'law', 'civil law': 'law', 'legal)': 'law',
  meteorology: 'weather', weather: 'weather', climatology: 'weather',
  politics: 'politics', political: 'politics', government: 'politics', diplomacy: 'politics',
  military: 'military', army: 'military', navy: 'military', warfare: 'military', weapons: 'military', firearms: 'military',
  medicine: 'medicine', pathology: 'medicine', surgery: 'medicine', medical: 'medicine', pharmacology: 'medicine', disease: 'medicine',
  computing: 'computing', programming: 'computing', Internet: 'computing', internet: 'computing', software: 'computing', computer: 'computing',
  religion: 'religion', Christianity: 'religion', Catholicism: 'religion', Islam: 'religion', Judaism: 'religion', theology: 'religion', biblical: 'religion', ecclesiastical: 'religion',
  music: 'music', nautical: 'nautical', aviation: 'aviation', anatomy: 'anatomy', botany: 'botany', zoology: 'zoology', biology: 'biology',
  chemistry: 'chemistry', 'organic chemistry': 'chemistry', 'inorganic chemistry': 'chemistry', biochemistry: 'chemistry',
  mathematics: 'mathematics', geometry: 'mathematics', arithmetic: 'mathematics', algebra: 'mathematics', physics: 'physics',
  grammar: 'grammar', linguistics: 'grammar', cooking: 'cooking', culinary: 'cooking', food: 'cooking', agriculture: 'agriculture', farming: 'agriculture',
  geology: 'geology', geography: 'geography', astronomy: 'astronomy', education: 'education', journalism: 'media', media: 'media', television: 'media', theater: 'arts', theatre: 'arts', film: 'arts', arts: 'arts',
  transport: 'transport', automotive: 'transport', automobile: 'transport', rail: 'transport', 'rail transport': 'transport', architecture: 'architecture', construction: 'architecture',
  games: 'games', 'card games': 'games', chess: 'games', heraldry: 'heraldry', mythology: 'mythology', 'Greek mythology': 'mythology', 'Roman mythology': 'mythology',
}));
const REGISTERS = new Map(Object.entries({
  colloquial: 'colloquial', informal: 'colloquial', familiar: 'colloquial', slang: 'slang', vulgar: 'vulgar', offensive: 'vulgar',
  pejorative: 'pejorative', derogatory: 'pejorative', formal: 'formal', literary: 'literary', poetic: 'literary', dated: 'dated', historical: 'historical',
  figuratively: 'figurative', figurative: 'figurative', idiomatic: 'idiomatic', idiom: 'idiomatic', euphemistic: 'euphemistic', humorous: 'humorous', childish: 'childish',
}));
/** Labels that put a sense out of current use: such senses are left out. */
const DROPPED = new Set(['archaic', 'obsolete', 'rare', 'uncommon', 'nonstandard', 'misspelling', 'eye dialect', 'obsolete spelling', 'archaic spelling']);

/** Words of a gloss that tell the sense's domain when no label does ("share (financial instrument)"). */
const DOMAIN_CUES = [
  ['finance', /\b(financ\w*|banking|bank account|stocks?|stock exchange|monetary|currency|money|economics?|economy|investments?|investors?|accounting|taxes|taxation|loans?|debts?|interest rate|shareholders?)\b/i],
  // Words with other common senses ("player", "score", "cabinet", "minister", "wind")
  // are left out: a wrong domain would make a right rendering look like a wrong sense.
  ['sports', /\b(sports?|sporting|football|soccer|baseball|basketball|tennis|golf|cricket|rugby|hockey|boxing|athletics|athletes?|referee|goalkeeper|tournament)\b/i],
  ['law', /\b(law|legal|lawsuit|court of law|courts?|justice|judicial|judges?|jury|convicted|verdict|attorney)\b/i],
  ['weather', /\b(weather|meteorolog\w*|climat\w*|storms?|forecast|rainfall|snowfall)\b/i],
  ['politics', /\b(politic\w*|government\w*|elections?|electoral|parliament\w*|legislat\w*|senate|voters?|voting|ballot)\b/i],
  ['military', /\b(military|army|armies|soldiers?|troops?|warfare|war|navy|naval|weapons?|battle|combat|artillery)\b/i],
  ['medicine', /\b(medic\w*|disease|illness|patholog\w*|surgery|surgical|patients?|symptoms?)\b/i],
];

/** Parts of speech, by the extracts' tags. */
const POS = new Map(Object.entries({
  m: 'n', f: 'n', mf: 'n', n: 'n', mp: 'n', fp: 'n', 'm-p': 'n', 'f-p': 'n', 'm-f': 'n', 'mf-p': 'n', c: 'n',
  v: 'v', vt: 'v', vi: 'v', vr: 'v', vp: 'v', vtr: 'v', vit: 'v', vir: 'v', vrr: 'v', vtp: 'v',
  adj: 'adj', adv: 'adv', prep: 'prep', pron: 'pron', conj: 'conj', interj: 'interj', num: 'num', 'cardinal num': 'num', 'ordinal num': 'num',
  prop: 'prop', propm: 'prop', propf: 'prop', phrase: 'phrase', idiom: 'phrase', proverb: 'phrase', determiner: 'det', art: 'det', article: 'det',
  abbr: 'abbr', initialism: 'abbr', acronym: 'abbr', contraction: 'other', particle: 'other',
}));

/** Glosses that define or point elsewhere rather than render. */
const NOT_A_RENDERING = /\b(form|plural|singular|spelling|participle|gerund|initialism|abbreviation|acronym|synonym|contraction|diminutive|augmentative|superlative|comparative|variant|person|imperative|indicative|subjunctive|conditional|infinitive) of\b|^(which|who|that|whose|used|name of|of or|relating|pertaining|any of|one who|someone who|something that|a person who|the act|the state|the quality|see\b)|\bsee:/i;

/** A rendering is kept when it is a word or a short expression: longer text is a definition. */
const MAX_WORDS = 4;

/** The top-level pieces of a text, split on commas and semicolons outside brackets. */
function splitTopLevel(text) {
  const pieces = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if ((c === ',' || c === ';') && depth === 0) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces.map(p => p.trim()).filter(Boolean);
}

/** Text with its bracketed asides removed, and those asides. */
function stripAsides(text) {
  const asides = [];
  let plain = text;
  // Nested parentheses ("paso (de rosca (o hélice))") are taken from the inside out.
  for (let guard = 0; guard < 5; guard++) {
    const next = plain.replace(/\(([^()]*)\)|\[([^[\]]*)\]|\{([^{}]*)\}/g, (_, p, b, g) => {
      asides.push({kind: p !== undefined ? 'paren' : b !== undefined ? 'bracket' : 'brace', text: p ?? b ?? g});
      return ' ';
    });
    if (next === plain) break;
    plain = next;
  }
  return {plain: plain.replace(/[()[\]{}]/g, ' ').replace(/\s+/g, ' ').trim(), asides};
}

/** The labels a list of raw labels gives; null when one of them retires the sense. */
function labelsOf(raw) {
  const labels = [];
  for (const r of raw) {
    const label = r.trim();
    if (!label) continue;
    if (DROPPED.has(label.toLowerCase())) return null;
    const known = REGIONS.get(label) ?? DOMAINS.get(label) ?? DOMAINS.get(label.toLowerCase()) ?? REGISTERS.get(label.toLowerCase());
    if (known) labels.push(known);
    else if (/^(chiefly|mostly|especially|usually) /i.test(label)) {
      const rest = label.replace(/^\w+ /, '');
      const inner = REGIONS.get(rest) ?? DOMAINS.get(rest.toLowerCase());
      if (inner) labels.push(inner);
    }
  }
  return labels;
}

/** Domains a gloss's words suggest. */
function cuedDomains(text) {
  const out = [];
  for (const [domain, cue] of DOMAIN_CUES) if (cue.test(text)) out.push(domain);
  return out;
}

/** A rendering cleaned of asides, articles and stray marks, or null when it is not one. */
function cleanRendering(text, pos, lang) {
  let t = text.replace(/[¡!¿?"“”«»…]/g, '').replace(/\s+/g, ' ').trim().replace(/[.:]+$/, '').replace(/^['‘’*.\s]+|['‘’*\s]+$/g, '').trim();
  // A list split on its commas leaves its last item's conjunction ("baby, infant, or child").
  t = t.replace(/^(or|and) (?=\S)/i, '');
  if (!t || NOT_A_RENDERING.test(t) || /^(etc|whether)\b/i.test(t)) return null;
  let infinitive = false;
  if (lang === 'en' && pos === 'v' && /^to /i.test(t)) {
    t = t.slice(3).trim();
    infinitive = true;
  }
  if (lang === 'en' && (pos === 'n' || pos === 'phrase')) t = t.replace(/^(an?|the) (?=\S)/i, '');
  if (!t || t.split(' ').length > MAX_WORDS || t.startsWith('-') || t.endsWith('-') || !/\p{L}/u.test(t) || t.length > 40) return null;
  return {text: t, infinitive};
}

/** Whether a headword is one the dictionary keeps (not an affix, a letter or a symbol). */
function keepHeadword(headword, pos) {
  if (!pos || !headword || headword.startsWith('-') || headword.endsWith('-')) return false;
  if (headword.split(' ').length > MAX_WORDS) return false;
  return /\p{L}/u.test(headword);
}

/**
 * Senses from a file of the shape "headword {pos} [labels] :: gloss", one sense a line,
 * the gloss giving renderings in the second language: es-en, fr-en, pt-en.
 */
function* glossSenses(text, targetLang) {
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^(.+?) \{([^}]*)\}((?: \[[^\]]*\])*) ::(.*)$/.exec(line);
    if (!m) continue;
    const headword = m[1].trim();
    const pos = POS.get(m[2].trim());
    if (!keepHeadword(headword, pos)) continue;
    const raw = [...m[3].matchAll(/\[([^\]]*)\]/g)].flatMap(b => b[1].split(','));
    // Inflected forms and compounds carry their lemma as a label and no rendering.
    if (raw.some(r => / of$/.test(r.trim()) || r.includes('='))) continue;
    const labels = labelsOf(raw);
    if (!labels) continue;
    const renderings = [];
    let infinitive = false;
    for (const piece of splitTopLevel(m[4].trim())) {
      const {plain, asides} = stripAsides(piece);
      for (const a of asides) if (a.kind !== 'brace') labels.push(...(labelsOf([a.text]) ?? []), ...cuedDomains(a.text));
      const r = cleanRendering(plain, pos, targetLang);
      if (!r) continue;
      infinitive ||= r.infinitive;
      if (!renderings.includes(r.text)) renderings.push(r.text);
    }
    if (renderings.length) yield {headword, pos, labels: unique(labels), renderings, infinitive, reverse: false};
  }
}

/**
 * Senses from a file of the shape "headword {pos} (sense) :: item, [region] item {g}",
 * the items being renderings in the second language: en-es. One line gives one sense per
 * set of labels its items carry.
 */
function* listSenses(text) {
  for (const item of listItems(text)) {
    if (!keepHeadword(item.headword, item.pos)) continue;
    const groups = new Map();
    for (const r of item.renderings) {
      const key = r.labels.join(',');
      const g = groups.get(key) ?? {labels: r.labels, renderings: []};
      if (!g.renderings.includes(r.text)) g.renderings.push(r.text);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      yield {headword: item.headword, pos: item.pos, labels: unique([...item.labels, ...g.labels]), renderings: g.renderings, infinitive: false, reverse: false};
    }
  }
}

/** The lines of a list-shaped file: headword, part of speech, the sense's labels and its items. */
function* listItems(text) {
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#') || line.includes('SEE:')) continue;
    const m = /^(.+?) \{([^}]*)\}(.*?) :: (.*)$/.exec(line);
    if (!m) continue;
    const headword = m[1].trim();
    const pos = POS.get(m[2].trim());
    // The sense: an IPA transcription, then "(gloss)", then "[labels]".
    const rest = m[3].replace(/\/[^/]*\//g, ' ');
    const labels = [];
    let retired = false;
    for (const b of rest.matchAll(/\[([^\]]*)\]/g)) {
      const l = labelsOf(b[1].split(','));
      if (!l) retired = true;
      else labels.push(...l);
    }
    if (retired) continue;
    const gloss = stripAsides(rest).asides.filter(a => a.kind === 'paren').map(a => a.text).join(' ');
    labels.push(...labelsOf(gloss.match(/^\s*\w[\w ]*(?=:)/)?.[0]?.split(',') ?? []) ?? [], ...cuedDomains(gloss));
    const renderings = [];
    for (const piece of splitTopLevel(m[4])) {
      const {plain, asides} = stripAsides(piece);
      const own = [];
      let dropped = false;
      for (const a of asides) {
        if (a.kind === 'brace') continue;
        const l = labelsOf(a.text.split(','));
        if (!l) dropped = true;
        else own.push(...l);
      }
      if (dropped) continue;
      const r = cleanRendering(plain, POS.get('n'), 'xx');
      if (r) renderings.push({text: r.text, labels: unique(own)});
    }
    if (renderings.length) yield {headword, pos, labels: unique(labels), renderings};
  }
}

/**
 * Senses read backwards: each rendering of the other direction becomes a headword, with
 * the other direction's headword as its rendering. Renderings that repeat what the
 * forward file already says are left out.
 */
function backwardSenses(senses, forwardByHeadword, targetLang) {
  const grouped = new Map();
  for (const s of senses) {
    // Phrasebook sentences read backwards are no word's rendering.
    if (s.pos === 'phrase') continue;
    const rendering = cleanRendering(s.headword, s.pos, targetLang);
    if (!rendering) continue;
    for (const r of s.renderings) {
      // A word that is its own rendering needs no entry: identical words link without one.
      if (r.toLowerCase() === rendering.text.toLowerCase()) continue;
      const key = `${r}\u0000${s.pos}\u0000${s.labels.join(',')}`;
      const g = grouped.get(key) ?? {headword: r, pos: s.pos, labels: s.labels, renderings: [], infinitive: false, reverse: true};
      const known = forwardByHeadword.get(r);
      if (known?.has(rendering.text.toLowerCase())) continue;
      if (!g.renderings.includes(rendering.text)) g.renderings.push(rendering.text);
      grouped.set(key, g);
    }
  }
  return [...grouped.values()].filter(g => g.renderings.length);
}

/** The key the loader looks headwords up by: as `foldAccents` in src/languages/profile.ts makes it. */
function foldKey(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function unique(list) {
  return [...new Set(list)];
}

/** The senses of one extract, whichever its shape, as the file's own direction gives them. */
function readSenses(spec) {
  const text = fs.readFileSync(path.join(from, `${spec.file}.txt`), 'utf8');
  return spec.shape === 'gloss' ? [...glossSenses(text, spec.file.slice(3))] : [...listSenses(text)];
}

const FIELD = /[\t\n\r|]/g;

/** The dictionary file of one direction. */
function buildDirection({pair, forward, backward}) {
  const targetLang = pair.split('-')[1];
  const senses = readSenses(forward);
  if (backward) {
    const byHeadword = new Map();
    for (const s of senses) {
      const set = byHeadword.get(s.headword) ?? new Set();
      for (const r of s.renderings) set.add(r.toLowerCase());
      byHeadword.set(s.headword, set);
    }
    senses.push(...backwardSenses(readSenses(backward), byHeadword, targetLang));
  }
  // Stable order: by the headword's lookup key (lowercase, accents folded, code units) so
  // the loader can binary-search the text, then by headword, forward senses before
  // backward ones, then as read.
  const indexed = senses.map((s, i) => ({s, i, key: foldKey(s.headword)}));
  const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  indexed.sort((a, b) => cmp(a.key, b.key) || cmp(a.s.headword, b.s.headword) || Number(a.s.reverse) - Number(b.s.reverse) || a.i - b.i);
  const info = fs.readFileSync(path.join(from, `${forward.file}.info.txt`), 'utf8');
  const version = /Version :: (\S+)/.exec(info)?.[1] ?? 'unknown';
  const lines = [
    `# ${pair} dictionary derived from the English Wiktionary (https://en.wiktionary.org/), extract version ${version}${backward ? `, with ${backward.file} read backwards` : ''}.`,
    '# Licence: CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/) or GFDL; see NOTICE. Rebuild: npm run build:dictionary.',
    '# Sorted by the headword lowercased with its accents removed. headword<TAB>part of speech[/flags]<TAB>labels (comma-separated)<TAB>renderings (|-separated); an empty headword repeats the one above;',
    '# flags: t = English infinitive ("to" removed), r = read backwards.',
  ];
  const HEADER = lines.length;
  let last = '';
  let lastHeadword = '';
  for (const {s} of indexed) {
    const flags = `${s.infinitive ? 't' : ''}${s.reverse ? 'r' : ''}`;
    const headword = s.headword.replace(FIELD, ' ');
    const sense = `\t${s.pos}${flags ? `/${flags}` : ''}\t${s.labels.join(',')}\t${s.renderings.map(r => r.replace(FIELD, ' ')).join('|')}`;
    // The same sense given twice (once per spelling of a label, say) is kept once.
    if (headword === lastHeadword && sense === last) continue;
    lines.push(headword === lastHeadword ? sense : `${headword}${sense}`);
    last = sense;
    lastHeadword = headword;
  }
  const dir = path.join(out, pair);
  fs.mkdirSync(dir, {recursive: true});
  const file = path.join(dir, 'dictionary.tsv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  const headwords = new Set(indexed.map(x => x.s.headword)).size;
  console.log(`${pair}: ${headwords} headwords, ${lines.length - HEADER} senses, ${fs.statSync(file).size} bytes → ${path.relative(process.cwd(), file)}`);
}

for (const file of ['es-en', 'en-es', 'fr-en', 'pt-en']) {
  if (!fs.existsSync(path.join(from, `${file}.txt`))) {
    console.error(`build-dictionary: ${path.join(from, `${file}.txt`)} not found; give the folder of the Wiktionary extracts with --from DIR`);
    process.exit(2);
  }
}
for (const d of DIRECTIONS) buildDirection(d);
