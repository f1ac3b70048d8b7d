/**
 * Every divergence message and suggestion of the sample can be read whole in the real
 * program at 50, 80 and 150 columns: walked through with `n`, each selected entry of
 * the list must hold the message and the suggestion the check report gives, with no
 * word cut at the screen's edge, and no row may be wider than the screen.
 */
import {spawnSync} from 'node:child_process';
import {describe, expect, test} from 'vitest';
import {plain} from '../ui/support/harness.js';
import {CLI, setUpTmux, Tmux} from './tmux.js';

const tmux = new Tmux();

interface Reported {
  readonly message: string;
  readonly suggestion?: string;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The selected entry of the list (below the rule): its first row and the indented rows after it. */
function selectedEntry(screen: string): string | null {
  const rows = plain(screen).split('\n');
  const rule = rows.findIndex(r => /^─{10,}/.test(r));
  if (rule < 0) return null;
  const at = rows.findIndex((r, i) => i > rule && r.startsWith('› '));
  if (at < 0) return null;
  const parts = [rows[at]!.slice(2)];
  for (let i = at + 1; i < rows.length && rows[i]!.startsWith('    '); i++) parts.push(rows[i]!);
  return squeeze(parts.join(' '));
}

/** Which divergence is selected: the pair's position and the selected entry. */
function where(screen: string): string {
  return `${/pair \d+ of \d+/.exec(plain(screen))?.[0] ?? ''}|${selectedEntry(screen) ?? ''}`;
}

describe('messages and suggestions are readable whole at any width', () => {
  let reported: Reported[] = [];

  setUpTmux(tmux, () => {
    const dir = tmux.sampleDir();
    // check exits with 1 when it finds divergences; the report is on stdout either way.
    const run = spawnSync('node', [CLI, 'check', 'article.es.txt', 'article.en.txt', '--format', 'json', '--ui-lang', 'en'], {cwd: dir, encoding: 'utf8'});
    reported = (JSON.parse(run.stdout) as {divergences: Reported[]}).divergences;
  });

  test.each([
    [50, 30],
    [80, 24],
    [150, 45],
  ])('at %i×%i', async (columns, rows) => {
    expect(reported.length).toBeGreaterThan(10);
    const dir = tmux.sampleDir();
    const name = `w${columns}`;
    tmux.start(name, dir, ['article.es.txt', 'article.en.txt'], {columns, rows});
    let screen = await tmux.waitFor(name, s => selectedEntry(s) !== null && /open in the document/.test(plain(s)), 'the first divergence and the count');
    const seen: string[] = [];
    for (let step = 0; step < reported.length + 5; step++) {
      for (const row of plain(screen).split('\n')) expect(row.length, row).toBeLessThanOrEqual(columns);
      seen.push(selectedEntry(screen)!);
      // The selection has moved when the pair or the selected entry differ (the rest of the
      // screen may change on its own: the count, the save time).
      const before = where(screen);
      tmux.keys(name, 'n');
      screen = await tmux.waitFor(name, s => selectedEntry(s) !== null && where(s) !== before, 'the next divergence');
      if (plain(screen).includes('Continued from the other end')) break;
    }
    // A suggestion is shown, or said to be held back because it would add divergences.
    const missing = reported.filter(d => {
      const wants = d.suggestion === undefined ? [squeeze(d.message)] : [squeeze(`${d.message} → ${d.suggestion}`), squeeze(`${d.message} (its suggestion would add divergences; edit instead)`)];
      return !seen.some(entry => wants.some(want => entry.includes(want)));
    });
    expect(missing.map(d => d.message)).toEqual([]);
    tmux.keys(name, 'q');
    await tmux.waitFor(name, s => s.includes('EXITED 0'), 'the program to end');
  }, 120_000);
});
