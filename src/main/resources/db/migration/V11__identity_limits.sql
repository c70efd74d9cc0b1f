-- module: identity
-- The identity module's limits, counted in the database so that they hold across every node:
-- failed log-ins per account and per network origin (with the growing delay they earn), sign-ups
-- per origin, password-reset requests per account, mails per recipient address. One row per
-- counted thing; a row whose window has passed counts from zero again.
create table identity_limit (
    key           text        primary key,
    hits          integer     not null,
    window_start  timestamptz not null,
    blocked_until timestamptz
);
create index identity_limit_window on identity_limit (window_start);

-- A mailed one-time link that lifts the log-in delay of an account for its owner.
alter table email_token drop constraint email_token_purpose_check;
alter table email_token add constraint email_token_purpose_check
    check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL', 'UNLOCK_LOGIN'));
