-- Community budgets: a budget in a space, its projects, one ballot per voter, and the outcome
-- computed once when the budget enters RESULTS (so it never changes afterwards).

create table budget (
    id                     bigint generated always as identity primary key,
    space_id               bigint        not null references space (id) on delete cascade,
    name                   varchar(150)  not null,
    description            text          not null default '',
    amount                 numeric       not null check (amount >= 0),
    currency               varchar(3)    not null,
    -- a rule name as pabulib writes it (equalshares/add1, greedy, ...) and the Equal Shares utility
    rule                   varchar(40)   not null,
    utility                varchar(12)   not null default 'COST' check (utility in ('COST', 'CARDINALITY')),
    min_score              numeric,
    ballot_type            varchar(12)   not null
        check (ballot_type in ('APPROVAL', 'KNAPSACK', 'CUMULATIVE', 'ORDINAL', 'SCORING')),
    min_count              integer check (min_count >= 0),
    max_count              integer check (max_count >= 1),
    max_points_per_project integer check (max_points_per_project >= 1),
    max_points_total       integer check (max_points_total >= 1),
    phase                  varchar(10)   not null default 'PROPOSALS'
        check (phase in ('PROPOSALS', 'REVIEW', 'VOTING', 'RESULTS')),
    -- when each phase ends on its own (null: when staff move it on)
    proposals_end          timestamptz,
    review_end             timestamptz,
    voting_end             timestamptz,
    phase_changed_at       timestamptz   not null default now(),
    -- pabulib import: the file's META pairs and column headers, so that export writes it back as read
    imported               boolean       not null default false,
    pb_meta_keys           text[],
    pb_meta_values         text[],
    pb_project_columns     text[],
    pb_vote_columns        text[],
    -- the outcome, written once on entering RESULTS
    result_rule            varchar(40),
    result_total           numeric,
    result_voters          integer,
    result_notes           text[],
    results_at             timestamptz,
    created_by             bigint        not null references member (id),
    created_at             timestamptz   not null default now(),
    version                integer       not null default 0,
    constraint budget_counts check (min_count is null or max_count is null or min_count <= max_count),
    constraint budget_points check (max_points_per_project is null or max_points_total is null
        or max_points_per_project <= max_points_total),
    constraint budget_dates check ((proposals_end is null or review_end is null or proposals_end < review_end)
        and (review_end is null or voting_end is null or review_end < voting_end)
        and (proposals_end is null or voting_end is null or proposals_end < voting_end))
);
create index budget_space on budget (space_id, id desc);
create index budget_due on budget (phase) where phase <> 'RESULTS';

create table budget_project (
    id             bigint generated always as identity primary key,
    budget_id      bigint       not null references budget (id) on delete cascade,
    -- the pabulib project_id of an imported project
    pb_id          text,
    title          text         not null check (length(title) between 1 and 1000),
    description    text         not null default '',
    cost           numeric      not null check (cost >= 0),
    proposer_id    bigint references member (id) on delete set null,
    idea_id        bigint,
    review         varchar(12)  not null default 'PENDING' check (review in ('PENDING', 'FEASIBLE', 'NOT_FEASIBLE')),
    review_reason  text,
    reviewed_by    bigint references member (id) on delete set null,
    reviewed_at    timestamptz,
    pb_values      text[],
    -- the outcome: funded or not, the tally, and why, as message keys with arguments
    funded         boolean,
    votes          integer,
    score          numeric,
    explanation    jsonb,
    created_at     timestamptz  not null default now(),
    constraint budget_project_pb_id unique (budget_id, pb_id),
    constraint budget_project_reason check (review <> 'NOT_FEASIBLE' or review_reason is not null)
);
create index budget_project_budget on budget_project (budget_id, id);
create unique index budget_project_idea on budget_project (budget_id, idea_id) where idea_id is not null;

-- One ballot per member per budget: the unique key is the rule, whatever the application does.
-- Imported ballots have no member, only the file's voter id (also unique per budget).
create table budget_ballot (
    id          bigint generated always as identity primary key,
    budget_id   bigint       not null references budget (id) on delete cascade,
    member_id   bigint references member (id) on delete cascade,
    voter_ref   text,
    -- the projects in the order the ballot lists them; points parallel to them (cumulative, scoring)
    project_ids bigint[]     not null,
    points      numeric[],
    pb_values   text[],
    cast_at     timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint budget_ballot_voter check (member_id is not null or voter_ref is not null),
    constraint budget_ballot_member unique (budget_id, member_id),
    constraint budget_ballot_ref unique (budget_id, voter_ref)
);
create index budget_ballot_member_id on budget_ballot (member_id);
