-- Entries V2 merged although the articles do them differently become separate entries, linked as variations:
--   42 seated-spinal-twist         StretchMed's quick twist of the midday desk break (was folded into the 30-rep
--                                  seated-thoracic-rotation of 13 Upper Back Stretches)
--   43 single-knee-to-chest        Massage Rx's dynamic knee to chest (was folded into StretchMed's static two-knee hug)
--   44 thoracic-extension-static   Massage Rx's static thoracic extension and StretchMed's rest over a roller (were
--                                  folded into the 30 dynamic reps of 13 Upper Back Stretches)
-- Each article's source row moves to the entry it describes. Plain SQL for H2 and PostgreSQL alike.

-- ============================================================ 42 seated-spinal-twist
-- StretchMed names it for the desk break and gives no figures: the hold is Limber's default, like that article's
-- other quick stretches (20-30 seconds).
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order, spine_direction, tempo, rep_seconds, hold_open_ended, pace_from_article) values
    (42, 'seated-spinal-twist', 'Seated spinal twist', 'A quick twist in your desk chair: sit tall, turn your upper body to one side and stay there briefly, then to the other.', 'STRETCH', 'STATIC', 'SEATED', 'A gentle wringing through the middle and upper back and along the sides of the trunk.', 20, 30, null, null, 1, 1, true, null, null, null, null, false, 'StretchMed names a seated spinal twist for the midday desk break but gives no figures and no how-to: the steps and the 20-30 second hold each way are Limber''s, matching that article''s other quick stretches. The longer twist with leverage from the chair is the entry Seated thoracic rotation.', 17, 'ROTATION', null, null, false, false);

insert into movement_step (movement_id, step_no, instruction) values
    (42, 1, 'Sit tall near the front of your chair, feet flat and hips facing forward.'),
    (42, 2, 'Fold your arms across your chest.'),
    (42, 3, 'As you breathe out, turn your ribs and shoulders to the left as far as is comfortable, your head following last.'),
    (42, 4, 'Stay there for 20-30 seconds, breathing easily and staying tall.'),
    (42, 5, 'Come back to face forward, then turn to the right in the same way.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (42, 'CHAIR', 1);

insert into movement_area (movement_id, area) values
    (42, 'UPPER_BACK'),
    (42, 'MID_BACK'),
    (42, 'SIDES');

insert into movement_muscle (movement_id, muscle) values
    (42, 'ERECTOR_SPINAE'),
    (42, 'CORE');

insert into movement_slot (movement_id, slot) values
    (42, 'MIDDAY');

insert into movement_caution (movement_id, caution_no, caution) values
    (42, 1, 'Turn only as far as feels comfortable; do not pull yourself round any further.');

insert into movement_cue (movement_id, cue_no, cue) values
    (42, 1, 'Hips face forward while the upper back turns.');

-- ============================================================ 43 single-knee-to-chest
-- Massage Rx lists it among the dynamic stretches of the warm-up, with no figures: 5-10 each side is Limber's
-- default, as for that article's other dynamic stretches.
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order, spine_direction, tempo, rep_seconds, hold_open_ended, pace_from_article) values
    (43, 'single-knee-to-chest', 'Single knee to chest', 'Lying on your back, draw one knee in toward your chest and let it go again, one leg after the other, as a gentle moving warm-up.', 'WARM_UP', 'DYNAMIC', 'LYING', 'A mild stretch in the lower back and in the buttock and back of the hip of the bent leg.', null, null, 5, 10, 1, 1, true, null, null, null, null, false, 'Massage Rx lists knee to chest among its dynamic warm-up stretches without figures or a how-to: the steps, the 5-10 on each side and their pace are Limber''s. StretchMed''s evening hug of both knees, held still, is the entry Knees to chest.', 11, 'FLEXION', 'STEADY', 3, false, false);

insert into movement_step (movement_id, step_no, instruction) values
    (43, 1, 'Start on your back, knees up and both feet planted.'),
    (43, 2, 'Take hold of one shin, or the back of that thigh, and draw the knee in toward your chest.'),
    (43, 3, 'Pause for a moment, then let the foot return to the floor.'),
    (43, 4, 'Do the same with the other leg, and keep alternating smoothly.'),
    (43, 5, 'Carry on for 5-10 on each side, breathing evenly.');

insert into movement_area (movement_id, area) values
    (43, 'LOWER_BACK'),
    (43, 'HIPS');

insert into movement_muscle (movement_id, muscle) values
    (43, 'HIP_MUSCLES'),
    (43, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (43, 'MORNING'),
    (43, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (43, 1, 'Draw the knee in gently and only as far as is comfortable.');

insert into movement_exclusion (movement_id, caution) values
    (43, 'LOWER_BACK');

-- ============================================================ 44 thoracic-extension-static
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order, spine_direction, tempo, rep_seconds, hold_open_ended, pace_from_article) values
    (44, 'thoracic-extension-static', 'Held thoracic extension over a roller', 'Lie back over a foam roller or rolled towel set across your upper back and rest in the arch, head supported; begin with 30 seconds and build up.', 'MOBILITY', 'STATIC', 'LYING', 'An opening arch through the mid and upper back, over the roller, with a stretch across the chest.', 30, 30, null, null, 1, 1, false, null, null, null, null, true, 'Massage Rx lists thoracic extension among its static exercises, held at the end of the range, with no figures. StretchMed rests over a roller or rolled towel, in one spot or rolling a few inches, and has newcomers begin at 30 seconds and build up. Limber plans 30 seconds; stay longer once you are used to it. The 30 slow arches of 13 Upper Back Stretches are the entry Thoracic extension over a foam roller.', 7, 'EXTENSION', null, null, true, false);

insert into movement_step (movement_id, step_no, instruction) values
    (44, 1, 'Start on your back, knees up and both feet planted.'),
    (44, 2, 'Set a foam roller or a tightly rolled towel across your back, just under the shoulder blades.'),
    (44, 3, 'Lace your fingers behind your head to hold its weight.'),
    (44, 4, 'Let your upper back sink and arch over the roller, and rest there, breathing slowly.'),
    (44, 5, 'Stay in that one spot, or use your feet to shift a few inches up or down to reach other parts.'),
    (44, 6, 'New to it? Begin with 30 seconds and add time as it becomes comfortable.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (44, 'FOAM_ROLLER', 1),
    (44, 'TOWEL_OR_PILLOW', 1);

insert into movement_area (movement_id, area) values
    (44, 'UPPER_BACK'),
    (44, 'MID_BACK'),
    (44, 'CHEST');

insert into movement_muscle (movement_id, muscle) values
    (44, 'ERECTOR_SPINAE'),
    (44, 'PECTORALS');

insert into movement_slot (movement_id, slot) values
    (44, 'MORNING'),
    (44, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (44, 1, 'Leave extension until after your other stretches and mobility moves: arching back can squeeze the spinal joints together, so free them up first.'),
    (44, 2, 'If the roller is new to you, start with just 30 seconds and lengthen the time gradually.');

-- 13 Upper Back Stretches gives "lower ribs down" for arching over a roller; the same position needs it here.
insert into movement_cue (movement_id, cue_no, cue) values
    (44, 1, 'Lower ribs stay down, so the lower back does not over-arch.'),
    (44, 2, 'Hands behind your head carry its weight.');

-- ============================================================ sources move to the entry each article describes
update movement_source set movement_id = 42 where movement_id = 31 and article_id = 4;
update movement_source set movement_id = 43 where movement_id = 28 and article_id = 3;
update movement_source set movement_id = 44 where movement_id = 34 and article_id in (3, 4);
update movement_source set figures = 'One of the desk moves of the midday break; no figures given.'
 where movement_id = 42 and article_id = 4;
update movement_source set figures = 'Named among the dynamic stretches of the warm-up; no figures given.'
 where movement_id = 43 and article_id = 3;
update movement_source set figures = 'Named among the static exercises; no figures given.'
 where movement_id = 44 and article_id = 3;
update movement_source set figures = 'Foam roller or rolled-up towel; stay in one spot or roll a few inches. Newcomers begin at 30 seconds and build up.'
 where movement_id = 44 and article_id = 4;

-- ============================================================ what the entries they leave keep
-- seated-thoracic-rotation: 13 Upper Back Stretches' 30 repetitions a side, levered round by the chair.
update movement set sources_differ = '13 Upper Back Stretches turns 30 times to each side. StretchMed''s quick seated spinal twist for the midday break is a separate entry, Seated spinal twist.'
 where id = 31;

-- knees-to-chest: StretchMed's static two-knee hug of the evening routine.
update movement set sources_differ = 'StretchMed''s evening routine hugs both knees in and stays still; that routine''s holds last 20-30 seconds. Massage Rx''s dynamic knee to chest is the entry Single knee to chest.'
 where id = 28;

-- thoracic-extension-foam-roller: the 30 dynamic arches of 13 Upper Back Stretches, on a foam roller only.
update movement set summary = 'Lying with a foam roller across your upper back and your head supported, arch slowly back over it and return, lower ribs kept down; 30 reps.',
       sources_differ = '13 Upper Back Stretches gives 30 repetitions, after the other stretches. Massage Rx''s static thoracic extension and StretchMed''s rest over a roller are the entry Held thoracic extension over a roller.'
 where id = 34;
delete from movement_equipment where movement_id = 34 and equipment = 'TOWEL_OR_PILLOW';
delete from movement_caution where movement_id = 34 and caution_no = 3;
update movement_step set instruction = 'Lie face up, knees bent and feet flat, with a foam roller across your upper back just under the shoulder blades.'
 where movement_id = 34 and step_no = 1;

-- ============================================================ variations, each link both ways
insert into movement_variation (movement_id, variation_id, kind) values
    (42, 31, 'RELATED'),
    (31, 42, 'RELATED'),
    (42, 9, 'RELATED'),
    (9, 42, 'RELATED'),
    (43, 28, 'RELATED'),
    (28, 43, 'RELATED'),
    (43, 8, 'RELATED'),
    (8, 43, 'RELATED'),
    (44, 34, 'RELATED'),
    (34, 44, 'RELATED'),
    (44, 35, 'OTHER_EQUIPMENT'),
    (35, 44, 'OTHER_EQUIPMENT');
