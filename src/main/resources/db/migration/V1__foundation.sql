-- Foundation: members, organisations, spaces, follows, the activity feed, tags, mail,
-- plus the tables Spring Session and Spring Modulith's event registry need.

create extension if not exists pg_trgm;

create table member (
    id                bigint generated always as identity primary key,
    email             varchar(254) not null,
    handle            varchar(30)  not null,
    display_name      varchar(80)  not null,
    password_hash     varchar(255) not null,
    email_verified_at timestamptz,
    locale            varchar(10)  not null default 'en',
    bio               text         not null default '',
    links             text         not null default '',
    avatar_version    integer      not null default 0,
    platform_admin    boolean      not null default false,
    created_at        timestamptz  not null default now(),
    version           integer      not null default 0,
    constraint member_handle_format check (handle ~ '^[A-Za-z0-9_]{3,30}$'),
    constraint member_bio_length check (length(bio) <= 5000)
);
create unique index member_email_key on member (lower(email));
create unique index member_handle_key on member (lower(handle));

create table member_avatar (
    member_id    bigint primary key references member (id) on delete cascade,
    image        bytea       not null,
    content_type varchar(40) not null,
    updated_at   timestamptz not null default now()
);

-- Single-use links mailed to a member: verify an address, reset a password, confirm a new address.
create table email_token (
    token_hash  char(64) primary key,
    member_id   bigint      not null references member (id) on delete cascade,
    purpose     varchar(20) not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    email       varchar(254) not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index email_token_member on email_token (member_id, purpose);

create table access_token (
    id           bigint generated always as identity primary key,
    member_id    bigint       not null references member (id) on delete cascade,
    name         varchar(80)  not null,
    token_hash   char(64)     not null unique,
    prefix       varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_token_member on access_token (member_id);

-- Remember-me tokens (Spring Security's persistent token scheme), shared by every node.
create table persistent_logins (
    username  varchar(254) not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);

create table organisation (
    id          bigint generated always as identity primary key,
    slug        varchar(60)  not null unique,
    name        varchar(100) not null,
    kind        varchar(20)  not null check (kind in ('BRAND', 'CITY', 'NGO', 'OTHER')),
    description text         not null default '',
    website     varchar(300) not null default '',
    verified    boolean      not null default false,
    created_by  bigint       not null references member (id),
    created_at  timestamptz  not null default now(),
    version     integer      not null default 0
);

create table organisation_staff (
    organisation_id bigint      not null references organisation (id) on delete cascade,
    member_id       bigint      not null references member (id) on delete cascade,
    role            varchar(20) not null check (role in ('OWNER', 'ADMIN', 'MODERATOR', 'RESPONDER')),
    since           timestamptz not null default now(),
    primary key (organisation_id, member_id)
);
create index organisation_staff_member on organisation_staff (member_id);

create table organisation_invitation (
    id              bigint generated always as identity primary key,
    organisation_id bigint       not null references organisation (id) on delete cascade,
    member_id       bigint references member (id) on delete cascade,
    email           varchar(254),
    role            varchar(20)  not null check (role in ('OWNER', 'ADMIN', 'MODERATOR', 'RESPONDER')),
    status          varchar(20)  not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED')),
    invited_by      bigint       not null references member (id),
    created_at      timestamptz  not null default now(),
    decided_at      timestamptz,
    constraint invitation_has_invitee check (member_id is not null or email is not null)
);
create unique index invitation_pending_member on organisation_invitation (organisation_id, member_id) where status = 'PENDING';
create unique index invitation_pending_email on organisation_invitation (organisation_id, lower(email)) where status = 'PENDING';

create table space (
    id              bigint generated always as identity primary key,
    slug            varchar(60)  not null unique,
    name            varchar(100) not null,
    description     text         not null default '',
    visibility      varchar(10)  not null check (visibility in ('PUBLIC', 'UNLISTED', 'PRIVATE')),
    organisation_id bigint references organisation (id) on delete cascade,
    created_by      bigint       not null references member (id),
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0
);
create index space_organisation on space (organisation_id);

create table space_capability (
    space_id   bigint      not null references space (id) on delete cascade,
    capability varchar(40) not null,
    primary key (space_id, capability)
);

-- Members of a space. A community (a space without an organisation) has at least one OWNER.
create table space_member (
    space_id  bigint      not null references space (id) on delete cascade,
    member_id bigint      not null references member (id) on delete cascade,
    role      varchar(10) not null check (role in ('OWNER', 'MEMBER')),
    joined_at timestamptz not null default now(),
    primary key (space_id, member_id)
);
create index space_member_member on space_member (member_id);

create table tag (
    name       varchar(50) primary key,
    created_at timestamptz not null default now()
);

create table follow (
    follower_id bigint      not null references member (id) on delete cascade,
    target_kind varchar(20) not null,
    target_key  varchar(100) not null,
    created_at  timestamptz not null default now(),
    primary key (follower_id, target_kind, target_key)
);
create index follow_target on follow (target_kind, target_key);

-- What happened, for home feeds: one row per event, one target row per thing it concerns.
create table activity (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor_id    bigint references member (id) on delete cascade,
    message     varchar(80)  not null,
    args        text[]       not null default '{}',
    link        varchar(300) not null,
    excerpt     varchar(300) not null default '',
    visibility  varchar(80)  not null default 'PUBLIC',
    event_key   varchar(120) not null unique
);
create index activity_recent on activity (occurred_at desc, id desc);

create table activity_target (
    activity_id bigint       not null references activity (id) on delete cascade,
    target_kind varchar(20)  not null,
    target_key  varchar(100) not null,
    primary key (target_kind, target_key, activity_id)
);
create index activity_target_activity on activity_target (activity_id);

-- The development mailbox: mail kept here instead of sent when no SMTP server is configured.
create table dev_mail (
    id         bigint generated always as identity primary key,
    recipient  varchar(254) not null,
    subject    varchar(300) not null,
    body       text         not null,
    created_at timestamptz  not null default now()
);

-- Spring Session JDBC (stateless application nodes).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- Spring Modulith's event publication registry: events between modules survive crashes.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
