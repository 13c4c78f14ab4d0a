-- Seed content for the stretch catalog: the five source articles, every movement drawn from them,
-- and the articles' general guidance. Written in Limber's own words; hold times, repetitions, sets, sides,
-- equipment, order and cautions are carried over from the articles. dosage_from_article = false marks the
-- movements where no article gives a count and Limber chose a conservative default.
-- Article ids follow the seed files: 1 = 000, 2 = 001, 3 = 002, 4 = 003, 5 = 004.
-- docs/catalog.md lists every entry against its source articles.
-- Plain SQL for H2 and PostgreSQL alike.

-- ============================================================ articles
insert into article (id, code, title, publisher, seed_file) values
    (1, 'finding-relief-tight-upper-back', 'Finding Relief for Tight Muscles in Your Upper Back', null, '000_f3afccd7208eb366.txt'),
    (2, 'what-stretches-upper-back', 'What Stretches Upper Back? Instant Relief', null, '001_4d4ba4d45cdb5fee.txt'),
    (3, 'massage-rx-upper-back-stretches', 'Stretches for Upper Back Pain (Massage Rx)', 'Massage Rx', '002_2f52e1ced6dcfb22.txt'),
    (4, 'stretchmed-loosen-upper-back', 'How to Loosen Tight Upper Back Muscles (StretchMed)', 'StretchMed', '003_d80a9c43cd39e17d.txt'),
    (5, 'thirteen-upper-back-stretches', '13 Upper Back Stretches for Pain Relief', null, '004_c1914eb2047539fc.txt');

-- ============================================================ WARM_UP
-- 1 marching-in-place
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (1, 'marching-in-place', 'Marching in place', 'Easy marching on the spot to nudge your pulse up and warm your body before you stretch.', 'WARM_UP', 'DYNAMIC', 'STANDING', 'A gentle rise in body warmth, breathing and heart rate, while you can still talk easily.', null, null, null, null, 1, 1, false, 120, 180, null, null, false, null, 1);

insert into movement_step (movement_id, step_no, instruction) values
    (1, 1, 'Stand tall with your arms relaxed by your sides.'),
    (1, 2, 'Lift one knee, put the foot down, then lift the other, at an easy and steady pace.'),
    (1, 3, 'Let your arms swing naturally with each step.'),
    (1, 4, 'Keep going until your breathing and heart rate pick up slightly.'),
    (1, 5, 'Stay at a pace where you could still hold a conversation comfortably.');

insert into movement_area (movement_id, area) values
    (1, 'HIPS');

insert into movement_muscle (movement_id, muscle) values
    (1, 'HIP_MUSCLES');

insert into movement_slot (movement_id, slot) values
    (1, 'MORNING'),
    (1, 'MIDDAY');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (1, 4, 'Marching in place (Start with Light Cardio)', 'Part of a few minutes of light cardio within a 5-10 minute warm-up; no count of its own.');

-- 2 heel-digs
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (2, 'heel-digs', 'Heel digs', 'Alternating heel taps in front of you, a light cardio option to get blood moving before stretching.', 'WARM_UP', 'DYNAMIC', 'STANDING', 'Light warmth through the legs and a slight lift in breathing; nothing should strain.', null, null, null, null, 1, 1, false, 60, 120, null, null, false, null, 2);

insert into movement_step (movement_id, step_no, instruction) values
    (2, 1, 'Stand tall with your hands on your hips or relaxed at your sides.'),
    (2, 2, 'Tap one heel lightly on the floor in front of you, toes pointing up.'),
    (2, 3, 'Bring that foot back and tap the other heel forward.'),
    (2, 4, 'Keep alternating at a gentle rhythm, letting your arms swing if you like.'),
    (2, 5, 'Stop once you feel a little warmer and your breathing has risen slightly.');

insert into movement_area (movement_id, area) values
    (2, 'HIPS');

insert into movement_muscle (movement_id, muscle) values
    (2, 'HIP_MUSCLES');

insert into movement_slot (movement_id, slot) values
    (2, 'MORNING'),
    (2, 'MIDDAY');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (2, 4, 'Gentle heel digs (Start with Light Cardio)', 'Part of a few minutes of light cardio within a 5-10 minute warm-up; no count of its own.');

-- 3 easy-walk
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (3, 'easy-walk', 'Easy walk', 'Five minutes of easy walking around the house to warm up, or a short walk to fetch water as a desk break.', 'WARM_UP', 'DYNAMIC', 'STANDING', 'Warmer muscles and slightly quicker breathing; you should still be able to chat.', null, null, null, null, 1, 1, false, 300, 300, null, null, true, null, 3);

insert into movement_step (movement_id, step_no, instruction) values
    (3, 1, 'Walk around your home (or to fetch a glass of water) at a relaxed pace.'),
    (3, 2, 'Let your arms swing freely and keep your shoulders loose.'),
    (3, 3, 'Aim for breathing that is a little quicker than at rest, but easy enough to talk through.'),
    (3, 4, 'Keep walking for about five minutes when using it as a warm-up.');

insert into movement_slot (movement_id, slot) values
    (3, 'MORNING'),
    (3, 'MIDDAY');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (3, 4, 'Walking around your house; a short walk to get water', 'Warm-up: walk around the house for five minutes. Break: a short walk to get water, as part of moving a few minutes every hour. A few minutes of light walking can also warm you up before the stretches.');

-- 4 low-resistance-cardio
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (4, 'low-resistance-cardio', 'Stationary bike or elliptical', 'A few easy minutes on a stationary bike or elliptical at low resistance to warm up before stretching.', 'WARM_UP', 'DYNAMIC', 'SEATED', 'A slight rise in breathing and heart rate, still at a conversational level.', null, null, null, null, 1, 1, false, 180, 300, null, null, false, null, 4);

insert into movement_step (movement_id, step_no, instruction) values
    (4, 1, 'Set the stationary bike or elliptical to a low resistance.'),
    (4, 2, 'Pedal or stride at an easy, even pace.'),
    (4, 3, 'Keep the effort light: breathing slightly faster, but you could still hold a conversation.'),
    (4, 4, 'Carry on for a few minutes, then move on to the rest of your warm-up.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (4, 'CARDIO_MACHINE', 1);

insert into movement_area (movement_id, area) values
    (4, 'HIPS');

insert into movement_muscle (movement_id, muscle) values
    (4, 'HIP_MUSCLES');

insert into movement_slot (movement_id, slot) values
    (4, 'MORNING');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (4, 4, 'Stationary bike or elliptical at a low resistance', 'A few minutes at a low resistance, as the light-cardio part of a 5-10 minute warm-up; no exact count.');

-- 5 shoulder-rolls
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (5, 'shoulder-rolls', 'Shoulder rolls', 'Slow circles of the shoulders, up toward the ears and then back and down, to loosen the upper back and traps.', 'WARM_UP', 'DYNAMIC', 'STANDING', 'Movement and warmth across the tops of the shoulders and between the shoulder blades.', null, null, 10, 15, 1, 1, false, null, null, 7, 7, true, '10-15 repetitions, daily (What Stretches Upper Back? Instant Relief) vs about 10 rolls and then the same in the opposite direction (StretchMed warm-up). Massage Rx lists shoulder roll as a desk exercise with no figures.', 5);

insert into movement_step (movement_id, step_no, instruction) values
    (5, 1, 'Stand or sit tall with your arms hanging loosely at your sides.'),
    (5, 2, 'Lift your shoulders up toward your ears, rolling them forward as they rise.'),
    (5, 3, 'Draw them back and then down to finish the circle.'),
    (5, 4, 'Repeat 10-15 times at a slow, even pace, breathing normally.'),
    (5, 5, 'If you like, reverse the direction for a second round.');

insert into movement_area (movement_id, area) values
    (5, 'SHOULDERS'),
    (5, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (5, 'TRAPEZIUS'),
    (5, 'RHOMBOIDS');

insert into movement_slot (movement_id, slot) values
    (5, 'MORNING'),
    (5, 'MIDDAY'),
    (5, 'EVENING');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (5, 2, 'Shoulder Rolls', 'Repeat for 10-15 repetitions. Table: daily, 10-15 repetitions.'),
    (5, 3, 'Shoulder roll (desk exercises)', 'Named, no figures given.'),
    (5, 4, 'Shoulder rolls', 'Warm-up: about 10 rolls, then reverse the direction. Also in the morning sequence, as a desk move at midday, and as an hourly break.');

-- 6 arm-circles
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (6, 'arm-circles', 'Arm circles', 'Arms held out to the sides, drawing slow circles that start small and grow, to warm the shoulders and upper back.', 'WARM_UP', 'DYNAMIC', 'STANDING', 'Warmth around the shoulders and across the upper back.', null, null, 10, 15, 1, 1, false, null, null, 3, 4, true, '10-15 repetitions, 3-4 times per week in the table of What Stretches Upper Back? Instant Relief (its FAQ also lists arm circles among daily routines); StretchMed gives no count and has you circle both forward and backward, small to large.', 6);

insert into movement_step (movement_id, step_no, instruction) values
    (6, 1, 'Stand tall and raise both arms out sideways, straight and level with your shoulders.'),
    (6, 2, 'Make small, slow circles with your hands.'),
    (6, 3, 'Let the circles grow gradually larger as you go.'),
    (6, 4, 'Do 10-15 circles in all, going forward first and then backward.'),
    (6, 5, 'Lower your arms and let them relax.');

insert into movement_area (movement_id, area) values
    (6, 'SHOULDERS'),
    (6, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (6, 'DELTOIDS'),
    (6, 'TRAPEZIUS');

insert into movement_slot (movement_id, slot) values
    (6, 'MORNING'),
    (6, 'MIDDAY'),
    (6, 'EVENING');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (6, 2, 'Arm Circles', 'Small circles for 10-15 repetitions, gradually larger. Table: 10-15 repetitions, done 3-4 times a week. FAQ: can be part of a daily routine.'),
    (6, 4, 'Arm circles', 'Slow circles forward and backward, small then larger; no count. A few arm circles can warm you up before the stretches.');

-- 7 neck-circles
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (7, 'neck-circles', 'Neck circles', 'Slow, gentle circles of the head to ease stiffness in the neck as part of a morning warm-up.', 'WARM_UP', 'DYNAMIC', 'STANDING', 'A light, easy stretch moving around the neck and the tops of the shoulders.', null, null, 3, 5, 1, 1, false, null, null, null, null, false, null, 7);

insert into movement_step (movement_id, step_no, instruction) values
    (7, 1, 'Stand or sit tall with your shoulders relaxed and down.'),
    (7, 2, 'Lower your chin slightly, then slowly roll your head in a small circle.'),
    (7, 3, 'Keep the circle small and smooth, and never force the range.'),
    (7, 4, 'Do 3-5 slow circles in one direction, then the same in the other direction.'),
    (7, 5, 'Breathe slowly and evenly throughout.');

insert into movement_area (movement_id, area) values
    (7, 'NECK');

insert into movement_muscle (movement_id, muscle) values
    (7, 'NECK_MUSCLES'),
    (7, 'TRAPEZIUS');

insert into movement_slot (movement_id, slot) values
    (7, 'MORNING');

insert into movement_caution (movement_id, caution_no, caution) values
    (7, 1, 'Keep the circles small, slow and gentle; do not push your head into any position that pinches.');

insert into movement_exclusion (movement_id, caution) values
    (7, 'NECK');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (7, 4, 'Gentle neck circles (5-minute morning mobility sequence)', 'Named, no figures given.');

-- 8 standing-knee-lifts
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (8, 'standing-knee-lifts', 'Standing knee lifts', 'Bring one knee at a time up toward your chest to wake up your core and hips before stretching.', 'WARM_UP', 'DYNAMIC', 'STANDING', 'Gentle work in the core and around the hips.', null, null, 5, 10, 1, 1, true, null, null, null, null, false, null, 8);

insert into movement_step (movement_id, step_no, instruction) values
    (8, 1, 'Stand tall, feet hip-width apart; if you need help balancing, steady yourself on a chair back or wall.'),
    (8, 2, 'Draw one knee up toward your chest, keeping your back tall.'),
    (8, 3, 'Lower the foot with control.'),
    (8, 4, 'Lift the other knee in the same way.'),
    (8, 5, 'Keep alternating for 5-10 lifts on each side.');

insert into movement_area (movement_id, area) values
    (8, 'HIPS');

insert into movement_muscle (movement_id, muscle) values
    (8, 'CORE'),
    (8, 'HIP_MUSCLES');

insert into movement_slot (movement_id, slot) values
    (8, 'MORNING'),
    (8, 'MIDDAY');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (8, 4, 'Standing knee lifts (Activate Your Core and Hips)', 'Lift each knee in turn toward your chest; no count given.');

-- 9 standing-trunk-rotation
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (9, 'standing-trunk-rotation', 'Standing trunk rotation', 'Gentle standing twists of the upper body, turning side to side with the hips still, to wake up the core and spine.', 'WARM_UP', 'DYNAMIC', 'STANDING', 'An easy turning movement through the middle and upper back and around the waist.', null, null, 5, 10, 1, 1, true, null, null, null, null, false, 'Massage Rx lists trunk rotation as a dynamic stretch and StretchMed suggests gentle torso twists to wake up the core; neither gives a count.', 9);

insert into movement_step (movement_id, step_no, instruction) values
    (9, 1, 'Stand with your feet hip-width apart and your knees soft.'),
    (9, 2, 'Cross your arms over your chest or rest your hands on your hips.'),
    (9, 3, 'Keeping your hips facing forward, slowly turn your upper body to one side as far as is comfortable.'),
    (9, 4, 'Come back to the centre and turn to the other side.'),
    (9, 5, 'Keep alternating smoothly for 5-10 turns to each side, breathing evenly.');

insert into movement_area (movement_id, area) values
    (9, 'MID_BACK'),
    (9, 'UPPER_BACK'),
    (9, 'SIDES');

insert into movement_muscle (movement_id, muscle) values
    (9, 'CORE'),
    (9, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (9, 'MORNING'),
    (9, 'MIDDAY');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (9, 3, 'Trunk rotation (dynamic stretching)', 'Named, no figures given.'),
    (9, 4, 'Gentle torso twists (Activate Your Core and Hips)', 'Named, no figures given.');

-- 10 overhead-arm-reach
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (10, 'overhead-arm-reach', 'Overhead arm reach', 'Reach one arm at a time straight up overhead and lower it again, to move the shoulders and lengthen the sides of the upper back.', 'WARM_UP', 'DYNAMIC', 'STANDING', 'A lengthening along the side of the body and under the raised arm.', null, null, 5, 10, 1, 1, true, null, null, null, null, false, null, 10);

insert into movement_step (movement_id, step_no, instruction) values
    (10, 1, 'Stand or sit tall with your feet flat on the floor.'),
    (10, 2, 'Reach one arm straight up overhead.'),
    (10, 3, 'Stretch up through your fingertips toward the ceiling, letting that side of your body lengthen.'),
    (10, 4, 'Lower the arm slowly back to your side.'),
    (10, 5, 'Repeat with the other arm, and keep alternating for 5-10 reaches on each side.');

insert into movement_area (movement_id, area) values
    (10, 'SHOULDERS'),
    (10, 'SIDES'),
    (10, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (10, 'LATISSIMUS_DORSI');

insert into movement_slot (movement_id, slot) values
    (10, 'MORNING'),
    (10, 'MIDDAY');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (10, 3, 'Overhead arm reach (dynamic stretching)', 'Named, no figures given.');

-- ============================================================ RELEASE
-- 11 massage-ball-upper-back-release
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (11, 'massage-ball-upper-back-release', 'Massage ball release for the upper back', 'Lie on a massage ball placed between your spine and shoulder blade and let your weight ease the muscles for 2-5 minutes before stretching.', 'RELEASE', 'STATIC', 'LYING', 'Firm but tolerable pressure in the muscles between your spine and shoulder blade, where your pain is.', null, null, null, null, 1, 1, false, 120, 300, null, null, true, null, 1);

insert into movement_step (movement_id, step_no, instruction) values
    (11, 1, 'Lie down on the floor with a massage ball beside you.'),
    (11, 2, 'Place the ball under the area between your spine and one shoulder blade.'),
    (11, 3, 'Let as much of your body weight rest on the ball as you can comfortably tolerate.'),
    (11, 4, 'Shift position so the ball covers the whole area where you feel your upper back pain.'),
    (11, 5, 'Stay as relaxed as you can and breathe normally; keep going for 2-5 minutes.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (11, 'MASSAGE_BALL', 1);

insert into movement_area (movement_id, area) values
    (11, 'UPPER_BACK'),
    (11, 'MID_BACK');

insert into movement_muscle (movement_id, muscle) values
    (11, 'TRAPEZIUS'),
    (11, 'RHOMBOIDS'),
    (11, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (11, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (11, 1, 'Keep bony areas, such as the spine and the shoulder blade itself, off the ball.'),
    (11, 2, 'Use only as much body weight as you can comfortably tolerate.');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (11, 5, 'Release to Upper Back muscles', 'Continue for 2-5 minutes. Recommended before all of the stretches.');

-- 12 foam-roller-upper-back-release
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (12, 'foam-roller-upper-back-release', 'Foam roller upper back release', 'On a foam roller, slowly work the roller back and forth along your mid-to-upper back, pausing on tender spots for 20-30 seconds while you breathe.', 'RELEASE', 'DYNAMIC', 'LYING', 'Pressure along the muscles of the mid and upper back, easing as a tender spot lets go.', 20, 30, null, null, 1, 1, false, null, null, null, null, true, null, 2);

insert into movement_step (movement_id, step_no, instruction) values
    (12, 1, 'Lie on your back with a foam roller under your shoulder blades, across your spine.'),
    (12, 2, 'Bend your knees and set your feet flat on the floor.'),
    (12, 3, 'Support your head with your hands so your neck stays relaxed.'),
    (12, 4, 'Press gently through your feet so the roller travels slowly up and down between your mid and upper back.'),
    (12, 5, 'When you find a tender spot, stop there for 20-30 seconds and breathe slowly until it eases.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (12, 'FOAM_ROLLER', 1);

insert into movement_area (movement_id, area) values
    (12, 'UPPER_BACK'),
    (12, 'MID_BACK');

insert into movement_muscle (movement_id, muscle) values
    (12, 'TRAPEZIUS'),
    (12, 'RHOMBOIDS'),
    (12, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (12, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (12, 1, 'Support your head with your hands throughout so you do not strain your neck.');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (12, 4, 'Use a Foam Roller', 'Pause for 20-30 seconds on a tender spot; no total time given.');

-- ============================================================ STRETCH
-- 14 doorway-chest-stretch
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (14, 'doorway-chest-stretch', 'Doorway chest stretch', 'Both hands on a doorframe at shoulder height, lean forward to open the chest and upper back; hold 30 seconds, 3-4 times.', 'STRETCH', 'STATIC', 'STANDING', 'A stretch across the chest and into the upper back.', 30, 30, null, null, 3, 4, false, null, null, 3, 4, true, null, 1);

insert into movement_step (movement_id, step_no, instruction) values
    (14, 1, 'Stand in a doorway.'),
    (14, 2, 'Place both hands on the doorframe at shoulder height.'),
    (14, 3, 'Let your body tip forward through the doorway until the chest and upper back feel a stretch.'),
    (14, 4, 'Hold for 30 seconds, breathing slowly.'),
    (14, 5, 'Step back to release, then repeat for 3-4 rounds in total.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (14, 'WALL_OR_DOORWAY', 1);

insert into movement_area (movement_id, area) values
    (14, 'CHEST'),
    (14, 'UPPER_BACK'),
    (14, 'SHOULDERS');

insert into movement_muscle (movement_id, muscle) values
    (14, 'PECTORALS');

insert into movement_slot (movement_id, slot) values
    (14, 'MIDDAY'),
    (14, 'EVENING');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (14, 2, 'Chest Stretch', 'Hold 30 seconds; repeat 3-4 times. Table: each stretch held 30 seconds, done 3-4 times a week. FAQ: hold each stretch 30 seconds for 3-4 sets, 3-4 times per week.');

-- 15 wall-chest-stretch
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (15, 'wall-chest-stretch', 'Wall chest stretch', 'One forearm on a wall or doorframe at shoulder height, step through and turn away to open the chest and front of the shoulder; 20-30 seconds each side.', 'STRETCH', 'STATIC', 'STANDING', 'A stretch in the chest and the front of the shoulder on the side of the raised arm.', 20, 30, null, null, 1, 1, true, null, null, null, null, true, 'StretchMed gives 20-30 seconds on each side; Massage Rx lists a wall stretch among its desk exercises with no details.', 2);

insert into movement_step (movement_id, step_no, instruction) values
    (15, 1, 'Stand next to a wall or in a doorway.'),
    (15, 2, 'Bend your right elbow to 90 degrees and rest that forearm against the wall or frame at roughly shoulder height.'),
    (15, 3, 'Step gently forward with your right foot.'),
    (15, 4, 'Rotate your upper body away to the left until the chest and the front of the shoulder feel a stretch.'),
    (15, 5, 'Hold for 20-30 seconds, breathing slowly.'),
    (15, 6, 'Step back, relax, and repeat on the other side.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (15, 'WALL_OR_DOORWAY', 1);

insert into movement_area (movement_id, area) values
    (15, 'CHEST'),
    (15, 'SHOULDERS');

insert into movement_muscle (movement_id, muscle) values
    (15, 'PECTORALS'),
    (15, 'DELTOIDS');

insert into movement_slot (movement_id, slot) values
    (15, 'MIDDAY'),
    (15, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (15, 1, 'Ease into the turn and stop well short of over-stretching the shoulder.');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (15, 3, 'Wall stretch (desk exercises)', 'Named, no figures given.'),
    (15, 4, 'Wall Chest Stretch', 'Hold for 20-30 seconds, then switch sides.');

-- 16 neck-flexion-stretch
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (16, 'neck-flexion-stretch', 'Neck flexion stretch', 'Sitting tall at your desk, let your chin sink toward your chest to stretch the back of the neck.', 'STRETCH', 'STATIC', 'SEATED', 'A gentle stretch along the back of the neck and into the tops of the shoulders.', 15, 20, null, null, 2, 3, false, null, null, null, null, false, null, 3);

insert into movement_step (movement_id, step_no, instruction) values
    (16, 1, 'Sit or stand tall with your shoulders relaxed and down.'),
    (16, 2, 'Slowly lower your chin toward your chest.'),
    (16, 3, 'Stop where you feel a gentle stretch along the back of your neck; do not pull on your head.'),
    (16, 4, 'Hold for 15-20 seconds, breathing slowly.'),
    (16, 5, 'Lift your head back to upright, then repeat 2-3 times.');

insert into movement_area (movement_id, area) values
    (16, 'NECK'),
    (16, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (16, 'NECK_MUSCLES'),
    (16, 'TRAPEZIUS');

insert into movement_slot (movement_id, slot) values
    (16, 'MIDDAY'),
    (16, 'EVENING');

insert into movement_exclusion (movement_id, caution) values
    (16, 'NECK');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (16, 3, 'Neck flexion (desk exercises)', 'Named, no figures given.');

-- 17 neck-side-release
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (17, 'neck-side-release', 'Neck and trap side release', 'Tip one ear toward the shoulder, keeping the other shoulder low, to stretch the side of the neck and the trap; 15-20 seconds each side.', 'STRETCH', 'STATIC', 'SEATED', 'A stretch along the side of the neck and into the upper trapezius on the side away from the tilt.', 15, 20, null, null, 1, 1, true, null, null, null, null, true, null, 4);

insert into movement_step (movement_id, step_no, instruction) values
    (17, 1, 'Sit or stand up tall.'),
    (17, 2, 'Slowly tip your right ear toward your right shoulder.'),
    (17, 3, 'For a little more stretch, lay your right palm against your head and press only very lightly.'),
    (17, 4, 'Keep your left shoulder relaxed and down.'),
    (17, 5, 'Hold for 15-20 seconds, then bring your head slowly back to the centre.'),
    (17, 6, 'Repeat on the other side.');

insert into movement_area (movement_id, area) values
    (17, 'NECK'),
    (17, 'SHOULDERS'),
    (17, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (17, 'TRAPEZIUS'),
    (17, 'NECK_MUSCLES');

insert into movement_slot (movement_id, slot) values
    (17, 'MIDDAY'),
    (17, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (17, 1, 'If you use your hand, keep the pressure very light.');

insert into movement_exclusion (movement_id, caution) values
    (17, 'NECK');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (17, 4, 'Release Your Neck and Traps', 'Hold 15-20 seconds, then repeat on the other side.');

-- 18 seated-upper-back-stretch
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (18, 'seated-upper-back-stretch', 'Seated upper back stretch', 'On the edge of a chair, reach your clasped hands forward and round your upper back to spread the shoulder blades; 20-30 seconds.', 'STRETCH', 'STATIC', 'SEATED', 'A deep stretch between the shoulder blades (the rhomboids).', 20, 30, null, null, 1, 1, false, null, null, null, null, true, null, 5);

insert into movement_step (movement_id, step_no, instruction) values
    (18, 1, 'Perch near the front of a steady chair with both feet planted.'),
    (18, 2, 'Interlace your fingers and stretch your arms straight out in front at shoulder height.'),
    (18, 3, 'Reach forward, rounding your upper back and tucking your chin toward your chest.'),
    (18, 4, 'Let your shoulder blades spread apart.'),
    (18, 5, 'Hold for 20-30 seconds, breathing deeply into your upper back.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (18, 'CHAIR', 1);

insert into movement_area (movement_id, area) values
    (18, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (18, 'RHOMBOIDS'),
    (18, 'TRAPEZIUS');

insert into movement_slot (movement_id, slot) values
    (18, 'MIDDAY'),
    (18, 'EVENING');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (18, 4, 'Seated Upper Back Stretch', 'Hold for 20-30 seconds.');

-- 19 sitting-forward-flexion
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (19, 'sitting-forward-flexion', 'Sitting forward flexion', 'Seated on a chair edge, tuck the chin, draw the head gently down with your hands and curl the upper back forward; hold 30 seconds.', 'STRETCH', 'STATIC', 'SEATED', 'A stretch through the upper back, where you feel your pain.', 30, 30, null, null, 1, 1, false, null, null, null, null, true, null, 6);

insert into movement_step (movement_id, step_no, instruction) values
    (19, 1, 'Sit upright on the edge of a chair.'),
    (19, 2, 'Bring your chin down toward your upper chest and rest your fingers behind your head.'),
    (19, 3, 'Draw your head gently downward.'),
    (19, 4, 'Keeping your chin tucked, slowly curl your upper back down, reaching your elbows forward and out.'),
    (19, 5, 'Take a deep breath in to deepen the stretch.'),
    (19, 6, 'Hold for 30 seconds.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (19, 'CHAIR', 1);

insert into movement_area (movement_id, area) values
    (19, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (19, 'TRAPEZIUS'),
    (19, 'RHOMBOIDS'),
    (19, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (19, 'MIDDAY'),
    (19, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (19, 1, 'Pull on your head gently; the curl should come from your upper back.');

insert into movement_exclusion (movement_id, caution) values
    (19, 'NECK');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (19, 5, '1. Sitting Forward Flexion', 'Hold for 30 seconds.');

-- 20 diagonal-upper-back-stretch
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (20, 'diagonal-upper-back-stretch', 'Left or right upper back stretch', 'Seated and folded forward, draw your head toward one armpit and curl toward that knee while the other arm reaches out; 30 seconds each side.', 'STRETCH', 'STATIC', 'SEATED', 'A stretch on one side of the upper back, the side of the reaching arm.', 30, 30, null, null, 1, 1, true, null, null, null, null, true, null, 7);

insert into movement_step (movement_id, step_no, instruction) values
    (20, 1, 'Sit on a chair and fold your torso forward.'),
    (20, 2, 'To stretch the right side, look toward your left knee.'),
    (20, 3, 'Put your left hand behind your head and draw your head toward your left armpit.'),
    (20, 4, 'Keeping that gentle downward pressure, curl your upper back toward your left knee, moving from the upper back rather than the lower back.'),
    (20, 5, 'Reach your right arm forward as if wrapping it around a very wide tree trunk.'),
    (20, 6, 'Breathe deeply into the stretch and hold for 30 seconds.'),
    (20, 7, 'Repeat on the other side.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (20, 'CHAIR', 1);

insert into movement_area (movement_id, area) values
    (20, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (20, 'TRAPEZIUS'),
    (20, 'RHOMBOIDS');

insert into movement_slot (movement_id, slot) values
    (20, 'MIDDAY'),
    (20, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (20, 1, 'Keep the movement in your upper back; do not bend from your lower back.');

insert into movement_exclusion (movement_id, caution) values
    (20, 'NECK');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (20, 5, '2. Left or Right Upper Back Stretch', 'Hold 30 seconds, then switch sides and repeat.');

-- 21 cat-stretch
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (21, 'cat-stretch', 'Cat stretch', 'On hands and knees with straight arms, round the upper back as much as you can and tuck the chin; hold 30 seconds.', 'STRETCH', 'STATIC', 'ALL_FOURS', 'A stretch across the upper back.', 30, 30, null, null, 1, 1, false, null, null, null, null, true, null, 8);

insert into movement_step (movement_id, step_no, instruction) values
    (21, 1, 'Get onto your hands and knees.'),
    (21, 2, 'Keep your arms straight, pressing toward the floor, for the whole stretch.'),
    (21, 3, 'Round your upper back as far as you can.'),
    (21, 4, 'Tuck your chin and look toward your belly button.'),
    (21, 5, 'Breathe in deeply to increase the stretch, and hold for 30 seconds.'),
    (21, 6, 'To progress, curl the upper back gradually, one vertebra after another.');

insert into movement_area (movement_id, area) values
    (21, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (21, 'RHOMBOIDS'),
    (21, 'TRAPEZIUS');

insert into movement_slot (movement_id, slot) values
    (21, 'EVENING');

insert into movement_exclusion (movement_id, caution) values
    (21, 'WRISTS_KNEES');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (21, 5, '3. Cat Stretch', 'Hold for 30 seconds. Progression: round one vertebra at a time.');

-- 22 exercise-ball-hug-stretch
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (22, 'exercise-ball-hug-stretch', 'Exercise ball hug stretch', 'Wrap your arms as far round a large exercise ball as you can, curve the upper back and tuck the chin in; hold 30 seconds.', 'STRETCH', 'STATIC', 'SEATED', 'A stretch across the area between the shoulder blades.', 30, 30, null, null, 1, 1, false, null, null, null, null, true, null, 9);

insert into movement_step (movement_id, step_no, instruction) values
    (22, 1, 'Kneel on the floor, or sit on a chair, with a large exercise ball right in front of you.'),
    (22, 2, 'Wrap both arms around the ball as far as they will go.'),
    (22, 3, 'Round your upper back as much as you can.'),
    (22, 4, 'Tuck your chin in and look down.'),
    (22, 5, 'Take a deep breath in and hold the position for 30 seconds.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (22, 'EXERCISE_BALL', 1);

insert into movement_area (movement_id, area) values
    (22, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (22, 'RHOMBOIDS'),
    (22, 'TRAPEZIUS');

insert into movement_slot (movement_id, slot) values
    (22, 'EVENING');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (22, 5, '4. Stretch with Exercise Ball', 'Hold this position for 30 seconds.');

-- 23 standing-forward-fold
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (23, 'standing-forward-fold', 'Standing forward fold', 'Fold forward with fingertips hooked under your toes, nod the chin and lean back slightly to stretch the upper back; 10-30 seconds.', 'STRETCH', 'STATIC', 'STANDING', 'A stretch in the upper back.', 10, 30, null, null, 1, 1, false, null, null, null, null, true, null, 10);

insert into movement_step (movement_id, step_no, instruction) values
    (23, 1, 'Stand tall.'),
    (23, 2, 'Bend forward and hook your fingertips under your toes.'),
    (23, 3, 'Tuck your chin and nod it down toward your upper chest.'),
    (23, 4, 'Keeping your fingers under your toes, let your arms relax and lean back slightly.'),
    (23, 5, 'Breathe in deeply to increase the stretch in your upper back.'),
    (23, 6, 'Hold for 10-30 seconds, then come up slowly.');

insert into movement_area (movement_id, area) values
    (23, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (23, 'TRAPEZIUS'),
    (23, 'RHOMBOIDS'),
    (23, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (23, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (23, 1, 'Be especially careful with this stretch if your lower back gives you trouble.');

insert into movement_exclusion (movement_id, caution) values
    (23, 'LOWER_BACK');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (23, 5, '5. Standing Forward Fold', 'Hold for 10-30 seconds. Note: take care if you have lower back issues.');

-- 24 hanging-bar-stretch
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (24, 'hanging-bar-stretch', 'Hanging off a bar', 'Hold a horizontal bar, sink into a squat with your feet lightly on the floor and let your weight hang while you round your upper back; 30 seconds.', 'STRETCH', 'STATIC', 'STANDING', 'A stretch in the upper back, between the shoulder blades.', 30, 30, null, null, 1, 1, false, null, null, null, null, true, null, 11);

insert into movement_step (movement_id, step_no, instruction) values
    (24, 1, 'Take hold of a horizontal bar.'),
    (24, 2, 'Lower into a squat and let your body weight hang from your arms, feet resting lightly on the floor for support.'),
    (24, 3, 'Lean back slightly.'),
    (24, 4, 'Round your upper body forward, tuck your chin and look down.'),
    (24, 5, 'Breathe deeply in between your shoulder blades to increase the stretch.'),
    (24, 6, 'Hold for 30 seconds.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (24, 'BAR', 1);

insert into movement_area (movement_id, area) values
    (24, 'UPPER_BACK'),
    (24, 'SHOULDERS');

insert into movement_muscle (movement_id, muscle) values
    (24, 'RHOMBOIDS'),
    (24, 'TRAPEZIUS'),
    (24, 'LATISSIMUS_DORSI');

insert into movement_slot (movement_id, slot) values
    (24, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (24, 1, 'Let your arms carry your body weight; your feet only rest lightly on the floor for support.');

insert into movement_exclusion (movement_id, caution) values
    (24, 'WRISTS_KNEES');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (24, 5, '6. Hanging off a bar', 'Hold this position for 30 seconds.');

-- 36 suspension-trainer-row
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (36, 'suspension-trainer-row', 'Suspension trainer row', 'Standing rows on suspension straps, letting the shoulder blades spread fully and then squeezing them together, to work the upper back through its full range.', 'STRETCH', 'DYNAMIC', 'STANDING', 'Work between and around the shoulder blades, with a stretch across the chest as you lower.', null, null, 8, 12, 1, 2, false, null, null, 7, 7, false, null, 12);

insert into movement_step (movement_id, step_no, instruction) values
    (36, 1, 'Grip the suspension trainer handles, arms extended straight ahead.'),
    (36, 2, 'Walk your feet forward and lean back until your body is straight and the straps are taut.'),
    (36, 3, 'Let your shoulder blades spread apart as you hang back.'),
    (36, 4, 'Breathe out as you pull your chest up toward the handles, drawing your shoulder blades together.'),
    (36, 5, 'Lower yourself slowly until your arms are straight and the shoulder blades spread again.'),
    (36, 6, 'Do 8-12 repetitions, for 1-2 sets.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (36, 'SUSPENSION_TRAINER', 1);

insert into movement_area (movement_id, area) values
    (36, 'UPPER_BACK'),
    (36, 'SHOULDERS'),
    (36, 'CHEST');

insert into movement_muscle (movement_id, muscle) values
    (36, 'RHOMBOIDS'),
    (36, 'TRAPEZIUS'),
    (36, 'LATISSIMUS_DORSI'),
    (36, 'PECTORALS');

insert into movement_slot (movement_id, slot) values
    (36, 'MORNING');

insert into movement_caution (movement_id, caution_no, caution) values
    (36, 1, 'Lean back only as far as you can control the whole movement.');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (36, 1, 'Thoracic and shoulder blade active stretching', 'Standing rows with suspension bands, taking the shoulder blades fully forward and back; no sets or reps given. The article says to do its stretches daily.');

-- 25 thoracic-side-bend
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (25, 'thoracic-side-bend', 'Thoracic side bend', 'Standing wide with one arm overhead and the other hand on the hip, bend slowly sideways to lengthen the side of the thoracic spine; 30 seconds each side.', 'STRETCH', 'STATIC', 'STANDING', 'A lengthening along the side of the upper and mid back, under the raised arm.', 30, 30, null, null, 1, 1, true, null, null, 7, 7, true, null, 13);

insert into movement_step (movement_id, step_no, instruction) values
    (25, 1, 'Stand with your feet wide apart and your knees slightly bent.'),
    (25, 2, 'Reach your right arm straight up overhead and put your left hand on your hip.'),
    (25, 3, 'Slowly bend your upper body to the left, keeping the right arm reaching overhead.'),
    (25, 4, 'Hold for 30 seconds, breathing deeply.'),
    (25, 5, 'Come back up slowly and repeat on the other side.');

insert into movement_area (movement_id, area) values
    (25, 'SIDES'),
    (25, 'MID_BACK'),
    (25, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (25, 'LATISSIMUS_DORSI');

insert into movement_slot (movement_id, slot) values
    (25, 'MIDDAY'),
    (25, 'EVENING');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (25, 1, 'Thoracic Side Bend', 'Hold 30 seconds, then switch sides and repeat. Do it daily.');

-- 26 chest-opener-exercise-ball
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (26, 'chest-opener-exercise-ball', 'Chest opener with exercise ball', 'Sitting on an exercise ball with a ball or pillow behind your upper back, open the arms, squeeze it between the shoulder blades and lift the chest; 30 seconds, 2-3 times.', 'STRETCH', 'STATIC', 'SEATED', 'An opening across the front of the chest and the front of the thoracic spine, with the shoulder blades drawn together.', 30, 30, null, null, 2, 3, false, null, null, 7, 7, true, null, 14);

insert into movement_step (movement_id, step_no, instruction) values
    (26, 1, 'Sit tall on an exercise ball, feet set about hip-width apart.'),
    (26, 2, 'Hold a large ball, a pillow or a cushion behind your upper back.'),
    (26, 3, 'Open your arms wide and squeeze it between your shoulder blades.'),
    (26, 4, 'Ease your shoulders back and push your breastbone forward.'),
    (26, 5, 'Hold for 30 seconds, breathing deeply.'),
    (26, 6, 'Relax, then repeat 2-3 times in all.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (26, 'EXERCISE_BALL', 1),
    (26, 'TOWEL_OR_PILLOW', 2);

insert into movement_area (movement_id, area) values
    (26, 'CHEST'),
    (26, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (26, 'PECTORALS'),
    (26, 'RHOMBOIDS');

insert into movement_slot (movement_id, slot) values
    (26, 'MIDDAY'),
    (26, 'EVENING');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (26, 1, 'Chest Opener with Exercise Ball', 'A 30-second hold, repeated 2-3 times. Do it daily.');

-- 27 childs-pose
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (27, 'childs-pose', 'Child''s pose', 'Kneel, sit back on your heels and fold forward with your forehead down, breathing slowly to lengthen the whole back; at least 30 seconds.', 'STRETCH', 'STATIC', 'KNEELING', 'A gentle lengthening along the whole back, with the shoulders relaxing.', 30, 30, null, null, 1, 1, false, null, null, null, null, true, 'StretchMed''s stretch says at least 30 seconds, or as long as it feels good; its evening routine suggests static holds of 20-30 seconds. Massage Rx lists child''s pose as a static exercise with no figures.', 15);

insert into movement_step (movement_id, step_no, instruction) values
    (27, 1, 'Kneel with your big toes together and lower your seat onto your heels.'),
    (27, 2, 'Fold forward from the hips so your chest settles between your knees.'),
    (27, 3, 'Stretch your arms out in front, or rest them beside your body with palms up.'),
    (27, 4, 'Rest your forehead on the floor.'),
    (27, 5, 'Breathe slowly and deeply, feeling your back widen as you breathe in.'),
    (27, 6, 'Stay for at least 30 seconds, longer if it feels good.');

insert into movement_area (movement_id, area) values
    (27, 'UPPER_BACK'),
    (27, 'MID_BACK'),
    (27, 'LOWER_BACK'),
    (27, 'SHOULDERS');

insert into movement_muscle (movement_id, muscle) values
    (27, 'ERECTOR_SPINAE'),
    (27, 'LATISSIMUS_DORSI');

insert into movement_slot (movement_id, slot) values
    (27, 'MIDDAY'),
    (27, 'EVENING');

insert into movement_exclusion (movement_id, caution) values
    (27, 'WRISTS_KNEES');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (27, 3, 'Child''s pose (static exercises)', 'Named, no figures given.'),
    (27, 4, 'Child''s Pose', 'Hold at least 30 seconds, or as long as it feels good. In the evening routine (holds of 20-30 seconds) and as a midday option away from the desk.');

-- 28 knees-to-chest
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (28, 'knees-to-chest', 'Knees to chest', 'Lying on your back, gently hug your knees toward your chest to release the lower and mid back; 20-30 seconds.', 'STRETCH', 'STATIC', 'LYING', 'A gentle release in the lower and mid back.', 20, 30, null, null, 1, 1, false, null, null, null, null, true, 'Massage Rx lists knee to chest among its dynamic stretches, with no figures; StretchMed''s evening routine hugs both knees as a static hold, and that routine''s holds are 20-30 seconds. Limber follows StretchMed.', 16);

insert into movement_step (movement_id, step_no, instruction) values
    (28, 1, 'Lie face up with your knees bent and both feet resting on the floor.'),
    (28, 2, 'Bring one knee and then the other up toward your chest.'),
    (28, 3, 'Wrap your hands around your knees and hug them in gently.'),
    (28, 4, 'Hold for 20-30 seconds, breathing slowly.'),
    (28, 5, 'Lower your feet back to the floor one at a time.');

insert into movement_area (movement_id, area) values
    (28, 'LOWER_BACK'),
    (28, 'MID_BACK'),
    (28, 'HIPS');

insert into movement_muscle (movement_id, muscle) values
    (28, 'ERECTOR_SPINAE'),
    (28, 'HIP_MUSCLES');

insert into movement_slot (movement_id, slot) values
    (28, 'EVENING');

insert into movement_exclusion (movement_id, caution) values
    (28, 'LOWER_BACK');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (28, 3, 'Knee to chest (dynamic stretching)', 'Named, no figures given.'),
    (28, 4, 'Hugging your knees to your chest (evening routine)', 'Lie on your back and gently hug your knees to your chest; the evening routine uses static stretches held 20-30 seconds.');

-- ============================================================ MOBILITY
-- 29 cat-cow
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (29, 'cat-cow', 'Cat-cow', 'On hands and knees, flow between arching and rounding your spine in time with your breath to loosen it from neck to tailbone.', 'MOBILITY', 'DYNAMIC', 'ALL_FOURS', 'Gentle movement along the whole spine, from the neck down to the tailbone.', null, null, 10, 15, 1, 1, false, null, null, 7, 7, true, '10-15 repetitions, daily (What Stretches Upper Back? Instant Relief) vs about a minute of slow flow led by the breath (StretchMed); Massage Rx names it as a dynamic stretch with no figures. The two articles put the names cat and cow on opposite shapes; Limber follows StretchMed (rounded back = cat).', 1);

insert into movement_step (movement_id, step_no, instruction) values
    (29, 1, 'Come onto your hands and knees, wrists under shoulders and knees under hips.'),
    (29, 2, 'Breathe in, let your belly drop toward the floor and lift your gaze so your back arches (cow).'),
    (29, 3, 'Breathe out as you round your spine up toward the ceiling, tucking your chin and tailbone (cat).'),
    (29, 4, 'Keep flowing slowly between the two, letting your breath set the pace.'),
    (29, 5, 'Do 10-15 rounds.');

insert into movement_area (movement_id, area) values
    (29, 'UPPER_BACK'),
    (29, 'MID_BACK'),
    (29, 'LOWER_BACK'),
    (29, 'NECK');

insert into movement_muscle (movement_id, muscle) values
    (29, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (29, 'MORNING'),
    (29, 'MIDDAY');

insert into movement_exclusion (movement_id, caution) values
    (29, 'WRISTS_KNEES');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (29, 2, 'Cat-Cow Stretch', 'Repeat for 10-15 repetitions. Table: daily, 10-15 repetitions.'),
    (29, 3, 'Cat-cow pose (dynamic stretching)', 'Named, no figures given.'),
    (29, 4, 'Cat-Cow', 'Flow for about a minute, guided by the breath. Also in the morning sequence and as a quick movement break.');

-- 30 thread-the-needle
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (30, 'thread-the-needle', 'Thread the needle', 'From hands and knees, slide one arm under your body and rest that shoulder on the floor while the hips stay square; hold 30 seconds each side.', 'MOBILITY', 'STATIC', 'ALL_FOURS', 'A rotating stretch through the upper back and the back of the shoulder on the threading side.', 30, 30, 4, 5, 1, 2, true, null, null, null, null, true, null, 2);

insert into movement_step (movement_id, step_no, instruction) values
    (30, 1, 'Come onto all fours, hands under your shoulders and knees under your hips, spine neutral.'),
    (30, 2, 'Keeping your hips square, slide your right arm as far as you can under your body.'),
    (30, 3, 'Rest your right shoulder on the floor.'),
    (30, 4, 'Hold for 30 seconds.'),
    (30, 5, 'Come back to all fours and repeat on the other side.'),
    (30, 6, 'Work through 4-5 repetitions on each side, for 1-2 sets.');

insert into movement_area (movement_id, area) values
    (30, 'UPPER_BACK'),
    (30, 'MID_BACK'),
    (30, 'SHOULDERS');

insert into movement_muscle (movement_id, muscle) values
    (30, 'RHOMBOIDS'),
    (30, 'DELTOIDS'),
    (30, 'TRAPEZIUS');

insert into movement_slot (movement_id, slot) values
    (30, 'MORNING'),
    (30, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (30, 1, 'Keep your hips square; the turn should come from your upper back.');

insert into movement_exclusion (movement_id, caution) values
    (30, 'WRISTS_KNEES');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (30, 3, 'Thread the Needle', 'Hold 30 s per side; 1-2 sets of 4-5 repetitions per side.');

-- 33 iron-cross
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (33, 'iron-cross', 'Iron cross', 'Lying face up with a foam roller at your side and the opposite knee crossed onto it, press that shoulder blade to the floor to turn the mid back; short holds.', 'MOBILITY', 'DYNAMIC', 'LYING', 'A turning movement through the mid and upper back (the thoracic spine), not an opening of the chest.', 3, 5, 5, 5, 1, 1, true, null, null, null, null, true, null, 3);

insert into movement_step (movement_id, step_no, instruction) values
    (33, 1, 'Lie face up and roll a foam roller alongside your left side.'),
    (33, 2, 'Lift your right knee so hip and knee are both at 90 degrees, take it across your body and rest the knee on the roller.'),
    (33, 3, 'Breathe out and press your right shoulder blade down toward the floor, turning through your mid back rather than opening your chest.'),
    (33, 4, 'Hold for 3-5 seconds, then release.'),
    (33, 5, 'Do four more repetitions (five in all), then switch sides.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (33, 'FOAM_ROLLER', 1);

insert into movement_area (movement_id, area) values
    (33, 'MID_BACK'),
    (33, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (33, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (33, 'MORNING'),
    (33, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (33, 1, 'Turn through your thoracic spine; do not just open your chest.');

insert into movement_exclusion (movement_id, caution) values
    (33, 'LOWER_BACK');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (33, 3, 'Iron Cross', 'Hold for three to five seconds, repeat four more times, then swap sides.');

-- 31 seated-thoracic-rotation
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (31, 'seated-thoracic-rotation', 'Seated thoracic rotation', 'Seated, use one hand on the opposite knee and an elbow hooked on the chair back to turn your upper back as if looking behind you; 30 reps each side.', 'MOBILITY', 'DYNAMIC', 'SEATED', 'A turning movement in the upper back, with little movement in the lower back.', null, null, 30, 30, 1, 1, true, null, null, null, null, true, '13 Upper Back Stretches gives 30 repetitions on each side; StretchMed''s midday routine names a seated spinal twist with no figures.', 4);

insert into movement_step (movement_id, step_no, instruction) values
    (31, 1, 'Sit on a chair.'),
    (31, 2, 'Put one hand on the outside of the opposite knee.'),
    (31, 3, 'Hook the other elbow over the back of the chair.'),
    (31, 4, 'Using your arms for leverage, rotate through the spine as though trying to see behind you, keeping the lower back as still as you can.'),
    (31, 5, 'Return to the centre and repeat for 30 repetitions.'),
    (31, 6, 'Repeat on the other side.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (31, 'CHAIR', 1);

insert into movement_area (movement_id, area) values
    (31, 'UPPER_BACK'),
    (31, 'MID_BACK');

insert into movement_muscle (movement_id, muscle) values
    (31, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (31, 'MIDDAY'),
    (31, 'MORNING');

insert into movement_caution (movement_id, caution_no, caution) values
    (31, 1, 'Let most of the turn happen in your upper back and keep your lower back as still as you can.'),
    (31, 2, 'A few clicks in the spine during this movement are common.');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (31, 5, '7. Thoracic Rotation', '30 repetitions, then the same number on the other side.'),
    (31, 4, 'Seated spinal twist (midday routine)', 'Named, no figures given.');

-- 32 translation
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (32, 'translation', 'Translation', 'Sitting on the floor with legs to one side, lean onto the opposite straight arm and glide your torso sideways; hold 30 seconds each side.', 'MOBILITY', 'STATIC', 'FLOOR_SITTING', 'A stretch on one side of the upper back, the side you lean toward.', 30, 30, null, null, 1, 1, true, null, null, null, null, true, null, 5);

insert into movement_step (movement_id, step_no, instruction) values
    (32, 1, 'Sit on the floor with your legs to your left (this stretches the right side).'),
    (32, 2, 'Put your right palm flat on the floor out to your right side.'),
    (32, 3, 'Keep your right arm completely straight throughout.'),
    (32, 4, 'Let your right shoulder soften as you shift your weight onto that arm and slide your torso to the right.'),
    (32, 5, 'Breathe in deeply to increase the stretch and hold for 30 seconds.'),
    (32, 6, 'Repeat on the other side.');

insert into movement_area (movement_id, area) values
    (32, 'UPPER_BACK'),
    (32, 'SIDES');

insert into movement_muscle (movement_id, muscle) values
    (32, 'RHOMBOIDS'),
    (32, 'TRAPEZIUS');

insert into movement_slot (movement_id, slot) values
    (32, 'EVENING');

insert into movement_exclusion (movement_id, caution) values
    (32, 'WRISTS_KNEES');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (32, 5, '8. Translation', 'Hold 30 seconds, then switch sides and repeat.');

-- 13 peanut-segmental-flexion-extension
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (13, 'peanut-segmental-flexion-extension', 'Peanut segmental flexion and extension', 'Lying on a peanut (two taped tennis or lacrosse balls), ease the upper back back and forth over one vertebra at a time, working up to the base of the neck.', 'MOBILITY', 'DYNAMIC', 'LYING', 'Pressure and gentle movement at the level of the spine the peanut sits under, in the mid and upper back.', null, null, 3, 4, 1, 1, false, null, null, null, null, true, null, 6);

insert into movement_step (movement_id, step_no, instruction) values
    (13, 1, 'Lie face up with your knees bent and feet flat; place the peanut between your mid-back and the floor, just below your rib cage.'),
    (13, 2, 'Wrap a towel behind your head and hold one end in each hand to support your head and neck.'),
    (13, 3, 'Start from a neutral position; breathe in as you slowly lower your shoulders toward the floor.'),
    (13, 4, 'Breathe out as you lift into a small crunch, rounding your upper back.'),
    (13, 5, 'Do this two to three more times, slowly.'),
    (13, 6, 'Move the peanut up to the next vertebra and repeat, continuing until you reach the base of your neck.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (13, 'PEANUT', 1),
    (13, 'TOWEL_OR_PILLOW', 2);

insert into movement_area (movement_id, area) values
    (13, 'MID_BACK'),
    (13, 'UPPER_BACK');

insert into movement_muscle (movement_id, muscle) values
    (13, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (13, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (13, 1, 'Keep the towel taking the weight of your head during the crunch so your neck does not do the work.');

insert into movement_exclusion (movement_id, caution) values
    (13, 'NECK');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (13, 3, 'Segmental Flexion/Extension With A Peanut', 'One slow repetition, then two to three more at each level; move the peanut to the next vertebra and continue to the base of the neck.');

-- 34 thoracic-extension-foam-roller
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (34, 'thoracic-extension-foam-roller', 'Thoracic extension over a foam roller', 'Lying with a foam roller or rolled towel across your upper back, head supported, arch slowly back over it with your lower ribs kept down; 30 reps.', 'MOBILITY', 'DYNAMIC', 'LYING', 'An opening arch through the mid and upper back, over the roller.', null, null, 30, 30, 1, 1, false, null, null, null, null, true, '13 Upper Back Stretches gives 30 repetitions, done after the other stretches; StretchMed lets you stay in one spot or roll a few inches and says to start with 30 seconds if you are new to the roller; Massage Rx lists thoracic extension as a static exercise with no figures.', 7);

insert into movement_step (movement_id, step_no, instruction) values
    (34, 1, 'Lie face up, knees bent and feet flat, and place a foam roller (or a towel rolled up) across the upper back just under the shoulder blades.'),
    (34, 2, 'Put your hands behind your head to support it.'),
    (34, 3, 'Slowly arch your upper back backward over the roller.'),
    (34, 4, 'Keep your lower ribs down so your lower back does not over-arch.'),
    (34, 5, 'Come back up and repeat for 30 repetitions.'),
    (34, 6, 'Shift the roller slightly up or down to wherever feels best.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (34, 'FOAM_ROLLER', 1),
    (34, 'TOWEL_OR_PILLOW', 1);

insert into movement_area (movement_id, area) values
    (34, 'UPPER_BACK'),
    (34, 'MID_BACK');

insert into movement_muscle (movement_id, muscle) values
    (34, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (34, 'MORNING'),
    (34, 'EVENING');

insert into movement_caution (movement_id, caution_no, caution) values
    (34, 1, 'Do extension after your other stretches and mobility moves: arching back can press the spinal joints together, so make space in them first.'),
    (34, 2, 'Keep your lower ribs down to stop your lower back over-arching.'),
    (34, 3, 'New to foam rollers? StretchMed suggests spending just 30 seconds over the roller at first and adding time as it feels more comfortable.');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (34, 5, '9. Thoracic Extension', 'Perform 30 repetitions; best done after the other stretches, because extension can jam the joints together.'),
    (34, 4, 'Open Your Mid-Back with a Thoracic Extension', 'Foam roller or rolled towel; stay in one spot or roll a few inches. New to the roller: start with just 30 seconds.'),
    (34, 3, 'Thoracic extension (static exercises)', 'Named, no figures given.');

-- 35 thoracic-extension-chair
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (35, 'thoracic-extension-chair', 'Thoracic extension over a chair back', 'Sitting back in your chair, hands behind your head, arch your upper back gently over the top of the backrest to undo a desk slump.', 'MOBILITY', 'DYNAMIC', 'SEATED', 'An opening arch in the upper back, at the level of the top of the backrest.', null, null, 5, 10, 1, 1, false, null, null, null, null, false, null, 8);

insert into movement_step (movement_id, step_no, instruction) values
    (35, 1, 'Sit tall at the back of a chair whose backrest reaches your upper back.'),
    (35, 2, 'Rest your hands behind your head to support it.'),
    (35, 3, 'Slowly arch your upper back over the top of the backrest.'),
    (35, 4, 'Keep your lower ribs down so the arch comes from your upper back.'),
    (35, 5, 'Come back to upright and repeat 5-10 times.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (35, 'CHAIR', 1);

insert into movement_area (movement_id, area) values
    (35, 'UPPER_BACK'),
    (35, 'MID_BACK');

insert into movement_muscle (movement_id, muscle) values
    (35, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (35, 'MIDDAY');

insert into movement_caution (movement_id, caution_no, caution) values
    (35, 1, 'Keep your lower ribs down so the arch comes from your upper back.');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (35, 4, 'Thoracic extension over the back of your chair (midday routine)', 'Named, no figures given.');

-- ============================================================ STRENGTHENING
-- 37 shoulder-roll-squeeze
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (37, 'shoulder-roll-squeeze', 'Shrug and shoulder blade squeeze', 'Shrug your shoulders up, then pull the shoulder blades back together and hold 10 seconds; 10 reps.', 'STRENGTHENING', 'DYNAMIC', 'STANDING', 'A firm contraction between the shoulder blades.', 10, 10, 10, 10, 1, 1, false, null, null, null, null, true, null, 1);

insert into movement_step (movement_id, step_no, instruction) values
    (37, 1, 'Stand or sit tall.'),
    (37, 2, 'Shrug your shoulders up without tensing your neck.'),
    (37, 3, 'Keeping the shrug, pull your shoulder blades back together.'),
    (37, 4, 'Feel a firm squeeze between your shoulder blades and hold for 10 seconds.'),
    (37, 5, 'Relax, then repeat for 10 repetitions.');

insert into movement_area (movement_id, area) values
    (37, 'UPPER_BACK'),
    (37, 'SHOULDERS');

insert into movement_muscle (movement_id, muscle) values
    (37, 'RHOMBOIDS'),
    (37, 'TRAPEZIUS');

insert into movement_slot (movement_id, slot) values
    (37, 'MORNING'),
    (37, 'MIDDAY');

insert into movement_caution (movement_id, caution_no, caution) values
    (37, 1, 'Keep your neck relaxed while you shrug.');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (37, 5, '10. Shoulder Rolls', 'Hold for 10 seconds; perform 10 repetitions.');

-- 38 band-retraction-overhead
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (38, 'band-retraction-overhead', 'Shoulder retraction with arms overhead', 'Holding a resistance band overhead, draw your shoulder blades back and hold 5 seconds; 30 reps.', 'STRENGTHENING', 'DYNAMIC', 'STANDING', 'A contraction in the upper back.', 5, 5, 30, 30, 1, 1, false, null, null, null, null, true, null, 2);

insert into movement_step (movement_id, step_no, instruction) values
    (38, 1, 'Hold a resistance band between your hands.'),
    (38, 2, 'Raise your arms up over your head.'),
    (38, 3, 'Draw your shoulder blades back until you feel your upper back working.'),
    (38, 4, 'Hold for 5 seconds, then relax.'),
    (38, 5, 'Repeat for 30 repetitions.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (38, 'RESISTANCE_BAND', 1);

insert into movement_area (movement_id, area) values
    (38, 'UPPER_BACK'),
    (38, 'SHOULDERS');

insert into movement_muscle (movement_id, muscle) values
    (38, 'RHOMBOIDS'),
    (38, 'TRAPEZIUS');

insert into movement_slot (movement_id, slot) values
    (38, 'MORNING'),
    (38, 'MIDDAY');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (38, 5, '11. Shoulder Retractions with Arm Overhead', 'Hold for 5 seconds; perform 30 repetitions.');

-- 39 prone-thoracic-extension-stool
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (39, 'prone-thoracic-extension-stool', 'Kneeling thoracic extension over a stool', 'Kneel with your torso supported on a small stool and your hands behind your head, then raise the upper chest and hold 5 seconds; 10 reps.', 'STRENGTHENING', 'DYNAMIC', 'KNEELING', 'The muscles between your shoulder blades working.', 5, 5, 10, 10, 1, 1, false, null, null, null, null, true, null, 3);

insert into movement_step (movement_id, step_no, instruction) values
    (39, 1, 'Kneel on the floor in front of a small stool.'),
    (39, 2, 'Rest your torso on top of the stool.'),
    (39, 3, 'Put your hands behind your head.'),
    (39, 4, 'Lift your upper chest up off the support, keeping your neck completely relaxed.'),
    (39, 5, 'Hold for 5 seconds, then lower.'),
    (39, 6, 'Repeat for 10 repetitions.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (39, 'STOOL', 1);

insert into movement_area (movement_id, area) values
    (39, 'UPPER_BACK'),
    (39, 'MID_BACK');

insert into movement_muscle (movement_id, muscle) values
    (39, 'RHOMBOIDS'),
    (39, 'TRAPEZIUS'),
    (39, 'ERECTOR_SPINAE');

insert into movement_slot (movement_id, slot) values
    (39, 'MORNING');

insert into movement_caution (movement_id, caution_no, caution) values
    (39, 1, 'Keep your neck completely relaxed; the lift comes from between your shoulder blades.');

insert into movement_exclusion (movement_id, caution) values
    (39, 'WRISTS_KNEES');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (39, 5, '12. Thoracic Extension (strengthening)', 'Hold for 5 seconds; perform 10 repetitions. (The article sets this up on a small stool but then says to lift the chest off "the ball".)');

-- ============================================================ RELAXATION
-- 40 posture-reset
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (40, 'posture-reset', 'Posture reset', 'Lie with your shins resting on a stool and your arms stretched overhead, and let gravity settle your upper back for 15 minutes.', 'RELAXATION', 'STATIC', 'LYING', 'Your upper back easing toward a more neutral position as you relax and let gravity do the work.', null, null, null, null, 1, 1, false, 900, 900, null, null, true, null, 1);

insert into movement_step (movement_id, step_no, instruction) values
    (40, 1, 'Lie down on the floor.'),
    (40, 2, 'Rest the backs of your shins on a stool so your hips and knees are bent to 90 degrees.'),
    (40, 3, 'Stretch your arms out above your head.'),
    (40, 4, 'Try to keep the backs of your arms flat on the floor; put pillows under them if they do not reach.'),
    (40, 5, 'Relax in this position for 15 minutes.');

insert into movement_equipment (movement_id, equipment, option_group) values
    (40, 'STOOL', 1);

insert into movement_area (movement_id, area) values
    (40, 'UPPER_BACK'),
    (40, 'SHOULDERS'),
    (40, 'CHEST');

insert into movement_slot (movement_id, slot) values
    (40, 'EVENING');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (40, 5, '13. Posture Reset', 'Relax in this position for 15 minutes.');

-- 41 belly-breathing
insert into movement (id, slug, name, summary, block, style, body_position, feel_it, hold_min_seconds, hold_max_seconds, reps_min, reps_max, sets_min, sets_max, each_side, duration_min_seconds, duration_max_seconds, times_per_week_min, times_per_week_max, dosage_from_article, sources_differ, sort_order) values
    (41, 'belly-breathing', 'Belly breathing', 'Slow, deep belly breaths, in through the nose and out through the mouth, letting the upper back muscles soften on each out-breath.', 'RELAXATION', 'STATIC', 'LYING', 'Your belly rising and falling, and your shoulders and upper back softening as you breathe out.', null, null, null, null, 1, 1, false, 60, 180, null, null, false, null, 2);

insert into movement_step (movement_id, step_no, instruction) values
    (41, 1, 'Either sit comfortably or lie face up with knees bent.'),
    (41, 2, 'Breathe in slowly through your nose, letting your belly rise.'),
    (41, 3, 'Breathe out slowly through your mouth and consciously let your shoulders and upper back relax.'),
    (41, 4, 'Continue for 1-3 minutes, without holding your breath.');

insert into movement_area (movement_id, area) values
    (41, 'CHEST');

insert into movement_muscle (movement_id, muscle) values
    (41, 'CORE');

insert into movement_slot (movement_id, slot) values
    (41, 'MIDDAY'),
    (41, 'EVENING');

insert into movement_source (movement_id, article_id, name_in_article, figures) values
    (41, 4, 'Focus on Your Breath', 'Slow, deep belly breaths: in through the nose, out slowly through the mouth while relaxing the muscles being stretched; no duration given.'),
    (41, 2, 'Deep breathing exercises (Managing stress)', 'Suggested as a stress-reducing activity; no figures given.');

-- ============================================================ variations (each link stored both ways)
insert into movement_variation (movement_id, variation_id, kind) values
    (1, 2, 'RELATED'),
    (2, 1, 'RELATED'),
    (1, 3, 'RELATED'),
    (3, 1, 'RELATED'),
    (3, 4, 'OTHER_EQUIPMENT'),
    (4, 3, 'OTHER_EQUIPMENT'),
    (1, 8, 'RELATED'),
    (8, 1, 'RELATED'),
    (5, 37, 'RELATED'),
    (37, 5, 'RELATED'),
    (5, 6, 'RELATED'),
    (6, 5, 'RELATED'),
    (7, 17, 'RELATED'),
    (17, 7, 'RELATED'),
    (16, 17, 'RELATED'),
    (17, 16, 'RELATED'),
    (9, 31, 'RELATED'),
    (31, 9, 'RELATED'),
    (10, 25, 'RELATED'),
    (25, 10, 'RELATED'),
    (25, 32, 'RELATED'),
    (32, 25, 'RELATED'),
    (11, 12, 'OTHER_EQUIPMENT'),
    (12, 11, 'OTHER_EQUIPMENT'),
    (12, 13, 'RELATED'),
    (13, 12, 'RELATED'),
    (12, 34, 'RELATED'),
    (34, 12, 'RELATED'),
    (14, 15, 'RELATED'),
    (15, 14, 'RELATED'),
    (14, 26, 'RELATED'),
    (26, 14, 'RELATED'),
    (15, 26, 'RELATED'),
    (26, 15, 'RELATED'),
    (18, 19, 'RELATED'),
    (19, 18, 'RELATED'),
    (18, 22, 'OTHER_EQUIPMENT'),
    (22, 18, 'OTHER_EQUIPMENT'),
    (19, 22, 'RELATED'),
    (22, 19, 'RELATED'),
    (19, 20, 'RELATED'),
    (20, 19, 'RELATED'),
    (19, 23, 'RELATED'),
    (23, 19, 'RELATED'),
    (21, 29, 'RELATED'),
    (29, 21, 'RELATED'),
    (21, 22, 'RELATED'),
    (22, 21, 'RELATED'),
    (23, 24, 'RELATED'),
    (24, 23, 'RELATED'),
    (27, 28, 'RELATED'),
    (28, 27, 'RELATED'),
    (30, 33, 'RELATED'),
    (33, 30, 'RELATED'),
    (30, 31, 'RELATED'),
    (31, 30, 'RELATED'),
    (33, 31, 'RELATED'),
    (31, 33, 'RELATED'),
    (34, 35, 'OTHER_EQUIPMENT'),
    (35, 34, 'OTHER_EQUIPMENT'),
    (34, 39, 'RELATED'),
    (39, 34, 'RELATED'),
    (35, 39, 'RELATED'),
    (39, 35, 'RELATED'),
    (36, 38, 'RELATED'),
    (38, 36, 'RELATED'),
    (37, 38, 'RELATED'),
    (38, 37, 'RELATED'),
    (40, 41, 'RELATED'),
    (41, 40, 'RELATED');

-- ============================================================ guidance
-- 1 thoracic-spine
insert into guidance (id, slug, topic, title, body, sort_order) values
    (1, 'thoracic-spine', 'ANATOMY', 'Your upper back: the thoracic spine', 'The upper back is the thoracic spine, the middle section of the spine between the neck and the lower back. It is built from 12 vertebrae and should have a slight natural curve.', 1);

insert into guidance_point (guidance_id, point_no, point) values
    (1, 1, 'It is made up of 12 thoracic vertebrae, joined to each other by facet joints and intervertebral discs.'),
    (1, 2, 'The first thoracic vertebra is the large bony bump you can feel at the base of your neck.'),
    (1, 3, 'The thoracic spine connects the neck to the lower back, supports the rib cage, and works with the shoulder blades to keep the upper body stable during complex movements.');

insert into guidance_source (guidance_id, article_id) values
    (1, 2),
    (1, 3),
    (1, 5);

-- 2 upper-back-muscles
insert into guidance (id, slug, topic, title, body, sort_order) values
    (2, 'upper-back-muscles', 'ANATOMY', 'The muscles that support it', 'Several muscles support the thoracic spine, chiefly the trapezius, the rhomboids and the latissimus dorsi (the lats). They take part in almost every movement of your arms and upper body.', 2);

insert into guidance_point (guidance_id, point_no, point) values
    (2, 1, 'The trapezius runs from the neck down to the mid-back.'),
    (2, 2, 'The rhomboids sit between the shoulder blades.'),
    (2, 3, 'Tight or imbalanced, these muscles can tug the spine out of line and cause discomfort.'),
    (2, 4, 'Gentle stretching can help them relax, become more flexible and hold less tension.');

insert into guidance_source (guidance_id, article_id) values
    (2, 2),
    (2, 4);

-- 3 why-it-gets-tight
insert into guidance (id, slug, topic, title, body, sort_order) values
    (3, 'why-it-gets-tight', 'CAUSES', 'Why the upper back gets tight', 'Upper back tightness rarely comes from one incident. Usually it builds up from everyday habits: how you sit, how you carry stress, what you do repeatedly and how you sleep.', 3);

insert into guidance_point (guidance_id, point_no, point) values
    (3, 1, 'Posture: hours spent hunched at a keyboard or staring down at a phone ("tech neck") push the head forward and round the shoulders, so the upper back muscles work overtime holding up the head. The author of 13 Upper Back Stretches sees poor posture, especially held for long periods, as the main cause.'),
    (3, 2, 'Stress: stress and anxiety make muscles clench, especially in the neck, shoulders and upper back, and chronic stress can keep them partly tensed.'),
    (3, 3, 'High stress can make upper back pain worse, so build in something calming, such as meditation or deep-breathing exercises, to help your mind and muscles unwind.'),
    (3, 4, 'Strain and overuse: lifting something too heavy, poor form or a sudden twist can strain a muscle; more often, repeated movements (swimming, painting a ceiling, always carrying a bag on one shoulder) tire the muscles out.'),
    (3, 5, 'Sleep: lying on your stomach or in some other awkward position, or on a pillow that is too high or too flat, can hold the neck and upper back at an odd angle through the night.'),
    (3, 6, 'Injury can also be behind upper back pain.');

insert into guidance_source (guidance_id, article_id) values
    (3, 1),
    (3, 2),
    (3, 3),
    (3, 4),
    (3, 5);

-- 4 signs-of-tightness
insert into guidance (id, slug, topic, title, body, sort_order) values
    (4, 'signs-of-tightness', 'SIGNS', 'Signs your upper back is tight', 'A tight upper back tends to announce itself in a few typical ways. Noticing them is the first step toward dealing with the cause.', 4);

insert into guidance_point (guidance_id, point_no, point) values
    (4, 1, 'Aches and knots: a dull, constant ache between the shoulder blades, or small tender spots that feel like hard marbles under the skin (trigger points).'),
    (4, 2, 'Stiffness: a smaller range of movement, noticeable when you look over your shoulder while driving or reach up to a high shelf.'),
    (4, 3, 'Tension headaches and a stiff neck: tight muscles around the shoulder blades can pull on the neck muscles, leading to a sore neck and a band-like tension headache.');

insert into guidance_source (guidance_id, article_id) values
    (4, 4);

-- 5 warm-up-first
insert into guidance (id, slug, topic, title, body, sort_order) values
    (5, 'warm-up-first', 'WARM_UP', 'Warm up before you stretch', 'Stretching cold muscles is a common mistake that raises the risk of strain or injury. A warm-up raises your heart rate and circulation so the muscles become more pliable and ready to stretch, and it makes the stretching more effective.', 5);

insert into guidance_point (guidance_id, point_no, point) values
    (5, 1, 'Spend five to ten minutes on gentle, dynamic movements.'),
    (5, 2, 'Start with a few minutes of light cardio: marching in place, heel digs, walking around the house for five minutes, or a stationary bike or elliptical at low resistance. You should breathe a little faster but still be able to chat.'),
    (5, 3, 'Then loosen the shoulders and arms: shoulder rolls and slow arm circles.'),
    (5, 4, 'Then wake up the core and hips: standing knee lifts and gentle torso twists.');

insert into guidance_source (guidance_id, article_id) values
    (5, 3),
    (5, 4);

-- 6 breathe-through-it
insert into guidance (id, slug, topic, title, body, sort_order) values
    (6, 'breathe-through-it', 'BREATHING', 'Breathe slowly and never hold your breath', 'How you breathe changes how your muscles respond. Holding your breath or taking shallow chest breaths tells your body it is under stress, and the muscles tighten further. Slow belly breathing helps them let go.', 6);

insert into guidance_point (guidance_id, point_no, point) values
    (6, 1, 'Do not hold your breath while stretching: relax.'),
    (6, 2, 'Breathe slowly and deeply into your belly.'),
    (6, 3, 'As you settle into each stretch, breathe in slowly through your nose so your belly rises.'),
    (6, 4, 'Breathe out slowly through your mouth and consciously relax the muscles you are stretching.'),
    (6, 5, 'In several stretches a deep breath in deepens the stretch; the instructions say where.'),
    (6, 6, 'Deep breathing exercises are also a way to manage the stress that can feed upper back pain.');

insert into guidance_source (guidance_id, article_id) values
    (6, 1),
    (6, 2),
    (6, 4),
    (6, 5);

-- 7 how-a-stretch-should-feel
insert into guidance (id, slug, topic, title, body, sort_order) values
    (7, 'how-a-stretch-should-feel', 'STOP_SIGNS', 'How a stretch should feel, and when to stop', 'Move slowly and gently, and never force a stretch. A good stretch feels like a gentle pull and a release, not a strain.', 7);

insert into guidance_point (guidance_id, point_no, point) values
    (7, 1, 'Aim to feel the stretch where your pain is.'),
    (7, 2, 'Stop at once if you feel pinching or sharp pain; back off if a movement hurts sharply.'),
    (7, 3, 'A mild pulling sensation is normal; sharp, pinching or intense pain is not.'),
    (7, 4, 'Tingling: the author of 13 Upper Back Stretches, answering a reader in the comments, says it sounds more like a nerve problem than a tight muscle; a nerve should not be put under a lot of stretch, so have it looked at by a health professional.'),
    (7, 5, 'If you are already in a lot of pain, get a professional to show you which movements are safe.');

insert into guidance_source (guidance_id, article_id) values
    (7, 1),
    (7, 4),
    (7, 5);

-- 8 red-flags
insert into guidance (id, slug, topic, title, body, sort_order) values
    (8, 'red-flags', 'RED_FLAGS', 'When to check with a doctor first', 'Most upper back tightness eases with gentle stretching and better habits, but some situations call for a doctor or physical therapist before you start or continue a home routine.', 8);

insert into guidance_point (guidance_id, point_no, point) values
    (8, 1, 'The pain is severe.'),
    (8, 2, 'It has not improved after about a week of self-care.'),
    (8, 3, 'It comes with numbness, weakness in your arms, or a fever.'),
    (8, 4, 'You have a recent injury or intense pain: talk to a professional before you start a new exercise routine.');

insert into guidance_source (guidance_id, article_id) values
    (8, 4);

-- 9 serious-causes
insert into guidance (id, slug, topic, title, body, sort_order) values
    (9, 'serious-causes', 'SERIOUS_CAUSES', 'Other causes of upper back pain to rule out', 'Not all upper back pain comes from tight muscles. If you suspect any of the following, get reviewed by a health professional who can run the right tests.', 9);

insert into guidance_point (guidance_id, point_no, point) values
    (9, 1, 'Pain referred from the neck (cervical spine).'),
    (9, 2, 'Rib fractures.'),
    (9, 3, 'Problems with the lungs or heart.'),
    (9, 4, 'Acid reflux.'),
    (9, 5, 'Nerve-related problems.'),
    (9, 6, 'Disc bulges in the thoracic spine.');

insert into guidance_source (guidance_id, article_id) values
    (9, 5);

-- 10 when-to-get-help
insert into guidance (id, slug, topic, title, body, sort_order) values
    (10, 'when-to-get-help', 'PROFESSIONAL', 'When to get professional help', 'Home stretching works well for everyday tightness, but sometimes you need more help. A professional can find the root cause and build a safe plan.', 10);

insert into guidance_point (guidance_id, point_no, point) values
    (10, 1, 'If the pain feels like more than an ordinary muscle knot, or gets in the way of daily life, seek guidance.'),
    (10, 2, 'If pain persists after 2-4 weeks of doing the stretches consistently, you will probably also need to work on your posture.'),
    (10, 3, 'If tightness keeps coming back even after you have changed your habits, a professional can look for specific imbalances.'),
    (10, 4, 'Answering a reader in the comments, the author of 13 Upper Back Stretches advises having nerve problems checked by a health professional, so that they are not made worse.');

insert into guidance_source (guidance_id, article_id) values
    (10, 4),
    (10, 5);

-- 11 what-a-professional-adds
insert into guidance (id, slug, topic, title, body, sort_order) values
    (11, 'what-a-professional-adds', 'PROFESSIONAL', 'What a stretch professional can add', 'Working one-to-one with a stretch therapist or flexibility specialist takes the guesswork out of stretching and can give longer-lasting results than stretches alone.', 11);

insert into guidance_point (guidance_id, point_no, point) values
    (11, 1, 'Assessment: a closer look at your upper back mobility to pinpoint the tight muscles that are limiting your movement.'),
    (11, 2, 'Assisted stretching: guiding you safely into deeper stretches than you could reach alone, with attention to form.'),
    (11, 3, 'A personalised programme built from that assessment, possibly with stretches beyond the usual online ones.'),
    (11, 4, 'Hands-on release work, such as Active Release Technique from a certified practitioner, to relax tight muscles before stretching.'),
    (11, 5, 'Postural correction: spotting the movement patterns and postural habits behind the tightness and coaching better alignment.');

insert into guidance_source (guidance_id, article_id) values
    (11, 1),
    (11, 4);

-- 12 heat-before-stretching
insert into guidance (id, slug, topic, title, body, sort_order) values
    (12, 'heat-before-stretching', 'HEAT', 'Warm the area with heat first', 'Gentle heat before stretching increases blood flow to the upper back and shoulders, helping tight muscles relax and become more receptive to stretching.', 12);

insert into guidance_point (guidance_id, point_no, point) values
    (12, 1, 'Use 10-15 minutes of gentle heat before you stretch.'),
    (12, 2, 'Any of these works: a warm shower, a heating pad warmed in the microwave, or a towel that has been soaked in warm water.');

insert into guidance_source (guidance_id, article_id) values
    (12, 4);

-- 13 release-before-stretching
insert into guidance (id, slug, topic, title, body, sort_order) values
    (13, 'release-before-stretching', 'FOAM_ROLLING', 'Release tight muscles before you stretch', 'Releasing the tight upper back muscles first, with a massage ball or foam roller, helps you get more out of the stretches that follow.', 13);

insert into guidance_point (guidance_id, point_no, point) values
    (13, 1, 'Start a session with a release of the upper back muscles, then do the muscle stretches, then the joint mobility work (with extension last), then strengthening, and finish by relaxing.'),
    (13, 2, 'With a massage ball: lie on it between your spine and shoulder blade for 2-5 minutes, covering the whole painful area, with no bony areas on the ball.'),
    (13, 3, 'With a foam roller: lie with it across your back under your shoulder blades, knees bent and feet flat, hands supporting your head, and roll slowly up and down.'),
    (13, 4, 'Pause for 20-30 seconds on a tender spot and breathe until it eases.'),
    (13, 5, 'New to the foam roller? For the thoracic extension over it, StretchMed suggests beginning with just 30 seconds and adding time gradually.');

insert into guidance_source (guidance_id, article_id) values
    (13, 4),
    (13, 5);

-- 14 desk-setup
insert into guidance (id, slug, topic, title, body, sort_order) values
    (14, 'desk-setup', 'DESK_SETUP', 'Set up your desk to spare your upper back', 'If you work at a desk, your set-up may be a main source of upper back pain. A few ergonomic changes reduce the constant strain on the upper back muscles.', 14);

insert into guidance_point (guidance_id, point_no, point) values
    (14, 1, 'Set the chair height so both feet rest flat and your knees bend to 90 degrees.'),
    (14, 2, 'Put the monitor straight in front of you at eye level so you do not hunch forward.'),
    (14, 3, 'Keep your elbows at 90 degrees and your wrists straight.'),
    (14, 4, 'Hold your phone at eye level rather than bending your head down to read it.'),
    (14, 5, 'Sit and stand with good posture, without slouching.');

insert into guidance_source (guidance_id, article_id) values
    (14, 2),
    (14, 4);

-- 15 movement-breaks
insert into guidance (id, slug, topic, title, body, sort_order) values
    (15, 'movement-breaks', 'MOVEMENT_BREAKS', 'Take regular movement breaks', 'Even with a good set-up, staying in one position too long stiffens the muscles. Break up long stretches of sitting (or standing).', 15);

insert into guidance_point (guidance_id, point_no, point) values
    (15, 1, 'Use a timer to prompt you to stand up and move about for a few minutes each hour.'),
    (15, 2, 'It need not be a workout: fetching water, rolling your shoulders a few times or one quick round of cat-cow will do.'),
    (15, 3, 'Every few hours, set aside five minutes just for stretching.'),
    (15, 4, 'Desk-friendly moves include shoulder rolls, a wall stretch, neck flexion and a seated twist.'),
    (15, 5, 'Across the week, varied activity such as walking, swimming or yoga helps keep the back muscles balanced.');

insert into guidance_source (guidance_id, article_id) values
    (15, 2),
    (15, 3),
    (15, 4);

-- 16 sleep-position
insert into guidance (id, slug, topic, title, body, sort_order) values
    (16, 'sleep-position', 'SLEEP', 'Sleep in a back-friendly position', 'Roughly a third of your life is spent asleep, so the position you sleep in matters for your upper back.', 16);

insert into guidance_point (guidance_id, point_no, point) values
    (16, 1, 'Sleep on your back or your side.'),
    (16, 2, 'On your back, put a pillow under your knees.'),
    (16, 3, 'On your side, place a pillow between your knees so hips, pelvis and spine stay lined up.'),
    (16, 4, 'Avoid sleeping on your stomach: it twists the neck and can strain the back.'),
    (16, 5, 'Find the right mattress, and a supportive pillow that is neither too high nor too flat.');

insert into guidance_source (guidance_id, article_id) values
    (16, 4);

-- 17 posture-types
insert into guidance (id, slug, topic, title, body, sort_order) values
    (17, 'posture-types', 'POSTURE_TYPES', 'Postures that load the upper back', 'Some postures put extra stress on the upper back muscles and joints. If pain keeps returning, check whether one of these fits you.', 17);

insert into guidance_point (guidance_id, point_no, point) values
    (17, 1, 'Forward head posture: the further the head moves forward, the harder the upper back has to work to hold it up against gravity.'),
    (17, 2, 'Rounded shoulders: slouching the shoulders forward stresses the muscles between the shoulder blades.'),
    (17, 3, 'Thoracic kyphosis (a hunched upper back): holds the upper back muscles in a lengthened position, which may affect how well they work.'),
    (17, 4, 'Flat thoracic spine: the upper back should curve slightly; if it is too flat, the joints tend to jam together, which can cause pain.');

insert into guidance_source (guidance_id, article_id) values
    (17, 5);

-- 18 little-and-often
insert into guidance (id, slug, topic, title, body, sort_order) values
    (18, 'little-and-often', 'CONSISTENCY', 'Little and often beats long and hard', 'Consistency matters more than intensity. A few minutes of gentle stretching every day works better than one long, intense session a week.', 18);

insert into guidance_point (guidance_id, point_no, point) values
    (18, 1, 'Aim for five to ten minutes of gentle stretching a day, spread across morning, midday and evening if that suits you.'),
    (18, 2, 'You may notice some improvement within a few days; most people move more freely and feel less stiff within one to two weeks of regular practice.'),
    (18, 3, 'Lasting relief comes from keeping it up as a routine.'),
    (18, 4, 'Strengthening helps too: strong core muscles support the spine, and Finding Relief pairs its stretches with upper back strengthening. What Stretches Upper Back? also suggests yoga or Pilates to build core strength and flexibility.'),
    (18, 5, 'At first, try every stretch, including the variations; once you know how to do them well, keep the ones that relieve you most.'),
    (18, 6, 'What Stretches Upper Back? suggests stretching 3-4 times a week, 30 seconds a hold for 3-4 sets, with shoulder rolls and arm circles daily; Finding Relief suggests doing its stretches daily.'),
    (18, 7, 'Only time for one or two? StretchMed picks cat-cow, which gently moves the whole spine from the neck down, and the wall chest stretch, because opening the chest counters the forward hunch behind so much upper back tightness.');

insert into guidance_source (guidance_id, article_id) values
    (18, 1),
    (18, 2),
    (18, 4),
    (18, 5);

-- 19 morning-midday-evening
insert into guidance (id, slug, topic, title, body, sort_order) values
    (19, 'morning-midday-evening', 'CONSISTENCY', 'A simple morning, midday and evening rhythm', 'Short sessions spread through the day add up. StretchMed suggests a brief routine at each of three points in the day.', 19);

insert into guidance_point (guidance_id, point_no, point) values
    (19, 1, 'Morning, about five minutes: begin with dynamic moves that get the blood flowing, such as shoulder rolls, gentle neck circles and several rounds of cat-cow.'),
    (19, 2, 'Midday: leave your chair every hour, and every few hours give five minutes purely to stretching, such as shoulder rolls or a seated spinal twist at the desk, or, somewhere quiet, child''s pose or an arch back over the top of your chair.'),
    (19, 3, 'Evening: before bed, choose gentle static stretches held for 20-30 seconds, such as child''s pose, or lying on your back and hugging your knees in toward your chest.');

insert into guidance_source (guidance_id, article_id) values
    (19, 4);
