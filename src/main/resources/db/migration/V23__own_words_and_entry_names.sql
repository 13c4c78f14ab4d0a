-- A content review against the articles found four sentences still too close to an article's own wording, a
-- count Limber estimated shown without saying so, and "is the entry X" sentences that read as broken English
-- (the entry's name ran on, unquoted, mid-sentence). Facts unchanged: positions, doses and sources stay as they were.

-- Peanut, step 1 (Massage Rx): the peanut's place, directly below the rib cage, in Limber's words.
update movement_step set instruction = 'On your back, knees bent and soles on the floor, slide the peanut under your spine so it sits at the lower edge of your rib cage.'
 where movement_id = (select id from movement where slug = 'peanut-segmental-flexion-extension') and step_no = 1;

-- Peanut, step 6: Massage Rx does not count the levels; 10-12 is Limber's estimate (see sources_differ).
update movement_step set instruction = 'Then shift the peanut one vertebra higher and do the same, level by level, up to the base of your neck: about 10-12 levels in all (Limber''s estimate; the article gives no count).'
 where movement_id = (select id from movement where slug = 'peanut-segmental-flexion-extension') and step_no = 6;

-- Knees to chest, summary (StretchMed).
update movement set summary = 'On your back, draw both knees in and hold them close with your arms: a gentle release for the lower and mid back; 20-30 seconds.'
 where slug = 'knees-to-chest';

-- Held thoracic extension, step 2 (StretchMed: just below the shoulder blades).
update movement_step set instruction = 'Lay the foam roller, or a firmly rolled towel, crosswise beneath you at the lower tips of your shoulder blades.'
 where movement_id = (select id from movement where slug = 'thoracic-extension-static') and step_no = 2;

-- Posture types, the flat thoracic spine (13 Upper Back Stretches).
update guidance_point set point = 'Flat thoracic spine: a healthy upper back curves slightly outward; where that curve is missing, the spinal joints press into one another, and that can hurt.'
 where guidance_id = 17 and point_no = 4;

-- The other entry's name, quoted.
update movement set sources_differ = replace(sources_differ, 'is the entry Seated thoracic rotation.', 'has its own entry, “Seated thoracic rotation”.')
 where slug = 'seated-spinal-twist';
update movement set sources_differ = replace(sources_differ, 'is the entry Knees to chest.', 'has its own entry, “Knees to chest”.')
 where slug = 'single-knee-to-chest';
update movement set sources_differ = replace(sources_differ, 'are the entry Thoracic extension over a foam roller.', 'have their own entry, “Thoracic extension over a foam roller”.')
 where slug = 'thoracic-extension-static';
update movement set sources_differ = replace(sources_differ, 'is the entry Single knee to chest.', 'has its own entry, “Single knee to chest”.')
 where slug = 'knees-to-chest';
update movement set sources_differ = replace(sources_differ, 'are the entry Held thoracic extension over a roller.', 'have their own entry, “Held thoracic extension over a roller”.')
 where slug = 'thoracic-extension-foam-roller';
