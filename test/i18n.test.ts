import {describe, expect, test} from 'vitest';
import {createI18n, loadResources, NAMESPACES, pickUiLanguage, UI_LANGUAGES} from '../src/i18n.js';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (v: unknown, prefix: string) => {
    if (typeof v === 'string') out[prefix] = [...v.matchAll(/\{\{\s*(\w+)/g)].map(m => m[1]!).sort();
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, prefix ? `${prefix}.${k}` : k);
  };
  walk(value, '');
  return out;
}

describe('interface translations', () => {
  const resources = loadResources();

  test.each(NAMESPACES.map(ns => [ns]))('namespace %s has the same keys and placeholders in every language', ns => {
    const english = (resources['en'] as Record<string, unknown>)[ns];
    for (const lang of UI_LANGUAGES) {
      const other = (resources[lang] as Record<string, unknown>)[ns];
      expect(keysOf(other).sort(), `${lang}/${ns}.json`).toEqual(keysOf(english).sort());
      expect(placeholders(other), `${lang}/${ns}.json placeholders`).toEqual(placeholders(english));
    }
  });

  test('each language quotes in one style: English "…", Spanish «…»', () => {
    // Straight quotes stay where they are characters to type: xml:lang="…", a CSV
    // field's "", a JSON member ("format": "cotejo-session").
    const wrong: Record<string, RegExp> = {en: /[“”«»‘’]/, es: /[“”‘’]|"\{\{|\}\}"|(?<![=:] ?)"[^"\s]+"(?! *:)/};
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
    [undefined, {}, 'en'],
  ] as const)('flag %s with %j gives %s', (flag, env, expected) => {
    expect(pickUiLanguage(flag, env)).toBe(expected);
  });
});
