-- A session logged offline is sent again until an answer comes back (docs/offline.md): the browser's outbox sends
-- one key per finished session (Idempotency-Key), and a repeat of a key is answered without storing again. NULL
-- for sessions logged by a plain form post (no script); a unique index allows any number of NULLs on H2 and
-- PostgreSQL alike.
alter table logged_session add column idempotency_key varchar(64);
create unique index logged_session_idempotency_key on logged_session (idempotency_key);
