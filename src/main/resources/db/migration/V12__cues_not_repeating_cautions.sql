-- A key form cue must add something: most cues of V9 restated one of the movement's own cautions in fewer words,
-- so the routine page, the player and the sheet listed the same point twice under "Take care". Where a cue only
-- repeats a caution, the caution (the fuller sentence) stays and the cue goes. CatalogInvariants holds that no cue
-- repeats a caution of its movement.
delete from movement_cue where cue_no = 1 and movement_id in (11, 12, 13, 20, 24, 30, 31, 33, 34, 35, 37, 39);
-- The peanut keeps its breathing cue, now the first.
update movement_cue set cue_no = 1 where movement_id = 13 and cue_no = 2;

-- The standing forward fold's cue repeated its lower-back caution too; the caution stays, and the cue becomes the
-- form point the 13-stretches article gives for the fold: the chin stays tucked toward the upper chest.
update movement_cue set cue = 'Keep your chin tucked toward your upper chest as you lean back.'
 where movement_id = 23 and cue_no = 1;
