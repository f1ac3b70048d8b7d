import {afterEach, describe, expect, test} from 'vitest';
import stringWidth from 'string-width';
import {COMMANDS} from '../../src/ui/keys/key-table.js';
import {KEY, pairFromTexts, plain, renderReview, samplePair, type Harness} from './support/harness.js';

const open: Harness[] = [];
afterEach(() => {
  while (open.length) open.pop()!.unmount();
});

function track(h: Harness): Harness {
  open.push(h);
  return h;
}

/** The rows of the current pair (from the marked row to the next blank one). */
function currentPairRows(frame: string): string[] {
  const rows = plain(frame).split('\n');
  const start = rows.findIndex(r => /^› ?\d+ /.test(r));
  const end = rows.findIndex((r, i) => i > start && r.trim() === '');
  return rows.slice(start, end < 0 ? undefined : end);
}

describe('the help screen', () => {
  test('? opens a help generated from the key table; j scrolls; Esc closes it', async () => {
    const pair = await samplePair();
    const h = track(renderReview(pair, {rows: 80}));
    await h.waitForText('pair 1 of');
    h.press('?');
    let frame = await h.waitForText('Cotejo keys');
    const text = plain(frame);
    expect(text).toMatch(/^ {2}j, ↓ +Next pair$/m);
    expect(text).toMatch(/^ {2}Ctrl-R, U +Redo$/m);
    expect(text).toMatch(/^ {2}Ctrl-←, Alt-←, Alt-b +One word left$/m);
    // Every command is listed once on a tall enough screen.
    const listed = text.split('\n').filter(l => /^ {2}\S/.test(l)).length;
    expect(listed).toBe(COMMANDS.length);
    h.press(KEY.escape);
    frame = await h.waitForText('j next pair · n next divergence');
    expect(plain(frame)).not.toContain('Cotejo keys');
    h.press('?');
    await h.waitForText('Cotejo keys');
    h.press('?');
    await h.waitForText('j next pair');
  });

  test('on a short screen the help scrolls, and stops at its end', async () => {
    const pair = await samplePair();
    const h = track(renderReview(pair, {rows: 20}));
    await h.waitForText('pair 1 of');
    h.press('?');
    await h.waitForText('Next pair');
    h.press('j');
    await h.waitFor(f => !plain(f).includes('Reviewing'), 'the help scrolled by a row');
    // Far past the end, then one row back up: the last rows come back into view at once.
    for (let i = 0; i < 200; i++) h.press('j');
    await h.waitForText('No');
    h.press('k');
    await h.waitFor(f => !plain(f).split('\n').some(l => /^ {2}n, N, Esc +No$/.test(l)), 'one row up from the end');
    h.press(KEY.pageDown.replace('6', '5'));
    await h.waitFor(f => !plain(f).includes('Yes'), 'a page up');
  });
});

describe('the Spanish interface', () => {
  test('every word on screen is Spanish, key names included', async () => {
    const pair = await samplePair();
    const h = track(renderReview(pair, {lang: 'es', rows: 80, openAtFirstDivergence: true}));
    const frame = await h.waitFor(f => /abiertas? en el documento/.test(plain(f)) && plain(f).includes('par 3 de'), 'the document count in Spanish');
    expect(plain(frame)).toContain('par 3 de');
    expect(plain(frame)).toContain('j par siguiente · n divergencia siguiente · a aplicar · d descartar');
    h.press('?');
    const help = plain(await h.waitForText('Teclas de Cotejo'));
    expect(help).toMatch(/^ {2}AvPág, Ctrl-D +Diez pares más abajo$/m);
    expect(help).toContain('Revisión');
    h.press(KEY.escape);
    await h.waitForText('j par siguiente');
    h.press(':');
    await h.waitForText('Ir al par (1–');
  });
});

describe('the columns', () => {
  test('s swaps the columns: the translation on the left, the source on the right, and back', async () => {
    const pair = await samplePair();
    const h = track(renderReview(pair));
    await h.waitForText('pair 1 of');
    h.press('j', 'j');
    let frame = await h.waitForText('pair 3 of');
    let [header] = plain(frame).split('\n');
    expect(header!.indexOf('article.es.txt')).toBeLessThan(header!.indexOf('article.en.txt'));
    expect(currentPairRows(frame)[0]).toMatch(/^› 3 1:1 +\S* +El presidente ruso.*│ The Russian President/);
    h.press('s');
    frame = await h.waitFor(f => /^› 3 1:1 +\S* +The Russian President.*│ El presidente ruso/.test(currentPairRows(f)[0] ?? ''), 'the columns swapped');
    [header] = plain(frame).split('\n');
    expect(header!.indexOf('article.en.txt')).toBeLessThan(header!.indexOf('article.es.txt'));
    h.press('s');
    await h.waitFor(f => /^› 3 1:1 +\S* +El presidente ruso/.test(currentPairRows(f)[0] ?? ''), 'the columns back');
  });
});

describe('terminals', () => {
  test('below 60 columns the two texts are stacked, not side by side', async () => {
    const pair = await samplePair();
    const h = track(renderReview(pair, {columns: 50}));
    await h.waitForText('pair 1 of');
    h.press('j', 'j');
    const frame = await h.waitForText('pair 3 of');
    const rows = currentPairRows(frame);
    expect(rows.some(r => r.includes('│'))).toBe(false);
    const target = rows.findIndex(r => r.includes('↳'));
    expect(rows[0]).toContain('El presidente ruso');
    expect(rows[target]).toContain('The Russian');
    for (const r of plain(frame).split('\n')) expect(stringWidth(r)).toBeLessThanOrEqual(50);
  });

  test('a resize redraws the screen for the new width', async () => {
    const pair = await samplePair();
    const h = track(renderReview(pair, {terminalSize: true}));
    await h.waitForText('pair 1 of');
    expect(currentPairRows(h.frame())[0]).toContain('│');
    h.resize(50);
    const frame = await h.waitFor(f => !currentPairRows(f).some(r => r.includes('│')), 'the stacked layout');
    for (const r of plain(frame).split('\n')) expect(stringWidth(r)).toBeLessThanOrEqual(50);
  });

  test('wide characters, emoji and combining marks keep the columns straight', async () => {
    const pair = await pairFromTexts(
      'El café ☕ de Pekín 北京 abre a las 9 con 👨‍👩‍👧 familias y cafe\u0301 con leche para todos los clientes del barrio.',
      'The 北京 café ☕ opens at 9 with 👨‍👩‍👧 families and cafe\u0301 au lait for 中文字符测试 all the customers of the district.',
    );
    const h = track(renderReview(pair, {columns: 70}));
    const frame = await h.waitForText('pair 1 of');
    const rows = currentPairRows(frame);
    expect(rows.length).toBeGreaterThan(2);
    const columns = rows.map(r => stringWidth(r.slice(0, r.indexOf('│'))));
    expect(new Set(columns).size, rows.join('\n')).toBe(1);
    for (const r of plain(frame).split('\n')) expect(stringWidth(r)).toBeLessThanOrEqual(70);
  });

  test('control characters and escape sequences in a document are shown as symbols, never sent', async () => {
    const pair = await pairFromTexts('Texto con \u001b[2J escape y \u0007 campana.', 'Text with \u001b[2J escape and \u0007 bell\u009b.');
    const h = track(renderReview(pair));
    const frame = await h.waitForText('pair 1 of');
    expect(frame).not.toContain('\u001b[2J');
    expect(frame).not.toContain('\u0007');
    expect(frame).not.toContain('\u009b');
    expect(plain(frame)).toContain('Text with ␛[2J escape and ␇ bell\ufffd.');
    expect(plain(frame)).toContain('Texto con ␛[2J escape y ␇ campana.');
  });
});
