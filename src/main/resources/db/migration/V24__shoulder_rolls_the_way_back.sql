-- Shoulder rolls, the second round. The steps drew the first circle (up toward the ears, then back and down) and
-- then said to roll "backward" after about 10, which many read as the circle they had just done, and "about 10"
-- beside "10-15". The second round is now described by its path, the reverse of the first, with as many rolls;
-- StretchMed's turn after about 10 stays as the source's figure. Doses unchanged (two rounds of 10-15).
update movement_step set instruction = 'Then reverse the circle for a second round of as many (StretchMed turns round after about 10): shoulders backward first, then up toward your ears, then forward and down.'
 where movement_id = (select id from movement where slug = 'shoulder-rolls') and step_no = 5;
update movement_step_text set instruction = 'Después invierte el círculo en una segunda ronda de otros tantos (StretchMed cambia de sentido tras unos 10): los hombros primero hacia atrás, luego hacia las orejas y después hacia delante y abajo.'
 where movement_id = (select id from movement where slug = 'shoulder-rolls') and step_no = 5 and lang = 'es';
