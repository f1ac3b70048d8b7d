/**
 * The interface's words. One i18next instance per app (and per test), made with
 * createInstance(); resources are the JSON files in translations/LANG/NAMESPACE.json.
 * The engine never calls t(): it returns codes and parameters, and the edge renders
 * them here.
 */
import fs from 'node:fs';
import i18next, {type i18n, type Resource, type TFunction} from 'i18next';
import {packageRoot} from './paths.js';

/** The namespaces, one JSON file each per language. */
export const NAMESPACES = ['cli', 'errors', 'ui', 'divergence', 'formats', 'store'] as const;
/** A namespace of the interface's strings. */
export type Namespace = (typeof NAMESPACES)[number];

/** The interface languages that have complete resources. */
export const UI_LANGUAGES = ['en', 'es', 'fr', 'pt'] as const;
/** A supported interface language. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The English resources' shape: every language must have the same keys. */
export interface Resources {
  cli: typeof import('../translations/en/cli.json', {with: {type: 'json'}});
  errors: typeof import('../translations/en/errors.json', {with: {type: 'json'}});
  ui: typeof import('../translations/en/ui.json', {with: {type: 'json'}});
  divergence: typeof import('../translations/en/divergence.json', {with: {type: 'json'}});
  formats: typeof import('../translations/en/formats.json', {with: {type: 'json'}});
  store: typeof import('../translations/en/store.json', {with: {type: 'json'}});
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'cli';
    resources: Resources;
  }
}

/** The folder that holds translations/. */
export function translationsDir(): string {
  return `${packageRoot()}translations/`;
}

let cached: Resource | undefined;

/** Every language's resources, read once from disk. */
export function loadResources(): Resource {
  if (cached) return cached;
  const dir = translationsDir();
  const out: Resource = {};
  for (const lang of UI_LANGUAGES) {
    const bundle: Record<string, Record<string, string>> = {};
    for (const ns of NAMESPACES) {
      bundle[ns] = JSON.parse(fs.readFileSync(`${dir}${lang}/${ns}.json`, 'utf8')) as Record<string, string>;
    }
    out[lang] = bundle;
  }
  cached = out;
  return out;
}

/**
 * The interface language: `--ui-lang` when given, else LC_ALL, LC_MESSAGES, LANG
 * (the POSIX order), else English.
 */
export function pickUiLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): UiLanguage {
  const candidates = [flag, env['LC_ALL'], env['LC_MESSAGES'], env['LANG']];
  for (const c of candidates) {
    if (!c) continue;
    const code = c.toLowerCase().split(/[_.@-]/)[0];
    if (code === 'c' || code === 'posix') return 'en';
    const found = UI_LANGUAGES.find(l => l === code);
    if (found) return found;
    // The first variable that is set decides, as in POSIX; an unsupported one means English.
    return 'en';
  }
  return 'en';
}

/** A new, initialised i18next instance for one app or one test. */
export function createI18n(lang: UiLanguage = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'cli',
    resources: loadResources(),
    initAsync: false,
    interpolation: {escapeValue: false},
    returnNull: false,
  });
  return instance;
}

/** The translation function of an instance, typed by the resources above. */
export type Translate = TFunction;
