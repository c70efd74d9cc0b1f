-- In-app notifications: one row per recipient of a notice, a snapshot of the sentence and link,
-- so the inbox never calls back into the module that published it.
create table notification (
    id          bigserial primary key,
    member_id   bigint      not null references member (id) on delete cascade,
    notice_key  text        not null,
    actor_id    bigint      references member (id) on delete set null,
    message     text        not null,
    args        text[]      not null,
    link        text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz,
    -- A redelivered event notifies nobody twice.
    unique (member_id, notice_key)
);

-- The inbox, newest first, and the unread badge on every page a member sees.
create index notification_inbox on notification (member_id, id desc);
create index notification_unread on notification (member_id) where read_at is null;
