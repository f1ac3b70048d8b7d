/**
 * What a reviewer accepts when a Spanish name changes in an English translation:
 * established English names of countries, regions, major cities, seas and rivers
 * (exonyms), the usual English forms of classical, biblical and papal names, and the
 * acronyms of international bodies. Personal given names are deliberately absent:
 * "Tomás" must stay "Tomás", and a reviewer wants "Thomas" flagged.
 *
 * Also the generic words that head a place name ("plaza", "barrio de"): the generic
 * may be translated, the specific part after it is a name and must be kept.
 */

/** Spanish name (lowercase, as written) to its accepted English forms. */
const EXONYMS_EN_TEXT = `
afganistán=Afghanistan|Afghan alemania=Germany|German arabia_saudí=Saudi_Arabia|Saudi arabia_saudita=Saudi_Arabia|Saudi
argelia=Algeria|Algerian austria=Austria|Austrian bélgica=Belgium|Belgian bielorrusia=Belarus|Belarusian
birmania=Burma|Myanmar brasil=Brazil|Brazilian bulgaria=Bulgaria|Bulgarian camboya=Cambodia|Cambodian
camerún=Cameroon|Cameroonian canadá=Canada|Canadian catar=Qatar|Qatari chipre=Cyprus|Cypriot
corea_del_norte=North_Korea|North_Korean corea_del_sur=South_Korea|South_Korean corea=Korea|Korean
costa_de_marfil=Ivory_Coast|Côte_d'Ivoire croacia=Croatia|Croatian dinamarca=Denmark|Danish egipto=Egypt|Egyptian
emiratos_árabes_unidos=United_Arab_Emirates|UAE escocia=Scotland|Scottish eslovaquia=Slovakia|Slovak
eslovenia=Slovenia|Slovenian españa=Spain|Spanish estados_unidos=United_States|US|U.S.|USA|America|American
estonia=Estonia|Estonian etiopía=Ethiopia|Ethiopian filipinas=Philippines|Philippine|Filipino
finlandia=Finland|Finnish francia=France|French gales=Wales|Welsh grecia=Greece|Greek groenlandia=Greenland
haití=Haiti|Haitian holanda=Holland|Netherlands|Dutch hungría=Hungary|Hungarian inglaterra=England|English
irak=Iraq|Iraqi iraq=Iraq|Iraqi irán=Iran|Iranian irlanda=Ireland|Irish islandia=Iceland|Icelandic
italia=Italy|Italian japón=Japan|Japanese jordania=Jordan|Jordanian kenia=Kenya|Kenyan letonia=Latvia|Latvian
líbano=Lebanon|Lebanese libia=Libya|Libyan lituania=Lithuania|Lithuanian luxemburgo=Luxembourg
malasia=Malaysia|Malaysian marruecos=Morocco|Moroccan méxico=Mexico|Mexican moldavia=Moldova|Moldovan
mongolia=Mongolia|Mongolian nigeria=Nigeria|Nigerian noruega=Norway|Norwegian nueva_zelanda=New_Zealand
países_bajos=Netherlands|Dutch pakistán=Pakistan|Pakistani panamá=Panama|Panamanian perú=Peru|Peruvian
polonia=Poland|Polish reino_unido=United_Kingdom|UK|U.K.|Britain|British república_checa=Czech_Republic|Czechia|Czech
república_dominicana=Dominican_Republic|Dominican rumanía=Romania|Romanian rumania=Romania|Romanian
rusia=Russia|Russian sudáfrica=South_Africa|South_African suecia=Sweden|Swedish suiza=Switzerland|Swiss
tailandia=Thailand|Thai taiwán=Taiwan|Taiwanese túnez=Tunisia|Tunis|Tunisian turquía=Turkey|Türkiye|Turkish
ucrania=Ukraine|Ukrainian uzbekistán=Uzbekistan kazajistán=Kazakhstan siria=Syria|Syrian yemen=Yemen|Yemeni
vietnam=Vietnam|Viet_Nam|Vietnamese palestina=Palestine|Palestinian cisjordania=West_Bank gaza=Gaza
belice=Belize guayana=Guyana surinam=Suriname trinidad_y_tobago=Trinidad_and_Tobago
gran_bretaña=Great_Britain|Britain|British unión_europea=European_Union|EU europa=Europe|European
áfrica=Africa|African asia=Asia|Asian américa=America|Americas|American oceanía=Oceania
américa_latina=Latin_America|Latin_American latinoamérica=Latin_America|Latin_American
sudamérica=South_America|South_American norteamérica=North_America|North_American
centroamérica=Central_America|Central_American oriente_medio=Middle_East medio_oriente=Middle_East
pekín=Beijing|Peking moscú=Moscow|Muscovite londres=London nueva_york=New_York nueva_delhi=New_Delhi
tokio=Tokyo kiev=Kyiv|Kiev kíev=Kyiv|Kiev varsovia=Warsaw praga=Prague viena=Vienna bruselas=Brussels
lisboa=Lisbon atenas=Athens roma=Rome milán=Milan nápoles=Naples florencia=Florence venecia=Venice
turín=Turin génova=Genoa múnich=Munich colonia=Cologne fráncfort=Frankfurt hamburgo=Hamburg
copenhague=Copenhagen estocolmo=Stockholm la_haya=The_Hague ginebra=Geneva basilea=Basel
estambul=Istanbul ankara=Ankara el_cairo=Cairo jerusalén=Jerusalem damasco=Damascus bagdad=Baghdad
teherán=Tehran riad=Riyadh la_meca=Mecca pyongyang=Pyongyang seúl=Seoul pekin=Beijing cantón=Guangzhou|Canton
hong_kong=Hong_Kong shanghái=Shanghai singapur=Singapore yakarta=Jakarta bombay=Mumbai|Bombay
nueva_orleans=New_Orleans filadelfia=Philadelphia los_ángeles=Los_Angeles san_francisco=San_Francisco
ciudad_de_méxico=Mexico_City méxico_df=Mexico_City ciudad_del_cabo=Cape_Town johannesburgo=Johannesburg
argel=Algiers túnez=Tunis trípoli=Tripoli jartum=Khartoum estrasburgo=Strasbourg marsella=Marseille|Marseilles
burdeos=Bordeaux lyon=Lyon|Lyons edimburgo=Edinburgh dublín=Dublin san_petersburgo=Saint_Petersburg|St._Petersburg|St_Petersburg
sevilla=Seville zaragoza=Saragossa|Zaragoza la_coruña=A_Coruña|Corunna navarra=Navarre
andalucía=Andalusia|Andalusian cataluña=Catalonia|Catalan aragón=Aragon|Aragonese castilla=Castile|Castilian
galicia=Galicia|Galician país_vasco=Basque_Country|Basque euskadi=Basque_Country|Basque
islas_baleares=Balearic_Islands|Balearic islas_canarias=Canary_Islands|Canaries|Canary
baleares=Balearic_Islands|Balearic canarias=Canary_Islands|Canaries|Canary
baviera=Bavaria|Bavarian sajonia=Saxony renania=Rhineland cerdeña=Sardinia sicilia=Sicily|Sicilian
córcega=Corsica toscana=Tuscany lombardía=Lombardy bretaña=Brittany normandía=Normandy crimea=Crimea
patagonia=Patagonia amazonía=Amazonia|Amazon siberia=Siberia|Siberian
mediterráneo=Mediterranean atlántico=Atlantic pacífico=Pacific caribe=Caribbean báltico=Baltic
mar_negro=Black_Sea mar_del_norte=North_Sea mar_rojo=Red_Sea golfo_pérsico=Persian_Gulf
amazonas=Amazon nilo=Nile danubio=Danube rin=Rhine sena=Seine támesis=Thames misisipi=Mississippi
éufrates=Euphrates tigris=Tigris jordán=Jordan ganges=Ganges yangtsé=Yangtze
alpes=Alps pirineos=Pyrenees andes=Andes himalaya=Himalayas|Himalaya
`;

/** Classical, biblical, papal and royal names whose English form differs by convention. */
const CONVENTIONAL_EN_TEXT = `
orfeo=Orpheus hércules=Hercules heracles=Heracles júpiter=Jupiter marte=Mars neptuno=Neptune apolo=Apollo
mercurio=Mercury plutón=Pluto saturno=Saturn aquiles=Achilles ulises=Ulysses|Odysseus odiseo=Odysseus
homero=Homer platón=Plato aristóteles=Aristotle sócrates=Socrates pitágoras=Pythagoras arquímedes=Archimedes
euclides=Euclid hipócrates=Hippocrates heródoto=Herodotus virgilio=Virgil ovidio=Ovid cicerón=Cicero
julio_césar=Julius_Caesar césar=Caesar augusto=Augustus nerón=Nero trajano=Trajan adriano=Hadrian
constantino=Constantine marco_aurelio=Marcus_Aurelius alejandro_magno=Alexander_the_Great
aníbal=Hannibal cleopatra=Cleopatra carlomagno=Charlemagne cristo=Christ jesucristo=Jesus_Christ
moisés=Moses mahoma=Muhammad|Mohammed buda=Buddha confucio=Confucius
cristóbal_colón=Christopher_Columbus
juan_pablo_ii=John_Paul_II benedicto_xvi=Benedict_XVI papa_francisco=Pope_Francis
`;

/** Spanish acronyms of bodies whose English acronym differs. */
const ACRONYMS_EN_TEXT = `
onu=UN|U.N. otan=NATO ue=EU oms=WHO fmi=IMF oea=OAS ocde=OECD opep=OPEC ee.uu.=US|U.S. eeuu=US|U.S. eua=US
adn=DNA vih=HIV sida=AIDS pib=GDP iva=VAT ong=NGO ongs=NGOs bce=ECB unicef=UNICEF omc=WTO oit=ILO
acnur=UNHCR cepal=ECLAC bid=IDB farc=FARC eln=ELN ovni=UFO
`;

function parse(text: string): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const item of text.trim().split(/\s+/)) {
    const eq = item.indexOf('=');
    if (eq <= 0) continue;
    const key = item.slice(0, eq).replace(/_/g, ' ');
    const values = item.slice(eq + 1).split('|').map(v => v.replace(/_/g, ' '));
    out.set(key, [...(out.get(key) ?? []), ...values]);
  }
  return out;
}

/** Accepted English forms of Spanish place names, keyed by the lowercase Spanish name. */
export const EXONYMS_ES_EN: ReadonlyMap<string, readonly string[]> = parse(EXONYMS_EN_TEXT);

/**
 * Conventional English forms of classical and historical figures. Many are also
 * given names today (Moisés, Homero, Aníbal), so they apply only to a name that
 * stands alone, never to one followed by a surname.
 */
export const CONVENTIONAL_ES_EN: ReadonlyMap<string, readonly string[]> = parse(CONVENTIONAL_EN_TEXT);

/** English acronyms of Spanish acronyms, keyed by the lowercase Spanish acronym. */
export const ACRONYMS_ES_EN: ReadonlyMap<string, readonly string[]> = parse(ACRONYMS_EN_TEXT);

/**
 * Generic words that head a place name: after them ("plaza Grande", "barrio de
 * Barracas", "río Pilcomayo") the capitalised words are the name itself.
 */
export const PLACE_GENERICS_ES: ReadonlySet<string> = new Set(
  `plaza calle avenida av paseo barrio colonia parque ciudad municipio localidad pueblo aldea villa provincia
  departamento comuna distrito vereda corregimiento parroquia cantón condado región río lago laguna monte cerro
  sierra cordillera isla islas valle bahía playa golfo cabo puerto estrecho península volcán desierto selva
  glorieta rambla ronda camino carretera autopista puente barriada urbanización fraccionamiento caserío paraje
  finca hacienda estancia rancho`.split(/\s+/).filter(Boolean),
);

/** Particles that join the words of one name ("Junta de Andalucía", "Carbones Andinos del Norte"). */
export const NAME_PARTICLES_ES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'da', 'do', 'dos', 'van', 'von', 'der', 'di']);
