-- The shape of a session as data: how much of the time asked each block of a time of day aims for, which blocks a
-- time of day leaves out, which take static holds only, and which movements are light cardio.
-- The routine builder reads these rows (docs/routine-rules.md explains each one).
--
-- Whose rule is it? stated_by names the article that states a row's rule (article.code); null means the articles
-- say nothing of it and it is Limber's own choice. The shares are all Limber's: no article gives one.

create table slot_block (
    id             integer     not null primary key,
    -- MORNING, MIDDAY, EVENING
    slot           varchar(10) not null,
    -- WARM_UP, RELEASE, STRETCH, MOBILITY, STRENGTHENING, RELAXATION
    block          varchar(20) not null,
    -- The share of the time asked this block aims for, in percent. A block with nothing allowed at hand drops out
    -- and the others share its time; a block with 0 % is only used when nothing else is left to fill the time.
    -- The builder caps the warm-up at StretchMed's ten minutes whatever its share.
    share_percent  integer     not null,
    -- false: the block never appears at this time of day
    allowed        boolean     not null,
    -- true: at this time of day the block takes static holds only, held within StretchMed's 20-30 s where the
    -- movement's own range allows
    static_only    boolean     not null,
    -- who states this row's allowed / static_only rule: an article's code, or null for Limber's choice (and for
    -- rows that restrict nothing)
    stated_by      varchar(40) references article (code),
    unique (slot, block),
    check (share_percent between 0 and 100),
    check (allowed or (share_percent = 0 and not static_only))
);

insert into slot_block (id, slot, block, share_percent, allowed, static_only, stated_by) values
    -- Morning: StretchMed's five-minute mobility sequence opens it; then warm-up a quarter, stretching the most.
    ( 1, 'MORNING', 'WARM_UP',       25, true,  false, null),
    ( 2, 'MORNING', 'RELEASE',       10, true,  false, null),
    ( 3, 'MORNING', 'STRETCH',       35, true,  false, null),
    ( 4, 'MORNING', 'MOBILITY',      20, true,  false, null),
    ( 5, 'MORNING', 'STRENGTHENING', 10, true,  false, null),
    ( 6, 'MORNING', 'RELAXATION',     0, true,  false, null),
    -- Midday: StretchMed's desk break; stretching the most.
    ( 7, 'MIDDAY',  'WARM_UP',       25, true,  false, null),
    ( 8, 'MIDDAY',  'RELEASE',       10, true,  false, null),
    ( 9, 'MIDDAY',  'STRETCH',       40, true,  false, null),
    (10, 'MIDDAY',  'MOBILITY',      15, true,  false, null),
    (11, 'MIDDAY',  'STRENGTHENING', 10, true,  false, null),
    (12, 'MIDDAY',  'RELAXATION',     0, true,  false, null),
    -- Evening: StretchMed's wind-down of gentle static stretches held 20-30 s. Leaving strengthening out and
    -- keeping the relaxation static are Limber's choices (the article says neither).
    (13, 'EVENING', 'WARM_UP',       25, true,  false, null),
    (14, 'EVENING', 'RELEASE',       15, true,  false, null),
    (15, 'EVENING', 'STRETCH',       40, true,  true,  'stretchmed-loosen-upper-back'),
    (16, 'EVENING', 'MOBILITY',      10, true,  false, null),
    (17, 'EVENING', 'STRENGTHENING',  0, false, false, null),
    (18, 'EVENING', 'RELAXATION',    10, true,  true,  null);

-- StretchMed's light cardio, the first part of its warm-up: marching in place, heel digs, an easy walk, a few
-- minutes on a bike or elliptical. Two rules of Limber's own read this list (no article states either): a session
-- at a desk leaves light cardio out (an office has no room for it; the articles' desk moves are all done at the
-- chair or beside it), and an evening wind-down never borrows it, so it never turns into marching on the spot.
create table light_cardio (
    movement_slug  varchar(80) not null primary key references movement (slug)
);

insert into light_cardio (movement_slug) values
    ('marching-in-place'),
    ('heel-digs'),
    ('easy-walk'),
    ('low-resistance-cardio');
