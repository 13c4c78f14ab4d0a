-- The stretch catalog. Flyway owns this schema; Hibernate only validates it.
-- Written once for H2 and PostgreSQL alike: plain types, explicit ids (the content is seeded, never user-made).

create table article (
    id          integer      not null primary key,
    code        varchar(40)  not null unique,
    title       varchar(200) not null,
    publisher   varchar(100),
    seed_file   varchar(60)  not null
);

create table movement (
    id                    integer      not null primary key,
    slug                  varchar(80)  not null unique,
    name                  varchar(120) not null,
    summary               varchar(300) not null,
    -- WARM_UP, RELEASE, STRETCH, MOBILITY, STRENGTHENING, RELAXATION
    block                 varchar(20)  not null,
    -- DYNAMIC, STATIC
    style                 varchar(10)  not null,
    -- STANDING, SEATED, ALL_FOURS, KNEELING, LYING, FLOOR_SITTING
    body_position         varchar(20)  not null,
    feel_it               varchar(500) not null,
    -- dosage: every range is min..max; a null pair means "not part of this movement's dosage"
    hold_min_seconds      integer,
    hold_max_seconds      integer,
    reps_min              integer,
    reps_max              integer,
    sets_min              integer      not null,
    sets_max              integer      not null,
    each_side             boolean      not null,
    duration_min_seconds  integer,
    duration_max_seconds  integer,
    times_per_week_min    integer,
    times_per_week_max    integer,
    -- false where no article gives a count and Limber chose a conservative default (said so on the page)
    dosage_from_article   boolean      not null,
    -- where the articles' figures for this movement differ, in plain words
    sources_differ        varchar(600),
    sort_order            integer      not null
);

create table movement_step (
    movement_id  integer      not null references movement (id),
    step_no      integer      not null,
    instruction  varchar(600) not null,
    primary key (movement_id, step_no)
);

-- Equipment a movement needs. Rows sharing an option_group are alternatives (any one will do);
-- every group must be satisfied. No rows: no equipment.
create table movement_equipment (
    movement_id   integer     not null references movement (id),
    equipment     varchar(30) not null,
    option_group  integer     not null,
    primary key (movement_id, equipment)
);

create table movement_area (
    movement_id  integer     not null references movement (id),
    area         varchar(30) not null,
    primary key (movement_id, area)
);

create table movement_muscle (
    movement_id  integer     not null references movement (id),
    muscle       varchar(30) not null,
    primary key (movement_id, muscle)
);

-- Times of day a movement suits: MORNING, MIDDAY, EVENING
create table movement_slot (
    movement_id  integer     not null references movement (id),
    slot         varchar(10) not null,
    primary key (movement_id, slot)
);

create table movement_caution (
    movement_id  integer      not null references movement (id),
    caution_no   integer      not null,
    caution      varchar(600) not null,
    primary key (movement_id, caution_no)
);

-- User-chosen cautions that rule this movement out: LOWER_BACK, NECK, WRISTS_KNEES
create table movement_exclusion (
    movement_id  integer     not null references movement (id),
    caution      varchar(20) not null,
    primary key (movement_id, caution)
);

-- Stored both ways (a test holds that). kind: EASIER, HARDER, OTHER_EQUIPMENT, RELATED (as seen from movement_id)
create table movement_variation (
    movement_id   integer     not null references movement (id),
    variation_id  integer     not null references movement (id),
    kind          varchar(20) not null,
    primary key (movement_id, variation_id)
);

create table movement_source (
    movement_id      integer      not null references movement (id),
    article_id       integer      not null references article (id),
    name_in_article  varchar(160) not null,
    figures          varchar(600) not null,
    primary key (movement_id, article_id)
);

-- The articles' general guidance: warming up, breathing, red flags, desk set-up, sleep, posture types...
create table guidance (
    id          integer       not null primary key,
    slug        varchar(80)   not null unique,
    topic       varchar(30)   not null,
    title       varchar(160)  not null,
    body        varchar(2000) not null,
    sort_order  integer       not null
);

create table guidance_point (
    guidance_id  integer      not null references guidance (id),
    point_no     integer      not null,
    point        varchar(600) not null,
    primary key (guidance_id, point_no)
);

create table guidance_source (
    guidance_id  integer not null references guidance (id),
    article_id   integer not null references article (id),
    primary key (guidance_id, article_id)
);

create index ix_movement_block on movement (block);
