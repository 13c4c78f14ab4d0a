-- The articles' values for what V7 added with placeholders: each movement's spine direction, its rep pace, where a
-- hold is open-ended, and the key form cues; plus the figures V2 carried inexactly (the shoulder rolls' reverse,
-- the peanut's levels). Plain SQL for H2 and PostgreSQL alike.

-- True where an article times the reps (cat-cow: about a minute for its rounds). Elsewhere the seconds are
-- Limber's estimate and the detail page says so.
alter table movement add column pace_from_article boolean default false not null;

-- ============================================================ spine direction: what the movement does to the upper back
-- EXTENSION only where the upper back arches and nothing else (the extension-last rule reads it).
update movement set spine_direction = 'EXTENSION'
 where slug in ('thoracic-extension-foam-roller', 'thoracic-extension-chair', 'prone-thoracic-extension-stool',
                -- Finding Relief: shoulders drawn back and chest pressed forward "opens the front of the thoracic spine"
                'chest-opener-exercise-ball');
update movement set spine_direction = 'FLEXION'
 where slug in ('seated-upper-back-stretch', 'sitting-forward-flexion', 'diagonal-upper-back-stretch', 'cat-stretch',
                'exercise-ball-hug-stretch', 'standing-forward-fold', 'hanging-bar-stretch', 'childs-pose',
                'knees-to-chest');
update movement set spine_direction = 'FLEXION_EXTENSION'
 where slug in ('cat-cow', 'peanut-segmental-flexion-extension');
update movement set spine_direction = 'ROTATION'
 where slug in ('standing-trunk-rotation', 'wall-chest-stretch', 'thread-the-needle', 'seated-thoracic-rotation',
                'iron-cross');
-- The translation glides the chest sideways over a straight arm: the nearest of the directions is a side bend.
update movement set spine_direction = 'SIDE_BEND'
 where slug in ('overhead-arm-reach', 'thoracic-side-bend', 'translation');
-- Everything else (cardio, shoulder and neck moves, chest stretches in a doorway, releases, rows, relaxation)
-- keeps V7's NONE: the upper back stays neutral.

-- ============================================================ pace of one rep
-- V7 set STEADY, 3 s for every movement with reps: Limber's default for slow, controlled reps ("move slowly and
-- breathe deeply", Finding Relief). Only the movements that differ are changed here.
-- Cat-cow: StretchMed flows for about a minute, letting the breath lead; one round per slow breath of about 6 s
-- makes the 10 rounds of What Stretches Upper Back? take that minute.
update movement set tempo = 'BREATH_LED', rep_seconds = 6, pace_from_article = true where slug = 'cat-cow';
-- The peanut: breathe in as the shoulders lower, out on the small crunch, slowly: one slow breath per round.
update movement set tempo = 'BREATH_LED', rep_seconds = 6 where slug = 'peanut-segmental-flexion-extension';
-- The iron cross turns on an out-breath (then holds 3-5 s, which the routine's timing counts as the rep's time).
update movement set tempo = 'BREATH_LED', rep_seconds = 6 where slug = 'iron-cross';
-- Quick warm-up reps to wake up the core and hips.
update movement set tempo = 'BRISK', rep_seconds = 2 where slug in ('standing-knee-lifts', 'standing-trunk-rotation');
-- A slow, small circle of the head takes longer than a shoulder roll.
update movement set rep_seconds = 4 where slug = 'neck-circles';

-- ============================================================ figures carried exactly
-- Child's pose: StretchMed asks for at least 30 seconds and lets you stay as long as it feels good.
update movement set hold_open_ended = true where slug = 'childs-pose';

-- Shoulder rolls: StretchMed reverses the direction after about 10 rolls, so there are two rounds, one each way.
update movement set sets_min = 2, sets_max = 2,
       sources_differ = 'What Stretches Upper Back? Instant Relief asks for 10-15 repetitions, every day; StretchMed turns round after about 10 and rolls the other way. Limber does both: 10-15 rolls forward, then as many backward (two rounds). Massage Rx lists shoulder roll among its desk exercises with no figures.'
 where slug = 'shoulder-rolls';
delete from movement_step where movement_id = 5;
insert into movement_step (movement_id, step_no, instruction) values
    (5, 1, 'Stand or sit tall and let your arms hang loose.'),
    (5, 2, 'Raise both shoulders toward your ears, rolling them forward on the way up.'),
    (5, 3, 'Carry them back and then down to finish one circle.'),
    (5, 4, 'Keep the circles slow and even and breathe normally, 10-15 of them.'),
    (5, 5, 'Then turn round: after about 10, roll them backward the same number of times.');

-- Neck circles: the steps already go one way and then the other; the dosage now counts both directions.
update movement set sets_min = 2, sets_max = 2 where slug = 'neck-circles';

-- The peanut is repeated at each level of the thoracic spine up to the base of the neck. The article does not
-- count the levels: from just below the rib cage to the bony bump at the base of the neck (the first of the 12
-- thoracic vertebrae) is about 10-12, one vertebra at a time. Each level is a set.
update movement set sets_min = 10, sets_max = 12,
       sources_differ = 'Massage Rx does not count the levels. Limber''s estimate is 10-12: one per vertebra, from just under the rib cage to the base of the neck. Each round lasts one slow breath.'
 where slug = 'peanut-segmental-flexion-extension';
update movement_step set instruction = 'Then shift the peanut one vertebra higher and do the same, level by level, up to the base of your neck: about 10-12 levels in all.'
 where movement_id = 13 and step_no = 6;

-- ============================================================ cautions the articles give that were missing
-- 13 Upper Back Stretches' reason for doing extension last holds for arching over the chair back too.
insert into movement_caution (movement_id, caution_no, caution) values
    (35, 2, 'Leave extension until after your other stretches and mobility moves: arching back can squeeze the spinal joints together, so free them up first.');

-- ============================================================ key form cues, short enough for the player and the sheet
insert into movement_cue (movement_id, cue_no, cue) values
    (7, 1, 'Small, slow circles; never force the range.'),
    (11, 1, 'No bony parts on the ball: spine and shoulder blade stay off it.'),
    (12, 1, 'Hands cradle your head so your neck can let go.'),
    (13, 1, 'The towel carries your head; the neck does no work.'),
    (13, 2, 'In-breath as you lower, out-breath as you curl up.'),
    (15, 1, 'Ease in; stop well before the shoulder feels over-stretched.'),
    (17, 1, 'Other shoulder low and loose; only the lightest touch of the hand.'),
    (19, 1, 'Only a gentle pull on your head; the curl comes from the upper back.'),
    (20, 1, 'Curl from the upper back, not from the lower back.'),
    (21, 1, 'Arms straight, pushing the floor away, all the way through.'),
    (23, 1, 'Lower-back trouble? Go very carefully with this one.'),
    (24, 1, 'Your arms take your weight; the feet only rest on the floor.'),
    (29, 1, 'Let each breath lead the movement.'),
    (30, 1, 'Hips stay square; the turn comes from the upper back.'),
    (31, 1, 'Turn from the upper back; the lower back stays as still as it can.'),
    (32, 1, 'Supporting arm straight, its shoulder soft.'),
    (33, 1, 'Turn through the mid back rather than opening the chest.'),
    (34, 1, 'Lower ribs stay down, so the lower back does not over-arch.'),
    (35, 1, 'Lower ribs stay down, so the arch comes from the upper back.'),
    (37, 1, 'Let the neck stay soft as you shrug.'),
    (39, 1, 'Neck completely loose; the lift comes from between the shoulder blades.'),
    (40, 1, 'Backs of the arms on the floor, with pillows under them if they do not reach.');
