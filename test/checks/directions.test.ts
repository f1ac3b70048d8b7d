import {describe, expect, test} from 'vitest';
import {checkGlued} from '../../src/core/checks/glued.js';
import {checkMistranslations} from '../../src/core/checks/mistranslation.js';
import {checkNames} from '../../src/core/checks/name.js';
import {checkUntranslated} from '../../src/core/checks/untranslated.js';
import type {Check} from '../../src/core/checks/context.js';
import {contextFor, flagged, pair} from './helpers.js';

async function run(check: Check, source: string, target: string, s: string, t: string): Promise<{codes: string[]; spans: string[]}> {
  const input = pair(s, t);
  const out = check(input, await contextFor(source, target));
  return {codes: out.map(d => d.code), spans: flagged(input, out)};
}

describe('checks in the other directions', () => {
  test('a negation the translation drops is flagged, in French, Portuguese and Spanish sources', async () => {
    expect((await run(checkMistranslations, 'fr', 'en', "Ce n'est pas seulement une question d'argent, dit-elle.", 'It is only a question of money, she says.')).codes).toContain('negation-lost');
    expect((await run(checkMistranslations, 'pt', 'en', 'O governo não reduziu o imposto este ano.', 'The government reduced the tax this year.')).codes).toContain('negation-lost');
    expect((await run(checkMistranslations, 'es', 'en', 'El alcalde no firmó el decreto ayer.', 'The mayor signed the decree yesterday.')).codes).toContain('negation-lost');
  });

  test('a negation rendered by a contraction, a prefix or a negative word, or a phrase that negates nothing, is not flagged', async () => {
    for (const [lang, s, t] of [
      ['es', 'Pero esto no ha terminado, dijo.', "But this isn't over, he said."],
      ['pt', 'Uma organização não governamental fez o estudo.', 'A non-governmental organization did the study.'],
      ['es', 'No obstante, el proyecto preocupa a los comerciantes.', 'However, the project worries the traders.'],
      ['fr', 'Ils sont partis sans rien dire à personne.', 'They left without telling anyone.'],
    ] as const) {
      expect((await run(checkMistranslations, lang, 'en', s, t)).codes, s).not.toContain('negation-lost');
    }
  });

  test("a verb's false friend needs a form of the verb, and the nearest wrong rendering is marked", async () => {
    const out = await run(checkMistranslations, 'pt', 'en', 'A campanha atingiu um recorde de 98 mil toneladas. O ministro recordou que o preço subiu.', 'The campaign hit a record 98,000 tonnes. The minister recorded that the price rose.');
    expect(out.codes.filter(c => c === 'false-friend')).toHaveLength(1);
    expect(out.spans).toContain('recorded');
    expect((await run(checkMistranslations, 'pt', 'en', 'O governo pretende ampliar a fiscalização.', 'The government pretends to step up enforcement.')).spans).toContain('pretends');
  });

  test('a false friend listed by its form is not matched by words that share its stem', async () => {
    expect((await run(checkMistranslations, 'en', 'es', 'The council will close nine libraries.', 'El ayuntamiento cerrará nueve librerías.')).spans).toContain('librerías');
    expect((await run(checkMistranslations, 'en', 'es', 'The library lent books for a few pounds.', 'La biblioteca prestó libros por unas libras.')).codes).not.toContain('false-friend');
  });

  test('a word carried over after an elided article is untranslated', async () => {
    expect((await run(checkUntranslated, 'fr', 'en', "L'échevine de la Culture a signé la convention.", 'The échevine for culture signed the agreement.')).spans).toContain('échevine');
  });

  test('a compound the dictionary lacks is no glued pair of words unless its first part is a name of the pair', async () => {
    expect((await run(checkGlued, 'en', 'es', 'The mobile libraries will stop.', 'Los Bibliobuses dejarán de circular.')).codes).toEqual([]);
    expect((await run(checkGlued, 'pt', 'en', 'Os distritos de Meconta e Angoche responderam por metade.', 'The districts of Meconta and Angocheaccounted for half.')).spans).toContain('Angocheaccounted');
  });

  test('a surname written with its particle is translated when the rest is rendered as a word', async () => {
    const out = await run(checkNames, 'fr', 'en', "Selon Maxime Laforêt, la librairie restera ouverte.", 'According to Maxime Forest, the bookshop will stay open.');
    expect(out.codes).toEqual(['name-translated']);
    expect(out.spans).toEqual(['Forest']);
    expect((await run(checkNames, 'fr', 'en', "Selon Maxime Laforêt, la librairie restera ouverte.", 'According to Maxime Laforêt, the bookshop will stay open.')).codes).toEqual([]);
  });

  test('a name made of two words is translated when the translation renders both', async () => {
    const out = await run(checkNames, 'en', 'es', 'Residents of the Greenfield neighbourhood complained.', 'Los vecinos del barrio de Campo Verde se quejaron.');
    expect(out.spans).toEqual(['Campo Verde']);
    expect((await run(checkNames, 'en', 'es', 'Residents of the Greenfield neighbourhood complained.', 'Los vecinos del barrio de Greenfield se quejaron.')).codes).toEqual([]);
  });
});
