-- What the routine rules used to guess from names and styles, now stored with each movement.
-- This migration only adds the columns with today's behaviour; the content migrations after it set the articles'
-- values movement by movement.

-- Which way the movement takes the upper spine: EXTENSION, FLEXION, ROTATION, SIDE_BEND, FLEXION_EXTENSION, NONE.
-- The 13-stretches article's "extension last" rule reads this, not the movement's name.
alter table movement add column spine_direction varchar(20) default 'NONE' not null;

-- The pace of one rep: BREATH_LED (a flow led by the breath), BRISK (quick warm-up reps), STEADY (slow and controlled).
-- Null for movements without reps.
alter table movement add column tempo varchar(20);
-- Seconds one rep takes at that pace; null for movements without reps.
alter table movement add column rep_seconds integer;

-- True where the article allows a hold longer than its figure ("at least 30 seconds, or as long as it feels good").
alter table movement add column hold_open_ended boolean default false not null;

-- The few form cues that keep a movement safe ("keep your lower ribs down"), shown wherever someone does it.
create table movement_cue (
    movement_id  integer      not null references movement (id),
    cue_no       integer      not null,
    cue          varchar(300) not null,
    primary key (movement_id, cue_no)
);

update movement set spine_direction = 'EXTENSION'
 where slug in ('thoracic-extension-foam-roller', 'thoracic-extension-chair', 'prone-thoracic-extension-stool');
update movement set tempo = 'STEADY', rep_seconds = 3 where reps_min is not null;
