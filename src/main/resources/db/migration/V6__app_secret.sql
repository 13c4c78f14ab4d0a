-- Secrets every instance must share, made once by whichever instance needs one first (see system.SharedSecrets):
-- e.g. the key that signs the flash-message cookie, so that a message set by one instance shows on another with
-- no configuration. Plain SQL for H2 and PostgreSQL alike.

create table app_secret (
    name        varchar(40)  not null primary key,
    -- base64url of 32 random bytes
    secret      varchar(64)  not null,
    created_at  timestamp    not null
);
