import fs from 'node:fs';
import {describe, expect, test} from 'vitest';
import {createI18n, loadResources, NAMESPACES, pickUiLanguage, translationsDir, UI_LANGUAGES} from '../src/i18n.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

/** The keys with each plural group folded to one `key_#`: languages differ in their plural forms, not in their messages. */
function messageKeys(value: unknown): string[] {
  return [...new Set(keysOf(value).map(k => k.replace(PLURAL, '_#')))].sort();
}

/** Each plural group's forms, as `key_#` → sorted categories. */
function pluralForms(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const k of keysOf(value)) {
    const m = PLURAL.exec(k);
    if (m) (out[k.slice(0, -m[0].length) + '_#'] ??= []).push(m[1]!);
  }
  for (const forms of Object.values(out)) forms.sort();
  return out;
}

/** Each string's interpolations and $t() nestings, every plural form under its group's key. */
function placeholders(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (v: unknown, prefix: string) => {
    if (typeof v === 'string') {
      const found = [...v.matchAll(/\{\{\s*(\w+)|(\$t\([^)]*\))/g)].map(m => m[1] ?? m[2]!).sort();
      const key = prefix.replace(PLURAL, '_#');
      // Every form of a group must say the same things; the first one seen stands for them all.
      if (key in out) expect(found, `${prefix}: the same placeholders as its other plural forms`).toEqual(out[key]);
      out[key] = found;
    } else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, prefix ? `${prefix}.${k}` : k);
  };
  walk(value, '');
  return out;
}

function stringsOf(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${where}.${k}`));
}

describe('interface translations', () => {
  const resources = loadResources();

  test('every interface language has its files', () => {
    expect([...UI_LANGUAGES].sort()).toEqual(fs.readdirSync(translationsDir()).sort());
  });

  test.each(NAMESPACES.map(ns => [ns]))('namespace %s has the same keys and placeholders in every language', ns => {
    const english = (resources['en'] as Record<string, unknown>)[ns];
    for (const lang of UI_LANGUAGES) {
      const other = (resources[lang] as Record<string, unknown>)[ns];
      expect(messageKeys(other), `${lang}/${ns}.json`).toEqual(messageKeys(english));
      expect(placeholders(other), `${lang}/${ns}.json placeholders`).toEqual(placeholders(english));
    }
  });

  test.each(NAMESPACES.map(ns => [ns]))('namespace %s has every plural form each language needs, and no other', ns => {
    for (const lang of UI_LANGUAGES) {
      // What i18next asks for: it picks the form Intl.PluralRules names, and falls back to English without it.
      const needed = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
      const groups = pluralForms((resources[lang] as Record<string, unknown>)[ns]);
      for (const [group, forms] of Object.entries(groups)) expect(forms, `${lang}/${ns}.json ${group}`).toEqual(needed);
    }
  });

  test('a million of something is said in the interface language', () => {
    const english = createI18n('en').t('ui:status.pair-open', {count: 1_000_000});
    for (const lang of UI_LANGUAGES.filter(l => l !== 'en')) {
      const i18n = createI18n(lang);
      expect(i18n.t('ui:status.pair-open', {count: 1_000_000}), lang).not.toBe(english);
      expect(i18n.t('formats:unit-summary.open', {count: 1_000_000}), lang).toBe(i18n.t('formats:unit-summary.open', {count: 2}).replace('2', '1000000'));
    }
  });

  test('help texts keep their columns in every language', () => {
    for (const lang of UI_LANGUAGES) {
      const help = ((resources[lang] as Record<string, unknown>)['cli'] as {help: Record<string, string>}).help;
      for (const [name, text] of Object.entries(help)) {
        // A block is a run of indented lines; its column is where most descriptions start.
        for (const blockText of text.split(/\n(?! )/)) {
          const rows = blockText
            .split('\n')
            .map(line => /^( {2}\S.*?)( {2,})\S/.exec(line) ?? /^()( {3,})\S/.exec(line))
            .filter(m => m !== null)
            .map(m => ({left: m[1]!.length, column: m[1]!.length + m[2]!.length, line: m.input}));
          const counts = new Map<number, number>();
          for (const r of rows) counts.set(r.column, (counts.get(r.column) ?? 0) + 1);
          const column = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
          // A left part too long for the column may overflow it; a shorter one must reach it.
          for (const r of rows) if (r.left + 2 <= column!) expect(r.column, `${lang} ${name}: ${r.line}`).toBe(column);
        }
      }
    }
  });

  test('each language quotes in one style: English "…", Spanish «…», French « … », Portuguese “…”', () => {
    // Straight quotes stay where they are characters to type: xml:lang="…", a CSV
    // field's "", a JSON member ("format": "cotejo-session").
    const straight = /"\{\{|\}\}"|(?<![=:] ?)"[^"\s]+"(?! *:)/;
    const wrong: Record<string, RegExp> = {
      en: /[“”«»‘’]/,
      es: new RegExp(`[“”‘’]|${straight.source}`),
      // French guillemets hold their text at a no-break space (U+00A0), so a line never breaks inside them.
      fr: new RegExp(`[“”‘’]|«(?!\u00a0)|(?<!\u00a0)»|${straight.source}`),
      pt: new RegExp(`[«»‘’]|${straight.source}`),
    };
    for (const lang of UI_LANGUAGES) {
      const style = wrong[lang];
      expect(style, `a quote style for ${lang}`).toBeDefined();
      for (const ns of NAMESPACES) {
        const walk = (v: unknown, where: string): void => {
          if (typeof v === 'string') expect(style!.test(v) ? v : '', where).toBe('');
          else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
        };
        walk((resources[lang] as Record<string, unknown>)[ns], `${lang}/${ns}`);
      }
    }
  });

  test('French puts a no-break space before : ; ? and !', () => {
    // Not where the mark is typed: a key named "?", &apos;, a JSON member ("format": …).
    const tight = /(?<![\u00a0(]|&#?\w+|")[:;?!](?=\s|$)/;
    for (const ns of NAMESPACES) {
      for (const [where, text] of stringsOf((resources['fr'] as Record<string, unknown>)[ns], `fr/${ns}`)) expect(tight.test(text) ? text : '', where).toBe('');
    }
  });

  test('no value is empty', () => {
    for (const lang of UI_LANGUAGES) {
      for (const ns of NAMESPACES) {
        const walk = (v: unknown, where: string): void => {
          if (typeof v === 'string') expect(v.trim(), where).not.toBe('');
          else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
        };
        walk((resources[lang] as Record<string, unknown>)[ns], `${lang}/${ns}`);
      }
    }
  });

  test('each instance is separate and speaks its own language', () => {
    const en = createI18n('en');
    const es = createI18n('es');
    expect(en.t('errors:file-not-found', {path: 'a.txt'})).toBe('a.txt: no such file. Check the path and try again.');
    expect(es.t('errors:file-not-found', {path: 'a.txt'})).toBe('a.txt: no existe ese archivo. Compruebe la ruta e inténtelo de nuevo.');
    expect(createI18n('fr').t('errors:file-not-found', {path: 'a.txt'})).toBe('a.txt\u00a0: fichier introuvable. Vérifiez le chemin et réessayez.');
    expect(createI18n('pt').t('errors:file-not-found', {path: 'a.txt'})).toBe('a.txt: arquivo não encontrado. Verifique o caminho e tente novamente.');
    expect(en.t('errors:file-not-found', {path: 'a.txt'})).toBe('a.txt: no such file. Check the path and try again.');
  });

  test('plural forms follow each language: French and Brazilian Portuguese count 0 as one', () => {
    expect(createI18n('fr').t('ui:status.pair-open', {count: 0})).toBe('0 ouverte ici');
    expect(createI18n('fr').t('ui:status.pair-open', {count: 2})).toBe('2 ouvertes ici');
    expect(createI18n('pt').t('ui:status.pair-open', {count: 1})).toBe('1 aberta aqui');
    expect(createI18n('pt').t('ui:status.pair-open', {count: 3})).toBe('3 abertas aqui');
    expect(createI18n('en').t('ui:status.pair-open', {count: 0})).toBe('0 open here');
  });
});

describe('choosing the interface language', () => {
  test.each([
    [undefined, {LANG: 'es_ES.UTF-8'}, 'es'],
    [undefined, {LC_ALL: 'en_US.UTF-8', LANG: 'es_ES.UTF-8'}, 'en'],
    [undefined, {LC_MESSAGES: 'es_MX', LANG: 'en_GB'}, 'es'],
    ['es', {LANG: 'en_US.UTF-8'}, 'es'],
    [undefined, {LANG: 'C'}, 'en'],
    [undefined, {LANG: 'de_DE.UTF-8'}, 'en'],
    [undefined, {LANG: 'fr_FR.UTF-8'}, 'fr'],
    [undefined, {LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8'}, 'fr'],
    [undefined, {LANG: 'pt_BR.UTF-8'}, 'pt'],
    [undefined, {LC_MESSAGES: 'pt_PT@euro', LANG: 'es_ES.UTF-8'}, 'pt'],
    ['fr', {LANG: 'pt_BR.UTF-8'}, 'fr'],
    ['PT', {}, 'pt'],
    [undefined, {}, 'en'],
  ] as const)('flag %s with %j gives %s', (flag, env, expected) => {
    expect(pickUiLanguage(flag, env)).toBe(expected);
  });
});
