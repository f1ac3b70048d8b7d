/**
 * English: numbers with a decimal point and a thousands comma, month names, the
 * words that carry grammar rather than content, irregular verbs, and a reading of
 * verb forms for the tense checks.
 */
import {memoised, wordMap, wordSet, type LanguageProfile, type VerbTense} from '../profile.js';
import {stemEn} from './stem.js';

const MONTHS = new Map<string, number>([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
]);

const WEEKDAYS = new Map<string, number>([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

const NUMBER_WORDS = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['thousand', 1000], ['dozen', 12], ['half', 0.5], ['double', 2], ['twice', 2], ['triple', 3],
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10],
]);

const SCALES = new Map<string, number>([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['mn', 1e6], ['bn', 1e9], ['m', 1e6], ['k', 1e3],
  ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
]);

const FUNCTION = wordSet(`
  a an the this that these those some any each every no not all both either neither such own other another
  of in on at to for from by with about as into onto over under between among through during before after
  since until till upon within without against along across around behind beyond near off out up down per via
  than like unlike despite toward towards amid
  and or but nor so yet if then because while although though whereas whether unless once when where which who
  whom whose what why how that
  i me my mine myself you your yours yourself he him his himself she her hers herself it its itself we us our ours
  ourselves they them their theirs themselves one ones
  be am is are was were been being have has had having do does did done doing will would shall should can could
  may might must ought 's 'll 've 're 'd n't
  there here also too very just only even still already yet again ever never more most less least much many
  few several enough quite rather so
  however meanwhile meantime moreover furthermore therefore thus instead indeed well certain single whole entire
  respectively namely otherwise nevertheless nonetheless already currently recently newly
  get gets got getting make makes made take takes took taken give gives gave given go goes went gone put
  mr mrs ms dr prof sr jr st mt messrs
`);

const MEANINGFUL = wordSet(`not no never nor without unless if only neither none nobody nothing except`);

const IRREGULAR = wordMap(`
  was=be were=be been=be is=be are=be am=be had=have has=have did=do does=do done=do went=go gone=go
  made=make took=take taken=take gave=give given=give got=get gotten=get said=say told=tell sold=sell
  bought=buy brought=bring thought=think taught=teach caught=catch sought=seek fought=fight
  held=hold kept=keep left=leave lost=lose met=meet paid=pay sent=send spent=spend built=build lent=lend
  meant=mean felt=feel dealt=deal led=lead fed=feed fled=flee read=read heard=hear found=find
  won=win began=begin begun=begin became=become came=come ran=run rose=rise risen=rise fell=fall fallen=fall
  grew=grow grown=grow knew=know known=know threw=throw thrown=throw drew=draw drawn=draw flew=fly flown=fly
  saw=see seen=see wrote=write written=write drove=drive driven=drive spoke=speak spoken=speak broke=break
  broken=break chose=choose chosen=choose froze=freeze frozen=freeze stole=steal stolen=steal woke=wake
  wore=wear worn=wear tore=tear torn=tear swore=swear sworn=swear bore=bear born=bear borne=bear ate=eat eaten=eat
  forgot=forget forgotten=forget forgave=forgive forgiven=forgive hid=hide hidden=hide bit=bite bitten=bite
  shook=shake shaken=shake struck=strike stuck=stick stood=stand understood=understand withdrew=withdraw
  withdrawn=withdraw overcame=overcome undertook=undertake undertaken=undertake sat=sit slept=sleep swept=sweep
  wept=weep shot=shoot fought=fight bound=bind wound=wind hung=hang sang=sing sung=sing sank=sink sunk=sink
  drank=drink drunk=drink rang=ring rung=ring swam=swim swum=swim lay=lie lain=lie laid=lay spun=spin
  dug=dig stung=sting swung=swing sprang=spring sprung=spring shone=shine slid=slide strove=strive
  arose=arise arisen=arise awoke=awake forbade=forbid forbidden=forbid foresaw=foresee foreseen=foresee
  children=child men=man women=woman people=person feet=foot teeth=tooth mice=mouse data=datum criteria=criterion
  phenomena=phenomenon analyses=analysis crises=crisis theses=thesis bases=basis
  better=good best=good worse=bad worst=bad further=far farther=far
`);

/** Verbs whose past and base forms are spelled alike. */
const SAME_FORM_PAST = wordSet(`
  read put set cut hit let cost hurt quit spread shut beat bet bid burst cast broadcast forecast fit
  shed split thrust upset offset outbid overcast rid slit spit wed knit sublet typeset input output
`);

const MODALS = wordSet(`will would shall should can could may might must 'll wo ca to going`);

/** English verb forms: past in -ed or irregular, third person in -s, else base. */
function verbTenseEn(word: string): VerbTense {
  const w = word.toLowerCase();
  if (w === 'will' || w === "'ll" || w === 'shall') return 'future';
  // A verb whose past is spelled as its base ("beat", "forecast") tells no tense by its form.
  if (SAME_FORM_PAST.has(w)) return 'other';
  if (IRREGULAR.has(w)) {
    const base = IRREGULAR.get(w);
    if (base === 'be' && (w === 'is' || w === 'are' || w === 'am')) return 'present';
    if (base === 'have' && w === 'has') return 'present';
    if (base === 'do' && w === 'does') return 'present';
    return 'past';
  }
  if (/[^e]ed$|[^aeiou]ied$|eed$/.test(w) && w.length > 4) return 'past';
  if (/ing$/.test(w)) return 'other';
  if (/[^s]s$|sses$|ches$|shes$|xes$|ies$/.test(w) && w.length > 3) return 'present';
  return 'base';
}

/** English. */
export const english: LanguageProfile & {readonly modals: ReadonlySet<string>} = {
  code: 'en',
  decimalMark: 'point',
  months: MONTHS,
  weekdays: WEEKDAYS,
  numberWords: NUMBER_WORDS,
  scaleWords: SCALES,
  percentWords: ['percent', 'per cent', '%', 'pct', 'percentage points', 'points'],
  hourWords: ["o'clock", 'hours', 'hrs', 'h'],
  timeLeadWords: ['at', 'until', 'till', 'by', 'from', 'before', 'after', 'around', 'about'],
  functionWords: FUNCTION,
  meaningfulFunctionWords: MEANINGFUL,
  stem: w => {
    const lower = w.toLowerCase();
    return stemEn(IRREGULAR.get(lower) ?? lower);
  },
  verbTense: memoised(verbTenseEn),
  irregular: IRREGULAR,
  modals: MODALS,
};
