import {describe, expect, it} from 'vitest';
import {beadLinks, cognateStems} from '../../src/core/checks/links.js';
import {esEn, pair} from './helpers.js';

describe('word links', () => {
  it('meets cognates across joining marks', () => {
    expect(cognateStems('post-election', 'postelectoral')).toBe(true);
    expect(cognateStems('re-election', 'reelección')).toBe(true);
    expect(cognateStems('post-war', 'electoral')).toBe(false);
  });

  it('links a hyphenated word to its cognate', async () => {
    const ctx = await esEn();
    const input = pair('Tras su reelección, viajó a Lima.', 'After his re-election, he travelled to Lima.');
    const links = beadLinks(input, ctx);
    const target = links.target.find(w => w.text === 're-election')!;
    const link = links.byTarget[target.i];
    expect(link && links.source[link.source]!.text).toBe('reelección');
  });
});
