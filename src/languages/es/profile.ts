/**
 * Spanish: numbers written the Spanish way (2,5 and 240.000) or the Mexican way (48.6
 * and 2,870) — the document decides —, month names, scale words where "mil millones"
 * is a thousand million and "billón" a million million, the words that carry grammar,
 * irregular verbs and a reading of tense from verb endings.
 */
import {memoised, wordMap, wordSet, type LanguageProfile, type VerbTense} from '../profile.js';
import {stemEs} from './stem.js';

const MONTHS = new Map<string, number>([
  ['enero', 1], ['febrero', 2], ['marzo', 3], ['abril', 4], ['mayo', 5], ['junio', 6], ['julio', 7],
  ['agosto', 8], ['septiembre', 9], ['setiembre', 9], ['octubre', 10], ['noviembre', 11], ['diciembre', 12],
]);

const WEEKDAYS = new Map<string, number>([
  ['lunes', 1], ['martes', 2], ['miércoles', 3], ['jueves', 4], ['viernes', 5], ['sábado', 6], ['domingo', 7],
]);

const NUMBER_WORDS = new Map<string, number>([
  ['cero', 0], ['uno', 1], ['una', 1], ['un', 1], ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6],
  ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10], ['once', 11], ['doce', 12], ['trece', 13], ['catorce', 14],
  ['quince', 15], ['dieciséis', 16], ['diecisiete', 17], ['dieciocho', 18], ['diecinueve', 19], ['veinte', 20],
  ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80],
  ['noventa', 90], ['cien', 100], ['ciento', 100], ['centenar', 100], ['mil', 1000], ['docena', 12], ['medio', 0.5],
  ['media', 0.5], ['doble', 2], ['triple', 3], ['primer', 1], ['primero', 1], ['primera', 1], ['segundo', 2],
  ['segunda', 2], ['tercer', 3], ['tercero', 3], ['tercera', 3], ['cuarto', 4], ['cuarta', 4], ['quinto', 5],
  ['quinta', 5], ['sexto', 6], ['séptimo', 7], ['octavo', 8], ['noveno', 9], ['décimo', 10],
]);

const SCALES = new Map<string, number>([
  ['mil', 1e3], ['millón', 1e6], ['millones', 1e6], ['mil millones', 1e9], ['millardo', 1e9], ['millardos', 1e9],
  ['billón', 1e12], ['billones', 1e12], ['mdd', 1e6], ['mdp', 1e6],
]);

const FUNCTION = wordSet(`
  el la lo los las un una unos unas al del este esta esto estos estas ese esa eso esos esas aquel aquella
  aquellos aquellas su sus mi mis tu tus nuestro nuestra nuestros nuestras vuestro vuestra cuyo cuya cuyos cuyas
  de a en con por para desde hasta hacia entre sobre bajo ante tras según contra durante mediante
  y e o u ni pero sino que como cuando donde quien quienes cual cuales cuanto cuanta cuantos cuantas porque pues
  aunque si mientras
  yo me mí conmigo tú te ti contigo él ella ello ellos ellas le les se sí consigo nos nosotros nosotras os vosotros
  usted ustedes
  ser es son era eran fue fueron sido siendo sea sean será serán sería estar está están estaba estaban estuvo
  haber ha han había habían hay habrá hubo haya hayan habría
  muy más menos tan tanto tanta tantos tantas también tampoco ya aún todavía solo sólo mismo misma mismos mismas
  otro otra otros otras todo toda todos todas cada algún alguno alguna algunos algunas ningún ninguno ninguna
  varios varias mucho mucha muchos muchas poco poca pocos pocas así
`);

const MEANINGFUL = wordSet(`no ni sin si nunca jamás tampoco salvo excepto solo sólo ningún ninguno ninguna nadie nada aunque`);

const IRREGULAR = wordMap(`
  es=ser son=ser era=ser eran=ser fue=ser fueron=ser sea=ser sean=ser será=ser serán=ser sería=ser serían=ser
  soy=ser somos=ser fuera=ser fueran=ser sido=ser siendo=ser
  está=estar están=estar estaba=estar estaban=estar estuvo=estar estuvieron=estar esté=estar estén=estar
  estará=estar estarán=estar estaría=estar estoy=estar estamos=estar
  ha=haber han=haber había=haber habían=haber hay=haber habrá=haber habrán=haber hubo=haber haya=haber
  hayan=haber habría=haber hemos=haber he=haber hubiera=haber
  va=ir van=ir iba=ir iban=ir irá=ir irán=ir vaya=ir vayan=ir voy=ir vamos=ir yendo=ir
  tiene=tener tienen=tener tuvo=tener tuvieron=tener tendrá=tener tendrán=tener tendría=tener tenga=tener
  tengan=tener tengo=tener tenemos=tener tenía=tener tenían=tener tuviera=tener
  hace=hacer hacen=hacer hizo=hacer hicieron=hacer hará=hacer harán=hacer haría=hacer haga=hacer hagan=hacer
  hecho=hacer hago=hacer hacemos=hacer hacía=hacer
  dice=decir dicen=decir dijo=decir dijeron=decir dirá=decir dirán=decir diría=decir diga=decir digan=decir
  dicho=decir digo=decir decimos=decir decía=decir
  puede=poder pueden=poder pudo=poder pudieron=poder podrá=poder podrán=poder podría=poder podrían=poder
  pueda=poder puedan=poder puedo=poder podemos=poder podía=poder
  pone=poner ponen=poner puso=poner pusieron=poner pondrá=poner pondrán=poner pondría=poner ponga=poner
  puesto=poner
  viene=venir vienen=venir vino=venir vinieron=venir vendrá=venir vendrán=venir venga=venir vengan=venir
  quiere=querer quieren=querer quiso=querer quisieron=querer querrá=querer quería=querer
  sabe=saber saben=saber supo=saber supieron=saber sabrá=saber sé=saber sabemos=saber
  da=dar dan=dar dio=dar dieron=dar dará=dar darán=dar dé=dar den=dar
  ve=ver ven=ver vio=ver vieron=ver verá=ver visto=ver
  sale=salir salen=salir salió=salir saldrá=salir saldrán=salir salga=salir
  trae=traer traen=traer trajo=traer trajeron=traer
  cae=caer cayó=caer cayeron=caer
  sigue=seguir siguen=seguir siguió=seguir siguieron=seguir
  pide=pedir piden=pedir pidió=pedir pidieron=pedir pidiera=pedir
  siente=sentir sienten=sentir sintió=sentir
  muere=morir murió=morir murieron=morir muerto=morir muertos=morir
  vuelve=volver vuelven=volver volvió=volver vuelto=volver
  cuesta=costar cuestan=costar costó=costar costará=costar
  abierto=abrir escrito=escribir roto=romper cubierto=cubrir resuelto=resolver devuelto=devolver
  conduce=conducir condujo=conducir produce=producir produjo=producir introdujo=introducir redujo=reducir
  elige=elegir eligió=elegir eligieron=elegir
  niega=negar niegan=negar negó=negar
  juega=jugar juegan=jugar
  empieza=empezar empiezan=empezar comienza=comenzar comienzan=comenzar
  piensa=pensar piensan=pensar
  encuentra=encontrar encuentran=encontrar
  cuenta=contar cuentan=contar
  muestra=mostrar muestran=mostrar
  prueba=probar prueban=probar
  recuerda=recordar
  sostiene=sostener sostuvo=sostener sostuvieron=sostener mantiene=mantener mantuvo=mantener
  obtiene=obtener obtuvo=obtener obtuvieron=obtener contiene=contener detiene=detener detuvo=detener
  propone=proponer propuso=proponer impone=imponer impuso=imponer impusiera=imponer supone=suponer supondrá=suponer
  dispone=disponer expone=exponer
  interviene=intervenir intervino=intervenir previene=prevenir
  advierte=advertir advirtió=advertir advirtieron=advertir
  requiere=requerir requerirán=requerir
  prefiere=preferir
  sirve=servir sirvió=servir
`);

const FUTURE_IRREGULAR_STEMS = ['habr', 'podr', 'tendr', 'pondr', 'vendr', 'saldr', 'valdr', 'querr', 'sabr', 'har', 'dir', 'cabr'];
const PAST_IRREGULAR = wordSet(`
  fue fueron estuvo estuvieron hubo tuvo tuvieron hizo hicieron dijo dijeron pudo pudieron puso pusieron vino
  vinieron quiso quisieron supo supieron dio dieron vio vieron trajo trajeron condujo produjo redujo introdujo
  sostuvo mantuvo obtuvo obtuvieron detuvo propuso impuso intervino
`);

/** Spanish tense from the ending: "visitará" future, "alcanzó" past, "visita" present. */
function verbTenseEs(word: string): VerbTense {
  const w = word.toLowerCase();
  if (PAST_IRREGULAR.has(w)) return 'past';
  if (/(ar|er|ir)(á|án|ás|é|emos|éis)$/.test(w) && w.length > 4) return 'future';
  if (FUTURE_IRREGULAR_STEMS.some(s => w.startsWith(s) && /^(á|án)$/.test(w.slice(s.length)))) return 'future';
  // Nouns in -ería and -aría ("minería", "secretaría") share this ending: a check that
  // reads the tense tells them apart with the lexicon, where they are headwords.
  if (/(ar|er|ir)(ía|ían|íamos|ías)$/.test(w) && w.length > 6) return 'conditional';
  if (FUTURE_IRREGULAR_STEMS.some(s => w.startsWith(s) && /^(ía|ían)$/.test(w.slice(s.length)))) return 'conditional';
  if (/[^aeiouáéíóú]ó$|ió$|aron$|ieron$/.test(w) && w.length > 3) return 'past';
  if (/(ar|er|ir)$/.test(w)) return 'base';
  return 'other';
}

/** Spanish. */
export const spanish: LanguageProfile = {
  code: 'es',
  decimalMark: 'either',
  months: MONTHS,
  weekdays: WEEKDAYS,
  numberWords: NUMBER_WORDS,
  scaleWords: SCALES,
  percentWords: ['por ciento', '%', 'puntos porcentuales', 'puntos'],
  hourWords: ['horas', 'h', 'hs', 'hrs', 'hora'],
  timeLeadWords: ['las', 'la'],
  functionWords: FUNCTION,
  meaningfulFunctionWords: MEANINGFUL,
  stem: w => {
    const lower = w.toLowerCase();
    return stemEs(IRREGULAR.get(lower) ?? lower);
  },
  verbTense: memoised(verbTenseEs),
  irregular: IRREGULAR,
};
