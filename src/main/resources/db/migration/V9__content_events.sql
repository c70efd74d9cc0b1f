-- The platform contract: one public content event (module `content`) and the projections its
-- consumers keep of it. Each table belongs to the module named in its comment; no module's SQL
-- reads another's (ModuleTableOwnershipTest).

-- content: the public activity stream, one row per content event, in the order they were recorded.
create table content_event (
    seq          bigint generated always as identity primary key,
    event_key    varchar(160) not null unique,
    kind         varchar(30)  not null,
    content_id   bigint       not null,
    type         varchar(20)  not null,
    space_slug   varchar(60),
    actor_handle varchar(40),
    title        varchar(300) not null default '',
    summary      varchar(500) not null default '',
    url          varchar(500) not null,
    language     varchar(10)  not null,
    tags         text[]       not null default '{}',
    counts       jsonb        not null default '{}',
    occurred_at  timestamptz  not null
);
create index content_event_space on content_event (space_slug, seq);
create index content_event_kind on content_event (kind, seq);
create index content_event_item on content_event (kind, content_id);

-- content: the latest moderation state of an item (HIDDEN, REMOVED or RESTORED) and when it took
-- effect, so events that arrive out of order cannot undo a later one.
create table content_state (
    content_kind varchar(30) not null,
    content_id   bigint      not null,
    state        varchar(20) not null,
    at           timestamptz not null,
    primary key (content_kind, content_id)
);

-- content: what the stream knows of spaces: their latest visibility, by the time it changed.
create table content_space (
    slug       varchar(60) primary key,
    visibility varchar(10) not null,
    changed_at timestamptz not null
);
insert into content_space (slug, visibility, changed_at) select slug, visibility, created_at from space;

-- following: the feed learns which item and space an activity is about, and keeps the same two
-- projections so a hide, a removal or a space turned private reaches every feed and tag page.
alter table activity add column content_kind varchar(30);
alter table activity add column content_id bigint;
alter table activity add column space_slug varchar(60);
update activity a set space_slug = t.target_key
  from activity_target t where t.activity_id = a.id and t.target_kind = 'SPACE';
update activity set content_kind = 'idea', content_id = split_part(event_key, ':', 2)::bigint
  where event_key like 'idea-posted:%' or event_key like 'idea-status:%';
update activity set content_kind = 'request', content_id = split_part(event_key, ':', 2)::bigint
  where event_key like 'request-posted:%' or event_key like 'request-awarded:%';
update activity set content_kind = 'project', content_id = split_part(event_key, ':', 2)::bigint
  where event_key like 'budget-project:%';
create index activity_content on activity (content_kind, content_id);
create index activity_space on activity (space_slug);

create table activity_content_state (
    content_kind varchar(30) not null,
    content_id   bigint      not null,
    state        varchar(20) not null,
    at           timestamptz not null,
    primary key (content_kind, content_id)
);

create table activity_space_visibility (
    slug       varchar(60) primary key,
    visibility varchar(10) not null,
    changed_at timestamptz not null
);
insert into activity_space_visibility (slug, visibility, changed_at) select slug, visibility, created_at from space;

-- following: what was hidden or removed before this migration leaves feeds and tag counts at
-- once (a one-time backfill from the owners' tables; from now on the content events say it).
insert into activity_content_state (content_kind, content_id, state, at)
select 'idea', id, case when deleted_at is not null then 'REMOVED' else 'HIDDEN' end, now()
  from idea where deleted_at is not null or moderation = 'HIDDEN'
union all
select 'request', id, 'HIDDEN', now() from request where moderation = 'HIDDEN'
union all
select 'project', id, 'HIDDEN', now() from budget_project where moderation = 'HIDDEN';

-- notifications: a notice may concern one item; while that item is withdrawn, the notice is not shown.
alter table notification add column content_kind varchar(30);
alter table notification add column content_id bigint;
create index notification_content on notification (content_kind, content_id) where content_kind is not null;

create table notification_content_state (
    content_kind varchar(30) not null,
    content_id   bigint      not null,
    state        varchar(20) not null,
    at           timestamptz not null,
    primary key (content_kind, content_id)
);
-- notifications: the notices stored before this migration learn their item from their key, and
-- those about items already hidden or removed stop showing (a one-time backfill, as above).
update notification set content_kind = 'idea', content_id = split_part(notice_key, ':', 2)::bigint
  where notice_key like 'idea-status:%';
update notification set content_kind = 'request', content_id = split_part(notice_key, ':', 2)::bigint
  where notice_key like 'request-posted:%' or notice_key like 'request-awarded:%' or notice_key like 'request-closed:%';
update notification set content_kind = 'project', content_id = split_part(notice_key, ':', 2)::bigint
  where notice_key like 'budget-review:%';
insert into notification_content_state (content_kind, content_id, state, at)
select content_kind, content_id, state, at from activity_content_state;

-- ideas: one rule, one place: how "hot" an idea is, from its supports and its age (Reddit's formula:
-- each tenfold support counts as much as 12.5 hours of freshness). Used by every statement that
-- writes idea.hot.
create function idea_hot(supports bigint, created timestamptz) returns double precision
    language sql immutable parallel safe
    return log(greatest(supports, 1)) + extract(epoch from created) / 45000;
