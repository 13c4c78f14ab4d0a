-- An Idempotency-Key is the browser's own (outbox.js makes one per finished session): a repeat is looked for, and
-- kept unique, within the browser's history only. Unique across all browsers, a key another browser had used
-- answered "logged" and stored nothing, and handed back that browser's session.
drop index logged_session_idempotency_key;
create unique index logged_session_owner_idempotency_key on logged_session (owner_hash, idempotency_key);
