/**
 * The one place that reads the language data files (dictionaries, lexicon tables, name
 * lists) from src/languages/. They ship as text beside the program, not compiled into
 * it: the build goes to dist/src/ while the files stay in src/languages/, found from
 * the package root as translations/ is (src/paths.ts). They are read on first use, so a
 * run pays only for the languages it meets.
 */
import fs from 'node:fs';
import {packageRoot} from '../paths.js';

/** The absolute path of a file under src/languages/ ("es-en/dictionary.tsv"). */
export function languageDataPath(relative: string): string {
  return `${packageRoot()}src/languages/${relative}`;
}

/** Whether the package holds a data file. */
export function hasLanguageData(relative: string): boolean {
  return fs.existsSync(languageDataPath(relative));
}

/**
 * The text of a data file. A missing file is a broken installation, not bad input, so
 * it throws.
 */
export function readLanguageData(relative: string): string {
  return fs.readFileSync(languageDataPath(relative), 'utf8');
}

/**
 * The rows of a tab-separated data file: lines split on tabs, with blank lines and
 * lines starting with `#` (comments) left out.
 */
export function readLanguageTable(relative: string): string[][] {
  const rows: string[][] = [];
  for (const line of readLanguageData(relative).split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    rows.push(line.split('\t'));
  }
  return rows;
}
