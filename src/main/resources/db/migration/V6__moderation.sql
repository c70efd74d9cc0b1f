-- Moderation: reports and review cases, the append-only audit log, sanctions, appeals, spam
-- examples labelled by moderators, the recent posts the spam signals read, and the votes the
-- vote-fraud signals read. Content is named by (content_kind, content_id) only: moderation never
-- reads the tables of the modules it moderates.

-- One review case per piece of content; reports and spam holds open it, a decision closes it.
create table moderation_case (
    id            bigint generated always as identity primary key,
    content_kind  varchar(30)  not null,
    content_id    bigint       not null,
    author_id     bigint       not null,
    space_slug    varchar(60),
    excerpt       text         not null,
    link          varchar(300) not null,
    status        varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    -- what readers see of the content right now
    content_state varchar(10)  not null default 'VISIBLE' check (content_state in ('VISIBLE', 'HIDDEN', 'HELD')),
    report_count  integer      not null default 0 check (report_count >= 0),
    -- a moderator restored or approved it: reports still reach the queue but no longer hide it by themselves
    reviewed      boolean      not null default false,
    spam_score    double precision,
    signals       text[]       not null default '{}',
    opened_at     timestamptz  not null default now(),
    closed_at     timestamptz,
    unique (content_kind, content_id)
);
create index moderation_case_queue on moderation_case (space_slug, opened_at) where status = 'OPEN';
create index moderation_case_author on moderation_case (author_id);

-- One report per member per content: the unique key is the rule.
create table moderation_report (
    id          bigint generated always as identity primary key,
    case_id     bigint        not null references moderation_case (id),
    reporter_id bigint        not null references member (id) on delete cascade,
    reason      varchar(20)   not null
        check (reason in ('SPAM', 'HARASSMENT', 'HATE', 'MISINFORMATION', 'OFF_TOPIC', 'ILLEGAL', 'OTHER')),
    note        varchar(1000) not null default '',
    created_at  timestamptz   not null default now(),
    unique (case_id, reporter_id)
);

-- The audit log: every moderation action with its reason. Append-only: the trigger below refuses
-- UPDATE and DELETE whoever asks, so the history cannot be rewritten. No foreign keys to member,
-- so that it outlives deleted accounts.
create table moderation_action (
    id           bigint generated always as identity primary key,
    created_at   timestamptz  not null default now(),
    actor_id     bigint,                      -- null: the platform (automatic hide, spam hold)
    action       varchar(20)  not null check (action in ('HIDE', 'AUTO_HIDE', 'HOLD', 'RESTORE', 'APPROVE', 'REJECT',
                                                         'WARN', 'SUSPEND', 'BAN', 'LIFT', 'VOID_VOTES',
                                                         'APPEAL_GRANTED', 'APPEAL_DENIED')),
    case_id      bigint references moderation_case (id),
    content_kind varchar(30),
    content_id   bigint,
    member_id    bigint,                      -- whom it concerns: the author or the sanctioned member
    space_slug   varchar(60),
    reason       text         not null check (length(btrim(reason)) between 1 and 2000),
    until        timestamptz,
    details      text         not null default ''
);
create index moderation_action_space on moderation_action (space_slug, id desc);
create index moderation_action_member on moderation_action (member_id, id desc);
create index moderation_action_content on moderation_action (content_kind, content_id, id);

create function moderation_action_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'moderation_action is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger moderation_action_append_only before update or delete on moderation_action
    for each row execute function moderation_action_append_only();
create trigger moderation_action_no_truncate before truncate on moderation_action
    for each statement execute function moderation_action_append_only();

-- Suspensions (until a time) and bans (until null). A sanction ends by itself when its time passes,
-- or is lifted by an appeal or an admin.
create table member_sanction (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null references member (id) on delete cascade,
    kind       varchar(10) not null check (kind in ('SUSPEND', 'BAN')),
    until      timestamptz,
    action_id  bigint      not null references moderation_action (id),
    lifted_at  timestamptz,
    constraint member_sanction_until check ((kind = 'BAN') = (until is null))
);
create index member_sanction_active on member_sanction (member_id) where lifted_at is null;

-- One appeal per action; a different moderator than the one who acted decides it.
create table moderation_appeal (
    id           bigint generated always as identity primary key,
    action_id    bigint        not null unique references moderation_action (id),
    appellant_id bigint        not null references member (id) on delete cascade,
    statement    varchar(4000) not null,
    status       varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'GRANTED', 'DENIED')),
    created_at   timestamptz   not null default now(),
    decided_by   bigint,
    decided_at   timestamptz,
    decision     text
);
create index moderation_appeal_pending on moderation_appeal (created_at) where status = 'PENDING';

-- Moderators' decisions on held items, kept as labelled examples to retrain the spam classifier.
create table spam_example (
    id           bigint generated always as identity primary key,
    text         text        not null,
    spam         boolean     not null,
    content_kind varchar(30) not null,
    content_id   bigint      not null,
    action_id    bigint      not null references moderation_action (id),
    created_at   timestamptz not null default now()
);

-- What each member posted recently, as fingerprints: the repetition and posting-rate signals.
create table moderation_post (
    member_id   bigint      not null references member (id) on delete cascade,
    fingerprint char(32)    not null,
    long_text   boolean     not null,
    created_at  timestamptz not null default now()
);
create index moderation_post_member on moderation_post (member_id, created_at);

-- Votes with the network origin they came from, for the vote-fraud signals.
create table vote_record (
    target_kind varchar(30) not null,
    target_id   bigint      not null,
    member_id   bigint      not null references member (id) on delete cascade,
    origin      varchar(64) not null,
    space_id    bigint references space (id) on delete cascade,
    created_at  timestamptz not null default now(),
    voided_at   timestamptz,
    void_action bigint references moderation_action (id),
    primary key (target_kind, target_id, member_id)
);
create index vote_record_space on vote_record (space_id, created_at);
create index vote_record_member on vote_record (member_id);

-- The ideas module's side of the contract: held and hidden ideas and comments (null: visible).
alter table idea add column moderation varchar(10) check (moderation in ('HELD', 'HIDDEN'));
alter table idea_comment add column moderation varchar(10) check (moderation in ('HELD', 'HIDDEN'));
