-- Spanish text (lang 'es') for the catalog movements 23 to 44, beside the English rows they translate (issue 15).
-- Movements are found by slug and articles by code; article titles and the articles' names for a movement stay
-- in English, cited as published. Every figure is the English row's own.

-- Standing forward fold
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'standing-forward-fold'), 'es',
 'Flexión de tronco hacia adelante de pie',
 'Inclínate hacia adelante con las yemas de los dedos enganchadas bajo los dedos de los pies, baja la barbilla y échate un poco hacia atrás para estirar la parte alta de la espalda; 10-30 segundos.',
 'Una sensación de tirantez en la parte alta de la espalda al echarte hacia atrás, alejándote de los dedos de los pies.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'standing-forward-fold'), 1, 'es', 'Ponte de pie, erguido.'),
((select id from movement where slug = 'standing-forward-fold'), 2, 'es', 'Inclínate hacia adelante y engancha las yemas de los dedos bajo los dedos de los pies.'),
((select id from movement where slug = 'standing-forward-fold'), 3, 'es', 'Mete la barbilla y bájala hacia la parte alta del pecho.'),
((select id from movement where slug = 'standing-forward-fold'), 4, 'es', 'Con los dedos aún enganchados bajo los dedos de los pies, suelta los brazos y desplaza el peso un poco hacia atrás.'),
((select id from movement where slug = 'standing-forward-fold'), 5, 'es', 'Inhala profundamente para aumentar el estiramiento en la parte alta de la espalda.'),
((select id from movement where slug = 'standing-forward-fold'), 6, 'es', 'Mantén 10-30 segundos y luego sube despacio.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'standing-forward-fold'), 1, 'es', 'Ten especial cuidado con este estiramiento si tienes molestias en la zona lumbar.');
insert into movement_cue_text (movement_id, cue_no, lang, cue) values
((select id from movement where slug = 'standing-forward-fold'), 1, 'es', 'Mantén la barbilla recogida hacia la parte alta del pecho al echarte hacia atrás.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'standing-forward-fold'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Un mantenimiento de 10-30 segundos. Advierte a quien tenga problemas en la zona lumbar que lo haga con cuidado.');

-- Hanging off a bar
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'hanging-bar-stretch'), 'es',
 'Colgarse de una barra',
 'Agárrate a una barra horizontal, baja a una sentadilla con los pies apoyados ligeramente en el suelo y deja colgar tu peso mientras redondeas la parte alta de la espalda; 30 segundos.',
 'Un estiramiento en la parte alta de la espalda, entre los omóplatos.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'hanging-bar-stretch'), 1, 'es', 'Agárrate a una barra horizontal.'),
((select id from movement where slug = 'hanging-bar-stretch'), 2, 'es', 'Baja a una sentadilla y deja que el peso de tu cuerpo cuelgue de los brazos, con los pies descansando ligeramente en el suelo como apoyo.'),
((select id from movement where slug = 'hanging-bar-stretch'), 3, 'es', 'Échate ligeramente hacia atrás.'),
((select id from movement where slug = 'hanging-bar-stretch'), 4, 'es', 'Redondea la parte superior del cuerpo hacia adelante, mete la barbilla y mira hacia abajo.'),
((select id from movement where slug = 'hanging-bar-stretch'), 5, 'es', 'Respira hondo llevando el aire a la zona entre los omóplatos para aumentar el estiramiento.'),
((select id from movement where slug = 'hanging-bar-stretch'), 6, 'es', 'Quédate así 30 segundos.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'hanging-bar-stretch'), 1, 'es', 'Deja que los brazos sostengan el peso de tu cuerpo; los pies solo descansan ligeramente en el suelo como apoyo.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'hanging-bar-stretch'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Un mantenimiento de 30 segundos.');

-- Thoracic side bend
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'thoracic-side-bend'), 'es',
 'Inclinación lateral torácica',
 'De pie con los pies bien separados, un brazo por encima de la cabeza y la otra mano en la cadera, inclínate despacio hacia un lado para alargar el costado de la columna torácica; 30 segundos cada lado.',
 'Un alargamiento a lo largo del costado de la parte alta y media de la espalda, bajo el brazo levantado.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'thoracic-side-bend'), 1, 'es', 'Separa bien los pies y flexiona un poco las rodillas.'),
((select id from movement where slug = 'thoracic-side-bend'), 2, 'es', 'Estira el brazo derecho hacia arriba por encima de la cabeza y pon la mano izquierda en la cadera.'),
((select id from movement where slug = 'thoracic-side-bend'), 3, 'es', 'Inclina despacio la parte superior del cuerpo hacia la izquierda, con el brazo derecho estirado por encima de la cabeza.'),
((select id from movement where slug = 'thoracic-side-bend'), 4, 'es', 'Quédate así 30 segundos, respirando profundamente.'),
((select id from movement where slug = 'thoracic-side-bend'), 5, 'es', 'Vuelve a subir despacio y repite hacia el otro lado.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'thoracic-side-bend'), (select id from article where code = 'finding-relief-tight-upper-back'), 'es', 'Mantén 30 segundos; luego cambia de lado y repite. Hazlo a diario.');

-- Chest opener with exercise ball
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'chest-opener-exercise-ball'), 'es',
 'Apertura de pecho con pelota de ejercicio',
 'Sentado en una pelota de ejercicio, con una pelota o una almohada detrás de la parte alta de la espalda, abre los brazos, apriétala entre los omóplatos y eleva el pecho; 30 segundos, 2-3 veces.',
 'Una apertura en la parte delantera del pecho y en la cara anterior de la columna torácica, con los omóplatos juntos.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'chest-opener-exercise-ball'), 1, 'es', 'Siéntate erguido en una pelota de ejercicio, con los pies separados más o menos al ancho de las caderas.'),
((select id from movement where slug = 'chest-opener-exercise-ball'), 2, 'es', 'Coloca una pelota grande, un cojín o una almohada contra la parte alta de la espalda y sujétalo ahí con las manos.'),
((select id from movement where slug = 'chest-opener-exercise-ball'), 3, 'es', 'Abre bien los brazos y apriétalo entre los omóplatos.'),
((select id from movement where slug = 'chest-opener-exercise-ball'), 4, 'es', 'Lleva suavemente los hombros hacia atrás y empuja el esternón hacia adelante.'),
((select id from movement where slug = 'chest-opener-exercise-ball'), 5, 'es', 'Quédate así 30 segundos, respirando profundamente.'),
((select id from movement where slug = 'chest-opener-exercise-ball'), 6, 'es', 'Relájate y repite hasta hacerlo 2-3 veces en total.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'chest-opener-exercise-ball'), (select id from article where code = 'finding-relief-tight-upper-back'), 'es', 'Un mantenimiento de 30 segundos, repetido 2-3 veces. Hazlo a diario.');

-- Child's pose
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'childs-pose'), 'es',
 'Postura del niño',
 'Arrodíllate, siéntate sobre los talones e inclínate hacia adelante con la frente hacia el suelo, respirando despacio para alargar toda la espalda; al menos 30 segundos.',
 'Un alargamiento suave a lo largo de toda la espalda, con los hombros relajándose.',
 'StretchMed pide 30 segundos como mínimo y te deja seguir mientras te resulte agradable; su rutina de noche propone mantenimientos estáticos de 20-30 segundos. Massage Rx incluye la postura del niño como ejercicio estático, sin cifras. Limber programa 30 segundos y admite mantenimientos más largos.');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'childs-pose'), 1, 'es', 'Arrodíllate con los dedos gordos de los pies juntos y baja los glúteos hasta los talones.'),
((select id from movement where slug = 'childs-pose'), 2, 'es', 'Inclínate hacia adelante desde las caderas hasta que el pecho descanse entre las rodillas.'),
((select id from movement where slug = 'childs-pose'), 3, 'es', 'Estira los brazos hacia adelante por el suelo, o déjalos a los lados del cuerpo con las palmas hacia arriba.'),
((select id from movement where slug = 'childs-pose'), 4, 'es', 'Baja la frente hasta que toque el suelo.'),
((select id from movement where slug = 'childs-pose'), 5, 'es', 'Respira lenta y profundamente, notando cómo se ensancha la espalda al inhalar.'),
((select id from movement where slug = 'childs-pose'), 6, 'es', 'Quédate al menos 30 segundos, o más si te resulta agradable.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'childs-pose'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Se nombra, sin cifras.'),
((select id from movement where slug = 'childs-pose'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'No menos de 30 segundos; quédate más tiempo mientras siga resultando agradable. Aparece en la rutina de noche (mantenimientos de 20-30 segundos) y como opción de mediodía lejos del escritorio.');

-- Knees to chest
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'knees-to-chest'), 'es',
 'Rodillas al pecho',
 'Acostado boca arriba, abraza suavemente las rodillas hacia el pecho para liberar la zona lumbar y la parte media de la espalda; 20-30 segundos.',
 'Una liberación suave en la zona lumbar y la parte media de la espalda.',
 'En la rutina de noche de StretchMed se abrazan las dos rodillas sin moverse; los mantenimientos de esa rutina duran 20-30 segundos. La rodilla al pecho dinámica de Massage Rx es la entrada «Una rodilla al pecho».');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'knees-to-chest'), 1, 'es', 'Acostado boca arriba, acerca los talones hacia ti para que las rodillas apunten al techo.'),
((select id from movement where slug = 'knees-to-chest'), 2, 'es', 'Lleva una rodilla y después la otra hacia el pecho.'),
((select id from movement where slug = 'knees-to-chest'), 3, 'es', 'Rodea las rodillas con las manos y abrázalas suavemente hacia ti.'),
((select id from movement where slug = 'knees-to-chest'), 4, 'es', 'Quédate así 20-30 segundos, con respiraciones lentas y tranquilas.'),
((select id from movement where slug = 'knees-to-chest'), 5, 'es', 'Vuelve a bajar los pies al suelo de uno en uno.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'knees-to-chest'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Acuéstate boca arriba y abraza suavemente las rodillas contra el pecho; la rutina de noche usa estiramientos estáticos mantenidos 20-30 segundos.');

-- Cat-cow
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'cat-cow'), 'es',
 'Gato-vaca',
 'Apoyado en manos y rodillas, alterna con fluidez entre arquear y redondear la columna al ritmo de la respiración para soltarla desde el cuello hasta el coxis.',
 'Un movimiento suave a lo largo de toda la columna, desde el cuello hasta el coxis.',
 '10-15 repeticiones, a diario (What Stretches Upper Back? Instant Relief), frente a alrededor de un minuto de movimiento lento y fluido guiado por la respiración (StretchMed); Massage Rx lo nombra como estiramiento dinámico, sin cifras. Los dos artículos asignan los nombres gato y vaca a formas opuestas; Limber sigue a StretchMed (espalda redondeada = gato).');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'cat-cow'), 1, 'es', 'Colócate a cuatro patas, en posición de mesa, con las muñecas bajo los hombros y las rodillas bajo las caderas.'),
((select id from movement where slug = 'cat-cow'), 2, 'es', 'Inhala, deja caer el vientre hacia el suelo y eleva la mirada para que la espalda se arquee (vaca).'),
((select id from movement where slug = 'cat-cow'), 3, 'es', 'Al exhalar, invierte el movimiento: redondea la columna hacia el techo, recogiendo la barbilla y el coxis hacia dentro (gato).'),
((select id from movement where slug = 'cat-cow'), 4, 'es', 'Sigue pasando despacio de una forma a la otra, dejando que la respiración marque el ritmo.'),
((select id from movement where slug = 'cat-cow'), 5, 'es', 'Haz 10-15 ciclos.');
insert into movement_cue_text (movement_id, cue_no, lang, cue) values
((select id from movement where slug = 'cat-cow'), 1, 'es', 'Deja que cada respiración guíe el movimiento.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'cat-cow'), (select id from article where code = 'what-stretches-upper-back'), 'es', '10-15 repeticiones. Su tabla: todos los días, 10-15 repeticiones.'),
((select id from movement where slug = 'cat-cow'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Se nombra, sin cifras.'),
((select id from movement where slug = 'cat-cow'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Movimiento fluido durante alrededor de un minuto, guiado por la respiración. También aparece en la secuencia de la mañana y como pausa rápida para moverse.');

-- Thread the needle
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'thread-the-needle'), 'es',
 'Enhebrar la aguja',
 'Apoyado en manos y rodillas, desliza un brazo por debajo del cuerpo y apoya ese hombro en el suelo mientras las caderas se mantienen alineadas; mantén 30 segundos cada lado.',
 'Un estiramiento en rotación en la parte alta de la espalda y en la parte posterior del hombro del lado del brazo que pasa por debajo.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'thread-the-needle'), 1, 'es', 'Colócate a cuatro patas con la espalda plana y neutra, las manos bajo los hombros y las rodillas bajo las caderas.'),
((select id from movement where slug = 'thread-the-needle'), 2, 'es', 'Con las caderas alineadas, desliza el brazo derecho por debajo del cuerpo tan lejos como puedas.'),
((select id from movement where slug = 'thread-the-needle'), 3, 'es', 'Apoya el hombro derecho en el suelo.'),
((select id from movement where slug = 'thread-the-needle'), 4, 'es', 'Quédate así 30 segundos.'),
((select id from movement where slug = 'thread-the-needle'), 5, 'es', 'Vuelve a la posición a cuatro patas y repite con el otro lado.'),
((select id from movement where slug = 'thread-the-needle'), 6, 'es', 'Haz 4-5 repeticiones de cada lado, en 1-2 series.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'thread-the-needle'), 1, 'es', 'Mantén las caderas alineadas; el giro debe salir de la parte alta de la espalda.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'thread-the-needle'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Mantén 30 s por lado; 1-2 series de 4-5 repeticiones por lado.');

-- Seated thoracic rotation
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'seated-thoracic-rotation'), 'es',
 'Rotación torácica sentado',
 'Sentado, usa una mano en la rodilla contraria y un codo enganchado en el respaldo de la silla para girar la parte alta de la espalda como si miraras hacia atrás; 30 repeticiones cada lado.',
 'Un movimiento de giro en la parte alta de la espalda, con poco movimiento en la zona lumbar.',
 'En 13 Upper Back Stretches se gira 30 veces hacia cada lado. La breve torsión de columna en la silla que StretchMed propone para la pausa de mediodía es una entrada aparte, «Torsión de columna sentado».');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'seated-thoracic-rotation'), 1, 'es', 'Siéntate en una silla.'),
((select id from movement where slug = 'seated-thoracic-rotation'), 2, 'es', 'Engancha una mano por la parte exterior de la rodilla contraria.'),
((select id from movement where slug = 'seated-thoracic-rotation'), 3, 'es', 'Con el brazo libre, pasa el codo por encima del respaldo de la silla.'),
((select id from movement where slug = 'seated-thoracic-rotation'), 4, 'es', 'Usando los brazos como palanca, gira la columna como si intentaras ver detrás de ti, con la zona lumbar lo más quieta que puedas.'),
((select id from movement where slug = 'seated-thoracic-rotation'), 5, 'es', 'Vuelve al centro y repite hasta hacer 30 repeticiones.'),
((select id from movement where slug = 'seated-thoracic-rotation'), 6, 'es', 'Después cambia de lado y haz lo mismo.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'seated-thoracic-rotation'), 1, 'es', 'Haz que la mayor parte del giro ocurra en la parte alta de la espalda y mantén la zona lumbar lo más quieta que puedas.'),
((select id from movement where slug = 'seated-thoracic-rotation'), 2, 'es', 'Es habitual notar algunos chasquidos en la columna durante este movimiento.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'seated-thoracic-rotation'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', '30 repeticiones y luego el mismo número hacia el otro lado.');

-- Translation
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'translation'), 'es',
 'Traslación',
 'Sentado en el suelo con las piernas hacia un lado, apóyate en el brazo contrario, estirado, y desliza el tronco lateralmente; mantén 30 segundos cada lado.',
 'Un estiramiento en un lado de la parte alta de la espalda, el lado hacia el que te inclinas.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'translation'), 1, 'es', 'Siéntate en el suelo con las piernas hacia tu izquierda (así se estira el lado derecho).'),
((select id from movement where slug = 'translation'), 2, 'es', 'Apoya la palma de la mano derecha plana en el suelo, separada hacia tu derecha.'),
((select id from movement where slug = 'translation'), 3, 'es', 'El brazo derecho se mantiene completamente estirado de principio a fin.'),
((select id from movement where slug = 'translation'), 4, 'es', 'Deja que el hombro derecho se relaje mientras pasas el peso a ese brazo y deslizas el tronco hacia la derecha.'),
((select id from movement where slug = 'translation'), 5, 'es', 'Inhala profundamente para aumentar el estiramiento y mantén 30 segundos.'),
((select id from movement where slug = 'translation'), 6, 'es', 'Después cambia de lado y haz lo mismo.');
insert into movement_cue_text (movement_id, cue_no, lang, cue) values
((select id from movement where slug = 'translation'), 1, 'es', 'Brazo de apoyo estirado, con su hombro relajado.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'translation'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Mantén 30 segundos; luego cambia de lado y repite.');

-- Iron cross
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'iron-cross'), 'es',
 'Cruz de hierro',
 'Acostado boca arriba con un rodillo de espuma a un lado y la rodilla contraria cruzada sobre él, presiona ese omóplato hacia el suelo para girar la parte media de la espalda; mantenimientos cortos.',
 'Un movimiento de giro en la parte media y alta de la espalda (la columna torácica), no una apertura del pecho.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'iron-cross'), 1, 'es', 'Acuéstate boca arriba con un rodillo de espuma a tu izquierda, a lo largo del cuerpo.'),
((select id from movement where slug = 'iron-cross'), 2, 'es', 'Levanta la rodilla derecha hasta que la cadera y la rodilla estén ambas a 90 grados, crúzala por encima del cuerpo y apoya la rodilla en el rodillo.'),
((select id from movement where slug = 'iron-cross'), 3, 'es', 'Exhala y presiona el omóplato derecho hacia el suelo, girando desde la parte media de la espalda en lugar de abrir el pecho.'),
((select id from movement where slug = 'iron-cross'), 4, 'es', 'Mantenlo ahí 3-5 segundos antes de soltar.'),
((select id from movement where slug = 'iron-cross'), 5, 'es', 'Haz cuatro repeticiones más (cinco en total) y luego cambia de lado.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'iron-cross'), 1, 'es', 'Gira desde la columna torácica; no te limites a abrir el pecho.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'iron-cross'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Mantén de tres a cinco segundos, repite cuatro veces más y luego cambia de lado.');

-- Thoracic extension over a foam roller
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'thoracic-extension-foam-roller'), 'es',
 'Extensión torácica sobre rodillo de espuma',
 'Acostado con un rodillo de espuma atravesado bajo la parte alta de la espalda y la cabeza sostenida, arquéate despacio hacia atrás sobre él y vuelve, con las costillas inferiores hacia abajo; 30 repeticiones.',
 'Un arco de apertura en la parte media y alta de la espalda, sobre el rodillo.',
 '13 Upper Back Stretches indica 30 repeticiones, después de los demás estiramientos. La extensión torácica estática de Massage Rx y el reposo sobre un rodillo de StretchMed son la entrada «Extensión torácica mantenida sobre rodillo».');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'thoracic-extension-foam-roller'), 1, 'es', 'Acuéstate boca arriba, con las rodillas flexionadas y los pies apoyados en el suelo, y un rodillo de espuma atravesado bajo la parte alta de la espalda, justo por debajo de los omóplatos.'),
((select id from movement where slug = 'thoracic-extension-foam-roller'), 2, 'es', 'Pon las manos detrás de la cabeza para sostenerla.'),
((select id from movement where slug = 'thoracic-extension-foam-roller'), 3, 'es', 'Arquea despacio la parte alta de la espalda hacia atrás sobre el rodillo.'),
((select id from movement where slug = 'thoracic-extension-foam-roller'), 4, 'es', 'Mantén las costillas inferiores hacia abajo para que la zona lumbar no se arquee en exceso.'),
((select id from movement where slug = 'thoracic-extension-foam-roller'), 5, 'es', 'Vuelve a subir y repite hasta hacer 30 repeticiones.'),
((select id from movement where slug = 'thoracic-extension-foam-roller'), 6, 'es', 'Mueve el rodillo un poco hacia arriba o hacia abajo, adonde te resulte mejor.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'thoracic-extension-foam-roller'), 1, 'es', 'Haz la extensión después de tus otros estiramientos y ejercicios de movilidad: arquearse hacia atrás puede comprimir las articulaciones de la columna, así que primero crea espacio en ellas.'),
((select id from movement where slug = 'thoracic-extension-foam-roller'), 2, 'es', 'Mantén las costillas inferiores hacia abajo; así evitas que la zona lumbar se arquee demasiado.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'thoracic-extension-foam-roller'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Haz 30 repeticiones; mejor después de los demás estiramientos, porque la extensión puede apretar las articulaciones entre sí.');

-- Thoracic extension over a chair back
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'thoracic-extension-chair'), 'es',
 'Extensión torácica sobre el respaldo de la silla',
 'Sentado al fondo de la silla, con las manos detrás de la cabeza, arquea suavemente la parte alta de la espalda sobre el borde superior del respaldo para contrarrestar la postura encorvada frente al escritorio.',
 'Un arco de apertura en la parte alta de la espalda, a la altura del borde superior del respaldo.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'thoracic-extension-chair'), 1, 'es', 'Siéntate erguido al fondo de una silla cuyo respaldo llegue a la parte alta de la espalda.'),
((select id from movement where slug = 'thoracic-extension-chair'), 2, 'es', 'Apoya las manos detrás de la cabeza para sostenerla.'),
((select id from movement where slug = 'thoracic-extension-chair'), 3, 'es', 'Arquea despacio la parte alta de la espalda sobre el borde superior del respaldo.'),
((select id from movement where slug = 'thoracic-extension-chair'), 4, 'es', 'Mantén las costillas inferiores hacia abajo para que el arco salga de la parte alta de la espalda.'),
((select id from movement where slug = 'thoracic-extension-chair'), 5, 'es', 'Vuelve a la posición erguida y repite 5-10 veces.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'thoracic-extension-chair'), 1, 'es', 'Mantén las costillas inferiores hacia abajo para que el arco salga de la parte alta de la espalda.'),
((select id from movement where slug = 'thoracic-extension-chair'), 2, 'es', 'Deja la extensión para después de tus otros estiramientos y ejercicios de movilidad: arquearse hacia atrás puede comprimir las articulaciones de la columna, así que primero libéralas.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'thoracic-extension-chair'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Se nombra, sin cifras.');

-- Suspension trainer row
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'suspension-trainer-row'), 'es',
 'Remo con correas de suspensión',
 'Remo de pie con correas de suspensión, dejando que los omóplatos se separen del todo y después juntándolos con fuerza, para trabajar la parte alta de la espalda en todo su recorrido.',
 'Trabajo entre los omóplatos y a su alrededor, con un estiramiento en el pecho al bajar.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'suspension-trainer-row'), 1, 'es', 'Agarra las asas de las correas de suspensión, con los brazos estirados al frente.'),
((select id from movement where slug = 'suspension-trainer-row'), 2, 'es', 'Avanza los pies y échate hacia atrás hasta que el cuerpo quede recto y las correas tensas.'),
((select id from movement where slug = 'suspension-trainer-row'), 3, 'es', 'Deja que los omóplatos se separen mientras cuelgas hacia atrás.'),
((select id from movement where slug = 'suspension-trainer-row'), 4, 'es', 'Exhala mientras tiras para subir el pecho hacia las asas, juntando los omóplatos.'),
((select id from movement where slug = 'suspension-trainer-row'), 5, 'es', 'Baja despacio hasta que los brazos queden estirados y los omóplatos vuelvan a separarse.'),
((select id from movement where slug = 'suspension-trainer-row'), 6, 'es', 'Haz 8-12 repeticiones, en 1-2 series.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'suspension-trainer-row'), 1, 'es', 'Échate hacia atrás solo hasta donde puedas controlar todo el movimiento.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'suspension-trainer-row'), (select id from article where code = 'finding-relief-tight-upper-back'), 'es', 'Remo de pie con correas de suspensión, llevando los omóplatos del todo hacia adelante y hacia atrás; sin series ni repeticiones. El artículo indica hacer sus estiramientos a diario.');

-- Shrug and shoulder blade squeeze
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'shoulder-roll-squeeze'), 'es',
 'Encoger los hombros y juntar los omóplatos',
 'Encoge los hombros hacia arriba, luego junta los omóplatos hacia atrás y mantén 10 segundos; 10 repeticiones.',
 'Una contracción intensa en el centro de la espalda, donde se juntan los omóplatos.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'shoulder-roll-squeeze'), 1, 'es', 'Ponte de pie o siéntate, erguido.'),
((select id from movement where slug = 'shoulder-roll-squeeze'), 2, 'es', 'Sube los dos hombros hacia las orejas mientras el cuello sigue relajado.'),
((select id from movement where slug = 'shoulder-roll-squeeze'), 3, 'es', 'Con los hombros arriba, lleva los omóplatos hacia atrás, uno hacia el otro.'),
((select id from movement where slug = 'shoulder-roll-squeeze'), 4, 'es', 'Nota una contracción firme entre los omóplatos y mantén 10 segundos.'),
((select id from movement where slug = 'shoulder-roll-squeeze'), 5, 'es', 'Relájate y repite hasta hacer 10 repeticiones.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'shoulder-roll-squeeze'), 1, 'es', 'Mantén el cuello relajado mientras encoges los hombros.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'shoulder-roll-squeeze'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Mantén 10 segundos; haz 10 repeticiones.');

-- Shoulder retraction with arms overhead
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'band-retraction-overhead'), 'es',
 'Retracción de hombros con los brazos por encima de la cabeza',
 'Sujetando una banda elástica por encima de la cabeza, lleva los omóplatos hacia atrás y mantén 5 segundos; 30 repeticiones.',
 'Los músculos de la parte alta de la espalda trabajando para llevar los omóplatos hacia atrás.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'band-retraction-overhead'), 1, 'es', 'Sujeta una banda elástica con las dos manos.'),
((select id from movement where slug = 'band-retraction-overhead'), 2, 'es', 'Sube los dos brazos por encima de la cabeza.'),
((select id from movement where slug = 'band-retraction-overhead'), 3, 'es', 'Lleva los omóplatos hacia atrás hasta notar que trabaja la parte alta de la espalda.'),
((select id from movement where slug = 'band-retraction-overhead'), 4, 'es', 'Mantén la contracción 5 segundos antes de aflojar.'),
((select id from movement where slug = 'band-retraction-overhead'), 5, 'es', 'Haz 30 en total.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'band-retraction-overhead'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Mantén 5 segundos; haz 30 repeticiones.');

-- Kneeling thoracic extension over a stool
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'prone-thoracic-extension-stool'), 'es',
 'Extensión torácica de rodillas sobre un taburete',
 'De rodillas, con el tronco apoyado en un taburete pequeño y las manos detrás de la cabeza, eleva la parte alta del pecho y mantén 5 segundos; 10 repeticiones.',
 'Trabajo en los músculos que rodean los omóplatos y entre ellos, mientras el pecho se eleva.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'prone-thoracic-extension-stool'), 1, 'es', 'Arrodíllate en el suelo delante de un taburete pequeño.'),
((select id from movement where slug = 'prone-thoracic-extension-stool'), 2, 'es', 'Apoya el tronco sobre el taburete.'),
((select id from movement where slug = 'prone-thoracic-extension-stool'), 3, 'es', 'Sujeta la parte posterior de la cabeza con las manos.'),
((select id from movement where slug = 'prone-thoracic-extension-stool'), 4, 'es', 'Eleva la parte alta del pecho separándola del apoyo, con el cuello completamente relajado.'),
((select id from movement where slug = 'prone-thoracic-extension-stool'), 5, 'es', 'Mantén la posición 5 segundos y luego baja.'),
((select id from movement where slug = 'prone-thoracic-extension-stool'), 6, 'es', 'Haz 10 en total.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'prone-thoracic-extension-stool'), 1, 'es', 'Mantén el cuello completamente relajado; la elevación sale de entre los omóplatos.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'prone-thoracic-extension-stool'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Mantén 5 segundos; haz 10 repeticiones. (El artículo lo plantea sobre un taburete pequeño, pero después dice que se despegue el pecho de «la pelota».)');

-- Posture reset
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'posture-reset'), 'es',
 'Reajuste de la postura',
 'Acuéstate con las pantorrillas apoyadas en un taburete y los brazos estirados por encima de la cabeza, y deja que la gravedad acomode la parte alta de la espalda durante 15 minutos.',
 'La parte alta de la espalda cediendo hacia una posición más neutra mientras te relajas y dejas que la gravedad haga el trabajo.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'posture-reset'), 1, 'es', 'Acuéstate boca arriba en el suelo, sobre una esterilla si tienes una.'),
((select id from movement where slug = 'posture-reset'), 2, 'es', 'Apoya las pantorrillas en un taburete de modo que las caderas y las rodillas queden flexionadas a 90 grados.'),
((select id from movement where slug = 'posture-reset'), 3, 'es', 'Estira los dos brazos hacia atrás por el suelo, más allá de la cabeza.'),
((select id from movement where slug = 'posture-reset'), 4, 'es', 'Intenta mantener la parte posterior de los brazos apoyada en el suelo; pon almohadas debajo si no llegan.'),
((select id from movement where slug = 'posture-reset'), 5, 'es', 'Quédate así, completamente relajado, durante 15 minutos.');
insert into movement_cue_text (movement_id, cue_no, lang, cue) values
((select id from movement where slug = 'posture-reset'), 1, 'es', 'Parte posterior de los brazos en el suelo, con almohadas debajo si no llegan.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'posture-reset'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', '15 minutos de relajación en la postura.');

-- Belly breathing
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'belly-breathing'), 'es',
 'Respiración abdominal',
 'Respiraciones abdominales lentas y profundas, inhalando por la nariz y exhalando por la boca, dejando que los músculos de la parte alta de la espalda se relajen en cada exhalación.',
 'El vientre que sube y baja, y los hombros y la parte alta de la espalda que se relajan al exhalar.',
 null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'belly-breathing'), 1, 'es', 'Siéntate cómodamente o acuéstate boca arriba con las rodillas flexionadas.'),
((select id from movement where slug = 'belly-breathing'), 2, 'es', 'Inhala despacio por la nariz, dejando que el vientre se eleve.'),
((select id from movement where slug = 'belly-breathing'), 3, 'es', 'Exhala despacio por la boca y deja conscientemente que los hombros y la parte alta de la espalda se relajen.'),
((select id from movement where slug = 'belly-breathing'), 4, 'es', 'Continúa 1-3 minutos, sin contener la respiración.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'belly-breathing'), (select id from article where code = 'what-stretches-upper-back'), 'es', 'Se sugiere como actividad para reducir el estrés; sin cifras.'),
((select id from movement where slug = 'belly-breathing'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Respiraciones abdominales lentas y profundas: inhala por la nariz y exhala despacio por la boca mientras relajas los músculos que estás estirando; sin duración indicada.');

-- Seated spinal twist
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'seated-spinal-twist'), 'es',
 'Torsión de columna sentado',
 'Una torsión rápida en la silla del escritorio: siéntate erguido, gira la parte superior del cuerpo hacia un lado y quédate así un momento; luego hacia el otro.',
 'Un suave retorcimiento en la parte media y alta de la espalda y a lo largo de los costados del tronco.',
 'StretchMed nombra una torsión de columna sentado para la pausa de mediodía en el escritorio, pero no da cifras ni explica cómo hacerla: los pasos y el mantenimiento de 20-30 segundos hacia cada lado son de Limber, en línea con los demás estiramientos rápidos de ese artículo. La torsión más larga, haciendo palanca con la silla, es la entrada «Rotación torácica sentado».');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'seated-spinal-twist'), 1, 'es', 'Siéntate erguido cerca del borde delantero de la silla, con los pies apoyados en el suelo y las caderas mirando al frente.'),
((select id from movement where slug = 'seated-spinal-twist'), 2, 'es', 'Cruza los brazos sobre el pecho.'),
((select id from movement where slug = 'seated-spinal-twist'), 3, 'es', 'Al exhalar, gira las costillas y los hombros hacia la izquierda hasta donde te resulte cómodo; la cabeza acompaña el giro al final.'),
((select id from movement where slug = 'seated-spinal-twist'), 4, 'es', 'Quédate así 20-30 segundos, respirando con calma y manteniéndote erguido.'),
((select id from movement where slug = 'seated-spinal-twist'), 5, 'es', 'Vuelve a mirar al frente y luego gira hacia la derecha de la misma manera.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'seated-spinal-twist'), 1, 'es', 'Gira solo hasta donde te resulte cómodo; no fuerces el giro más allá.');
insert into movement_cue_text (movement_id, cue_no, lang, cue) values
((select id from movement where slug = 'seated-spinal-twist'), 1, 'es', 'Caderas al frente mientras gira la parte alta de la espalda.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'seated-spinal-twist'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Uno de los movimientos para hacer en el escritorio durante la pausa de mediodía; sin cifras.');

-- Single knee to chest
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'single-knee-to-chest'), 'es',
 'Una rodilla al pecho',
 'Acostado boca arriba, lleva una rodilla hacia el pecho y vuelve a soltarla, una pierna tras otra, como calentamiento suave en movimiento.',
 'Un estiramiento leve en la zona lumbar y en el glúteo y la parte posterior de la cadera de la pierna flexionada.',
 'Massage Rx incluye la rodilla al pecho entre sus estiramientos dinámicos de calentamiento, sin cifras ni explicación de cómo hacerla: los pasos, las 5-10 veces por lado y su ritmo son de Limber. El abrazo de las dos rodillas en la rutina de noche de StretchMed, mantenido sin moverse, es la entrada «Rodillas al pecho».');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'single-knee-to-chest'), 1, 'es', 'Empieza boca arriba, con las rodillas flexionadas y los dos pies apoyados en el suelo.'),
((select id from movement where slug = 'single-knee-to-chest'), 2, 'es', 'Sujeta una espinilla, o la parte posterior de ese muslo, y lleva la rodilla hacia el pecho.'),
((select id from movement where slug = 'single-knee-to-chest'), 3, 'es', 'Haz una breve pausa y luego deja que el pie vuelva al suelo.'),
((select id from movement where slug = 'single-knee-to-chest'), 4, 'es', 'Haz lo mismo con la otra pierna y sigue alternando con suavidad.'),
((select id from movement where slug = 'single-knee-to-chest'), 5, 'es', 'Continúa hasta 5-10 veces por lado, respirando de forma regular.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'single-knee-to-chest'), 1, 'es', 'Lleva la rodilla hacia ti con suavidad y solo hasta donde te resulte cómodo.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'single-knee-to-chest'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Se nombra entre los estiramientos dinámicos del calentamiento; sin cifras.');

-- Held thoracic extension over a roller
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
((select id from movement where slug = 'thoracic-extension-static'), 'es',
 'Extensión torácica mantenida sobre rodillo',
 'Recuéstate sobre un rodillo de espuma o una toalla enrollada, atravesados bajo la parte alta de la espalda, y descansa en el arco, con la cabeza sostenida; empieza con 30 segundos y ve aumentando.',
 'Un arco de apertura en la parte media y alta de la espalda, sobre el rodillo, con un estiramiento en el pecho.',
 'Massage Rx incluye la extensión torácica entre sus ejercicios estáticos, mantenida al final del recorrido, sin cifras. StretchMed propone descansar sobre un rodillo o una toalla enrollada, en un mismo punto o rodando unos centímetros, y pide a los principiantes que empiecen con 30 segundos y vayan aumentando. Limber programa 30 segundos; quédate más tiempo cuando te hayas acostumbrado. Los 30 arcos lentos de 13 Upper Back Stretches son la entrada «Extensión torácica sobre rodillo de espuma».');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
((select id from movement where slug = 'thoracic-extension-static'), 1, 'es', 'Empieza boca arriba, con las rodillas flexionadas y los dos pies apoyados en el suelo.'),
((select id from movement where slug = 'thoracic-extension-static'), 2, 'es', 'Coloca atravesado bajo la espalda, justo por debajo de los omóplatos, un rodillo de espuma o una toalla bien enrollada.'),
((select id from movement where slug = 'thoracic-extension-static'), 3, 'es', 'Entrelaza los dedos detrás de la cabeza para sostener su peso.'),
((select id from movement where slug = 'thoracic-extension-static'), 4, 'es', 'Deja que la parte alta de la espalda se hunda y se arquee sobre el rodillo, y descansa ahí respirando despacio.'),
((select id from movement where slug = 'thoracic-extension-static'), 5, 'es', 'Quédate en ese mismo punto, o usa los pies para desplazarte unos centímetros hacia arriba o hacia abajo y llegar a otras zonas.'),
((select id from movement where slug = 'thoracic-extension-static'), 6, 'es', '¿Es nuevo para ti? Empieza con 30 segundos y añade tiempo a medida que te resulte cómodo.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
((select id from movement where slug = 'thoracic-extension-static'), 1, 'es', 'Deja la extensión para después de tus otros estiramientos y ejercicios de movilidad: arquearse hacia atrás puede comprimir las articulaciones de la columna, así que primero libéralas.'),
((select id from movement where slug = 'thoracic-extension-static'), 2, 'es', 'Si el rodillo es nuevo para ti, empieza con solo 30 segundos y alarga el tiempo poco a poco.');
insert into movement_cue_text (movement_id, cue_no, lang, cue) values
((select id from movement where slug = 'thoracic-extension-static'), 1, 'es', 'Las costillas inferiores se quedan abajo, para que la zona lumbar no se arquee en exceso.'),
((select id from movement where slug = 'thoracic-extension-static'), 2, 'es', 'Las manos detrás de la cabeza sostienen su peso.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
((select id from movement where slug = 'thoracic-extension-static'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Se nombra entre los ejercicios estáticos; sin cifras.'),
((select id from movement where slug = 'thoracic-extension-static'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Rodillo de espuma o toalla enrollada; quédate en un mismo punto o rueda unos centímetros. Los principiantes empiezan con 30 segundos y van aumentando.');
