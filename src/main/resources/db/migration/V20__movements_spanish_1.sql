-- Spanish text (lang 'es') for catalog movements 1 to 22, beside the English rows (issue 15; tables from V18).
-- Words only: every figure is the English row's, written the same way (digits where English has digits); the
-- articles' titles stay as published. Rows name their movement by slug and their article by code.
-- Neutral international Spanish addressed as "tú", per the translators' shared glossary.

-- 1 marching-in-place: Marching in place
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'marching-in-place'), 'es', 'Marcha en el sitio', 'Marcha suave en el sitio para subir un poco el pulso y calentar el cuerpo antes de estirar.', 'Un aumento suave de la temperatura corporal, la respiración y la frecuencia cardiaca, mientras aún puedes hablar con facilidad.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'marching-in-place'), 1, 'es', 'Ponte de pie, erguido, con los brazos relajados a los lados del cuerpo.'),
    ((select id from movement where slug = 'marching-in-place'), 2, 'es', 'Levanta una rodilla, apoya el pie y luego levanta la otra, a un ritmo cómodo y constante.'),
    ((select id from movement where slug = 'marching-in-place'), 3, 'es', 'Deja que los brazos se balanceen con naturalidad a cada paso.'),
    ((select id from movement where slug = 'marching-in-place'), 4, 'es', 'Sigue hasta que la respiración y la frecuencia cardiaca aumenten un poco.'),
    ((select id from movement where slug = 'marching-in-place'), 5, 'es', 'Mantén un ritmo al que todavía podrías conversar con comodidad.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'marching-in-place'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Forma parte de unos minutos de cardio suave dentro de un calentamiento de 5-10 minutos; sin cifra propia.');

-- 2 heel-digs: Heel digs
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'heel-digs'), 'es', 'Toques de talón', 'Toques alternos con el talón delante de ti, una opción de cardio suave para activar la circulación antes de estirar.', 'Un ligero calor en las piernas y una respiración algo más rápida; nada debe sentirse forzado.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'heel-digs'), 1, 'es', 'Ponte de pie, erguido, con las manos en las caderas o relajadas a los lados.'),
    ((select id from movement where slug = 'heel-digs'), 2, 'es', 'Toca suavemente el suelo delante de ti con un talón, con la punta del pie hacia arriba.'),
    ((select id from movement where slug = 'heel-digs'), 3, 'es', 'Vuelve a llevar ese pie atrás y toca delante con el otro talón.'),
    ((select id from movement where slug = 'heel-digs'), 4, 'es', 'Sigue alternando a un ritmo suave; si quieres, deja que los brazos se balanceen.'),
    ((select id from movement where slug = 'heel-digs'), 5, 'es', 'Para cuando notes algo más de calor y la respiración se haya acelerado un poco.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'heel-digs'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Forma parte de unos minutos de cardio suave dentro de un calentamiento de 5-10 minutos; sin cifra propia.');

-- 3 easy-walk: Easy walk
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'easy-walk'), 'es', 'Caminata suave', 'Cinco minutos de caminata suave por casa para calentar, o un paseo corto para ir a buscar agua como pausa en el escritorio.', 'Músculos más calientes y una respiración algo más rápida; aún deberías poder charlar.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'easy-walk'), 1, 'es', 'Camina por casa (o ve a buscar un vaso de agua) a un ritmo tranquilo.'),
    ((select id from movement where slug = 'easy-walk'), 2, 'es', 'Deja que los brazos se balanceen libremente y mantén los hombros sueltos.'),
    ((select id from movement where slug = 'easy-walk'), 3, 'es', 'Busca una respiración un poco más rápida que en reposo, pero lo bastante cómoda como para poder hablar.'),
    ((select id from movement where slug = 'easy-walk'), 4, 'es', 'Cuando lo uses como calentamiento, sigue caminando unos cinco minutos.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'easy-walk'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Calentamiento: camina por casa durante cinco minutos. Pausa: un paseo corto para ir a buscar agua, como parte de moverse unos minutos cada hora. Unos minutos de caminata suave también pueden servir de calentamiento antes de los estiramientos.');

-- 4 low-resistance-cardio: Stationary bike or elliptical
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'low-resistance-cardio'), 'es', 'Bicicleta estática o elíptica', 'Unos minutos suaves en bicicleta estática o elíptica, con poca resistencia, para calentar antes de estirar.', 'Un ligero aumento de la respiración y la frecuencia cardiaca, a un nivel que aún permite conversar.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'low-resistance-cardio'), 1, 'es', 'Pon la bicicleta estática o la elíptica a una resistencia baja.'),
    ((select id from movement where slug = 'low-resistance-cardio'), 2, 'es', 'Pedalea o da zancadas a un ritmo cómodo y regular.'),
    ((select id from movement where slug = 'low-resistance-cardio'), 3, 'es', 'Mantén un esfuerzo ligero: respiras algo más rápido, pero aún podrías mantener una conversación.'),
    ((select id from movement where slug = 'low-resistance-cardio'), 4, 'es', 'Continúa unos minutos y luego pasa al resto del calentamiento.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'low-resistance-cardio'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Unos minutos con resistencia baja, como la parte de cardio suave de un calentamiento de 5-10 minutos; sin cifra exacta.');

-- 5 shoulder-rolls: Shoulder rolls
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'shoulder-rolls'), 'es', 'Círculos de hombros', 'Círculos lentos con los hombros, hacia las orejas y luego hacia atrás y abajo, para soltar la parte alta de la espalda y los trapecios.', 'Movimiento y calor en la parte superior de los hombros y entre los omóplatos.', 'What Stretches Upper Back? Instant Relief pide 10-15 repeticiones, todos los días; StretchMed cambia de sentido tras unos 10 y gira hacia el otro lado. Limber hace las dos cosas: 10-15 círculos hacia adelante y luego otros tantos hacia atrás (dos rondas). Massage Rx incluye los círculos de hombros entre sus ejercicios para el escritorio, sin cifras.');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'shoulder-rolls'), 1, 'es', 'Ponte de pie o siéntate erguido y deja los brazos colgando, sueltos.'),
    ((select id from movement where slug = 'shoulder-rolls'), 2, 'es', 'Sube ambos hombros hacia las orejas, llevándolos hacia adelante mientras suben.'),
    ((select id from movement where slug = 'shoulder-rolls'), 3, 'es', 'Llévalos hacia atrás y luego hacia abajo para completar un círculo.'),
    ((select id from movement where slug = 'shoulder-rolls'), 4, 'es', 'Haz los círculos lentos y regulares y respira con normalidad; 10-15 en total.'),
    ((select id from movement where slug = 'shoulder-rolls'), 5, 'es', 'Después cambia de sentido: tras unos 10, gíralos hacia atrás el mismo número de veces.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'shoulder-rolls'), (select id from article where code = 'what-stretches-upper-back'), 'es', '10-15 repeticiones. Su tabla: todos los días, 10-15 repeticiones.'),
    ((select id from movement where slug = 'shoulder-rolls'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Se nombra, sin cifras.'),
    ((select id from movement where slug = 'shoulder-rolls'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Calentamiento: unos 10 círculos y luego cambia de sentido. También aparece en la secuencia de la mañana, como movimiento en el escritorio al mediodía y como pausa cada hora.');

-- 6 arm-circles: Arm circles
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'arm-circles'), 'es', 'Círculos de brazos', 'Con los brazos extendidos a los lados, dibuja círculos lentos que empiezan pequeños y se van agrandando, para calentar los hombros y la parte alta de la espalda.', 'Calor alrededor de los hombros y en toda la parte alta de la espalda.', '10-15 repeticiones, 3-4 veces por semana en la tabla de What Stretches Upper Back? Instant Relief (sus preguntas frecuentes también incluyen los círculos de brazos entre las rutinas diarias); StretchMed no da ninguna cifra y propone hacer los círculos hacia adelante y hacia atrás, de pequeños a grandes.');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'arm-circles'), 1, 'es', 'Ponte de pie, erguido, y levanta ambos brazos hacia los lados, estirados y a la altura de los hombros.'),
    ((select id from movement where slug = 'arm-circles'), 2, 'es', 'Dibuja círculos pequeños y lentos con la punta de los dedos.'),
    ((select id from movement where slug = 'arm-circles'), 3, 'es', 'Deja que los círculos se vayan haciendo poco a poco más grandes.'),
    ((select id from movement where slug = 'arm-circles'), 4, 'es', 'Haz 10-15 círculos en total, primero hacia adelante y luego hacia atrás.'),
    ((select id from movement where slug = 'arm-circles'), 5, 'es', 'Baja los brazos y déjalos relajarse.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'arm-circles'), (select id from article where code = 'what-stretches-upper-back'), 'es', 'Círculos pequeños durante 10-15 repeticiones, cada vez más grandes. Tabla: 10-15 repeticiones, 3-4 veces por semana. Preguntas frecuentes: puede formar parte de una rutina diaria.'),
    ((select id from movement where slug = 'arm-circles'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Círculos lentos hacia adelante y hacia atrás, primero pequeños y luego más grandes; sin cifra. Unos cuantos círculos de brazos pueden servir de calentamiento antes de los estiramientos.');

-- 7 neck-circles: Neck circles
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'neck-circles'), 'es', 'Círculos de cuello', 'Círculos lentos y suaves con la cabeza para aliviar la rigidez del cuello, como parte de un calentamiento por la mañana.', 'Un estiramiento ligero y cómodo que va recorriendo el cuello y la parte superior de los hombros.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'neck-circles'), 1, 'es', 'Ponte de pie o siéntate erguido, con los hombros relajados y bajos.'),
    ((select id from movement where slug = 'neck-circles'), 2, 'es', 'Baja un poco la barbilla y luego gira la cabeza despacio describiendo un círculo pequeño.'),
    ((select id from movement where slug = 'neck-circles'), 3, 'es', 'Mantén el círculo pequeño y fluido, y nunca fuerces el recorrido.'),
    ((select id from movement where slug = 'neck-circles'), 4, 'es', 'Haz 3-5 círculos lentos en un sentido y luego los mismos en el otro sentido.'),
    ((select id from movement where slug = 'neck-circles'), 5, 'es', 'Respira de forma lenta y regular durante todo el ejercicio.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
    ((select id from movement where slug = 'neck-circles'), 1, 'es', 'Haz los círculos pequeños, lentos y suaves; no lleves la cabeza a ninguna posición en la que sientas un pinzamiento.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'neck-circles'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Se nombra, sin cifras.');

-- 8 standing-knee-lifts: Standing knee lifts
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'standing-knee-lifts'), 'es', 'Elevaciones de rodilla de pie', 'Sube una rodilla cada vez hacia el pecho para activar el core y las caderas antes de estirar.', 'Un trabajo suave en el core y alrededor de las caderas.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'standing-knee-lifts'), 1, 'es', 'Ponte de pie, erguido, con los pies separados al ancho de las caderas; si necesitas ayuda para mantener el equilibrio, apóyate en el respaldo de una silla o en la pared.'),
    ((select id from movement where slug = 'standing-knee-lifts'), 2, 'es', 'Sube una rodilla hacia el pecho, manteniendo la espalda erguida.'),
    ((select id from movement where slug = 'standing-knee-lifts'), 3, 'es', 'Baja el pie con control.'),
    ((select id from movement where slug = 'standing-knee-lifts'), 4, 'es', 'Levanta la otra rodilla de la misma manera.'),
    ((select id from movement where slug = 'standing-knee-lifts'), 5, 'es', 'Sigue alternando hasta hacer 5-10 elevaciones con cada lado.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'standing-knee-lifts'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Levanta cada rodilla por turnos hacia el pecho; no indica cifra.');

-- 9 standing-trunk-rotation: Standing trunk rotation
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'standing-trunk-rotation'), 'es', 'Rotación de tronco de pie', 'Giros suaves de la parte superior del cuerpo, de pie, de un lado a otro con las caderas quietas, para activar el core y la columna.', 'Un movimiento de giro cómodo en la zona media y alta de la espalda y alrededor de la cintura.', 'Massage Rx incluye la rotación de tronco como estiramiento dinámico y StretchMed propone giros suaves del torso para activar el core; ninguno de los dos da una cifra.');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'standing-trunk-rotation'), 1, 'es', 'Ponte de pie con los pies separados al ancho de las caderas y las rodillas ligeramente flexionadas.'),
    ((select id from movement where slug = 'standing-trunk-rotation'), 2, 'es', 'Cruza los brazos sobre el pecho o apoya las manos en las caderas.'),
    ((select id from movement where slug = 'standing-trunk-rotation'), 3, 'es', 'Con las caderas mirando al frente, gira despacio la parte superior del cuerpo hacia un lado, hasta donde te resulte cómodo.'),
    ((select id from movement where slug = 'standing-trunk-rotation'), 4, 'es', 'Vuelve al centro y gira hacia el otro lado.'),
    ((select id from movement where slug = 'standing-trunk-rotation'), 5, 'es', 'Sigue alternando con fluidez hasta hacer 5-10 giros hacia cada lado, respirando de forma regular.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'standing-trunk-rotation'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Se nombra, sin cifras.'),
    ((select id from movement where slug = 'standing-trunk-rotation'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Se nombra, sin cifras.');

-- 10 overhead-arm-reach: Overhead arm reach
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'overhead-arm-reach'), 'es', 'Elevación de brazo por encima de la cabeza', 'Estira un brazo cada vez hacia arriba, por encima de la cabeza, y vuelve a bajarlo, para mover los hombros y alargar los costados de la parte alta de la espalda.', 'Una sensación de alargamiento en el costado del cuerpo y bajo el brazo levantado.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'overhead-arm-reach'), 1, 'es', 'Ponte de pie o siéntate erguido, con los pies bien apoyados en el suelo.'),
    ((select id from movement where slug = 'overhead-arm-reach'), 2, 'es', 'Lleva un brazo hacia el techo, recto y estirado.'),
    ((select id from movement where slug = 'overhead-arm-reach'), 3, 'es', 'Estírate hacia el techo desde la punta de los dedos, dejando que ese lado del cuerpo se alargue.'),
    ((select id from movement where slug = 'overhead-arm-reach'), 4, 'es', 'Baja el brazo despacio hasta el costado.'),
    ((select id from movement where slug = 'overhead-arm-reach'), 5, 'es', 'Repite con el otro brazo y sigue alternando hasta hacer 5-10 elevaciones con cada lado.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'overhead-arm-reach'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Se nombra, sin cifras.');

-- 11 massage-ball-upper-back-release: Massage ball release for the upper back
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'massage-ball-upper-back-release'), 'es', 'Liberación de la parte alta de la espalda con pelota de masaje', 'Acuéstate sobre una pelota de masaje colocada entre la columna y el omóplato y deja que tu peso relaje los músculos durante 2-5 minutos antes de estirar.', 'Una presión firme pero tolerable en los músculos entre la columna y el omóplato, donde tienes el dolor.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'massage-ball-upper-back-release'), 1, 'es', 'Acuéstate en el suelo con una pelota de masaje a tu lado.'),
    ((select id from movement where slug = 'massage-ball-upper-back-release'), 2, 'es', 'Coloca la pelota debajo de la zona entre la columna y uno de los omóplatos.'),
    ((select id from movement where slug = 'massage-ball-upper-back-release'), 3, 'es', 'Deja descansar sobre la pelota todo el peso del cuerpo que puedas tolerar con comodidad.'),
    ((select id from movement where slug = 'massage-ball-upper-back-release'), 4, 'es', 'Cambia de posición para que la pelota recorra toda la zona donde notas el dolor de la parte alta de la espalda.'),
    ((select id from movement where slug = 'massage-ball-upper-back-release'), 5, 'es', 'Mantente lo más relajado que puedas y respira con normalidad; continúa durante 2-5 minutos.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
    ((select id from movement where slug = 'massage-ball-upper-back-release'), 1, 'es', 'No apoyes sobre la pelota las zonas óseas, como la columna y el propio omóplato.'),
    ((select id from movement where slug = 'massage-ball-upper-back-release'), 2, 'es', 'Usa solo el peso corporal que puedas tolerar con comodidad.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'massage-ball-upper-back-release'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', '2-5 minutos. El artículo aconseja hacerlo primero, antes de cada estiramiento.');

-- 12 foam-roller-upper-back-release: Foam roller upper back release
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'foam-roller-upper-back-release'), 'es', 'Liberación de la parte alta de la espalda con rodillo de espuma', 'Sobre un rodillo de espuma, hazlo rodar despacio adelante y atrás por la zona media y alta de la espalda, deteniéndote 20-30 segundos en los puntos sensibles mientras respiras.', 'Presión a lo largo de los músculos de la zona media y alta de la espalda, que se alivia a medida que un punto sensible se relaja.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'foam-roller-upper-back-release'), 1, 'es', 'Acuéstate boca arriba con un rodillo de espuma bajo los omóplatos, colocado en perpendicular a la columna.'),
    ((select id from movement where slug = 'foam-roller-upper-back-release'), 2, 'es', 'Mantén las rodillas flexionadas con las plantas de los pies bien apoyadas.'),
    ((select id from movement where slug = 'foam-roller-upper-back-release'), 3, 'es', 'Sujeta la cabeza con las manos para que el cuello se mantenga relajado.'),
    ((select id from movement where slug = 'foam-roller-upper-back-release'), 4, 'es', 'Empuja suavemente con los pies para que el rodillo se desplace despacio arriba y abajo entre la zona media y la parte alta de la espalda.'),
    ((select id from movement where slug = 'foam-roller-upper-back-release'), 5, 'es', 'Cuando encuentres un punto sensible, detente ahí 20-30 segundos y respira despacio hasta que se alivie.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
    ((select id from movement where slug = 'foam-roller-upper-back-release'), 1, 'es', 'Sujeta la cabeza con las manos en todo momento para no forzar el cuello.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'foam-roller-upper-back-release'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Detente 20-30 segundos en un punto sensible; no indica un tiempo total.');

-- 13 peanut-segmental-flexion-extension: Peanut segmental flexion and extension
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'peanut-segmental-flexion-extension'), 'es', 'Flexión y extensión segmentaria con pelota doble', 'Acostado sobre una pelota doble (dos pelotas de tenis o de lacrosse unidas con cinta), mueve suavemente la parte alta de la espalda hacia adelante y hacia atrás sobre una vértebra cada vez, subiendo hasta la base del cuello.', 'Presión y un movimiento suave en el nivel de la columna que queda sobre la pelota doble, en la zona media y alta de la espalda.', 'Massage Rx no cuenta los niveles. Limber calcula 10-12: uno por vértebra, desde justo debajo de la caja torácica hasta la base del cuello. Cada ronda dura una respiración lenta.');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'peanut-segmental-flexion-extension'), 1, 'es', 'Acuéstate boca arriba con las rodillas flexionadas y los pies apoyados en el suelo; coloca la pelota doble entre la zona media de la espalda y el suelo, justo debajo de la caja torácica.'),
    ((select id from movement where slug = 'peanut-segmental-flexion-extension'), 2, 'es', 'Pasa una toalla por detrás de la cabeza y sujeta un extremo con cada mano para sostener la cabeza y el cuello.'),
    ((select id from movement where slug = 'peanut-segmental-flexion-extension'), 3, 'es', 'Empieza desde una posición neutra; inhala mientras bajas despacio los hombros hacia el suelo.'),
    ((select id from movement where slug = 'peanut-segmental-flexion-extension'), 4, 'es', 'Exhala mientras subes en un pequeño encogimiento abdominal, redondeando la parte alta de la espalda.'),
    ((select id from movement where slug = 'peanut-segmental-flexion-extension'), 5, 'es', 'Hazlo despacio de dos a tres veces más.'),
    ((select id from movement where slug = 'peanut-segmental-flexion-extension'), 6, 'es', 'Después sube la pelota doble una vértebra y repite lo mismo, nivel a nivel, hasta la base del cuello: unos 10-12 niveles en total.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
    ((select id from movement where slug = 'peanut-segmental-flexion-extension'), 1, 'es', 'Deja que la toalla sostenga el peso de la cabeza durante el encogimiento para que el trabajo no lo haga el cuello.');
insert into movement_cue_text (movement_id, cue_no, lang, cue) values
    ((select id from movement where slug = 'peanut-segmental-flexion-extension'), 1, 'es', 'Inhala al bajar, exhala al subir.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'peanut-segmental-flexion-extension'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Una repetición lenta y luego de dos a tres más en cada nivel; pasa la pelota doble a la siguiente vértebra y continúa hasta la base del cuello.');

-- 14 doorway-chest-stretch: Doorway chest stretch
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'doorway-chest-stretch'), 'es', 'Estiramiento de pecho en el marco de la puerta', 'Con ambas manos en el marco de la puerta a la altura de los hombros, inclínate hacia adelante para abrir el pecho y la parte alta de la espalda; mantén 30 segundos, 3-4 veces.', 'Un estiramiento a lo ancho del pecho que llega a la parte alta de la espalda.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'doorway-chest-stretch'), 1, 'es', 'Colócate en el marco de una puerta abierta.'),
    ((select id from movement where slug = 'doorway-chest-stretch'), 2, 'es', 'Presiona ambas palmas contra el marco, una a cada lado, a la altura de los hombros.'),
    ((select id from movement where slug = 'doorway-chest-stretch'), 3, 'es', 'Deja que el cuerpo se incline hacia adelante a través del marco de la puerta hasta notar un estiramiento en el pecho y la parte alta de la espalda.'),
    ((select id from movement where slug = 'doorway-chest-stretch'), 4, 'es', 'Quédate así 30 segundos, respirando de forma lenta y tranquila.'),
    ((select id from movement where slug = 'doorway-chest-stretch'), 5, 'es', 'Da un paso atrás para soltar y repite hasta completar 3-4 rondas en total.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'doorway-chest-stretch'), (select id from article where code = 'what-stretches-upper-back'), 'es', 'Mantenimientos de 30 segundos, 3-4 en total. Tabla: cada estiramiento se mantiene 30 segundos, 3-4 veces por semana. Preguntas frecuentes: mantén cada estiramiento 30 segundos durante 3-4 series, 3-4 veces por semana.');

-- 15 wall-chest-stretch: Wall chest stretch
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'wall-chest-stretch'), 'es', 'Estiramiento de pecho en la pared', 'Con un antebrazo apoyado en la pared o en el marco de la puerta a la altura del hombro, da un paso al frente y gira el cuerpo hacia el lado contrario para abrir el pecho y la parte delantera del hombro; 20-30 segundos cada lado.', 'Un estiramiento en el pecho y en la parte delantera del hombro del lado del brazo levantado.', 'StretchMed indica 20-30 segundos por cada lado; Massage Rx incluye un estiramiento en la pared entre sus ejercicios para el escritorio, sin detalles.');
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'wall-chest-stretch'), 1, 'es', 'Ponte de pie junto a una pared o en el marco de una puerta.'),
    ((select id from movement where slug = 'wall-chest-stretch'), 2, 'es', 'Dobla el codo derecho a 90 grados y apoya ese antebrazo en la pared o en el marco, más o menos a la altura del hombro.'),
    ((select id from movement where slug = 'wall-chest-stretch'), 3, 'es', 'Da un paso pequeño y suave hacia adelante con el pie derecho.'),
    ((select id from movement where slug = 'wall-chest-stretch'), 4, 'es', 'Gira la parte superior del cuerpo hacia la izquierda, alejándote, hasta notar un estiramiento en el pecho y en la parte delantera del hombro.'),
    ((select id from movement where slug = 'wall-chest-stretch'), 5, 'es', 'Quédate así 20-30 segundos, respirando de forma lenta y tranquila.'),
    ((select id from movement where slug = 'wall-chest-stretch'), 6, 'es', 'Da un paso atrás, relájate y repite con el otro lado.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
    ((select id from movement where slug = 'wall-chest-stretch'), 1, 'es', 'Entra en el giro poco a poco y detente mucho antes de estirar en exceso el hombro.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'wall-chest-stretch'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Se nombra, sin cifras.'),
    ((select id from movement where slug = 'wall-chest-stretch'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Mantén 20-30 segundos y luego cambia de lado.');

-- 16 neck-flexion-stretch: Neck flexion stretch
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'neck-flexion-stretch'), 'es', 'Estiramiento de cuello en flexión', 'Sentado erguido en tu escritorio, deja que la barbilla baje hacia el pecho para estirar la parte posterior del cuello.', 'Un estiramiento suave a lo largo de la parte posterior del cuello que llega a la parte superior de los hombros.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'neck-flexion-stretch'), 1, 'es', 'Siéntate o ponte de pie erguido, con los hombros relajados y bajos.'),
    ((select id from movement where slug = 'neck-flexion-stretch'), 2, 'es', 'Baja despacio la barbilla hacia el pecho.'),
    ((select id from movement where slug = 'neck-flexion-stretch'), 3, 'es', 'Detente cuando notes un estiramiento suave en la parte posterior del cuello; no tires de la cabeza.'),
    ((select id from movement where slug = 'neck-flexion-stretch'), 4, 'es', 'Quédate así 15-20 segundos, respirando de forma lenta y tranquila.'),
    ((select id from movement where slug = 'neck-flexion-stretch'), 5, 'es', 'Vuelve a levantar la cabeza hasta la posición erguida y repite 2-3 veces.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'neck-flexion-stretch'), (select id from article where code = 'massage-rx-upper-back-stretches'), 'es', 'Se nombra, sin cifras.');

-- 17 neck-side-release: Neck and trap side release
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'neck-side-release'), 'es', 'Estiramiento lateral de cuello y trapecio', 'Inclina una oreja hacia el hombro, manteniendo bajo el otro hombro, para estirar el lateral del cuello y el trapecio; 15-20 segundos cada lado.', 'Un estiramiento a lo largo del lateral del cuello que llega al trapecio superior, en el lado contrario a la inclinación.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'neck-side-release'), 1, 'es', 'Siéntate o ponte de pie, erguido.'),
    ((select id from movement where slug = 'neck-side-release'), 2, 'es', 'Deja que la cabeza se incline despacio hacia la derecha, bajando la oreja hacia ese hombro.'),
    ((select id from movement where slug = 'neck-side-release'), 3, 'es', 'Para estirar un poco más, apoya la palma de la mano derecha en la cabeza y presiona solo muy ligeramente.'),
    ((select id from movement where slug = 'neck-side-release'), 4, 'es', 'Deja el hombro izquierdo suelto y bajo.'),
    ((select id from movement where slug = 'neck-side-release'), 5, 'es', 'Mantén 15-20 segundos y luego vuelve a llevar la cabeza despacio al centro.'),
    ((select id from movement where slug = 'neck-side-release'), 6, 'es', 'Después cambia de lado y haz lo mismo.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
    ((select id from movement where slug = 'neck-side-release'), 1, 'es', 'Si usas la mano, que la presión sea muy ligera.');
insert into movement_cue_text (movement_id, cue_no, lang, cue) values
    ((select id from movement where slug = 'neck-side-release'), 1, 'es', 'Mantén el otro hombro bajo y suelto.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'neck-side-release'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', '15-20 segundos de un lado y luego lo mismo del otro.');

-- 18 seated-upper-back-stretch: Seated upper back stretch
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'seated-upper-back-stretch'), 'es', 'Estiramiento de la parte alta de la espalda sentado', 'Sentado en el borde de una silla, lleva las manos entrelazadas hacia adelante y redondea la parte alta de la espalda para separar los omóplatos; 20-30 segundos.', 'Un estiramiento intenso en los romboides, los músculos que ocupan el espacio entre los omóplatos.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'seated-upper-back-stretch'), 1, 'es', 'Siéntate cerca del borde delantero de una silla estable, con ambos pies bien apoyados.'),
    ((select id from movement where slug = 'seated-upper-back-stretch'), 2, 'es', 'Entrelaza los dedos y estira ambos brazos hacia adelante, a la altura de los hombros.'),
    ((select id from movement where slug = 'seated-upper-back-stretch'), 3, 'es', 'Mientras las manos avanzan, deja que la parte alta de la espalda se curve y baja la barbilla hacia el pecho.'),
    ((select id from movement where slug = 'seated-upper-back-stretch'), 4, 'es', 'Deja que los omóplatos se separen.'),
    ((select id from movement where slug = 'seated-upper-back-stretch'), 5, 'es', 'Quédate así 20-30 segundos y dirige cada respiración profunda al espacio entre los omóplatos.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'seated-upper-back-stretch'), (select id from article where code = 'stretchmed-loosen-upper-back'), 'es', 'Un mantenimiento de 20-30 segundos.');

-- 19 sitting-forward-flexion: Sitting forward flexion
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'sitting-forward-flexion'), 'es', 'Flexión hacia adelante sentado', 'Sentado en el borde de una silla, mete la barbilla, lleva suavemente la cabeza hacia abajo con las manos y enrolla la parte alta de la espalda hacia adelante; mantén 30 segundos.', 'Un estiramiento en la parte alta de la espalda, donde sientes el dolor.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'sitting-forward-flexion'), 1, 'es', 'Siéntate en el borde delantero de una silla, erguido.'),
    ((select id from movement where slug = 'sitting-forward-flexion'), 2, 'es', 'Baja la barbilla hacia la parte alta del pecho y apoya los dedos detrás de la cabeza.'),
    ((select id from movement where slug = 'sitting-forward-flexion'), 3, 'es', 'Lleva la cabeza suavemente hacia abajo.'),
    ((select id from movement where slug = 'sitting-forward-flexion'), 4, 'es', 'Con la barbilla metida, enrolla despacio la parte alta de la espalda hacia abajo, llevando los codos hacia adelante y hacia fuera.'),
    ((select id from movement where slug = 'sitting-forward-flexion'), 5, 'es', 'Una inhalación lenta y completa hará que el estiramiento sea más intenso.'),
    ((select id from movement where slug = 'sitting-forward-flexion'), 6, 'es', 'Quédate así 30 segundos.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
    ((select id from movement where slug = 'sitting-forward-flexion'), 1, 'es', 'Tira de la cabeza con suavidad; el movimiento de enrollar debe salir de la parte alta de la espalda.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'sitting-forward-flexion'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Un mantenimiento de 30 segundos.');

-- 20 diagonal-upper-back-stretch: Left or right upper back stretch
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'diagonal-upper-back-stretch'), 'es', 'Estiramiento de la parte alta de la espalda, lado izquierdo o derecho', 'Sentado e inclinado hacia adelante, lleva la cabeza hacia una axila y enróllate hacia la rodilla de ese lado mientras estiras el otro brazo; 30 segundos cada lado.', 'Un estiramiento en un lado de la parte alta de la espalda, el del brazo que se estira.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'diagonal-upper-back-stretch'), 1, 'es', 'Siéntate en una silla e inclina el tronco hacia adelante.'),
    ((select id from movement where slug = 'diagonal-upper-back-stretch'), 2, 'es', 'Para estirar el lado derecho, mira hacia tu rodilla izquierda.'),
    ((select id from movement where slug = 'diagonal-upper-back-stretch'), 3, 'es', 'Pon la mano izquierda detrás de la cabeza y lleva la cabeza hacia la axila izquierda.'),
    ((select id from movement where slug = 'diagonal-upper-back-stretch'), 4, 'es', 'Manteniendo esa presión suave hacia abajo, enrolla la parte alta de la espalda hacia la rodilla izquierda, moviéndote desde la parte alta de la espalda y no desde la zona lumbar.'),
    ((select id from movement where slug = 'diagonal-upper-back-stretch'), 5, 'es', 'Estira el brazo derecho hacia adelante como si rodearas con él un tronco de árbol muy ancho.'),
    ((select id from movement where slug = 'diagonal-upper-back-stretch'), 6, 'es', 'Respira profundamente en el estiramiento y mantén 30 segundos.'),
    ((select id from movement where slug = 'diagonal-upper-back-stretch'), 7, 'es', 'Después cambia de lado y haz lo mismo.');
insert into movement_caution_text (movement_id, caution_no, lang, caution) values
    ((select id from movement where slug = 'diagonal-upper-back-stretch'), 1, 'es', 'Mantén el movimiento en la parte alta de la espalda; no te dobles desde la zona lumbar.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'diagonal-upper-back-stretch'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Mantén 30 segundos y luego cambia de lado y repite.');

-- 21 cat-stretch: Cat stretch
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'cat-stretch'), 'es', 'Estiramiento del gato', 'A cuatro patas, con los brazos estirados, redondea la parte alta de la espalda todo lo que puedas y mete la barbilla; mantén 30 segundos.', 'Un estiramiento amplio que se extiende por la parte alta de la espalda.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'cat-stretch'), 1, 'es', 'Colócate a cuatro patas.'),
    ((select id from movement where slug = 'cat-stretch'), 2, 'es', 'Mantén los brazos estirados, empujando hacia el suelo, durante todo el estiramiento.'),
    ((select id from movement where slug = 'cat-stretch'), 3, 'es', 'Redondea la parte alta de la espalda todo lo que puedas.'),
    ((select id from movement where slug = 'cat-stretch'), 4, 'es', 'Mete la barbilla y mira hacia atrás, hacia el ombligo.'),
    ((select id from movement where slug = 'cat-stretch'), 5, 'es', 'Inhala profundamente para aumentar el estiramiento y mantén 30 segundos.'),
    ((select id from movement where slug = 'cat-stretch'), 6, 'es', 'Para progresar, enrolla la parte alta de la espalda poco a poco, una vértebra tras otra.');
insert into movement_cue_text (movement_id, cue_no, lang, cue) values
    ((select id from movement where slug = 'cat-stretch'), 1, 'es', 'Brazos estirados, empujando el suelo, en todo momento.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'cat-stretch'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Un mantenimiento de 30 segundos. Para progresar, enrolla la parte alta de la espalda vértebra a vértebra.');

-- 22 exercise-ball-hug-stretch: Exercise ball hug stretch
insert into movement_text (movement_id, lang, name, summary, feel_it, sources_differ) values
    ((select id from movement where slug = 'exercise-ball-hug-stretch'), 'es', 'Estiramiento abrazando una pelota de ejercicio', 'Rodea con los brazos una pelota de ejercicio grande hasta donde llegues, curva la parte alta de la espalda y mete la barbilla; mantén 30 segundos.', 'Un estiramiento a lo ancho de la zona entre los omóplatos.', null);
insert into movement_step_text (movement_id, step_no, lang, instruction) values
    ((select id from movement where slug = 'exercise-ball-hug-stretch'), 1, 'es', 'Arrodíllate en el suelo, o siéntate en una silla, con una pelota de ejercicio grande justo delante de ti.'),
    ((select id from movement where slug = 'exercise-ball-hug-stretch'), 2, 'es', 'Rodea la pelota con ambos brazos hasta donde lleguen.'),
    ((select id from movement where slug = 'exercise-ball-hug-stretch'), 3, 'es', 'Curva la parte alta de la espalda todo lo posible.'),
    ((select id from movement where slug = 'exercise-ball-hug-stretch'), 4, 'es', 'Mete la barbilla y deja caer la mirada hacia el suelo.'),
    ((select id from movement where slug = 'exercise-ball-hug-stretch'), 5, 'es', 'Inhala profundamente y mantén la postura 30 segundos.');
insert into movement_source_text (movement_id, article_id, lang, figures) values
    ((select id from movement where slug = 'exercise-ball-hug-stretch'), (select id from article where code = 'thirteen-upper-back-stretches'), 'es', 'Un mantenimiento de 30 segundos.');
