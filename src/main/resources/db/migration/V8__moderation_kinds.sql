-- Budget projects, requests and bids join moderation: null (visible) or HIDDEN. Hidden content is
-- shown to others as a placeholder; the author (and, for projects, the space's staff) still see it.
alter table budget_project add column moderation varchar(8) check (moderation in ('HELD', 'HIDDEN'));
alter table request add column moderation varchar(8) check (moderation in ('HELD', 'HIDDEN'));
alter table bid add column moderation varchar(8) check (moderation in ('HELD', 'HIDDEN'));
-- Set when moderators void ballots after the outcome was computed: the outcome no longer matches the ballots.
alter table budget add column results_stale boolean not null default false;
