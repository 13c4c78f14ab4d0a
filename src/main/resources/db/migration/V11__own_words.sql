-- Sentences shown to people that kept too much of an article's wording (80% or more of their words, in order,
-- shared with an article sentence: OwnWordsTest), said again in Limber's own words. The facts stay exactly as
-- the articles give them. Plain SQL for H2 and PostgreSQL alike.

-- ============================================================ where you should feel it
update movement set feel_it = 'A broad stretch spreading across your upper back.' where id = 21;
update movement set feel_it = 'A pulling feeling through the upper back as you lean away from your toes.' where id = 23;
update movement set feel_it = 'A strong squeeze in the middle of your back, where the shoulder blades meet.' where id = 37;
update movement set feel_it = 'Your upper back muscles working to draw the shoulder blades back.' where id = 38;
update movement set feel_it = 'Work in the muscles around and between the shoulder blades as the chest lifts.' where id = 39;

update movement set feel_it = 'A strong stretch in the rhomboids, the muscles that fill the gap between your shoulder blades.' where id = 18;

-- ============================================================ steps
update movement_step set instruction = 'Trace small, slow circles with your fingertips.' where movement_id = 6 and step_no = 2;
update movement_step set instruction = 'Send one arm up toward the ceiling, straight and long.' where movement_id = 10 and step_no = 2;
update movement_step set instruction = 'Keep your knees bent with both soles planted.' where movement_id = 12 and step_no = 2;
update movement_step set instruction = 'Take up a position in an open doorway.' where movement_id = 14 and step_no = 1;
update movement_step set instruction = 'Stay there for 30 seconds with slow, easy breaths.' where movement_id = 14 and step_no = 4;
update movement_step set instruction = 'Take a small, gentle step through with the right foot.' where movement_id = 15 and step_no = 3;
update movement_step set instruction = 'Stay there for 20-30 seconds with slow, easy breaths.' where movement_id = 15 and step_no = 5;
update movement_step set instruction = 'Stay there for 15-20 seconds with slow, easy breaths.' where movement_id = 16 and step_no = 4;
update movement_step set instruction = 'Let your left shoulder stay loose and low.' where movement_id = 17 and step_no = 4;
update movement_step set instruction = 'Then switch sides and do the same.' where movement_id = 17 and step_no = 6;
update movement_step set instruction = 'Lace your fingers together and reach both arms forward, level with your shoulders.' where movement_id = 18 and step_no = 2;
update movement_step set instruction = 'As your hands travel forward, let the upper back curve and bring your chin down toward your chest.' where movement_id = 18 and step_no = 3;
update movement_step set instruction = 'Stay for 20-30 seconds and send each deep breath into the space between your shoulder blades.' where movement_id = 18 and step_no = 5;
update movement_step set instruction = 'Perch on the front edge of a chair, sitting tall.' where movement_id = 19 and step_no = 1;
update movement_step set instruction = 'A slow, full breath in will make the stretch stronger.' where movement_id = 19 and step_no = 5;
update movement_step set instruction = 'Stay there for 30 seconds.' where movement_id = 19 and step_no = 6;
update movement_step set instruction = 'Then switch sides and do the same.' where movement_id = 20 and step_no = 7;
update movement_step set instruction = 'Draw your chin in and gaze back at your navel.' where movement_id = 21 and step_no = 4;
update movement_step set instruction = 'Bring your chin in and let your eyes drop to the floor.' where movement_id = 22 and step_no = 4;
update movement_step set instruction = 'Stay there for 30 seconds.' where movement_id = 24 and step_no = 6;
update movement_step set instruction = 'Take a wide stance and soften your knees a little.' where movement_id = 25 and step_no = 1;
update movement_step set instruction = 'Stay there for 30 seconds, taking deep breaths.' where movement_id = 25 and step_no = 4;
update movement_step set instruction = 'Set a big ball, a cushion or a pillow against your upper back and keep it there with your hands.' where movement_id = 26 and step_no = 2;
update movement_step set instruction = 'Stay there for 30 seconds, taking deep breaths.' where movement_id = 26 and step_no = 5;
update movement_step set instruction = 'Reach your arms forward along the floor, or lay them by your sides, palms turned up.' where movement_id = 27 and step_no = 3;
update movement_step set instruction = 'Lower your brow until it touches the floor.' where movement_id = 27 and step_no = 4;
update movement_step set instruction = 'Lying face up, bring your heels in toward you so the knees point to the ceiling.' where movement_id = 28 and step_no = 1;
update movement_step set instruction = 'Stay there for 20-30 seconds with slow, easy breaths.' where movement_id = 28 and step_no = 4;
update movement_step set instruction = 'Kneel on all fours in a tabletop, wrists below the shoulders and knees below the hips.' where movement_id = 29 and step_no = 1;
update movement_step set instruction = 'On the out-breath, reverse it: round your spine up toward the ceiling, curling chin and tailbone under (cat).' where movement_id = 29 and step_no = 3;
update movement_step set instruction = 'Kneel on all fours with a flat, neutral back, hands below the shoulders and knees below the hips.' where movement_id = 30 and step_no = 1;
update movement_step set instruction = 'Stay there for 30 seconds.' where movement_id = 30 and step_no = 4;
update movement_step set instruction = 'Take a seat on a chair.' where movement_id = 31 and step_no = 1;
update movement_step set instruction = 'With your free arm, wrap the elbow over the chair back.' where movement_id = 31 and step_no = 3;
update movement_step set instruction = 'Then switch sides and do the same.' where movement_id = 31 and step_no = 6;
update movement_step set instruction = 'The right arm stays fully straight from start to finish.' where movement_id = 32 and step_no = 3;
update movement_step set instruction = 'Then switch sides and do the same.' where movement_id = 32 and step_no = 6;
update movement_step set instruction = 'Lie on your back with a foam roller running beside you on the left.' where movement_id = 33 and step_no = 1;
update movement_step set instruction = 'Keep it there for 3-5 seconds before letting go.' where movement_id = 33 and step_no = 4;
update movement_step set instruction = 'Lift both shoulders toward your ears while your neck stays soft.' where movement_id = 37 and step_no = 2;
update movement_step set instruction = 'Take a resistance band in both hands.' where movement_id = 38 and step_no = 1;
update movement_step set instruction = 'Lift both arms overhead.' where movement_id = 38 and step_no = 2;
update movement_step set instruction = 'Keep the squeeze for 5 seconds before easing off.' where movement_id = 38 and step_no = 4;
update movement_step set instruction = 'Do 30 of these in all.' where movement_id = 38 and step_no = 5;
update movement_step set instruction = 'Cup the back of your head in your hands.' where movement_id = 39 and step_no = 3;
update movement_step set instruction = 'Keep it there for 5 seconds, then come down.' where movement_id = 39 and step_no = 5;
update movement_step set instruction = 'Do 10 of these in all.' where movement_id = 39 and step_no = 6;
update movement_step set instruction = 'Lie face up on the floor, on a mat if you have one.' where movement_id = 40 and step_no = 1;
update movement_step set instruction = 'Reach both arms back along the floor beyond your head.' where movement_id = 40 and step_no = 3;
update movement_step set instruction = 'Stay there, completely at ease, for 15 minutes.' where movement_id = 40 and step_no = 5;

-- Under the limit but close to the article's wording all the same.
update movement_step set instruction = 'Press both palms against the frame, one on each side, level with your shoulders.' where movement_id = 14 and step_no = 2;
update movement_step set instruction = 'Let your head tilt slowly to the right, bringing the ear down toward that shoulder.' where movement_id = 17 and step_no = 2;
update movement_step set instruction = 'Curve your upper back as far as it will go.' where movement_id = 22 and step_no = 3;
update movement_step set instruction = 'With your fingers still hooked under your toes, let the arms go loose and shift your weight a little backward.' where movement_id = 23 and step_no = 4;
update movement_step set instruction = 'Hook one hand round the outside of the other knee.' where movement_id = 31 and step_no = 2;
update movement_step set instruction = 'Hold the shoulders up and draw the blades back toward each other.' where movement_id = 37 and step_no = 3;

-- ============================================================ cautions
update movement_caution set caution = 'Hold your lower ribs down; that stops the lower back arching too far.' where movement_id = 34 and caution_no = 2;

-- ============================================================ what each source says
update movement_source set figures = '10-15 repetitions. Its table: every day, 10-15 repetitions.' where movement_id = 5 and article_id = 2;
update movement_source set figures = '10-15 repetitions. Its table: every day, 10-15 repetitions.' where movement_id = 29 and article_id = 2;
update movement_source set figures = '2-5 minutes. The article advises doing it first, before every stretch.' where movement_id = 11 and article_id = 5;
update movement_source set figures = '30-second holds, 3-4 of them. Table: each stretch held 30 seconds, done 3-4 times a week. FAQ: hold each stretch 30 seconds for 3-4 sets, 3-4 times per week.' where movement_id = 14 and article_id = 2;
update movement_source set figures = '15-20 seconds on one side, then the same on the other.' where movement_id = 17 and article_id = 4;
update movement_source set figures = 'A hold of 20-30 seconds.' where movement_id = 18 and article_id = 4;
update movement_source set figures = 'A hold of 30 seconds.' where movement_id = 19 and article_id = 5;
update movement_source set figures = 'A hold of 30 seconds. To progress, curl the upper back vertebra by vertebra.' where movement_id = 21 and article_id = 5;
update movement_source set figures = 'A hold of 30 seconds.' where movement_id = 22 and article_id = 5;
update movement_source set figures = 'A hold of 10-30 seconds. It warns anyone with lower-back problems to go carefully.' where movement_id = 23 and article_id = 5;
update movement_source set figures = 'A hold of 30 seconds.' where movement_id = 24 and article_id = 5;
update movement_source set figures = 'No less than 30 seconds; stay longer while it still feels good. In the evening routine (holds of 20-30 seconds) and as a midday option away from the desk.' where movement_id = 27 and article_id = 4;
update movement_source set figures = '15 minutes of relaxing in the position.' where movement_id = 40 and article_id = 5;

-- ============================================================ where the sources differ
update movement set sources_differ = 'StretchMed asks for 30 seconds at the least and lets you stay on while it feels good; its evening routine suggests static holds of 20-30 seconds. Massage Rx lists child''s pose as a static exercise with no figures. Limber plans 30 seconds and accepts longer holds.'
 where id = 27;

-- ============================================================ guidance
update guidance set body = 'At a desk all day? How it is arranged may be one of the main reasons your upper back hurts. A few ergonomic changes reduce the constant strain on the upper back muscles.'
 where slug = 'desk-setup';
update guidance set title = 'How your upper back is built' where slug = 'thoracic-spine';
update guidance set title = 'Which muscles hold it up' where slug = 'upper-back-muscles';
update guidance set title = 'How a tight upper back shows itself' where slug = 'signs-of-tightness';
update guidance set title = 'Get warm before stretching',
       body = 'Many people stretch while still cold, and that makes a strain or injury more likely. A warm-up raises your heart rate and circulation so the muscles become more pliable and ready to stretch, and it makes the stretching more effective.'
 where slug = 'warm-up-first';
update guidance set title = 'Ease tight spots before stretching' where slug = 'release-before-stretching';
update guidance set title = 'Short breaks from sitting' where slug = 'movement-breaks';
update guidance set body = 'Home stretching works well for everyday tightness, but sometimes you need more help. Someone trained can track down what is really behind it and plan safe next steps with you.'
 where slug = 'when-to-get-help';
update guidance set body = 'Doing it regularly counts for more than doing it hard. A few minutes of gentle stretching every day works better than one long, intense session a week.'
 where slug = 'little-and-often';

update guidance_point set point = 'Numbness, arm weakness or a fever come with it.'
 where guidance_id = (select id from guidance where slug = 'red-flags') and point_no = 3;
update guidance_point set point = 'A bulging disc in the thoracic spine.'
 where guidance_id = (select id from guidance where slug = 'serious-causes') and point_no = 6;
update guidance_point set point = 'Still hurting after 2-4 weeks of regular stretching? Then your posture probably needs attention as well.'
 where guidance_id = (select id from guidance where slug = 'when-to-get-help') and point_no = 2;
update guidance_point set point = 'Never used a foam roller before? For the thoracic extension over it, StretchMed suggests beginning with just 30 seconds and adding time gradually.'
 where guidance_id = (select id from guidance where slug = 'release-before-stretching') and point_no = 5;
update guidance_point set point = 'Whether sitting or standing, hold yourself well instead of slumping.'
 where guidance_id = (select id from guidance where slug = 'desk-setup') and point_no = 5;
update guidance_point set point = 'Choose your back or your side for sleeping.'
 where guidance_id = (select id from guidance where slug = 'sleep-position') and point_no = 1;
update guidance_point set point = 'Back sleepers: a pillow beneath the knees helps.'
 where guidance_id = (select id from guidance where slug = 'sleep-position') and point_no = 2;
update guidance_point set point = 'Short of time? StretchMed picks cat-cow, which gently moves the whole spine from the neck down, and the wall chest stretch, because opening the chest counters the forward hunch behind so much upper back tightness.'
 where guidance_id = (select id from guidance where slug = 'little-and-often') and point_no = 7;
