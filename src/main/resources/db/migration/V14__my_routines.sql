-- My routines: which browser saved a routine, so that browser can list, rename, delete (and undo) and duplicate it.
-- owner_hash is the SHA-256 (hex) of the browser's identifier cookie, the same value logged_session keeps; the
-- identifier itself is never stored. owner_token is the routine's token sealed with AES-GCM under a key derived
-- from that identifier, so the list can link to each routine while a copy of the database still opens none.
-- deleted_at marks a routine deleted but still restorable from the list; such rows are purged after a while.
-- Routines saved before this migration have no owner: their private links work as before, they are in no list.
-- Plain SQL for H2 and PostgreSQL alike.

alter table saved_routine add column owner_hash varchar(64);
alter table saved_routine add column owner_token varchar(120);
alter table saved_routine add column deleted_at timestamp;

create index saved_routine_owner on saved_routine (owner_hash, updated_at);
create index saved_routine_deleted on saved_routine (deleted_at);
