/** Spanish → English lexicon, part 5: more institutions, places and everyday words. */
export const LEXICON_EXTRA = `
movimiento=movement|motion|move|activity|trend frente_amplio=broad_front barraca=barrack|barracks|hut|shack|shed|stall
paraje=place|spot|area|settlement|hamlet|site|location rancho=ranch|farm|hut|camp hacienda=estate|ranch|farm|treasury|finance
tesoro=treasury|treasure|exchequer fiscalía=prosecutor's_office|prosecution|attorney_general|prosecutors procuraduría=attorney_general|inspector_general|ombudsman
defensoría=ombudsman|public_defender contraloría=comptroller|audit_office registraduría=registrar|registry
policía_nacional=national_police guardia=guard|guards|watch|guardia armada=navy|armed|fleet marina=navy|marine|marina
fuerza_aérea=air_force ministerio_público=public_prosecutor|prosecution gabinete=cabinet|office|study
secretaría=secretariat|ministry|department|office|secretary subsecretario=undersecretary|deputy_minister viceministro=deputy_minister|vice_minister
cancillería=foreign_ministry|foreign_office|chancellery embajada=embassy consulado=consulate
procurador=prosecutor|attorney|solicitor|attorney_general gobernación=governorship|government|governor's_office|department
intendente=mayor|governor|superintendent|intendant intendencia=municipality|governorship|city_hall prefecto=prefect|governor
delegación=delegation|office|branch|borough subdelegación=sub-delegation|office diputación=provincial_council|council|deputation
cabildo=council|town_council|chapter comunidad_autónoma=autonomous_community|region
estado_mayor=general_staff|staff consejo_de_ministros=cabinet|council_of_ministers pleno=plenary|full|session|floor
sesión=session|meeting|sitting|hearing comparecencia=appearance|hearing|testimony audiencia=hearing|audience|court|ratings|viewers
magistratura=judiciary|bench|magistracy veredicto=verdict|ruling jurado=jury|juror|sworn|panel
condena=sentence|conviction|condemnation|term cadena_perpetua=life_sentence|life_imprisonment libertad=freedom|liberty|release|parole
libertad_condicional=parole fianza=bail|bond|deposit|guarantee querella=lawsuit|complaint|suit|action
indulto=pardon|reprieve amnistía=amnesty extradición=extradition expediente=file|case|record|dossier|proceedings
peritaje=expert_report|expert_opinion|assessment perito=expert|expert_witness hallazgo=finding|discovery|find
prueba_técnica=technical_evidence evidencia=evidence|proof testimonio=testimony|statement|evidence|account
penal=criminal|penal|penalty|prison civil=civil|civilian|civic laboral=labour|labor|employment|working|work
tributario=tax|fiscal fiscalidad=taxation|tax arancel=tariff|duty|tariffs|fee aranceles=tariffs|duties
subsidio=subsidy|benefit|allowance|grant pensión=pension|boarding_house|alimony jubilación=retirement|pension
sueldo_mínimo=minimum_wage salario_mínimo=minimum_wage canasta=basket|shopping_basket|basket_of_goods
alquiler=rent|rental|hire|lease hipoteca=mortgage vivienda_social=social_housing
obra_social=health_insurance|social_work|charity seguro=insurance|safe|sure|secure|certain|insurer
aseguradora=insurer|insurance_company banco_central=central_bank reserva_federal=federal_reserve|fed
bolsa_de_valores=stock_exchange|stock_market accionista=shareholder dividendo=dividend|dividends
exportador=exporter|exporting importador=importer|importing proveedor=supplier|provider|vendor
fábrica=factory|plant|works|mill planta=plant|factory|floor|storey taller=workshop|garage|shop|studio
cadena=chain|network|channel|string|chains almacén=warehouse|store|storehouse|shop tienda=shop|store|tent|outlet
supermercado=supermarket|grocery_store restaurante=restaurant|restaurants hotel=hotel|hotels turismo=tourism|tourist|travel
marca=brand|mark|record|make|trademark|label récord=record|all-time_high cifra_récord=record_figure
campaña_electoral=election_campaign|campaign encuesta_de_salida=exit_poll sondeo=poll|survey|sounding
escrutinio=count|counting|scrutiny|tally papeleta=ballot|ballot_paper|slip boleta=ballot|ballot_paper|ticket|receipt
padrón=register|electoral_roll|census|roll abstención=abstention|turnout|abstaining segunda_vuelta=runoff|second_round
primarias=primaries|primary legislatura=legislature|term|session mandato=term|mandate|tenure|order|office
investidura=investiture|inauguration|swearing-in toma_de_posesión=inauguration|swearing-in|taking_office
destitución=dismissal|removal|impeachment juicio_político=impeachment dimisión=resignation renuncia=resignation|waiver|renunciation
golpe=blow|coup|hit|strike|punch golpe_de_estado=coup|coup_d'état protesta=protest|demonstration|complaint
manifestación=demonstration|protest|rally|march|statement manifestante=protester|demonstrator marcha=march|pace|progress|running|departure
disturbio=riot|disturbance|unrest represión=repression|crackdown|suppression toque_de_queda=curfew
estado_de_emergencia=state_of_emergency estado_de_sitio=state_of_siege terrorismo=terrorism terrorista=terrorist
atentado=attack|bombing|assassination_attempt|attempt rehén=hostage|hostages desaparecido=missing|disappeared|vanished
cadáver=body|corpse|cadaver fosa=grave|pit|trench|mass_grave cementerio=cemetery|graveyard
hospitalizado=hospitalized|hospitalised|admitted ambulancia=ambulance urgencias=emergency|emergency_room|a&e|er
quirófano=operating_theatre|operating_room cirugía=surgery|operation cirujano=surgeon
diagnóstico=diagnosis|diagnostic prevención=prevention|preventive|prevention_campaign contagiado=infected|infection|case
infectado=infected|infection|case inmunidad=immunity|immune inmunización=immunization|immunisation|vaccination
gripe=flu|influenza dengue=dengue|dengue_fever tuberculosis=tuberculosis|tb paludismo=malaria malaria=malaria
obesidad=obesity diabetes=diabetes salud_mental=mental_health
clima=climate|weather pronóstico=forecast|prognosis|prediction meteorológico=meteorological|weather|met
lluvioso=rainy|wet nublado=cloudy|overcast soleado=sunny granizo=hail|hailstorm helada=frost|freeze|frozen
ciclón=cyclone tifón=typhoon deslave=landslide|mudslide deslizamiento=landslide|slide|slip alud=avalanche|landslide
marejada=swell|surge|heavy_seas oleaje=waves|swell|surf tsunami=tsunami|tidal_wave réplica=aftershock|replica|reply|rejoinder
magnitud=magnitude|scale|size intensidad=intensity|strength|force escala=scale|stopover|ladder|level
remezón=tremor|shaking|jolt|quake sacudida=jolt|shake|shock|tremor derrumbe=collapse|landslide|cave-in|fall
glaciar=glacier deforestación=deforestation reciclaje=recycling residuo=waste|residue|refuse basura=rubbish|garbage|trash|waste
biodiversidad=biodiversity ecosistema=ecosystem calentamiento=warming|heating cambio_climático=climate_change
energía_renovable=renewable_energy solar=solar|sun eólico=wind|aeolian hidroeléctrico=hydroelectric|hydropower
nuclear=nuclear|atomic litio=lithium cobre=copper oro=gold plata=silver|money hierro=iron acero=steel
yacimiento_arqueológico=archaeological_site arqueológico=archaeological|archeological
romano=roman antigüedad=antiquity|ancient_times|seniority|age medieval=medieval|middle_ages
patrimonio=heritage|assets|wealth|estate|patrimony monumento=monument|memorial catedral=cathedral|cathedrals
castillo=castle restauración=restoration|catering|restoring|renovation hallazgo_casual=chance_find
excavar=excavate|dig|unearth|dig_up restaurar=restore|renovate|restoration
deportista=athlete|sportsman|sportswoman|player futbolista=footballer|soccer_player|player selección=team|national_team|selection|squad|choice
fútbol=football|soccer baloncesto=basketball béisbol=baseball tenis=tennis ciclismo=cycling
mundial=world_cup|world|global olimpiada=olympics|olympiad juegos_olímpicos=olympic_games|olympics
clasificación=qualification|standings|table|ranking|classification temporada=season|period fichaje=signing|transfer|signing
aficionados=fans|supporters delantero=striker|forward portero=goalkeeper|keeper|doorman defensa=defence|defense|defender
escuela_secundaria=secondary_school|high_school primaria=primary|primary_school|elementary secundaria=secondary|high_school
matrícula=enrolment|enrollment|registration|tuition|license_plate beca=scholarship|grant|fellowship
docente=teacher|teaching|lecturer|educator|faculty alumnado=students|pupils|student_body
investigación_y_desarrollo=research_and_development tecnología_de_la_información=information_technology
inteligencia_artificial=artificial_intelligence|ai algoritmo=algorithm red_wifi=wifi_network|wi-fi_network
aplicación=application|app|implementation|enforcement|use plataforma=platform|platforms|rig usuario=user|customer
ciberataque=cyberattack|cyber_attack hacker=hacker datos_personales=personal_data|personal_information
empresa_emergente=startup|start-up emprendedor=entrepreneur|enterprising emprendimiento=entrepreneurship|venture|startup|business
fundadora=founder|founding gerente_general=general_manager|ceo|chief_executive director_ejecutivo=chief_executive|ceo|executive_director
consejero_delegado=chief_executive|ceo|managing_director junta_directiva=board|board_of_directors directorio=board|directory
unidades=units|items|pieces reservar=book|reserve|pre-order|reservation despachar=ship|dispatch|send|deliver
anticipación=advance|notice|in_advance|early|anticipation decibeles=decibels|decibel|db acelerómetro=accelerometer
humo=smoke|fumes ventanas=windows evacuar=evacuate|clear aviso=warning|alert|notice
detector_de_humo=smoke_detector hogar=home|household|homes
`;
export const LEXICON_EXTRA_2 = `
necesidad=need|necessity|needed|requirement|needs mapa=map|chart|mapping fase=phase|stage|step|round
vítreo=glass|glassy|vitreous máximo=maximum|highest|top|peak|most|greatest|utmost mínimo=minimum|lowest|least|smallest
exalcalde=former_mayor|ex-mayor|mayor expresidente=former_president|ex-president|president exministro=former_minister|minister
mientras_tanto=meanwhile|in_the_meantime|meantime algunos=some|certain|a_few|several alguno=some|certain|any|one
ninguno=no|none|any|single|not_a_single ningún=no|any|single|not_a_single manera=way|manner|means|fashion
ya_que=since|as|because en_lugar_de=instead_of|rather_than en_vez_de=instead_of|rather_than por_su_parte=for_its_part|for_his_part|for_her_part|meanwhile
de_acuerdo_con=according_to|in_accordance_with|under|in_line_with así_como=as_well_as|and|as|also
hacerlo=do_it|doing_so hacerse=become|get|be_done conmemorativo=commemorative|memorial
`;
export const LEXICON_EXTRA_3 = `
gracias=thanks|thank_you|thanks_to|due_to|owing gracia=grace|humour|humor|favour|favor|pardon
conexión=connection|link|connectivity|online|offline caída=fall|drop|decline|collapse|slump|downturn|outage
cursar=be_pending|pending|be_under_way|study|take|process|file|send tramitarse=be_processed|be_pending
`;
