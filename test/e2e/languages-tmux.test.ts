/**
 * The real program in a real terminal (see tmux.ts) in French and in Portuguese: the
 * reviewer, its help and a prompt speak the chosen language, on a wide and a narrow
 * screen, with no English phrase of the interface left.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {plain, ROOT} from '../ui/support/harness.js';
import {setUpTmux, Tmux} from './tmux.js';

const tmux = new Tmux();

/** The English interface's phrases of two words or more, less any the sample's own text holds. */
function englishPhrases(): string[] {
  const sample = ['article.es.txt', 'article.en.txt'].map(f => fs.readFileSync(path.join(ROOT, 'fixtures', f), 'utf8')).join('\n');
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const part of v.split(/\{\{\w+\}\}/)) out.push(part.trim().replace(/[.:;,()]+$/, ''));
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  for (const ns of ['ui', 'store']) walk(JSON.parse(fs.readFileSync(path.join(ROOT, 'translations', 'en', `${ns}.json`), 'utf8')));
  return [...new Set(out)].filter(p => /\p{L}+ \p{L}+/u.test(p) && !sample.includes(p));
}

describe('the reviewer in French and in Portuguese', () => {
  setUpTmux(tmux);

  test.each([
    {lang: 'fr', columns: 50, rows: 30, position: /paire \d+ sur \d+[\s\S]*\d+ ouvertes? ici/, help: 'Touches de Cotejo', prompt: 'Pourquoi garder la traduction'},
    {lang: 'pt', columns: 80, rows: 24, position: /par \d+ de \d+[\s\S]*\d+ abertas? aqui/, help: 'Teclas do Cotejo', prompt: 'Por que manter a tradução?'},
  ])('$lang at $columns×$rows: the screens speak it', async ({lang, columns, rows, position, help, prompt}) => {
    const english = englishPhrases();
    expect(english.length).toBeGreaterThan(100);
    const spoken = (screen: string) => english.filter(p => screen.includes(p));
    const dir = tmux.sampleDir();
    tmux.start(lang, dir, ['article.es.txt', 'article.en.txt', '--ui-lang', lang, '--read-only'], {columns, rows});
    // The position and the pair's open count: the checks are in, so d has a divergence to take.
    const review = plain(await tmux.waitFor(lang, s => position.test(plain(s)), 'the reviewer'));
    expect(spoken(review)).toEqual([]);
    tmux.keys(lang, '?');
    const helpScreen = plain(await tmux.waitFor(lang, s => s.includes(help), 'the help'));
    expect(spoken(helpScreen)).toEqual([]);
    tmux.keys(lang, 'Escape');
    await tmux.waitFor(lang, s => !s.includes(help), 'the help to close');
    tmux.keys(lang, 'n');
    await new Promise(resolve => setTimeout(resolve, 300));
    tmux.keys(lang, 'd');
    const dismiss = plain(await tmux.waitFor(lang, s => s.includes(prompt.slice(0, 12)), 'the dismissal prompt'));
    expect(spoken(dismiss)).toEqual([]);
    if (columns >= 80) expect(dismiss).toContain(prompt);
    tmux.keys(lang, 'Escape');
    await tmux.waitFor(lang, s => !s.includes(prompt.slice(0, 12)), 'the prompt to close');
    tmux.keys(lang, 'q');
    const after = await tmux.waitFor(lang, s => s.includes('EXITED'), 'the program to end');
    expect(after).toContain('EXITED 0');
  }, 90_000);
});
