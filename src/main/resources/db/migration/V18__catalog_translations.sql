-- Translations of the catalog's words, stored beside the English rows they translate (English stays the fallback).
-- One row per translated English row and language; `lang` is a supported language tag other than English ('es').
-- Only words are translated: every figure (seconds, reps, sets, sides, equipment, order) lives in the English rows,
-- and the articles' titles and their names for a movement (movement_source.name_in_article) are cited as published.
-- The composite foreign keys keep a translation from outliving, or pointing past, the row it translates.

create table movement_text (
    movement_id     integer      not null references movement (id),
    lang            varchar(10)  not null,
    name            varchar(200) not null,
    summary         varchar(500) not null,
    feel_it         varchar(800) not null,
    -- null exactly where the English sources_differ is null
    sources_differ  varchar(1000),
    primary key (movement_id, lang)
);

create table movement_step_text (
    movement_id  integer       not null,
    step_no      integer       not null,
    lang         varchar(10)   not null,
    instruction  varchar(1000) not null,
    primary key (movement_id, step_no, lang),
    foreign key (movement_id, step_no) references movement_step (movement_id, step_no)
);

create table movement_caution_text (
    movement_id  integer       not null,
    caution_no   integer       not null,
    lang         varchar(10)   not null,
    caution      varchar(1000) not null,
    primary key (movement_id, caution_no, lang),
    foreign key (movement_id, caution_no) references movement_caution (movement_id, caution_no)
);

create table movement_cue_text (
    movement_id  integer      not null,
    cue_no       integer      not null,
    lang         varchar(10)  not null,
    cue          varchar(500) not null,
    primary key (movement_id, cue_no, lang),
    foreign key (movement_id, cue_no) references movement_cue (movement_id, cue_no)
);

-- The article's figures for the movement, in words ("hold 30 seconds, 3 times"): the numbers stay the article's.
create table movement_source_text (
    movement_id  integer       not null,
    article_id   integer       not null,
    lang         varchar(10)   not null,
    figures      varchar(1000) not null,
    primary key (movement_id, article_id, lang),
    foreign key (movement_id, article_id) references movement_source (movement_id, article_id)
);

create table guidance_text (
    guidance_id  integer       not null references guidance (id),
    lang         varchar(10)   not null,
    title        varchar(250)  not null,
    body         varchar(3000) not null,
    primary key (guidance_id, lang)
);

create table guidance_point_text (
    guidance_id  integer       not null,
    point_no     integer       not null,
    lang         varchar(10)   not null,
    point        varchar(1000) not null,
    primary key (guidance_id, point_no, lang),
    foreign key (guidance_id, point_no) references guidance_point (guidance_id, point_no)
);
