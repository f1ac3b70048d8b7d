import {describe, expect, test} from 'vitest';
import {confidenceOf, isHint} from '../../src/core/checks/confidence.js';
import {linkReport} from '../../src/core/checks/links.js';
import {checkMistranslations} from '../../src/core/checks/mistranslation.js';
import {checkNames} from '../../src/core/checks/name.js';
import {checkOmissions} from '../../src/core/checks/omission.js';
import {checkUntranslated} from '../../src/core/checks/untranslated.js';
import {compareBead} from '../../src/core/compare.js';
import {documentFromParagraphs} from '../../src/core/document.js';
import {esEn, flagged, pair} from './helpers.js';

describe('tenses read through the linked verbs', () => {
  test.each([
    ['Según el informe, la obra duraría tres años.', 'According to the report, the work lasted three years.', 'tense-conditional-lost', 'lasted'],
    ['La ministra confirmó ayer el acuerdo con los sindicatos.', 'The minister will confirm the agreement with the unions yesterday.', 'tense-past-as-future', 'will confirm'],
    ['El gobierno ampliará el programa a otras provincias.', 'The government extended the programme to other provinces.', 'tense-future-lost', 'extended'],
    ['Ellos votaron en contra.', 'They vote against.', 'tense-past-lost', 'vote'],
  ])('flags %s', async (source, target, code, phrase) => {
    const ctx = await esEn();
    const input = pair(source, target);
    const out = checkMistranslations(input, ctx).filter(d => d.code.startsWith('tense'));
    expect(out.map(d => d.code)).toEqual([code]);
    expect(flagged(input, out)).toEqual([phrase]);
  });

  test.each([
    ['El equipo venció al campeón por dos goles.', 'The team beat the champion by two goals.'],
    ['La meteoróloga pronosticó lluvias para el jueves.', 'The forecaster forecast rain for Thursday.'],
    ['Según el informe, la obra duraría tres años.', 'According to the report, the work would last three years.'],
    ['La secretaría publicó las cifras.', 'The department published the figures.'],
  ])('leaves a tense kept alone: %s', async (source, target) => {
    const ctx = await esEn();
    expect(checkMistranslations(pair(source, target), ctx).filter(d => d.code.startsWith('tense'))).toEqual([]);
  });

  test('takes no word the tagger reads as a noun for a verb that lost its tense', async () => {
    const ctx = await esEn();
    expect(ctx.tagger).not.toBeNull();
    const input = pair('El delantero aprovechó la ventaja.', 'The striker advantage the lead.');
    expect(checkMistranslations(input, ctx).filter(d => d.code.startsWith('tense'))).toEqual([]);
  });
});

describe('a sense that does not fit the text', () => {
  const sports = 'El partido terminó dos a uno y el equipo local sigue primero en la liga.';
  test('in a sports text, the football sense is the suggestion', async () => {
    const ctx = await esEn();
    const input = pair([sports, 'El técnico habló después del partido.'], ['The match ended two to one and the home team is still first in the league.', 'The technician spoke after the match.']);
    const out = checkMistranslations(input, ctx).filter(d => d.code === 'sense-in-context');
    expect(flagged(input, out)).toEqual(['technician']);
    expect(out[0]!.suggestion).toBe('coach');
  });

  test('elsewhere the usual sense stands', async () => {
    const ctx = await esEn();
    const input = pair('El técnico revisó la instalación eléctrica del edificio.', 'The technician checked the building\'s electrical installation.');
    expect(checkMistranslations(input, ctx).filter(d => d.code === 'sense-in-context')).toEqual([]);
  });
});

describe('names and words carried over', () => {
  test('a surname that is also a common word, turned into it', async () => {
    const ctx = await esEn();
    const input = pair('La jueza Marta Ríos rechazó el recurso.', 'Judge Marta Rivers rejected the appeal.');
    const out = checkNames(input, ctx);
    expect(flagged(input, out)).toEqual(['Rivers']);
    expect(out[0]!.code).toBe('name-translated');
  });

  test('an institution named after a person keeps its common words translatable', async () => {
    const ctx = await esEn();
    const input = pair('Estudia en la Universidad Técnica Federico Santa María.', 'She studies at the Federico Santa María Technical University.');
    expect(checkNames(input, ctx)).toEqual([]);
  });

  test('a regional word no English dictionary knows, left as it was', async () => {
    const ctx = await esEn();
    const input = pair('Los pibes del barrio jugaron hasta tarde.', 'The pibes from the neighbourhood played until late.');
    expect(flagged(input, checkUntranslated(input, ctx))).toEqual(['pibes']);
  });

  test('a loanword both languages use is no leftover', async () => {
    const ctx = await esEn();
    const input = pair('La estación tendrá wifi gratuito.', 'The station will have free wifi.');
    expect(checkUntranslated(input, ctx)).toEqual([]);
  });
});

describe('word links', () => {
  test('an acronym spelled out before its brackets renders it, so nothing looks omitted or added', async () => {
    const ctx = await esEn();
    const input = pair('Deberán presentar el DNI del chico.', "They will have to show the child's national identity document (DNI).");
    const report = linkReport(input, ctx);
    expect(report.unlinkedTarget.map(w => w.text)).not.toContain('national');
    expect(report.links.filter(l => l.source.text === 'DNI').map(l => l.target.text)).toEqual(expect.arrayContaining(['national', 'identity', 'document', 'DNI']));
    expect(checkOmissions(input, ctx)).toEqual([]);
  });

  test('a stem-changing verb finds its renderings', async () => {
    const ctx = await esEn();
    const input = pair('Los expertos advierten sobre los retrasos.', 'Experts warn about the delays.');
    expect(linkReport(input, ctx).links.map(l => `${l.source.text}=${l.target.text}`)).toContain('advierten=warn');
  });
});

describe('confidence', () => {
  test('each divergence of a compared bead carries one, from its code or its check', async () => {
    const ctx = await esEn();
    const s = documentFromParagraphs(['El desarrollo contó con 1.200 millones de pesos, aportados en partes iguales por la agencia.'], {path: 's', lang: 'es'});
    const t = documentFromParagraphs(['Development was financed with 1.2 million pesos, provided by the agency.'], {path: 't', lang: 'en'});
    const found = compareBead(s, t, {source: [0], target: [0], confidence: 1}, ctx);
    const byCode = new Map(found.map(d => [d.code, d.confidence]));
    expect(byCode.get('number-mismatch')).toBeGreaterThan(0.8);
    expect(byCode.get('omitted')).toBeGreaterThanOrEqual(0.5);
    for (const d of found) expect(d.confidence).toBe(confidenceOf(d));
  });

  test('a hint is what falls under the threshold', () => {
    expect(isHint({confidence: 0.4})).toBe(true);
    expect(isHint({confidence: 0.5})).toBe(false);
    expect(isHint({confidence: 0.7}, 0.8)).toBe(true);
    expect(confidenceOf({category: 'omission', severity: 'error', code: 'omitted', params: {}, target: null, source: null, confidence: 3})).toBe(1);
  });
});
