/** Spanish → English lexicon, part 4: adjectives, adverbs and nationality words. */
export const LEXICON_ADJECTIVES = `
grande=big|large|great|huge|major|high|vast|grand|main gran=great|big|large|major|huge|grand|vast pequeño=small|little|tiny|minor|young|slight
alto=high|tall|senior|top|upper|loud|stop|highly|elevated bajo=low|short|under|lower|below|reduced|poor
largo=long|lengthy|length|long-term corto=short|brief|small amplio=broad|wide|large|ample|extensive|comprehensive|spacious
nuevo=new|fresh|further|another|novel|latest|newly viejo=old|elderly|aged|former|ancient antiguo=old|ancient|former|antique|veteran|historic|old-time
moderno=modern|up-to-date|contemporary reciente=recent|latest|new|fresh|recently bueno=good|fine|nice|kind|well|great|right
malo=bad|poor|evil|wrong|harmful|ill mejor=better|best|improved|top|finest|rather peor=worse|worst
mayor=greater|greatest|larger|largest|older|oldest|main|major|bigger|biggest|higher|more|elderly|senior|most|chief|adult
menor=smaller|less|lesser|younger|minor|lower|least|smallest|underage|child|juvenile primero=first|early|top
principal=main|principal|chief|leading|major|key|primary|top|prime|lead importante=important|significant|major|big|large|key|considerable|substantial|notable
clave=key|crucial|vital|essential|code|password|clue|pivotal fundamental=fundamental|essential|basic|key|crucial|vital|central
esencial=essential|vital|key|crucial|basic necesario=necessary|needed|required|essential|need
crucial=crucial|key|vital|critical|decisive decisivo=decisive|crucial|key|deciding
grave=serious|grave|severe|critical|major|heavy|deep|badly leve=slight|minor|mild|light|small
fuerte=strong|heavy|powerful|sharp|severe|tough|intense|loud|steep|fort|strength débil=weak|feeble|faint|frail|fragile
difícil=difficult|hard|tough|tricky|challenging fácil=easy|simple|straightforward|easily
posible=possible|potential|likely|feasible|may imposible=impossible|unable
probable=likely|probable|possible claro=clear|clearly|light|obvious|plain|bright|course|sure
seguro=safe|secure|sure|certain|insurance|confident|surely|safety cierto=true|certain|some|right|sure|certainly
real=real|actual|royal|true|genuine|realistic verdadero=true|real|genuine|actual|veritable
falso=false|fake|untrue|bogus|counterfeit|wrong propio=own|itself|very|typical|characteristic|self|personal
simple=simple|mere|plain|single|straightforward único=only|unique|single|sole|one|exclusive|one-of-a-kind
especial=special|particular|especially|specific|extraordinary particular=particular|private|specific|special|individual
general=general|overall|broad|wide|generally|army_general|chief|managing público=public|state|audience|government|publicly|open
privado=private|deprived|privately|personal personal=personal|staff|personnel|individual|private|employees|workforce
social=social|corporate|welfare|society nacional=national|domestic|nationwide|state|federal|home
internacional=international|global|foreign|worldwide|overseas mundial=world|global|worldwide|world_cup|international
local=local|home|premises|venue|locally regional=regional|local|provincial|state
municipal=municipal|local|town|city|council federal=federal|national estatal=state|state-run|state-owned|government|public
oficial=official|officer|formal|officially|government militar=military|soldier|army|service
político=political|politician|policy económico=economic|economical|financial|cheap|inexpensive|economy
financiero=financial|finance|fiscal comercial=commercial|trade|business|shopping|trading|retail|sales
industrial=industrial|industry|industrialist agrícola=agricultural|farm|farming|agrarian
ambiental=environmental|environment|green|ecological ecológico=ecological|organic|environmental|green
energético=energy|energetic|power social_demócrata=social_democratic|social_democrat
sanitario=health|sanitary|healthcare|medical|health_worker médico=medical|doctor|physician|health
judicial=judicial|court|legal|judiciary legal=legal|lawful|statutory|legally constitucional=constitutional|constitution|constitutionally
electoral=electoral|election|voting|elections|ballot cultural=cultural|culture|arts educativo=educational|education|school|teaching
tecnológico=technological|technology|tech|high-tech científico=scientific|scientist|science
digital=digital|online|electronic electrónico=electronic|electronics|electronic_engineer|e-|email
técnico=technical|technician|coach|technique|engineer|manager humano=human|humane|humanity|people
natural=natural|native|nature|naturally rural=rural|country|countryside|farm|agrarian urbano=urban|city|town|metropolitan
popular=popular|people's|folk|public|populist conjunto=joint|set|together|combined|whole|overall|ensemble|group
bilateral=bilateral|two-way|mutual global=global|overall|worldwide|comprehensive|total
estratégico=strategic|strategically|key simbólico=symbolic|token|symbolically|nominal
diplomático=diplomatic|diplomat|diplomacy histórico=historic|historical|history|record|landmark|long-standing
tradicional=traditional|conventional|customary común=common|joint|shared|ordinary|usual|commonplace|mutual
normal=normal|usual|ordinary|regular|normally|standard habitual=usual|regular|habitual|customary|common
actual=current|present|existing|today's|modern|present-day|incumbent|sitting|now anterior=previous|former|prior|earlier|preceding|front
último=last|latest|final|recent|ultimate|most_recent|past|lowest próximo=next|upcoming|coming|close|near|forthcoming|nearby
pasado=past|last|previous|former|ago futuro=future|coming|prospective|forthcoming|next
inicial=initial|first|starting|early|opening final=final|last|end|eventual|closing
total=total|complete|full|overall|entire|whole completo=complete|full|whole|comprehensive|entire|completely
libre=free|open|clear|vacant|freely|independent gratuito=free|free_of_charge|gratuitous|unpaid
caro=expensive|costly|dear|pricey barato=cheap|inexpensive|low-cost|affordable rico=rich|wealthy|tasty|delicious
pobre=poor|poverty|needy|unfortunate|poorest|disadvantaged vulnerable=vulnerable|at-risk|exposed
feliz=happy|glad|merry|cheerful triste=sad|unhappy|sorry contento=happy|glad|pleased|content|satisfied
preocupado=worried|concerned|anxious|troubled listo=ready|clever|smart|set|done
querido=dear|beloved|loved|darling|cherished|wanted aislado=isolated|remote|cut_off|insulated|isolation
cercano=close|near|nearby|neighbouring|neighboring|upcoming|nearest lejano=distant|remote|far|faraway|far-flung
rápido=quick|fast|rapid|swift|speedy|quickly lento=slow|sluggish|slowly|gradual
abierto=open|opened|outspoken|overt|frank cerrado=closed|shut|locked|tight|narrow
lleno=full|filled|packed|crowded vacío=empty|vacuum|void|vacant|blank|gap
caliente=hot|warm|heated frío=cold|cool|chilly seco=dry|dried|arid|sharp|curt
húmedo=humid|wet|damp|moist limpio=clean|clear|fair|net|cleanly sucio=dirty|filthy|foul|unclean
joven=young|youthful|youth|younger|new vivo=alive|live|living|lively|vivid|bright|sharp
muerto=dead|died|killed|deceased|death sano=healthy|sound|fit|healthy|safe
enfermo=sick|ill|patient|diseased herido=wounded|injured|hurt|casualty
negro=black|dark|grim|gloomy blanco=white|target|blank|clear rojo=red|scarlet|reddish
verde=green|unripe|eco|environmental azul=blue|navy amarillo=yellow|amber gris=grey|gray|dull
oscuro=dark|dim|obscure|gloomy brillante=bright|brilliant|shiny|glowing
vario=various|several|many|a_number diverso=diverse|various|different|several|varied|range distinto=different|distinct|various|separate|other
diferente=different|various|distinct|unlike igual=equal|same|like|identical|equally|alike|as|similar|even
similar=similar|alike|like|comparable parecido=similar|alike|like|resemblance
suficiente=enough|sufficient|adequate|ample excesivo=excessive|undue|too_much|excess
ilegal=illegal|unlawful|illicit|undocumented legítimo=legitimate|lawful|legal|genuine|rightful
independiente=independent|self-employed|freelance|separate|unaffiliated autónomo=autonomous|self-employed|independent|regional|freelance
democrático=democratic|democrat popular=popular|people's conservador=conservative|tory|curator
liberal=liberal|free progresista=progressive|liberal|leftist izquierdista=leftist|left-wing
derechista=right-wing|rightist radical=radical|extreme|drastic moderado=moderate|modest|mild
extremista=extremist|extreme oficialista=ruling|pro-government|official opositor=opposition|opponent|opposing
emotivo=emotional|moving|emotive|touching ingenuo=naive|naïve|innocent|gullible
sin_precedentes=unprecedented|record inédito=unprecedented|unpublished|new|novel|unseen
susceptible=likely|liable|susceptible|capable|prone|sensitive|could|may dispuesto=willing|ready|prepared|arranged|provided|laid_down
decidido=determined|decided|resolved|resolute|firm|committed capaz=capable|able|able_to|competent|can
obligado=obliged|forced|compelled|required|obligatory|mandatory obligatorio=compulsory|mandatory|obligatory|required
previo=prior|previous|preliminary|advance|in_advance|pre-|beforehand|prior_to|before preliminar=preliminary|initial|provisional|early
excepcional=exceptional|outstanding|extraordinary|exception extraordinario=extraordinary|special|exceptional|remarkable|emergency
intacto=intact|untouched|undamaged|unharmed salvaje=wild|savage|feral|wildlife
romano=roman|romans privado=private|privately|deprived cuadrado=square|squared
fluvial=river|fluvial|riverine ribereño=riverside|riverine|river|riparian|waterfront
móvil=mobile|movable|portable|motive|phone 
contencioso_administrativo=administrative|administrative_courts|contentious-administrative
hidrogeológico=hydrogeological minero=mining|miner|mine|mineral boyacense=boyacá|of_boyacá
vigente=current|in_force|valid|existing|active|prevailing|effective|outstanding adecuado=appropriate|adequate|suitable|right|proper|fit
 porteño=of_buenos_aires|buenos_aires|port|portuguese
santiaguino=santiago|of_santiago 
electo=elect|elected|governor-elect|president-elect|-elect distrital=district|district-level|municipal
peninsular=peninsular|peninsula renovador=renewal|renewing|reformist|renovating|reformer
dividido=divided|split|shared|fragmented roto=broken|torn|shattered|smashed|broke
epidemiológico=epidemiological|epidemiology|epidemic panamericano=pan_american|pan-american
rotatorio=revolving|rotating|rotary|rotational gratuito=free|free_of_charge
sísmico=seismic|seismological|earthquake sismológico=seismological|seismic|seismology
interno=internal|domestic|inner|interior|in-house|intern|inmate|inland acelerómetro=accelerometer
  estatal=state|state-run|government|public
civil=civil|civilian|civic
ruso=russian|russia|russians chino=chinese|china|chinese_people|sino- estadounidense=american|u.s.|us|united_states|america
español=spanish|spaniard|spain mexicano=mexican|mexico argentino=argentine|argentinian|argentina
chileno=chilean|chile colombiano=colombian|colombia peruano=peruvian|peru venezolano=venezuelan|venezuela
cubano=cuban|cuba brasileño=brazilian|brazil europeo=european|europe|eu asiático=asian|asia
africano=african|africa latinoamericano=latin_american|latin_america americano=american|america
británico=british|uk|britain inglés=english|england|english_language francés=french|france
alemán=german|germany italiano=italian|italy portugués=portuguese|portugal japonés=japanese|japan
coreano=korean|korea indio=indian|india ucraniano=ukrainian|ukraine israelí=israeli|israel
palestino=palestinian|palestine iraní=iranian|iran turco=turkish|turk|turkey árabe=arab|arabic|arabian
occidental=western|west|westerner oriental=eastern|east|oriental septentrional=northern|north
meridional=southern|south andaluz=andalusian|andalusia catalán=catalan|catalonia vasco=basque
maya=maya|mayan yucateco=yucatecan|yucatán|yucatan caribeño=caribbean
pacífico=pacific|peaceful|peace atlántico=atlantic mediterráneo=mediterranean
altamente=highly|very|extremely|strongly totalmente=totally|completely|fully|entirely|wholly
completamente=completely|fully|totally|entirely|wholly|utterly especialmente=especially|particularly|specially|notably
principalmente=mainly|mostly|chiefly|primarily|principally|largely finalmente=finally|eventually|ultimately|at_last|lastly
actualmente=currently|now|at_present|presently|today|nowadays|these_days|at_the_moment recientemente=recently|lately|newly
inmediatamente=immediately|at_once|right_away|instantly directamente=directly|straight|direct|outright
únicamente=only|solely|just|exclusively|merely solamente=only|just|solely|merely
probablemente=probably|likely|most_likely posiblemente=possibly|probably|perhaps|maybe
aproximadamente=approximately|about|around|roughly|some|nearly|almost|approx exactamente=exactly|precisely|just
claramente=clearly|plainly|obviously|evidently rápidamente=quickly|rapidly|fast|swiftly|promptly
lentamente=slowly|gradually|gently nuevamente=again|anew|once_again|once_more
previamente=previously|beforehand|earlier|in_advance|prior oficialmente=officially|formally
públicamente=publicly|openly|in_public prácticamente=practically|virtually|almost|nearly|all_but
precisamente=precisely|exactly|just|specifically especificamente=specifically efectivamente=indeed|effectively|in_fact|actually|sure
realmente=really|truly|actually|indeed|in_fact simplemente=simply|just|merely|purely
generalmente=generally|usually|normally|mostly|typically normalmente=normally|usually|typically|generally
frecuentemente=frequently|often|regularly constantemente=constantly|continually|steadily|always
casualmente=by_chance|coincidentally|casually|accidentally|incidentally gradualmente=gradually|progressively|slowly
supuestamente=allegedly|supposedly|reportedly|presumably|apparently presuntamente=allegedly|suspected|reportedly|alleged
aparentemente=apparently|seemingly|evidently finalmente=finally|eventually|ultimately
muy_bien=very_well casual=chance|accidental|casual|coincidental|by_chance|chance_discovery
gratis=free|free_of_charge|for_free temprano=early|soon
pronto=soon|early|quickly|promptly|shortly|ready demasiado=too|too_much|too_many|excessive|overly
bastante=quite|enough|fairly|rather|pretty|considerable|plenty|sufficient tarde=late|afternoon|evening|later
sin_límites=boundless|limitless|no-limits|unlimited|without_limits límite=limit|border|boundary|cap|deadline|ceiling|limits
`;
