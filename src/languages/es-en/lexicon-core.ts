/**
 * Spanish → English lexicon, part 1: function words, pronouns, numbers, time words
 * and the most frequent verbs. One entry per item: `spanish=english|english`, with
 * `_` for a space. Keys are lemmas (infinitives, masculine singular); matching goes
 * through the stemmers, so inflected forms meet.
 */
export const LEXICON_CORE = `
el=the la=the|it|her lo=it|the|what los=the|them las=the|them un=a|an|one una=a|an|one unos=some|about|around unas=some|about|around
al=to_the|at_the|on|upon|when del=of_the|from_the|'s de=of|from|by|in|on|about|'s|for|with|to|since|than a=to|at|in|on|into|for|by|from|toward
en=in|on|at|into|within|by|during|over|inside con=with|by|to|and|despite|against por=by|for|through|because|per|via|over|around|along|across|due|times|on|of|about
para=for|to|in_order_to|so|towards|by desde=from|since|for|as_of|starting sobre=on|about|over|above|upon|regarding|concerning
entre=between|among|amid|from|including hasta=until|till|to|up_to|even|as_far_as|by hacia=towards|toward|to|around
tras=after|following|behind ante=before|in_front_of|faced|facing|given|to|at|against bajo=under|below|low|beneath|underneath
contra=against|versus|to|on durante=during|for|in|over|throughout mediante=through|by|via|using sin=without|no|not|un
según=according|said|says|according_to|depending|as|per|from contra=against|versus|to|vs
y=and|as_well e=and o=or|either u=or ni=nor|or|neither|not|no|either|even pero=but|however|yet sino=but|rather|instead|only
que=that|which|who|than|to|what|whom|because|as porque=because|as|since|why pues=as|since|then|well|because
aunque=although|though|even_though|but|while|even_if si=if|whether|yes sí=yes|itself|themselves|indeed|do|does|did
como=as|like|such_as|how|since|about|around cuando=when|while|whenever|as|once donde=where|in_which|at|which|wherein
mientras=while|whereas|as|meanwhile|meantime quien=who|whom|which|whoever cual=which|what|who cuanto=how_much|as|the_more
yo=i|me me=me|myself|i mí=me|myself tú=you te=you|yourself ti=you él=he|him|it ella=she|her|it ello=it|this|that
ellos=they|them ellas=they|them le=him|her|it|you|them|to les=them|to|they se=itself|himself|herself|themselves|each_other|one_another|is|are|was|were|be|been|it
nos=us|ourselves|we nosotros=we|us usted=you ustedes=you vosotros=you
su=his|her|its|their|your|own sus=his|her|its|their|your mi=my tu=your nuestro=our|ours vuestro=your cuyo=whose|of_which|which
este=this|east|the esta=this|the esto=this|it ese=that|this|the eso=that|it|this aquel=that|those|the
estos=these|those|the esos=those|these|the
ser=be|is|are|was|were|been|being|will estar=be|is|are|was|were|stand|remain|lie haber=have|has|had|be|there
hay=there_is|there_are|there|have|be|must ir=go|be_going|going|will|head|attend
muy=very|highly|so|too|much|really|quite|most más=more|most|plus|further|over|longer|else|again|another|other|additional|extra|higher|greater|than
menos=less|fewer|least|minus|lower|below|under|except tan=so|as|such|too tanto=so_much|as_much|both|so|as
también=also|too|as_well|likewise|even|and tampoco=either|neither|nor|not|also ya=already|now|yet|no_longer|longer|anymore|by|still
aún=still|yet|even todavía=still|yet|even solo=only|just|alone|single|sole|merely|solely sólo=only|just|merely|solely
mismo=same|itself|himself|herself|own|very|even|themselves|itself otro=other|another|else|further|different|second
todo=all|every|whole|entire|everything|everyone|full|throughout|any cada=each|every|per|a algún=some|any|one alguno=some|any|one|someone
ningún=no|any|none|not|single|nothing ninguno=no|none|any|neither|nobody varios=several|various|many|some
mucho=much|many|a_lot|lot|long|great|far|very|plenty poco=little|few|some|short|bit|low|not_much|shortly
así=thus|so|like_this|this_way|that_way|as|well|such|also|therefore no=not|no|non|never|n't|without|nor
nunca=never|ever|not jamás=never|ever nada=nothing|anything|not|none nadie=nobody|no_one|anyone|anybody|none
algo=something|anything|somewhat|slightly alguien=someone|somebody|anyone
ahora=now|currently|today|present entonces=then|so|at_the_time|therefore|back_then luego=then|later|after|afterwards|so|next
después=after|later|afterwards|then|next|following|since antes=before|earlier|previously|formerly|first|prior|ago|once
siempre=always|ever|forever|all|still|whenever hoy=today|now|this|present|nowadays ayer=yesterday mañana=tomorrow|morning|am
anoche=last_night|overnight aquí=here|this allí=there|where allá=there|beyond ahí=there|here|where
bien=well|good|right|fine|properly|very|quite|okay|asset|property mal=bad|badly|wrong|poorly|ill|evil|harm
casi=almost|nearly|about|practically|close|virtually además=also|besides|furthermore|moreover|in_addition|addition|as_well|too|plus|further|and
incluso=even|including|also|included sin_embargo=however|nevertheless|but|yet|still embargo=embargo|seizure|however
quizá=perhaps|maybe|possibly quizás=perhaps|maybe|possibly tal_vez=perhaps|maybe|possibly
realmente=really|actually|truly|indeed|in_fact apenas=barely|hardly|just|only|scarcely|as_soon_as|merely
cerca=near|close|nearby|about|around|nearly|almost|some|roughly lejos=far|away|distant|long_way
dentro=inside|within|in|into fuera=outside|out|away|off|abroad|except arriba=up|above|upstairs|over abajo=down|below|downstairs|under
delante=ahead|front|in_front detrás=behind|after|back encima=on_top|above|over|on|besides alrededor=around|about|round|some
junto=together|next|along|with|alongside juntos=together|joint|both
además_de=besides|in_addition_to|as_well_as|apart_from|beyond a_pesar_de=despite|in_spite_of|although|though|even_though
sobre_todo=especially|above_all|mainly|particularly|mostly
de_nuevo=again|anew|once_more otra_vez=again|once_more por_ejemplo=for_example|for_instance|such_as|e.g.
es_decir=that_is|i.e.|namely|meaning|in_other_words a_través_de=through|via|across|by|by_means_of
en_cuanto=as_soon_as|once|regarding|as_for por_qué=why porqué=why|reason cómo=how|what qué=what|which|how
dónde=where cuándo=when cuál=which|what quién=who|whom cuánto=how_much|how_many|how_long
uno=one|a|an|you|someone dos=two|both|second tres=three|third cuatro=four|fourth cinco=five|fifth seis=six|sixth
siete=seven|seventh ocho=eight|eighth nueve=nine|ninth diez=ten|tenth once=eleven doce=twelve|dozen
trece=thirteen catorce=fourteen quince=fifteen|fortnight|two_weeks veinte=twenty treinta=thirty cuarenta=forty
cincuenta=fifty sesenta=sixty setenta=seventy ochenta=eighty noventa=ninety cien=hundred|one_hundred|a_hundred
ciento=hundred|per|percent centenar=hundred|one_hundred|a_hundred|about_a_hundred mil=thousand|one_thousand|a_thousand|thousands
millón=million|millions millar=thousand|thousands billón=trillion|billion docena=dozen|twelve
decena=ten|dozen|dozens medio=half|middle|mid|average|means|medium|environment|media|way|outlet
mitad=half|middle|midway doble=double|twice|dual|two|double triple=triple|threefold|three_times
primero=first|firstly|early|top|premier|prime|leading|initial primer=first|prime|premier|initial|top segundo=second|runner_up|secondly
tercero=third|third_party|thirdly cuarto=fourth|room|quarter quinto=fifth sexto=sixth séptimo=seventh octavo=eighth|quarter-final
noveno=ninth décimo=tenth último=last|latest|final|recent|ultimate|past|lowest|bottom|previous|most_recent
próximo=next|upcoming|coming|close|near|nearby|forthcoming|following anterior=previous|former|earlier|prior|preceding|before|last|front
siguiente=next|following|subsequent pasado=past|last|previous|ago|former actual=current|present|today's|existing|modern|now|present-day|incumbent
lunes=monday martes=tuesday miércoles=wednesday jueves=thursday viernes=friday sábado=saturday domingo=sunday
enero=january febrero=february marzo=march abril=april mayo=may junio=june julio=july agosto=august
septiembre=september setiembre=september octubre=october noviembre=november diciembre=december
año=year|annual|old|years|yearly mes=month|monthly semana=week|weekly|weekday día=day|date|daily|days|daytime
hora=hour|time|o'clock|hours|a.m.|p.m.|pm|am minuto=minute segundo=second momento=moment|time|point|now|while
tiempo=time|weather|period|while|long|half|tense vez=time|once|turn|occasion|instead|times|twice
fecha=date|day|deadline|time|round|matchday época=time|era|period|season|age|epoch siglo=century|age
década=decade|decades noche=night|evening|overnight|tonight|p.m. tarde=afternoon|evening|late|p.m. madrugada=dawn|early_morning|morning|a.m.|overnight|early_hours
mediodía=noon|midday|lunchtime medianoche=midnight|after_midnight fin=end|ending|goal|aim|purpose|weekend|final|close|finish|last
principio=beginning|start|principle|early|outset inicio=start|beginning|launch|onset|opening|early|home
final=final|end|ending|last|late|closing|eventual|finals|ultimate mitad=half|middle|mid|midway
hoy_en_día=nowadays|today|these_days temporada=season|period|spell|time primavera=spring verano=summer|summertime
otoño=autumn|fall invierno=winter|wintertime
`;
