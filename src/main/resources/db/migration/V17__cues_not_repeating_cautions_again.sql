-- V12 removed the cues that repeated a caution word for word; four more said the same as a caution in other words
-- ("gentle" / "gently", "small, slow circles" / "keep the circles small, slow"), so "Take care" still listed one
-- point twice. CatalogInvariants now compares word stems and found them. The caution (the fuller sentence) stays.
delete from movement_cue where cue_no = 1 and movement_id in (7, 15, 19);
-- The neck and trap side release keeps the half of its cue that the caution does not say: the other shoulder stays
-- low (its summary and steps say so); the light touch of the hand is the caution's.
update movement_cue set cue = 'Keep the other shoulder low and loose.' where movement_id = 17 and cue_no = 1;
