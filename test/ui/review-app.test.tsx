import {afterEach, describe, expect, test} from 'vitest';
import {beadDivergences, reduce, type SessionState} from '../../src/core/session.js';
import type {Divergence} from '../../src/core/types.js';
import {CATEGORY_COLOURS} from '../../src/ui/layout/styled.js';
import {attributesOf, beadWithTarget, KEY, pairFromTexts, plain, renderReview, samplePair, SGR, type Harness, type Pair} from './support/harness.js';

const open: Harness[] = [];
afterEach(() => {
  while (open.length) open.pop()!.unmount();
});

function track(h: Harness): Harness {
  open.push(h);
  return h;
}

/** Foreground SGR code of a category's colour as chalk writes it. */
const FG: Record<string, string> = {
  magenta: '\u001b[35m',
  cyan: '\u001b[36m',
  yellow: '\u001b[33m',
  red: '\u001b[31m',
  blue: '\u001b[34m',
  magentaBright: '\u001b[95m',
  redBright: '\u001b[91m',
  blueBright: '\u001b[94m',
  cyanBright: '\u001b[96m',
  yellowBright: '\u001b[93m',
};

function phrase(state: SessionState, d: Divergence): string {
  const loc = d.target!;
  return state.target.paragraphs[loc.paragraph]!.text.slice(loc.start, loc.end);
}

/** Goes to pair `bead` with `:` and selects the divergence `pick` with Tab. */
async function select(h: Harness, pair: Pair, bead: number, pick: (d: Divergence) => boolean): Promise<Divergence> {
  h.press(':');
  await h.waitForText('Go to pair');
  h.type(String(bead + 1));
  h.press(KEY.enter);
  await h.waitForText(`pair ${bead + 1} of ${pair.state.beads.length}`);
  const list = beadDivergences(pair.state, bead, pair.ctx);
  const wanted = list.findIndex(pick);
  expect(wanted, 'the checks find the divergence this test is about').toBeGreaterThanOrEqual(0);
  for (let i = 0; i < wanted; i++) h.press(KEY.tab);
  const d = list[wanted]!;
  // The list's selected entry (the gutter's cursor row starts with "› " and the pair's number).
  await h.waitFor(f => plain(f).split('\n').some(l => /^› \D/.test(l) && l.includes(phrase(pair.state, d))), 'the divergence selected');
  return d;
}

const isGluedJinping = (state: SessionState) => (d: Divergence) => d.category === 'glued' && d.target !== null && phrase(state, d) === 'Jinpingin';
const isGluedPoutine = (state: SessionState) => (d: Divergence) => d.category === 'glued' && d.target !== null && phrase(state, d) === 'Poutinevisit';

describe('moving through the document', () => {
  test('j, k, G, g, arrows, page keys and : move between pairs', async () => {
    const pair = await samplePair();
    const total = pair.state.beads.length;
    const h = track(renderReview(pair));
    await h.waitForText(`pair 1 of ${total}`);
    h.press('j');
    await h.waitForText(`pair 2 of ${total}`);
    h.press(KEY.down, KEY.down);
    await h.waitForText(`pair 4 of ${total}`);
    h.press('k');
    await h.waitForText(`pair 3 of ${total}`);
    h.press('G');
    await h.waitForText(`pair ${total} of ${total}`);
    h.press('g');
    await h.waitForText(`pair 1 of ${total}`);
    h.press(KEY.pageDown);
    await h.waitForText(`pair 11 of ${total}`);
    h.press(':');
    h.type('7');
    h.press(KEY.enter);
    const frame = await h.waitForText(`pair 7 of ${total}`);
    // The current pair is marked and its texts are on screen.
    const bead = pair.state.beads[6]!;
    const firstWords = pair.state.target.paragraphs[bead.target[0]!]!.text.split(' ').slice(0, 3).join(' ');
    expect(plain(frame)).toMatch(new RegExp(`^› ?7 .*${firstWords}`, 'm'));
  });

  test('a pair number that does not exist is refused with a notice', async () => {
    const pair = await samplePair();
    const h = track(renderReview(pair));
    h.press(':');
    h.type('999');
    h.press(KEY.enter);
    await h.waitForText('There is no pair 999.');
    expect(plain(h.frame())).toContain(`pair 1 of ${pair.state.beads.length}`);
  });

  test('search finds text in either language and Enter again finds the next match', async () => {
    const pair = await samplePair();
    const total = pair.state.beads.length;
    const matches = pair.state.beads
      .map((b, i) => ({i, text: [...b.source.map(p => pair.state.source.paragraphs[p]!.text), ...b.target.map(p => pair.state.target.paragraphs[p]!.text)].join(' ')}))
      .filter(x => x.text.toLowerCase().includes('pekín'))
      .map(x => x.i);
    expect(matches.length).toBeGreaterThan(1);
    const h = track(renderReview(pair));
    h.press('/');
    h.type('pekín');
    h.press(KEY.enter);
    await h.waitForText(`pair ${matches[0]! + 1} of ${total}`);
    h.press('/');
    await h.waitForText('Search: pekín');
    h.press(KEY.enter);
    await h.waitForText(`pair ${matches[1]! + 1} of ${total}`);
    // Case and accents do not count: PEKIN finds Pekín again, from the pair after this one.
    h.press('/');
    await h.waitForText('Search: pekín');
    for (let i = 0; i < 'pekín'.length; i++) h.press(KEY.backspace);
    h.type('PEKIN');
    h.press(KEY.enter);
    await h.waitForText(`pair ${(matches[2] ?? matches[0]!) + 1} of ${total}`);
    h.press('/');
    h.type('zzzz-nowhere');
    h.press(KEY.enter);
    await h.waitForText('Not found: PEKINzzzz-nowhere');
  });

  test('n goes to the next open divergence of the document, N back', async () => {
    const pair = await samplePair();
    const withOpen = pair.state.beads.map((_, i) => i).filter(i => beadDivergences(pair.state, i, pair.ctx).length > 0);
    expect(withOpen.length).toBeGreaterThan(1);
    const h = track(renderReview(pair));
    const total = pair.state.beads.length;
    // From pair 1, n goes to the first pair with a divergence after it (or stays in pair 1's own list).
    h.press('G');
    await h.waitForText(`pair ${total} of ${total}`);
    h.press('n');
    const first = withOpen.find(i => i !== total - 1) ?? withOpen[0]!;
    await h.waitForText(`pair ${first + 1} of ${total}`);
    const count = beadDivergences(pair.state, first, pair.ctx).length;
    for (let i = 0; i < count; i++) h.press('n');
    const next = withOpen[withOpen.indexOf(first) + 1]!;
    await h.waitForText(`pair ${next + 1} of ${total}`);
    h.press('N');
    await h.waitForText(`pair ${first + 1} of ${total}`);
  });
});

describe('divergences in place', () => {
  test('the selected glued phrase is reversed, underlined and in its colour; its source span is reversed too', async () => {
    const pair = await samplePair();
    const bead = beadWithTarget(pair.state, 'Poutinevisit');
    const h = track(renderReview(pair));
    const d = await select(h, pair, bead, isGluedPoutine(pair.state));
    const fg = FG[CATEGORY_COLOURS.glued]!;
    const frame = h.frame();
    expect(frame).toContain(`${SGR.inverse}${SGR.underline}${fg}Poutinevisit${SGR.fgOff}${SGR.underlineOff}${SGR.inverseOff}`);
    if (d.source) {
      const src = pair.state.source.paragraphs[d.source.paragraph]!.text.slice(d.source.start, d.source.end);
      const firstWord = src.split(' ')[0]!;
      expect(frame).toContain(`${SGR.inverse}${SGR.underline}${fg}${firstWord}`);
    }
    // The list names the category and quotes the phrase, with the message in words.
    expect(plain(frame)).toMatch(/^› glued words "Poutinevisit" /m);
    // Its suggestion keeps the name the translation mangled and would add divergences: it is held back.
    expect(plain(frame)).toContain('(its suggestion would add divergences; edit instead)');
    expect(plain(frame)).not.toContain('→ Poutine visit');
  });

  test('an unselected divergence is underlined in its colour, not reversed', async () => {
    const pair = await pairFromTexts(
      'Vladimir Putin visitará China y Musk lo consideró un aliado.',
      'Vladimir Poutinevisit China and Muskconsidered him an ally.',
    );
    const list = beadDivergences(pair.state, 0, pair.ctx).filter(d => d.target && d.target.end > d.target.start);
    const words = list.map(d => phrase(pair.state, d));
    expect(words).toEqual(expect.arrayContaining(['Poutinevisit', 'Muskconsidered']));
    const h = track(renderReview(pair));
    const first = await select(h, pair, 0, d => phrase(pair.state, d) === 'Poutinevisit');
    const other = list.find(d => phrase(pair.state, d) === 'Muskconsidered')!;
    const frame = h.frame();
    expect(frame).toContain(`${SGR.inverse}${SGR.underline}${FG[CATEGORY_COLOURS[first.category]]}Poutinevisit`);
    const fg = FG[CATEGORY_COLOURS[other.category]]!;
    expect(frame).toContain(`${SGR.underline}${fg}Muskconsidered${SGR.fgOff}${SGR.underlineOff}`);
    expect(attributesOf(frame, 'Muskconsidered')).toEqual(Array(14).fill([fg.slice(2, -1), '4'].sort()));
  });

  test('without colours (NO_COLOR) the highlight is still underlined, with no colour code', async () => {
    const pair = await samplePair();
    const bead = beadWithTarget(pair.state, 'Poutinevisit');
    const h = track(renderReview(pair, {colours: false}));
    await select(h, pair, bead, isGluedPoutine(pair.state));
    const frame = h.frame();
    expect(frame).toContain(`${SGR.inverse}${SGR.underline}Poutinevisit${SGR.underlineOff}${SGR.inverseOff}`);
    // No foreground colour anywhere on the screen.
    expect(frame).not.toMatch(new RegExp(`${SGR.escape}\\[(3[1-7]|9[1-7])m`));
  });
});

describe('fixing the translation', () => {
  test('a applies the suggestion: the new words are marked, the old ones struck through, the pair checked again', async () => {
    const pair = await samplePair();
    const bead = beadWithTarget(pair.state, 'Jinpingin');
    const h = track(renderReview(pair));
    const d = await select(h, pair, bead, isGluedJinping(pair.state));
    h.press('a');
    const frame = await h.waitForText('Suggestion applied.');
    // Removed: struck through in red; added: underlined in green.
    expect(frame).toContain(`${SGR.strike}${SGR.red}Jinpingin`);
    expect(attributesOf(frame, 'Jinpingin')).toEqual(Array(9).fill(['31', '9']));
    // The added words are underlined (green, unless a divergence found in them now
    // takes the colour), never struck through.
    const added = attributesOf(frame, 'Jinpingin Jinping in');
    for (const attrs of [...added.slice(10, 17), ...added.slice(-2)]) {
      expect(attrs).toContain('4');
      expect(attrs).not.toContain('9');
    }
    // Checked again: the glued phrase is no longer in the list.
    const after = reduce(pair.state, {type: 'apply-suggestion', divergence: d});
    const left = beadDivergences(after, bead, pair.ctx);
    expect(left.some(x => x.key === d.key)).toBe(false);
    expect(plain(frame)).not.toMatch(/^› glued words "Jinpingin"/m);
  });

  test('the inline editor: word jumps, typing, deleting, Enter keeps the edit and Esc cancels', async () => {
    const pair = await samplePair();
    const bead = beadWithTarget(pair.state, 'Poutinevisit');
    // Wide enough that the edited phrase stays on one row beside the gutter.
    const h = track(renderReview(pair, {columns: 160}));
    await select(h, pair, bead, isGluedPoutine(pair.state));
    h.press('i');
    await h.waitForText('Enter keep · Esc cancel');
    // The cursor starts on the selected phrase: jump past "Poutine" is not a word end,
    // so move right seven characters and insert a space.
    for (let i = 0; i < 'Poutine'.length; i++) h.press(KEY.right);
    h.type(' ');
    h.press(KEY.ctrlRight, KEY.ctrlRight);
    h.press(KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace);
    h.type('today');
    await h.waitForText('Poutine visit today');
    h.press(KEY.enter);
    const frame = await h.waitForText('Translation edited.');
    expect(frame).toContain(`${SGR.strike}${SGR.red}Poutinevisit`);
    // The words as loaded are struck through, the words typed are underlined.
    expect(attributesOf(frame, 'Poutinevisit')).toEqual(Array(12).fill(['31', '9']));
    expect(attributesOf(frame, 'China visit')[0]).toEqual(['31', '9']);
    // Typed words are underlined, never struck through; green unless the check of the
    // edited pair now flags them, when the divergence's colour wins.
    for (const attrs of attributesOf(frame, 'today')) {
      expect(attrs).toContain('4');
      expect(attrs).not.toContain('9');
    }
    // Esc leaves the text as it was.
    h.press('i');
    await h.waitForText('Enter keep · Esc cancel');
    h.type('XYZ');
    await h.waitForText('XYZ');
    h.press(KEY.escape);
    await h.waitFor(f => !plain(f).includes('XYZ') && plain(f).includes('j next pair'), 'the edit cancelled');
  });

  test('d dismisses the selected divergence (no longer highlighted, counted or visited), r reopens it', async () => {
    const pair = await samplePair();
    const bead = beadWithTarget(pair.state, 'Jinpingin');
    const h = track(renderReview(pair));
    const total = pair.state.beads.map((_, i) => beadDivergences(pair.state, i, pair.ctx).length).reduce((a, b) => a + b, 0);
    await h.waitForText(`${total} open in the document`);
    await select(h, pair, bead, isGluedJinping(pair.state));
    h.press('d');
    await h.waitForText('Why does the translation stand?');
    h.type('a proper name in the source');
    h.press(KEY.enter);
    let frame = await h.waitForText('(dismissed: a proper name in the source)');
    expect(plain(frame)).toMatch(/^› glued words \(dismissed: a proper name in the source\) "Jinpingin" /m);
    // The selection stays on it, reversed without colour or underline, so it can be reopened.
    expect(frame).toContain(`${SGR.inverse}Jinpingin${SGR.inverseOff}`);
    expect(frame).not.toContain(`${SGR.underline}${FG[CATEGORY_COLOURS.glued]}Jinpingin`);
    await h.waitForText(`${total - 1} open in the document`);
    h.press('r');
    frame = await h.waitForText('Divergence reopened.');
    expect(plain(frame)).not.toContain('(dismissed)');
    await h.waitForText(`${total} open in the document`);
  });

  test('u undoes and Ctrl-R redoes every kind of change', async () => {
    const pair = await samplePair();
    const bead = beadWithTarget(pair.state, 'Jinpingin');
    const h = track(renderReview(pair));
    await select(h, pair, bead, isGluedJinping(pair.state));
    h.press('a');
    await h.waitForText('Suggestion applied.');
    h.press('u');
    let frame = await h.waitForText('Undone.');
    expect(frame).not.toContain(SGR.strike);
    expect(plain(frame)).toContain('Xi Jinpingin a bid');
    h.press(KEY.ctrlR);
    frame = await h.waitForText('Redone.');
    expect(attributesOf(frame, 'Jinpingin')[0]).toEqual(['31', '9']);
    h.press('u', 'u');
    await h.waitForText('Nothing to undo.');
  });
});
