-- Seeds a benchmark space: one organisation, one public space with the ideas board,
-- :members members (each with an API token "cct_bench<n>"), 100,000 ideas and 1,000,000
-- supports, with counts and hot scores consistent with the rows. Run once on an empty app
-- database started with COCREATE_DEMO=false.
\set ON_ERROR_STOP on
begin;
insert into member (email, handle, display_name, password_hash, email_verified_at)
select 'bench' || g || '@bench.test', 'bench' || g, 'Bench Member ' || g,
       '$argon2id$v=19$m=16384,t=2,p=1$YmVuY2hiZW5jaGJlbmNo$0000000000000000000000000000000000000000000', now()
from generate_series(1, :members) g;

insert into access_token (member_id, name, token_hash, prefix)
select m.id, 'bench', encode(sha256(convert_to('cct_bench' || substr(m.handle, 6), 'UTF8')), 'hex'), 'cct_bench'
from member m where m.handle like 'bench%';

insert into organisation (slug, name, kind, created_by)
select 'bench-org', 'Bench Organisation', 'BRAND', min(id) from member where handle like 'bench%';
insert into organisation_staff (organisation_id, member_id, role)
select o.id, o.created_by, 'OWNER' from organisation o where o.slug = 'bench-org';
insert into space (slug, name, description, visibility, organisation_id, created_by)
select 'bench', 'Bench Space', 'A space with one hundred thousand ideas.', 'PUBLIC', o.id, o.created_by
from organisation o where o.slug = 'bench-org';
insert into space_capability (space_id, capability) select id, 'ideas' from space where slug = 'bench';

-- ideas spread over the last year, all by one member without a token, so that no supporter in
-- the run is ever an idea's author (whose support is rightly refused with 409)
insert into member (email, handle, display_name, password_hash, email_verified_at)
values ('ideas-author@bench.test', 'ideasauthor', 'Author of the bench ideas',
        '$argon2id$v=19$m=16384,t=2,p=1$YmVuY2hiZW5jaGJlbmNo$0000000000000000000000000000000000000000000', now());
insert into idea (space_id, author_id, title, body, tags, hot, created_at)
select s.id, (select id from member where handle = 'ideasauthor'), 'Benchmark idea number ' || g || ' about ' || (array['bikes','parks','buses','trees','repair'])[1 + g % 5],
       'A body with **some** Markdown and a #tag' || (g % 50) || ' to render for the board excerpt. ' || repeat('More words. ', 10),
       array['tag' || (g % 50)], 0, now() - (g || ' minutes')::interval * 5
from space s, generate_series(1, 100000) g
where s.slug = 'bench';

-- 1,000,000 supports: each idea gets 10 distinct supporters
insert into idea_support (idea_id, member_id, created_at)
select i.id, b.m0 + ((i.id + k * 37) % :members), i.created_at + (k || ' minutes')::interval
from idea i, (select min(id) as m0 from member where handle like 'bench%') b, generate_series(1, 10) k
where i.space_id = (select id from space where slug = 'bench');

-- what the application keeps beside every support: the supporter follows the idea, and the vote is
-- recorded with its network origin for the fraud signals (so the run writes into tables of this size)
insert into idea_follower (idea_id, member_id, since)
select idea_id, member_id, created_at from idea_support s
where s.idea_id in (select id from idea where space_id = (select id from space where slug = 'bench'));
insert into vote_record (target_kind, target_id, member_id, origin, space_id, created_at)
select 'idea', s.idea_id, s.member_id, '127.0.0.1', (select id from space where slug = 'bench'), s.created_at
from idea_support s
where s.idea_id in (select id from idea where space_id = (select id from space where slug = 'bench'));

update idea i set support_count = c.n, hot = idea_hot(c.n, i.created_at)
from (select idea_id, count(*) as n from idea_support group by idea_id) c
where c.idea_id = i.id and i.space_id = (select id from space where slug = 'bench');
update idea set hot = idea_hot(0, created_at)
where support_count = 0 and space_id = (select id from space where slug = 'bench');
commit;
analyze;
select count(*) as ideas, sum(support_count) as supports from idea where space_id = (select id from space where slug = 'bench');
