-- Spanish for the articles' general guidance (issue 15): one guidance_text per guidance entry and one
-- guidance_point_text per point, beside the English rows (V18). Rows are found by slug, not by id.
-- Every figure is the English one; the articles' titles stay as published, in «» so a reader sees a cited title.
-- Wording follows the shared glossary (tú, short imperatives, "parte alta de la espalda", "omóplatos").

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'thoracic-spine'), 'es',
    'Cómo está formada la parte alta de la espalda',
    'La parte alta de la espalda es la columna torácica, el tramo central de la columna, entre el cuello y la zona lumbar. Está formada por 12 vértebras y debería tener una ligera curva natural.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'thoracic-spine'), 1, 'es',
    'Está compuesta por 12 vértebras torácicas, unidas entre sí por articulaciones facetarias y discos intervertebrales.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'thoracic-spine'), 2, 'es',
    'La primera vértebra torácica es el bulto óseo grande que notas en la base del cuello.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'thoracic-spine'), 3, 'es',
    'La columna torácica une el cuello con la zona lumbar, sostiene la caja torácica y trabaja junto con los omóplatos para mantener estable la parte superior del cuerpo durante los movimientos complejos.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'upper-back-muscles'), 'es',
    'Qué músculos la sostienen',
    'Varios músculos sostienen la columna torácica, sobre todo el trapecio, los romboides y el dorsal ancho (los dorsales). Intervienen en casi todos los movimientos de los brazos y de la parte superior del cuerpo.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'upper-back-muscles'), 1, 'es',
    'El trapecio va desde el cuello hasta la mitad de la espalda.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'upper-back-muscles'), 2, 'es',
    'Los romboides están entre los omóplatos.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'upper-back-muscles'), 3, 'es',
    'Cuando están tensos o desequilibrados, estos músculos pueden tirar de la columna, sacarla de su alineación y causar molestias.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'upper-back-muscles'), 4, 'es',
    'Estirarlos con suavidad puede ayudarlos a relajarse, ganar flexibilidad y acumular menos tensión.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'why-it-gets-tight'), 'es',
    'Por qué se tensa la parte alta de la espalda',
    'La tensión en la parte alta de la espalda rara vez viene de un solo episodio. Lo normal es que se acumule por hábitos cotidianos: cómo te sientas, cómo llevas el estrés, lo que haces una y otra vez y cómo duermes.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'why-it-gets-tight'), 1, 'es',
    'Postura: las horas encorvado sobre el teclado o mirando el móvil hacia abajo (el llamado «cuello de texto») adelantan la cabeza y redondean los hombros, de modo que los músculos de la parte alta de la espalda trabajan de más para sostener la cabeza. El autor de «13 Upper Back Stretches» considera que la mala postura, sobre todo mantenida durante mucho tiempo, es la causa principal.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'why-it-gets-tight'), 2, 'es',
    'Estrés: el estrés y la ansiedad hacen que los músculos se contraigan, sobre todo en el cuello, los hombros y la parte alta de la espalda, y el estrés crónico puede mantenerlos en parte tensos.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'why-it-gets-tight'), 3, 'es',
    'Un estrés alto puede empeorar el dolor de la parte alta de la espalda, así que incluye algo que te calme, como la meditación o ejercicios de respiración profunda, para ayudar a que la mente y los músculos se relajen.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'why-it-gets-tight'), 4, 'es',
    'Esfuerzo y sobreuso: levantar algo demasiado pesado, una mala técnica o un giro brusco pueden distender un músculo; más a menudo, los movimientos repetidos (nadar, pintar un techo, llevar siempre el bolso en el mismo hombro) agotan los músculos.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'why-it-gets-tight'), 5, 'es',
    'Sueño: dormir boca abajo o en otra postura forzada, o con una almohada demasiado alta o demasiado plana, puede mantener el cuello y la parte alta de la espalda en un ángulo extraño toda la noche.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'why-it-gets-tight'), 6, 'es',
    'Una lesión también puede estar detrás del dolor en la parte alta de la espalda.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'signs-of-tightness'), 'es',
    'Cómo se manifiesta la tensión en la parte alta de la espalda',
    'La tensión en la parte alta de la espalda suele dar señales de unas pocas maneras típicas. Reconocerlas es el primer paso para tratar la causa.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'signs-of-tightness'), 1, 'es',
    'Dolor y nudos: un dolor sordo y constante entre los omóplatos, o pequeños puntos sensibles que se notan como canicas duras bajo la piel (puntos gatillo).');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'signs-of-tightness'), 2, 'es',
    'Rigidez: menos amplitud de movimiento, que se nota al mirar por encima del hombro mientras conduces o al estirar el brazo hacia un estante alto.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'signs-of-tightness'), 3, 'es',
    'Dolor de cabeza tensional y cuello rígido: los músculos tensos alrededor de los omóplatos pueden tirar de los músculos del cuello, lo que provoca dolor de cuello y un dolor de cabeza tensional, como una banda que aprieta.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'warm-up-first'), 'es',
    'Calienta antes de estirar',
    'Mucha gente estira todavía en frío, y eso hace más probable una distensión o una lesión. El calentamiento eleva el ritmo cardíaco y la circulación, de modo que los músculos se vuelven más flexibles y quedan listos para estirar, y hace que el estiramiento sea más eficaz.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'warm-up-first'), 1, 'es',
    'Dedica de cinco a diez minutos a movimientos dinámicos y suaves.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'warm-up-first'), 2, 'es',
    'Empieza con unos minutos de cardio ligero: marcha en el sitio, toques de talón, caminar por casa durante cinco minutos, o bicicleta estática o elíptica con poca resistencia. Deberías respirar un poco más rápido, pero poder seguir charlando.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'warm-up-first'), 3, 'es',
    'Después suelta los hombros y los brazos: giros de hombros y círculos lentos con los brazos.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'warm-up-first'), 4, 'es',
    'Después activa la zona media (core) y las caderas: elevaciones de rodilla de pie y giros suaves del tronco.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'breathe-through-it'), 'es',
    'Respira despacio y nunca contengas la respiración',
    'Tu forma de respirar cambia cómo responden los músculos. Contener la respiración o respirar de forma superficial con el pecho le dice a tu cuerpo que está bajo estrés, y los músculos se tensan aún más. Respirar despacio con el abdomen les ayuda a soltarse.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'breathe-through-it'), 1, 'es',
    'No contengas la respiración mientras estiras: relájate.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'breathe-through-it'), 2, 'es',
    'Respira despacio y hondo, llevando el aire al abdomen.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'breathe-through-it'), 3, 'es',
    'Al asentarte en cada estiramiento, inhala despacio por la nariz de modo que el abdomen se eleve.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'breathe-through-it'), 4, 'es',
    'Exhala despacio por la boca y relaja conscientemente los músculos que estás estirando.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'breathe-through-it'), 5, 'es',
    'En varios estiramientos, una inhalación profunda hace más profundo el estiramiento; las instrucciones indican dónde.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'breathe-through-it'), 6, 'es',
    'Los ejercicios de respiración profunda también son una forma de controlar el estrés que puede alimentar el dolor de la parte alta de la espalda.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'how-a-stretch-should-feel'), 'es',
    'Qué debes sentir al estirar y cuándo parar',
    'Muévete despacio y con suavidad, y nunca fuerces un estiramiento. Un buen estiramiento se siente como un tirón suave y una liberación, no como un sobreesfuerzo.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'how-a-stretch-should-feel'), 1, 'es',
    'Intenta notar el estiramiento donde tienes el dolor.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'how-a-stretch-should-feel'), 2, 'es',
    'Para de inmediato si sientes un pinzamiento o un dolor agudo; afloja si un movimiento te produce un dolor agudo.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'how-a-stretch-should-feel'), 3, 'es',
    'Una ligera sensación de tirantez es normal; un dolor agudo, con pinzamiento o intenso, no.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'how-a-stretch-should-feel'), 4, 'es',
    'Hormigueo: el autor de «13 Upper Back Stretches», respondiendo a un lector en los comentarios, dice que parece más un problema de un nervio que un músculo tenso; un nervio no debe someterse a mucho estiramiento, así que pide a un profesional sanitario que lo revise.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'how-a-stretch-should-feel'), 5, 'es',
    'Si ya tienes mucho dolor, pide a un profesional que te enseñe qué movimientos son seguros.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'red-flags'), 'es',
    'Cuándo consultar antes con un médico',
    'La mayor parte de la tensión en la parte alta de la espalda mejora con estiramientos suaves y mejores hábitos, pero algunas situaciones requieren consultar a un médico o fisioterapeuta antes de empezar o continuar una rutina en casa.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'red-flags'), 1, 'es',
    'El dolor es intenso.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'red-flags'), 2, 'es',
    'No ha mejorado tras más o menos una semana de cuidados por tu cuenta.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'red-flags'), 3, 'es',
    'Va acompañado de entumecimiento, debilidad en el brazo o fiebre.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'red-flags'), 4, 'es',
    'Tienes una lesión reciente o un dolor intenso: habla con un profesional antes de empezar una nueva rutina de ejercicios.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'serious-causes'), 'es',
    'Otras causas de dolor en la parte alta de la espalda que hay que descartar',
    'No todo el dolor en la parte alta de la espalda viene de músculos tensos. Si sospechas alguna de las siguientes causas, acude a un profesional sanitario que pueda hacer las pruebas adecuadas.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'serious-causes'), 1, 'es',
    'Dolor referido desde el cuello (columna cervical).');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'serious-causes'), 2, 'es',
    'Fracturas de costillas.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'serious-causes'), 3, 'es',
    'Problemas pulmonares o cardíacos.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'serious-causes'), 4, 'es',
    'Reflujo ácido.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'serious-causes'), 5, 'es',
    'Problemas relacionados con los nervios.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'serious-causes'), 6, 'es',
    'Una protrusión discal en la columna torácica.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'when-to-get-help'), 'es',
    'Cuándo buscar ayuda profesional',
    'Estirar en casa funciona bien para la tensión del día a día, pero a veces necesitas más ayuda. Una persona formada puede averiguar qué hay realmente detrás y planificar contigo los siguientes pasos de forma segura.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'when-to-get-help'), 1, 'es',
    'Si el dolor parece algo más que un simple nudo muscular, o te dificulta la vida diaria, busca orientación.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'when-to-get-help'), 2, 'es',
    '¿Sigue doliendo después de 2-4 semanas de estiramientos regulares? Entonces probablemente también haya que prestar atención a tu postura.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'when-to-get-help'), 3, 'es',
    'Si la tensión sigue volviendo incluso después de haber cambiado tus hábitos, un profesional puede buscar desequilibrios concretos.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'when-to-get-help'), 4, 'es',
    'Respondiendo a un lector en los comentarios, el autor de «13 Upper Back Stretches» aconseja que un profesional sanitario revise los problemas de nervios, para que no empeoren.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'what-a-professional-adds'), 'es',
    'Qué puede aportar un profesional del estiramiento',
    'Trabajar de forma individual con un terapeuta del estiramiento o un especialista en flexibilidad elimina las conjeturas al estirar y puede dar resultados más duraderos que los estiramientos por sí solos.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'what-a-professional-adds'), 1, 'es',
    'Evaluación: un examen más detallado de la movilidad de la parte alta de tu espalda para localizar los músculos tensos que limitan tu movimiento.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'what-a-professional-adds'), 2, 'es',
    'Estiramiento asistido: te guía de forma segura hacia estiramientos más profundos de los que alcanzarías solo, cuidando la técnica.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'what-a-professional-adds'), 3, 'es',
    'Un programa personalizado basado en esa evaluación, quizá con estiramientos más allá de los habituales que se encuentran en internet.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'what-a-professional-adds'), 4, 'es',
    'Trabajo manual de liberación, como la Active Release Technique aplicada por un profesional certificado, para relajar los músculos tensos antes de estirar.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'what-a-professional-adds'), 5, 'es',
    'Corrección postural: detectar los patrones de movimiento y los hábitos posturales que hay detrás de la tensión y enseñarte a alinearte mejor.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'heat-before-stretching'), 'es',
    'Aplica calor en la zona antes de estirar',
    'Un calor suave antes de estirar aumenta el flujo de sangre a la parte alta de la espalda y los hombros, lo que ayuda a que los músculos tensos se relajen y respondan mejor al estiramiento.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'heat-before-stretching'), 1, 'es',
    'Aplica un calor suave durante 10-15 minutos antes de estirar.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'heat-before-stretching'), 2, 'es',
    'Sirve cualquiera de estas opciones: una ducha caliente, una almohadilla térmica calentada en el microondas o una toalla empapada en agua caliente.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'release-before-stretching'), 'es',
    'Suelta los puntos tensos antes de estirar',
    'Liberar primero los músculos tensos de la parte alta de la espalda, con una pelota de masaje o un rodillo de espuma, te ayuda a sacar más partido a los estiramientos que vienen después.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'release-before-stretching'), 1, 'es',
    'Empieza la sesión con una liberación de los músculos de la parte alta de la espalda, luego haz los estiramientos musculares, después el trabajo de movilidad articular (con la extensión al final), luego el fortalecimiento, y termina con relajación.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'release-before-stretching'), 2, 'es',
    'Con una pelota de masaje: túmbate sobre ella entre la columna y el omóplato durante 2-5 minutos, recorriendo toda la zona dolorida, sin apoyar zonas óseas sobre la pelota.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'release-before-stretching'), 3, 'es',
    'Con un rodillo de espuma: túmbate con él atravesado bajo la espalda, debajo de los omóplatos, con las rodillas dobladas y los pies apoyados en el suelo y las manos sosteniendo la cabeza, y rueda despacio arriba y abajo.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'release-before-stretching'), 4, 'es',
    'Haz una pausa de 20-30 segundos sobre un punto sensible y respira hasta que se suavice.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'release-before-stretching'), 5, 'es',
    '¿Nunca has usado un rodillo de espuma? Para la extensión torácica sobre él, StretchMed sugiere empezar con solo 30 segundos e ir añadiendo tiempo poco a poco.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'desk-setup'), 'es',
    'Prepara tu escritorio para cuidar la parte alta de la espalda',
    '¿Pasas todo el día en un escritorio? Cómo esté organizado puede ser una de las principales razones de que te duela la parte alta de la espalda. Unos pocos cambios ergonómicos reducen la tensión constante sobre los músculos de la parte alta de la espalda.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'desk-setup'), 1, 'es',
    'Ajusta la altura de la silla para que ambos pies queden apoyados en el suelo y las rodillas se doblen a 90 grados.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'desk-setup'), 2, 'es',
    'Coloca el monitor justo delante de ti, a la altura de los ojos, para no encorvarte hacia delante.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'desk-setup'), 3, 'es',
    'Mantén los codos a 90 grados y las muñecas rectas.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'desk-setup'), 4, 'es',
    'Sostén el móvil a la altura de los ojos en lugar de bajar la cabeza para leerlo.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'desk-setup'), 5, 'es',
    'Tanto sentado como de pie, mantén una buena postura en lugar de dejarte caer.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'movement-breaks'), 'es',
    'Pausas cortas para dejar de estar sentado',
    'Incluso con un buen puesto de trabajo, pasar demasiado tiempo en la misma postura agarrota los músculos. Interrumpe los ratos largos sentado (o de pie).');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'movement-breaks'), 1, 'es',
    'Usa un temporizador que te avise para levantarte y moverte unos minutos cada hora.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'movement-breaks'), 2, 'es',
    'No hace falta que sea un entrenamiento: ir a por agua, girar los hombros unas cuantas veces o una ronda rápida de gato-vaca es suficiente.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'movement-breaks'), 3, 'es',
    'Cada pocas horas, reserva cinco minutos solo para estirar.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'movement-breaks'), 4, 'es',
    'Entre los movimientos que puedes hacer en el escritorio están los giros de hombros, un estiramiento en la pared, la flexión de cuello y una torsión sentado.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'movement-breaks'), 5, 'es',
    'A lo largo de la semana, una actividad variada como caminar, nadar o yoga ayuda a mantener equilibrados los músculos de la espalda.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'sleep-position'), 'es',
    'Duerme en una postura que cuide la espalda',
    'Pasas aproximadamente un tercio de tu vida durmiendo, así que la postura en la que duermes importa para la parte alta de la espalda.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'sleep-position'), 1, 'es',
    'Elige dormir boca arriba o de lado.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'sleep-position'), 2, 'es',
    'Si duermes boca arriba, una almohada bajo las rodillas ayuda.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'sleep-position'), 3, 'es',
    'De lado, coloca una almohada entre las rodillas para que caderas, pelvis y columna queden alineadas.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'sleep-position'), 4, 'es',
    'Evita dormir boca abajo: gira el cuello y puede forzar la espalda.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'sleep-position'), 5, 'es',
    'Busca el colchón adecuado y una almohada que te sostenga bien, ni demasiado alta ni demasiado plana.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'posture-types'), 'es',
    'Posturas que cargan la parte alta de la espalda',
    'Algunas posturas someten a más esfuerzo a los músculos y las articulaciones de la parte alta de la espalda. Si el dolor vuelve una y otra vez, comprueba si alguna de estas es la tuya.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'posture-types'), 1, 'es',
    'Cabeza adelantada: cuanto más se adelanta la cabeza, más tiene que trabajar la parte alta de la espalda para sostenerla contra la gravedad.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'posture-types'), 2, 'es',
    'Hombros redondeados: dejar caer los hombros hacia delante sobrecarga los músculos que hay entre los omóplatos.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'posture-types'), 3, 'es',
    'Cifosis torácica (parte alta de la espalda encorvada): mantiene los músculos de la parte alta de la espalda en una posición alargada, lo que puede afectar a lo bien que funcionan.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'posture-types'), 4, 'es',
    'Columna torácica plana: la parte alta de la espalda debería tener una ligera curva; si está demasiado plana, las articulaciones tienden a comprimirse entre sí, lo que puede causar dolor.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'little-and-often'), 'es',
    'Poco y a menudo es mejor que mucho y fuerte',
    'La regularidad cuenta más que la intensidad. Unos minutos de estiramiento suave cada día funcionan mejor que una sesión larga e intensa a la semana.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'little-and-often'), 1, 'es',
    'Intenta hacer de cinco a diez minutos de estiramiento suave al día, repartidos entre la mañana, el mediodía y la noche si te viene bien.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'little-and-often'), 2, 'es',
    'Puede que notes cierta mejora en pocos días; la mayoría de las personas se mueven con más libertad y se sienten menos rígidas en un plazo de una a dos semanas de práctica regular.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'little-and-often'), 3, 'es',
    'El alivio duradero llega al mantenerlo como rutina.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'little-and-often'), 4, 'es',
    'El fortalecimiento también ayuda: una zona media fuerte sostiene la columna, y «Finding Relief» combina sus estiramientos con fortalecimiento de la parte alta de la espalda. «What Stretches Upper Back?» también sugiere yoga o pilates para ganar fuerza en la zona media y flexibilidad.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'little-and-often'), 5, 'es',
    'Al principio, prueba todos los estiramientos, incluidas las variantes; cuando sepas hacerlos bien, quédate con los que más te alivien.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'little-and-often'), 6, 'es',
    '«What Stretches Upper Back?» sugiere estirar 3-4 veces por semana, 30 segundos cada mantenimiento, en 3-4 series, con giros de hombros y círculos con los brazos a diario; «Finding Relief» sugiere hacer sus estiramientos a diario.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'little-and-often'), 7, 'es',
    '¿Tienes poco tiempo? StretchMed elige el gato-vaca, que mueve con suavidad toda la columna desde el cuello hacia abajo, y el estiramiento de pecho en la pared, porque abrir el pecho contrarresta el encorvamiento hacia delante que hay detrás de tanta tensión en la parte alta de la espalda.');

insert into guidance_text (guidance_id, lang, title, body) values ((select id from guidance where slug = 'morning-midday-evening'), 'es',
    'Un ritmo sencillo de mañana, mediodía y noche',
    'Las sesiones cortas repartidas a lo largo del día se van sumando. StretchMed sugiere una rutina breve en cada uno de tres momentos del día.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'morning-midday-evening'), 1, 'es',
    'Mañana, unos cinco minutos: empieza con movimientos dinámicos que activen la circulación, como giros de hombros, círculos suaves con el cuello y varias rondas de gato-vaca.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'morning-midday-evening'), 2, 'es',
    'Mediodía: levántate de la silla cada hora y, cada pocas horas, dedica cinco minutos solo a estirar, por ejemplo giros de hombros o una torsión de columna sentado en el escritorio o, en un lugar tranquilo, la postura del niño o un arco hacia atrás sobre el respaldo de la silla.');
insert into guidance_point_text (guidance_id, point_no, lang, point) values ((select id from guidance where slug = 'morning-midday-evening'), 3, 'es',
    'Noche: antes de dormir, elige estiramientos estáticos suaves mantenidos 20-30 segundos, como la postura del niño, o túmbate boca arriba y abraza las rodillas llevándolas hacia el pecho.');
