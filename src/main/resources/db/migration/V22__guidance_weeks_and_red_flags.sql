-- The "when to get help" page said "still hurting after 2-4 weeks?" (13 Upper Back Stretches) a few lines below
-- StretchMed's red flag "not improved after about a week". Both stay as their articles put them; the point now names
-- its article and carries Limber's note that the red flag asks for a check sooner.
update guidance_point set point = 'Still hurting after 2-4 weeks of regular stretching? 13 Upper Back Stretches says your posture then probably needs attention as well. (Limber''s note: the red flags above, from StretchMed, already ask you to get checked if the pain has not improved after about a week.)'
 where guidance_id = (select id from guidance where slug = 'when-to-get-help') and point_no = 2;
update guidance_point_text set point = '¿Sigue doliendo después de 2-4 semanas de estiramientos regulares? Según 13 Upper Back Stretches, probablemente también haya que prestar atención a tu postura. (Nota de Limber: las señales de alarma de arriba, de StretchMed, ya piden que te revisen si el dolor no ha mejorado en más o menos una semana.)'
 where guidance_id = (select id from guidance where slug = 'when-to-get-help') and point_no = 2 and lang = 'es';
