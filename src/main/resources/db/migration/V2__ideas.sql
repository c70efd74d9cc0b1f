-- Ideas board: ideas, their supports, revisions, status timeline, comments and followers,
-- plus each space's threshold-and-promise settings.

-- An idea that reaches support_threshold supports must be answered within answer_days.
create table idea_space_settings (
    space_id          bigint  primary key references space (id) on delete cascade,
    support_threshold integer not null default 10 check (support_threshold between 1 and 1000000),
    answer_days       integer not null default 30 check (answer_days between 1 and 365)
);

create table idea (
    id                   bigint generated always as identity primary key,
    space_id             bigint        not null references space (id) on delete cascade,
    author_id            bigint        not null references member (id),
    title                varchar(150)  not null,
    body                 text          not null default '',
    tags                 text[]        not null default '{}',
    status               varchar(20)   not null default 'OPEN'
        check (status in ('OPEN', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'MERGED')),
    merged_into          bigint references idea (id),
    -- Kept by the same transaction that inserts or deletes an idea_support row, never recomputed lazily.
    support_count        integer       not null default 0 check (support_count >= 0),
    comment_count        integer       not null default 0 check (comment_count >= 0),
    -- Time-decayed support (log10 of supports + posting time in units of 12.5 hours): ordering by it is
    -- "hot" without rewriting rows as time passes, so the board can page by keyset on an index.
    hot                  double precision not null,
    revision             integer       not null default 1,
    threshold_reached_at timestamptz,
    answer_due_at        timestamptz,
    first_answered_at    timestamptz,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    deleted_at           timestamptz,
    version              integer       not null default 0,
    constraint idea_title_length check (length(title) between 1 and 150),
    constraint idea_body_length check (length(body) <= 20000),
    constraint idea_merged_consistent check ((status = 'MERGED') = (merged_into is not null)),
    constraint idea_not_merged_into_itself check (merged_into <> id)
);
create index idea_space_new on idea (space_id, id desc) where deleted_at is null and merged_into is null;
create index idea_space_hot on idea (space_id, hot desc, id desc) where deleted_at is null and merged_into is null;
create index idea_space_top on idea (space_id, support_count desc, id desc) where deleted_at is null and merged_into is null;
create index idea_space_discussed on idea (space_id, comment_count desc, id desc) where deleted_at is null and merged_into is null;
create index idea_space_controversial on idea (space_id, (comment_count::float8 / (support_count + 1)) desc, id desc)
    where deleted_at is null and merged_into is null;
create index idea_tags on idea using gin (tags);
create index idea_title_trgm on idea using gin (title gin_trgm_ops);
create index idea_author on idea (author_id);
create index idea_due on idea (answer_due_at) where first_answered_at is null and answer_due_at is not null;

-- One support per member per idea: the primary key is the rule, whatever the application does.
create table idea_support (
    idea_id    bigint      not null references idea (id) on delete cascade,
    member_id  bigint      not null references member (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (idea_id, member_id)
);
create index idea_support_member on idea_support (member_id);
create index idea_support_recent on idea_support (created_at, idea_id);

-- Followers of an idea. A member who turned following off keeps a row with active = false, so that
-- supporting or commenting later does not switch it back on.
create table idea_follower (
    idea_id   bigint      not null references idea (id) on delete cascade,
    member_id bigint      not null references member (id) on delete cascade,
    active    boolean     not null default true,
    since     timestamptz not null default now(),
    primary key (idea_id, member_id)
);
create index idea_follower_member on idea_follower (member_id);

-- Every version of an idea's text; revision 1 is what was posted.
create table idea_revision (
    idea_id    bigint       not null references idea (id) on delete cascade,
    number     integer      not null,
    title      varchar(150) not null,
    body       text         not null,
    author_id  bigint       not null references member (id),
    created_at timestamptz  not null default now(),
    primary key (idea_id, number)
);

-- The public answers: each status change with its required response text.
create table idea_status_change (
    id            bigint generated always as identity primary key,
    idea_id       bigint      not null references idea (id) on delete cascade,
    from_status   varchar(20) not null,
    to_status     varchar(20) not null,
    response      text        not null,
    responder_id  bigint      not null references member (id),
    merged_into   bigint references idea (id),
    created_at    timestamptz not null default now(),
    constraint idea_status_change_response check (length(btrim(response)) between 1 and 5000)
);
create index idea_status_change_idea on idea_status_change (idea_id, id);

-- Comments, two levels: a reply's parent is always a top-level comment.
create table idea_comment (
    id           bigint generated always as identity primary key,
    idea_id      bigint      not null references idea (id) on delete cascade,
    parent_id    bigint references idea_comment (id),
    author_id    bigint      not null references member (id),
    body         text        not null,
    upvote_count integer     not null default 0 check (upvote_count >= 0),
    created_at   timestamptz not null default now(),
    edited_at    timestamptz,
    deleted_at   timestamptz,
    constraint idea_comment_body_length check (length(body) <= 10000)
);
create index idea_comment_idea on idea_comment (idea_id, id);

create table idea_comment_vote (
    comment_id bigint      not null references idea_comment (id) on delete cascade,
    member_id  bigint      not null references member (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (comment_id, member_id)
);

-- Edits proposed by other members; the author accepts (a new revision by the proposer, who is
-- then credited as co-author) or rejects them.
create table idea_edit_proposal (
    id            bigint generated always as identity primary key,
    idea_id       bigint       not null references idea (id) on delete cascade,
    proposer_id   bigint       not null references member (id),
    base_revision integer      not null,
    title         varchar(150) not null,
    body          text         not null,
    note          varchar(500) not null default '',
    status        varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    created_at    timestamptz  not null default now(),
    decided_at    timestamptz
);
create index idea_edit_proposal_idea on idea_edit_proposal (idea_id, id);

create table idea_coauthor (
    idea_id   bigint      not null references idea (id) on delete cascade,
    member_id bigint      not null references member (id) on delete cascade,
    since     timestamptz not null default now(),
    primary key (idea_id, member_id)
);
