-- Up to four pictures on an idea, re-encoded by Cocreate (shared.Images) before they are stored;
-- an image never changes once stored, so it is served with a long cache lifetime.
create table idea_image (
    id            bigserial primary key,
    idea_id       bigint      not null references idea (id) on delete cascade,
    position      smallint    not null check (position between 1 and 4),
    bytes         bytea       not null,
    content_type  text        not null,
    width         int         not null,
    height        int         not null,
    alt           text        not null default '' check (length(alt) <= 300),
    added_by      bigint      not null references member (id),
    added_at      timestamptz not null default now(),
    unique (idea_id, position)
);
