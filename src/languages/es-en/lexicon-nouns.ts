/** Spanish → English lexicon, part 3: nouns of general news vocabulary, by domain. */
export const LEXICON_NOUNS = `
persona=person|people|individual|someone|anyone gente=people|public|folk|person hombre=man|men|male|person|husband
mujer=woman|women|female|wife|wives niño=child|children|kid|boy|young|infant niña=girl|child|children|kid|daughter chico=boy|child|children|kid|guy|young|small
joven=young|youth|young_person|youngster|teenager|youngsters adulto=adult|grown-up anciano=elderly|old|senior|old_man
familia=family|families|household padre=father|parent|dad|fathers|parents madre=mother|mum|mom|parent|mothers
hijo=son|child|children|kid|offspring|daughter hija=daughter|child hermano=brother|sibling|brothers|siblings
hermana=sister|sibling esposo=husband|spouse esposa=wife|spouse marido=husband abuelo=grandfather|grandparent|grandparents|elderly
vecino=neighbour|neighbor|resident|local|neighboring|neighbouring amigo=friend|friendly|ally ciudadano=citizen|civic|public|resident|people
habitante=inhabitant|resident|population|people|dweller población=population|town|people|community|inhabitants|settlement
comunidad=community|communities|region|society sociedad=society|company|partnership|association|firm|corporation
pueblo=people|town|village|nation|villages grupo=group|band|party|team|set|cluster equipo=team|equipment|device|squad|crew|side|unit|kit|staff
miembro=member|limb|part|membership líder=leader|leading|head|chief dirigente=leader|official|head|executive
jefe=chief|head|boss|leader|manager|commander|minister|general presidente=president|chairman|chair|head|speaker|chief
presidenta=president|chairwoman|chair|head vicepresidente=vice_president|vice-president|deputy ministro=minister|secretary
ministra=minister|secretary primer_ministro=prime_minister|premier canciller=foreign_minister|chancellor|foreign_secretary
secretario=secretary|clerk|minister portavoz=spokesperson|spokesman|spokeswoman|spokesmen|voice|speaker
gobernador=governor gobernadora=governor alcalde=mayor|mayoral alcaldesa=mayor|mayoress concejal=councillor|councilor|council_member
diputado=deputy|lawmaker|member|congressman|mp|representative|legislator senador=senator legislador=legislator|lawmaker
embajador=ambassador|envoy diplomático=diplomat|diplomatic funcionario=official|civil_servant|officer|staff|employee|worker|officials
autoridad=authority|official|authorities responsable=responsible|official|officer|head|in_charge|liable|decision-maker|accountable
representante=representative|envoy|agent|spokesman|delegate candidato=candidate|nominee|contender candidata=candidate|nominee
votante=voter|elector elector=voter|elector militante=militant|member|activist|supporter activista=activist|campaigner
simpatizante=supporter|sympathizer|sympathiser|follower seguidor=follower|supporter|fan
experto=expert|specialist|analyst|experienced especialista=specialist|expert|consultant analista=analyst|commentator|expert
periodista=journalist|reporter|correspondent fotógrafo=photographer médico=doctor|physician|medical|medic
enfermero=nurse enfermera=nurse paciente=patient|patient científico=scientist|scientific|researcher
investigador=researcher|investigator|scientist|investigative profesor=teacher|professor|lecturer|instructor
maestro=teacher|master|schoolteacher|maestro|teacher maestra=teacher|schoolteacher estudiante=student|pupil|students
alumno=pupil|student|schoolchild abogado=lawyer|attorney|counsel|solicitor|barrister|advocate juez=judge|justice|magistrate|referee
jueza=judge|justice magistrado=magistrate|judge|justice|justices fiscal=prosecutor|fiscal|attorney|tax|district_attorney
acusado=defendant|accused|charged|suspect imputado=suspect|accused|defendant|charged víctima=victim|casualty|victims|injured
testigo=witness|witnesses policía=police|officer|policeman|police_officer|policewoman|force agente=agent|officer|agency|police
soldado=soldier|troop|troops militar=military|soldier|serviceman|army|officer obrero=worker|labourer|laborer|working
trabajador=worker|employee|hard-working|staff|workers|labourer empleado=employee|worker|staff|clerk|employed|used
empresario=businessman|entrepreneur|business|employer|executive|businesspeople|owner agricultor=farmer|grower|agricultural
campesino=farmer|peasant|rural|farm_worker|smallholder pescador=fisherman|fisher ganadero=rancher|farmer|cattle|livestock
minero=miner|mining|mine comerciante=trader|merchant|shopkeeper|retailer|businessman propietario=owner|landlord|proprietor|owning
turista=tourist|visitor|tourism visitante=visitor|visiting|guest|away|tourist consumidor=consumer|customer|user
usuario=user|customer|client|passenger cliente=client|customer|buyer inversor=investor|investing
inversionista=investor accionista=shareholder|stockholder socio=partner|member|associate|shareholder
aliado=ally|allied|partner enemigo=enemy|foe|hostile rival=rival|opponent|competitor|contender|challenger
adversario=opponent|adversary|rival oponente=opponent|rival|challenger ganador=winner|winning|victor
campeón=champion|title_holder campeona=champion jugador=player|gambler entrenador=coach|trainer|manager|head_coach
atleta=athlete|runner árbitro=referee|umpire|arbiter|arbitrator afición=fans|supporters|hobby|fondness|following
aficionado=fan|supporter|amateur|enthusiast|fond artista=artist|performer|artistic escritor=writer|author|novelist
autor=author|writer|perpetrator|creator director=director|manager|head|chief|editor|principal|conductor directora=director|head|manager
fundador=founder|founding gerente=manager|director|chief|executive|general_manager dueño=owner|landlord|proprietor
rey=king|monarch reina=queen príncipe=prince princesa=princess papa=pope|potato|dad obispo=bishop
sacerdote=priest|clergyman arqueólogo=archaeologist|archeologist catedrático=professor|chair|full_professor
ingeniero=engineer|engineering sismólogo=seismologist académico=academic|scholar|academician
pediatra=pediatrician|paediatrician ponente=speaker|rapporteur|presenter|judge-rapporteur presidencia=presidency|chairmanship|office|president
gobierno=government|administration|cabinet|executive|governance|government's estado=state|condition|status|government|country|shape
país=country|nation|state|land|countries|national nación=nation|country|national|federal|state patria=homeland|fatherland|country|motherland
región=region|area|regional zona=area|zone|region|part|district territorio=territory|land|area|region
provincia=province|provincial|state municipio=municipality|town|council|municipal|borough|city_hall ciudad=city|town|urban|municipal
capital=capital|city|equity|money localidad=town|locality|village|area|community|locale aldea=village|hamlet
barrio=neighbourhood|neighborhood|district|quarter|area|borough|suburb calle=street|road|streets|avenue plaza=square|plaza|place|seat|post|vacancy
frontera=border|frontier|boundary lugar=place|site|spot|location|venue|position|stead|room|where|somewhere|take_place
sitio=site|place|spot|website|room|siege|location campo=field|countryside|country|rural|camp|farm|pitch|ground|area|land
tierra=land|earth|soil|ground|world|dirt|home mar=sea|ocean|seas|marine|sea's río=river|stream montaña=mountain|mountainous|mountains|hill
costa=coast|shore|coastline|cost|expense isla=island|isle valle=valley bosque=forest|woods|woodland|wood
selva=jungle|forest|rainforest desierto=desert|deserted|wasteland lago=lake playa=beach|shore|seaside
agua=water|waters|water's|rain|sea|drinking_water aire=air|atmosphere|outdoor|wind|airspace fuego=fire|flame|blaze|gunfire
luz=light|power|electricity|lighting|daylight energía=energy|power|electricity clima=climate|weather|atmosphere
 lluvia=rain|rainfall|precipitation|rains|shower tormenta=storm|thunderstorm|tempest
huracán=hurricane|storm viento=wind|breeze|gust nieve=snow|snowfall|snowstorm temperatura=temperature|heat
calor=heat|warmth|hot|heatwave frío=cold|chill|cool|freezing sequía=drought|dry_spell inundación=flood|flooding|floods
terremoto=earthquake|quake|tremor sismo=earthquake|quake|tremor|seismic|earthquakes temblor=tremor|earthquake|shaking|quake|shake
incendio=fire|blaze|wildfire|fires|arson ola=wave|surge|spell|heatwave volcán=volcano|volcanic|volcanoes
ambiente=environment|atmosphere|mood|ambience|environmental medio_ambiente=environment|environmental
naturaleza=nature|natural|kind|wildlife|countryside contaminación=pollution|contamination|smog emisión=emission|broadcast|issue|issuance
carbono=carbon planeta=planet|earth|world animal=animal|animals|wildlife|creature especie=species|kind|sort|type
árbol=tree|trees planta=plant|floor|factory|facility|plants|storey flor=flower|bloom|flowers|blossom
semilla=seed|seeds cosecha=harvest|crop|yield|vintage cultivo=crop|cultivation|farming|growing|field|culture
 ganado=cattle|livestock|stock|herd|earned olivo=olive|olive_tree|olive_trees olivar=olive_grove|olive_groves|grove|olive
aceite=oil|olive_oil|cooking_oil oliva=olive|olive_oil vino=wine|came uva=grape|grapes trigo=wheat|grain maíz=corn|maize
arroz=rice café=coffee|cafe|coffee_shop azúcar=sugar leche=milk|dairy carne=meat|beef|flesh pescado=fish|seafood
alimento=food|foodstuff|nourishment comida=food|meal|lunch|dinner|eating hambre=hunger|famine|starvation|hungry
casa=house|home|household|company|firm|residence|family|domestic hogar=home|household|house|hearth|homes|family|domestic
vivienda=housing|home|house|dwelling|homes|residential edificio=building|block|structure|premises
construcción=construction|building|works|build obra=work|works|construction|project|play|building|deed|project
escuela=school|schools colegio=school|college|association universidad=university|college|campus|academic
hospital=hospital|clinic|medical_centre|infirmary clínica=clinic|hospital|clinical centro=centre|center|downtown|middle|core|facility|hub|central|site|venue
oficina=office|bureau|agency biblioteca=library museo=museum|gallery iglesia=church
cárcel=prison|jail|gaol|penitentiary prisión=prison|jail|imprisonment|custody|detention|sentence tribunal=court|tribunal|bench|courts|judiciary
corte=court|cut|outage|cutoff|blackout palacio=palace|hall|mansion puerto=port|harbour|harbor|pass|seaport
aeropuerto=airport|airfield estación=station|season|stop|depot carretera=road|highway|motorway|route
camino=road|path|way|route|track|journey puente=bridge|long_weekend|link vía=way|road|route|track|path|via|lane|channel|means
tren=train|rail|railway avión=plane|aircraft|airplane|aeroplane|jet|flight barco=ship|boat|vessel coche=car|vehicle|carriage
auto=car|vehicle|order|ruling|writ vehículo=vehicle|car|truck camión=truck|lorry|bus autobús=bus|coach
lancha=boat|launch|speedboat|motorboat bicicleta=bicycle|bike|cycling transporte=transport|transportation|shipping|transit|haulage
tráfico=traffic|trafficking|trade viaje=trip|journey|travel|visit|voyage|tour|flight vuelo=flight|flying|flights
visita=visit|visitor|tour|trip|call|visiting|visitors llegada=arrival|coming|finish|advent|arrive salida=exit|departure|way_out|release|exit|start|outlet|solution|way
entrada=entry|entrance|ticket|income|input|admission|inflow|door|arrival economía=economy|economics|economic|finances
mercado=market|marketplace|trade|markets empresa=company|firm|business|enterprise|company's|corporation|venture|startup|employer
compañía=company|firm|companionship|corporation|carrier|group industria=industry|industrial|manufacturing|sector
negocio=business|deal|trade|shop|venture comercio=trade|commerce|business|shop|retail|trading|store
sector=sector|industry|area|field|part|segment producción=production|output|producing|manufacture|yield
producto=product|goods|produce|item|output precio=price|cost|prices|fee|pricing|rate|value costo=cost|expense|price
coste=cost|expense|price valor=value|worth|courage|values|valuable|security|asset cifra=figure|number|amount|total|sum|digit|data|cipher
dinero=money|cash|funds|fund|funding moneda=currency|coin|coins|money billete=note|bill|ticket|banknote
peso=peso|pesos|weight|burden|load euro=euro|euros dólar=dollar|dollars|$ libra=pound|sterling
salario=salary|wage|pay|wages sueldo=salary|wage|pay|wages ingreso=income|revenue|earnings|admission|entry|joining|receipts
gasto=spending|expenditure|expense|cost|outlay|expenses inversión=investment|investing|outlay|cost|invest
presupuesto=budget|estimate|quote|budgetary deuda=debt|debts|borrowing|liabilities préstamo=loan|lending|borrowing
crédito=credit|loan|lending|credits banco=bank|bench|bank's|lender impuesto=tax|taxes|taxation|levy|duty|imposed
tasa=rate|tax|fee|levy|ratio interés=interest|rate|interests|concern beneficio=benefit|profit|gain|earnings|advantage
ganancia=profit|gain|earnings|income pérdida=loss|losses|waste|damage|leak|missing acción=action|share|stock|act|deed|measure|lawsuit|suit|proceedings|activity
bolsa=stock_market|stock_exchange|bag|exchange|pocket|bourse|grant fondo=fund|bottom|background|back|depth|end|substance|funds|foundation|reserve
capital_riesgo=venture_capital riesgo=risk|hazard|danger|chance|venture|peril|risky|jeopardy financiamiento=funding|financing|finance|funds|finance
financiación=funding|financing|finance subsidio=subsidy|grant|allowance|benefit|aid subvención=subsidy|grant|funding|aid
ayuda=help|aid|assistance|support|relief|grant apoyo=support|backing|help|aid|endorsement
crecimiento=growth|increase|rise|expansion crisis=crisis|crises|slump|downturn inflación=inflation|inflationary
desempleo=unemployment|jobless|joblessness paro=unemployment|strike|stoppage|jobless|shutdown huelga=strike|walkout|stoppage
empleo=employment|job|jobs|work|use|position|post trabajo=work|job|labour|labor|employment|working|paper|effort|task|study
puesto=post|job|position|stall|stand|place|put|rank|seat|station exportación=export|exports|exporting importación=import|imports|importing
consumo=consumption|consumer|use|spending|intake demanda=demand|lawsuit|suit|claim|complaint|request|plaintiff|case
oferta=offer|supply|bid|deal|proposal|tender|offering contrato=contract|agreement|deal|lease
acuerdo=agreement|deal|accord|treaty|settlement|according|consensus|pact|agree|arrangement tratado=treaty|agreement|treatise|pact|treated
pacto=pact|agreement|deal|accord|covenant negociación=negotiation|talks|bargaining|deal|negotiating
reunión=meeting|gathering|session|summit|talks|reunion|meet cumbre=summit|top|peak|meeting encuentro=meeting|encounter|match|game|gathering|summit|talks
conferencia=conference|lecture|talk|call|briefing rueda_de_prensa=press_conference|news_conference comunicado=statement|release|communiqué|press_release|announcement|communicated
declaración=statement|declaration|testimony|remarks|comment|return|deposition anuncio=announcement|advert|advertisement|ad|notice|statement
informe=report|briefing|findings|study|assessment noticia=news|report|story|item estudio=study|research|survey|studio|report|analysis|assessment
encuesta=survey|poll|questionnaire|inquiry investigación=investigation|research|inquiry|probe|study|research_and_development
análisis=analysis|test|testing|assessment|review|examination dato=data|figure|fact|information|statistic|detail|number
información=information|report|news|reporting|data|info|details|reports medio_de_comunicación=media|news_outlet
prensa=press|media|newspapers|journalists|print periódico=newspaper|paper|periodic|daily|journal diario=daily|newspaper|paper|diary|journal|day-to-day|every_day
radio=radio|radius|range televisión=television|tv|broadcast red=network|net|grid|web|internet|system|chain
red_social=social_network|social_media internet=internet|web|online página=page|website|site|web_page
mensaje=message|text|statement|speech|address carta=letter|card|charter|menu|map documento=document|paper|record|file|documentary
libro=book|books|record historia=history|story|tale|record|historic historiador=historian
cultura=culture|cultural|arts|culture_department arte=art|arts|artistic|craft música=music|song
película=film|movie|picture|movies cine=cinema|film|movies|movie_theatre teatro=theatre|theater|drama|playhouse
fiesta=party|celebration|festival|holiday|feast|fiesta celebración=celebration|holding|commemoration|festivity
velada=evening|soirée|gala|evening_event|night|gathering|reception|ceremony evento=event|function|happening
ceremonia=ceremony|ritual|celebration exposición=exhibition|exposure|display|show|fair|presentation|exhibit
feria=fair|show|exhibition|trade_fair|market festival=festival|gala|fest
deporte=sport|sports|athletic partido=party|match|game|parties|broken|split|fixture torneo=tournament|championship|competition
campeonato=championship|tournament|title|league liga=league|championship|alliance copa=cup|trophy|glass
gol=goal|goals carrera=race|career|degree|run|course|running|studies medalla=medal|medals victoria=victory|win|triumph|won
derrota=defeat|loss|beat|conceded|loss empate=draw|tie|equaliser|equalizer estadio=stadium|ground|arena
salud=health|healthcare|medical|wellbeing|health's enfermedad=disease|illness|sickness|condition|ailment
virus=virus|viruses|viral vacuna=vaccine|vaccination|jab|shot|vaccines vacunación=vaccination|immunization|immunisation|vaccine
dosis=dose|doses|shot|jab caso=case|cases|instance|matter|incident|event brote=outbreak|outbreaks|shoot|bud|flare-up|sprout
epidemia=epidemic|outbreak pandemia=pandemic|epidemic contagio=infection|contagion|transmission|contagious
síntoma=symptom|sign|symptoms tratamiento=treatment|therapy|handling|processing|care medicamento=medicine|drug|medication|medicines
fármaco=drug|medicine|medication muerte=death|deaths|killing|died|dead|fatality fallecido=dead|deceased|died|death|victim
herido=wounded|injured|hurt|injury|casualty lesión=injury|lesion|damage|harm|injured
cáncer=cancer corazón=heart|core|center|centre|cardiac cuerpo=body|corps|force|corpse|bodies|physique
vida=life|lives|living|lifetime|alive|livelihood muerto=dead|killed|death|died|deceased mente=mind|minds|thinking
ciencia=science|sciences|scientific tecnología=technology|tech|technological|technologies técnica=technique|technical|technology|method|skill
dispositivo=device|gadget|system|deployment|operation|unit aparato=device|apparatus|appliance|machine|system|gadget|machinery
máquina=machine|machinery|engine|device sistema=system|scheme|network|systems programa=program|programme|scheme|plan|software|show
proyecto=project|plan|scheme|bill|draft|development|project's desarrollo=development|growth|progress|developing|course|unfolding
innovación=innovation|innovations datos=data|figures|details|information computadora=computer|pc|laptop
ordenador=computer|pc teléfono=phone|telephone|mobile|cellphone móvil=mobile|mobile_phone|cellphone|phone|motive|moving
satélite=satellite espacio=space|room|area|slot|airtime|outer_space 
laboratorio=laboratory|lab|labs batería=battery|drums|drum|range|set pila=battery|pile|stack|heap|sink
sensor=sensor|detector detector=detector|sensor alarma=alarm|alert|warning|alarm_bell alerta=alert|warning|alarm|watch
aviso=warning|notice|alert|advice|announcement pitido=beep|whistle|bleep onda=wave|waves|ripple
epicentro=epicentre|epicenter|hypocenter humo=smoke|fumes|smokes ventana=window|windows|window_of_opportunity
 gas=gas|fuel|gases electricidad=electricity|power|electric petróleo=oil|petroleum|crude
minería=mining|mines|mining_industry mina=mine|mines|mining|pit|lead carbón=coal|charcoal|carbon
socavón=tunnel|shaft|sinkhole|gallery|pit|tunnels voladura=blast|blasting|explosion|detonation frente=front|face|against|forehead|fronts|faced
título=title|degree|diploma|headline|security|bond|concession|certificate|licence|license licencia=licence|license|permit|leave
permiso=permit|permission|licence|license|leave|pass ley=law|act|bill|legislation|statute norma=rule|standard|regulation|norm|law
reglamento=regulation|rules|regulations|bylaws reforma=reform|renovation|amendment|refurbishment|overhaul|reforms
constitución=constitution|founding|establishment|formation derecho=right|law|entitled|straight|fee|legal|rights
justicia=justice|courts|judiciary|court|justice_system sentencia=ruling|sentence|judgment|judgement|verdict|decision
fallo=ruling|verdict|judgment|failure|fault|error|decision|mistake|judgement|malfunction juicio=trial|judgment|judgement|opinion|lawsuit|view|hearing|sense
proceso=process|trial|proceedings|case|procedure|prosecution recurso=resource|appeal|remedy|action|recourse|means|funds|suit
apelación=appeal|appeals tutela=tutela|protection|guardianship|custody|writ|injunction|tutelage|amparo
amparo=protection|appeal|shelter|refuge|injunction  nulidad=annulment|nullity|invalidity|voidness
delito=crime|offence|offense|criminal|crimes|felony crimen=crime|murder|killing|criminal robo=theft|robbery|burglary|stealing|robbery
asesinato=murder|killing|assassination homicidio=homicide|murder|killing|manslaughter secuestro=kidnapping|abduction|hijacking|seizure
violencia=violence|abuse|violent fraude=fraud|scam|cheating corrupción=corruption|bribery|graft
droga=drug|drugs|narcotics narcotráfico=drug_trafficking|drug_trade|narcotics arma=weapon|arm|gun|firearm|weapons|arms
detención=arrest|detention|custody|stop|holding pena=sentence|penalty|punishment|pity|sorrow|term|worth multa=fine|penalty|ticket
cargo=post|position|office|charge|role|job|count|cargo|expense|charge|accusation acusación=accusation|charge|prosecution|indictment|allegation
denuncia=complaint|report|allegation|denunciation|charge|lawsuit|accusation prueba=test|proof|evidence|trial|exam|examination|event|race|testing
seguridad=security|safety|certainty|secure|safe|police|defense|defence defensa=defence|defense|protection|defender|back|lawyer
ejército=army|military|troops|forces fuerza=force|forces|strength|power|might|troops|pressure|army
guerra=war|warfare|wartime|war's conflicto=conflict|dispute|war|strife|clash batalla=battle|fight|struggle
ataque=attack|assault|strike|raid|seizure|bout bomba=bomb|pump|bombshell explosión=explosion|blast|boom|burst
invasión=invasion|incursion ofensiva=offensive|attack|drive|assault ocupación=occupation|occupancy|employment
paz=peace|calm|truce tregua=truce|ceasefire|respite alto_el_fuego=ceasefire|truce sanción=sanction|penalty|fine|punishment
misil=missile|rocket dron=drone|uav soldado=soldier|troop|troops tropa=troop|troops|soldiers refugiado=refugee|asylum_seeker
inmigrante=immigrant|migrant emigrante=emigrant|migrant migrante=migrant|immigrant migración=migration|immigration
frontera=border|frontier|boundary asilo=asylum|refuge|shelter|home política=politics|policy|political|politician|policies
político=political|politician|politics|policy elección=election|choice|vote|selection|elections|poll|race
elecciones=election|elections|polls|vote voto=vote|votes|ballot|vow|voting
votación=vote|voting|ballot|poll|election urna=ballot_box|polls|urn|ballot campaña=campaign|drive|countryside|campaigning
 coalición=coalition|alliance|coalition's alianza=alliance|coalition|partnership|wedding_ring
oposición=opposition|opposing|resistance|competitive_exam mayoría=majority|most|mostly|largest|many
minoría=minority|few escaño=seat|seats|bench congreso=congress|conference|parliament|congressional|convention
parlamento=parliament|legislature|parliamentary senado=senate|senatorial cámara=chamber|house|camera|assembly|chamber_of_commerce
asamblea=assembly|meeting|congress|convention|general_meeting consejo=council|board|advice|counsel|tip|cabinet
junta=board|council|meeting|committee|junta|government|assembly|joint comité=committee|commission|board|panel
comisión=commission|committee|fee|board|panel|mission ministerio=ministry|department|office|secretary
departamento=department|apartment|flat|office|province|division consejería=department|ministry|council|office
ayuntamiento=city_council|town_council|council|town_hall|city_hall|municipality|city concejo=council|town_council
agencia=agency|office|bureau|agent|agencies organismo=body|agency|organization|organisation|organism|authority|institution
organización=organization|organisation|group|body|organizing|organising institución=institution|institute|body|establishment|agency
instituto=institute|institution|high_school|school|agency fundación=foundation|founding|establishment|charity
asociación=association|partnership|society|union|group|organization|charity|club sindicato=union|trade_union|labour_union|syndicate
unión=union|unity|joining|bond|union's federación=federation|association|union|league
 corporación=corporation|company|authority|body|agency|company 
poder=power|authority|government|might|grip|hands régimen=regime|system|scheme|rule|regimen|diet
dictadura=dictatorship|dictatorial democracia=democracy|democratic república=republic|republican
reino=kingdom|realm|reign imperio=empire|rule|reign orden=order|warrant|command|instruction|sequence|arrangement
decreto=decree|order|regulation|executive_order medida=measure|step|move|size|extent|action|policy|measures
decisión=decision|ruling|choice|move|resolution|verdict resolución=resolution|ruling|decision|order|resolve
plan=plan|scheme|programme|program|blueprint|strategy estrategia=strategy|plan|approach|tactic
 objetivo=objective|goal|aim|target|purpose|objective|object|mission meta=goal|target|aim|finish|objective
propósito=purpose|aim|intention|goal|intent|resolution razón=reason|right|ground|sense|reasoning|cause
motivo=reason|motive|ground|cause|occasion|grounds|motif causa=cause|reason|case|lawsuit|grounds|due|because
efecto=effect|impact|result|consequence|purpose|effects consecuencia=consequence|result|effect|aftermath|outcome
resultado=result|outcome|score|finding|results|effect|upshot problema=problem|issue|trouble|matter|difficulty|concern
cuestión=issue|question|matter|subject|point asunto=matter|issue|affair|subject|question|business|topic|concern
tema=subject|topic|issue|theme|matter|question|song aspecto=aspect|appearance|look|issue|feature
situación=situation|position|condition|state|location|circumstances condición=condition|status|state|term|terms|capacity
nivel=level|standard|rate|grade|tier|degree|height índice=index|rate|level|ratio|indicator|table_of_contents
porcentaje=percentage|proportion|rate|percent|per_cent parte=part|share|side|party|portion|report|section|some|behalf|parts|piece
tercio=third|one-third|thirds cuarto=quarter|room|fourth 
número=number|figure|issue|numbers|count|amount|number_two cantidad=amount|quantity|number|sum|volume
total=total|whole|overall|sum|all|complete|full|entire|total suma=sum|total|amount|addition|adding
promedio=average|mean|on_average media=average|mean|half|media|stocking|mid punto=point|dot|spot|stop|item|full_stop|issue|stage|o'clock|points
metro=metre|meter|metro|subway|underground|metres|meters kilómetro=kilometre|kilometer|km|kilometres|kilometers
hectárea=hectare|hectares|ha tonelada=tonne|ton|tons|tonnes litro=litre|liter|litres|liters grado=degree|grade|level|rank|extent|°
segundo=second|seconds minuto=minute|minutes decibel=decibel|decibels|db decibelio=decibel|decibels|db
tamaño=size|scale|dimensions|magnitude|sized forma=form|way|shape|manner|format|fitness|means manera=way|manner|means|fashion
modo=way|mode|manner|means|fashion tipo=type|kind|sort|rate|guy|class|style clase=class|kind|type|sort|lesson|classes
 edad=age|aged|years_old|age_group|era serie=series|serial|string|run|sequence
lista=list|roster|ballot|slate|ticket|line-up|clever|ready línea=line|lines|route|policy|figure|service
frase=phrase|sentence|quote|remark palabra=word|words|speech|floor|promise idioma=language|tongue
lengua=language|tongue|lingua hablante=speaker|speakers|speaking nombre=name|noun|named|behalf|nickname
voz=voice|word|say|vote|cry  idea=idea|notion|concept|thought
opinión=opinion|view|views|public_opinion|mind|comment pregunta=question|query|inquiry respuesta=answer|response|reply|reaction
duda=doubt|question|uncertainty|query|hesitation verdad=truth|true|right|really|fact realidad=reality|truth|fact|real|actually
mundo=world|global|earth|everyone|worldwide  sentido=sense|meaning|direction|way|feeling|felt|point
 relación=relationship|relation|ties|link|connection|relations|ratio|list lazo=tie|ties|link|bond|bonds|loop
vínculo=link|tie|bond|connection|links ámbito=field|area|sphere|domain|scope|arena|level|realm
área=area|field|zone|region|space  materia=matter|subject|field|material|area|issue
 cooperación=cooperation|co-operation|collaboration|partnership
colaboración=collaboration|cooperation|contribution|partnership|help competencia=competition|competence|jurisdiction|remit|rivalry|power|skill
lucha=fight|struggle|battle|fighting|campaign|wrestling  
baluarte=bulwark|bastion|stronghold salvavidas=lifeline|life_jacket|lifesaver|lifebelt gigante=giant|huge|giant's
amistad=friendship|friendly|friendliness|friends brindis=toast|toasts firma=signature|signing|firm|company|sign|signed
compromiso=commitment|pledge|undertaking|engagement|compromise|promise|obligation intercambio=exchange|trade|swap|interchange|sharing
comunicación=communication|statement|media|communications|announcement 
aduana=customs|customs_office|customs_house cliente=client|customer|buyer 
occidente=west|western|occident|the_west oriente=east|orient|eastern norte=north|northern|north's sur=south|southern|south's
 oeste=west|western 
vacunatorio=vaccination_center|vaccination_centre|vaccination_clinic|clinic|vaccination_site carnet=card|licence|license|id_card|membership_card
turno=turn|shift|appointment|slot|round|term  
pediatría=pediatrics|paediatrics|pediatric|paediatric desinformación=disinformation|misinformation|fake_news
boletín=bulletin|newsletter|report|gazette rubéola=rubella|german_measles sarampión=measles paperas=mumps
cobertura=coverage|cover|covering|rate|reach|insurance emergencia=emergency|emergencies|crisis
señal=sign|signal|mark|indication|warning|reception|signpost 
mosaico=mosaic|patchwork arqueología=archaeology|archeology|archaeological yacimiento=site|deposit|field|excavation|dig|archaeological_site
excavación=excavation|dig|digging|excavations tesela=tessera|tesserae|tile|tiles pavimento=pavement|floor|paving|surface|flooring
mito=myth|legend comedor=dining_room|canteen|cafeteria|dining_hall|refectory villa=villa|town|village|estate
terma=baths|bath|spa|thermal_baths almazara=oil_mill|olive_mill|olive_press|oil_press 
bronce=bronze piedra=stone|rock|stones  vidrio=glass tractor=tractor|tractors
reja=plowshare|ploughshare|bars|grille|railing|grating arado=plough|plow|plowshare fragmento=fragment|piece|shard|excerpt|snippet
capa=layer|coat|cape|stratum|level|sheet hallazgo=discovery|find|finding|discoveries finca=estate|farm|property|ranch|land|plot
propiedad=property|ownership|estate|owner|holding visitante=visitor|tourist|guest recorrido=tour|route|journey|trip|path|course|run
ánfora=amphora|amphorae|jar|jars|ballot_box  cubierta=roof|cover|deck|roofing|covering|cover|tyre
ubicación=location|site|position|place|situation|whereabouts reserva=reservation|booking|reserve|reserves|reservation|preserve|reticence
 municipalidad=municipality|city_council|town_council|city_hall|local_government
jornada=day|working_day|journey|round|event|session|matchday|election_day|shift|workday incidente=incident|incidents|clash|mishap
casilla=polling_station|booth|box|square|cell|polling_booth acta=record|minutes|certificate|tally|tally_sheet|act|deed|report
retraso=delay|lag|backwardness|late constancia=certificate|record|proof|evidence|perseverance|constancy|certificate_of_election
gubernatura=governorship|governor's_office|governor 
cómputo=count|tally|computation|counting distrito=district|ward|constituency|precinct compra=purchase|buying|shopping|acquisition|buy
hogar=home|household|homes|house|hearth agua_potable=drinking_water|potable_water|clean_water servicio=service|services|serving|duty|toilet|provision
sede=headquarters|seat|venue|base|site|office|host medianoche=midnight derrota=defeat|loss|route
 participación=participation|turnout|stake|share|involvement|role|part|engagement
 anticipación=advance|anticipation|early|notice|ahead|in_advance|warning
distancia=distance|gap|away|range|remoteness startup=startup|start-up|start_up 
  exportador=exporter|exporting
  
  cautela=caution|prudence|care|wariness
  consultorio=clinic|surgery|doctor's_office|office|practice|health_clinic
 cinturón=belt|ring|beltway|girdle|ring_road|cordon 
vereda=village|rural_district|hamlet|sidewalk|path|pavement|settlement|community quebrada=stream|ravine|gorge|creek|brook|gully
abastecimiento=supply|provision|supplying|water_supply|provisioning 
  altiplano=high_plateau|plateau|highlands|altiplano
daño=damage|harm|injury|hurt|loss|damages mecanismo=mechanism|means|device|system jurisdicción=jurisdiction|courts|court
contencioso=litigation|dispute|contentious|administrative_courts 
alcance=scope|reach|range|extent|impact|scale|significance extracción=extraction|mining|removal|extracting
dedicación=dedication|commitment|devotion  
plazo=deadline|period|term|time_limit|time|timeframe|installment|within actividad=activity|activities|business|operation|work|activity's
operación=operation|operations|transaction|deal|surgery|raid|procedure explotación=exploitation|operation|mining|farm|holding|working|extraction
`;
