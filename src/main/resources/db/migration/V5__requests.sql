-- Requests and reverse auctions: members post what they need, others join with their own
-- quantity, verified seller organisations bid, the auction closes exactly once and is awarded
-- at most once; then a private thread, completion and ratings.

-- The seller registry: a verified organisation that sells, the categories it follows, and which
-- of its staff may bid for it (its owners and admins always may).
create table seller (
    organisation_id bigint      primary key references organisation (id) on delete cascade,
    registered_by   bigint      not null references member (id),
    registered_at   timestamptz not null default now()
);

create table seller_category (
    organisation_id bigint      not null references seller (organisation_id) on delete cascade,
    category        varchar(40) not null,
    primary key (organisation_id, category)
);
create index seller_category_category on seller_category (category);

create table seller_bidder (
    organisation_id bigint not null references seller (organisation_id) on delete cascade,
    member_id       bigint not null references member (id) on delete cascade,
    primary key (organisation_id, member_id)
);
create index seller_bidder_member on seller_bidder (member_id);

create table request (
    id                   bigint generated always as identity primary key,
    requester_id         bigint         not null references member (id),
    title                varchar(150)   not null,
    category             varchar(40)    not null,
    specification        text           not null default '',
    quantity             integer        not null check (quantity between 1 and 10000000),
    unit                 varchar(30)    not null,
    location             varchar(200)   not null,
    latitude             double precision check (latitude between -90 and 90),
    longitude            double precision check (longitude between -180 and 180),
    currency             char(3)        not null default 'EUR',
    -- per unit, in the request's currency
    ceiling_price        numeric(14, 2) check (ceiling_price > 0),
    format               varchar(10)    not null check (format in ('OPEN', 'SEALED')),
    minimum_decrement    numeric(14, 2) check (minimum_decrement > 0),
    anti_sniping_seconds integer        not null default 120 check (anti_sniping_seconds between 0 and 3600),
    award_mode           varchar(10)    not null check (award_mode in ('MANUAL', 'AUTO')),
    weight_price         integer        not null default 70 check (weight_price between 0 and 100),
    weight_delivery      integer        not null default 20 check (weight_delivery between 0 and 100),
    weight_rating        integer        not null default 10 check (weight_rating between 0 and 100),
    -- the requester's quantity plus every joiner's, kept by the transaction that changes a join
    total_quantity       bigint         not null check (total_quantity >= quantity),
    joining_open         boolean        not null default true,
    -- the live deadline: a bid inside the anti-sniping window moves it to that bid's time + the window
    deadline             timestamptz    not null,
    original_deadline    timestamptz    not null,
    status               varchar(20)    not null default 'OPEN'
        check (status in ('OPEN', 'AWAITING_AWARD', 'AWARDED', 'COMPLETED', 'EXPIRED', 'NO_BIDS')),
    closed_at            timestamptz,
    award_due_at         timestamptz,
    requester_completed_at timestamptz,
    seller_completed_at  timestamptz,
    created_at           timestamptz    not null default now(),
    constraint request_title_length check (length(title) between 3 and 150),
    constraint request_spec_length check (length(specification) <= 20000),
    constraint request_coordinates check ((latitude is null) = (longitude is null)),
    constraint request_decrement_open check ((format = 'OPEN') = (minimum_decrement is not null)),
    constraint request_weights check (award_mode = 'MANUAL' or weight_price + weight_delivery + weight_rating > 0),
    constraint request_closed_consistent check ((status = 'OPEN') = (closed_at is null))
);
-- the closing job's question: which open requests are due
create index request_due on request (deadline) where status = 'OPEN';
create index request_award_due on request (award_due_at) where status = 'AWAITING_AWARD';
create index request_open_category on request (category, deadline) where status = 'OPEN';
create index request_requester on request (requester_id);

create table request_join (
    request_id bigint      not null references request (id) on delete cascade,
    member_id  bigint      not null references member (id) on delete cascade,
    quantity   integer     not null check (quantity between 1 and 10000000),
    joined_at  timestamptz not null default now(),
    primary key (request_id, member_id)
);
create index request_join_member on request_join (member_id);

-- Every accepted bid is a row, in the order the request's row lock admitted them (ids ascend in
-- that order). A seller's improved bid supersedes its earlier one; at most one is ACTIVE.
create table bid (
    id              bigint generated always as identity primary key,
    request_id      bigint         not null references request (id) on delete cascade,
    organisation_id bigint         not null references organisation (id),
    bidder_id       bigint         not null references member (id),
    unit_price      numeric(14, 2) not null check (unit_price > 0),
    delivery_days   integer        not null check (delivery_days between 0 and 3650),
    terms           varchar(2000)  not null default '',
    status          varchar(12)    not null default 'ACTIVE' check (status in ('ACTIVE', 'SUPERSEDED', 'WITHDRAWN')),
    -- the database's clock when the bid was accepted, under the request's row lock
    placed_at       timestamptz    not null,
    withdrawn_at    timestamptz
);
create unique index bid_one_active_per_seller on bid (request_id, organisation_id) where status = 'ACTIVE';
create index bid_request on bid (request_id, unit_price) where status = 'ACTIVE';
create index bid_organisation on bid (organisation_id);

-- At most one award per request, and a bid wins at most once: the keys are the rule.
create table request_award (
    request_id      bigint      primary key references request (id) on delete cascade,
    bid_id          bigint      not null unique references bid (id),
    organisation_id bigint      not null references organisation (id),
    mode            varchar(10) not null check (mode in ('MANUAL', 'AUTO')),
    -- the winning score for AUTO awards (0..1), null for MANUAL
    score           numeric(6, 5),
    awarded_at      timestamptz not null default now()
);
create index request_award_organisation on request_award (organisation_id);

-- What happened, shown publicly on the request: posted, bid placed (OPEN: its price, never the
-- seller before the close), a bid withdrawn, deadline extended, joining closed, closed, awarded.
create table request_log (
    id         bigint generated always as identity primary key,
    request_id bigint         not null references request (id) on delete cascade,
    kind       varchar(30)    not null,
    amount     numeric(14, 2),
    at         timestamptz    not null default clock_timestamp(),
    until      timestamptz
);
create index request_log_request on request_log (request_id, id);

-- The private thread between the requester, the joiners and the winning seller.
create table request_message (
    id              bigint generated always as identity primary key,
    request_id      bigint        not null references request (id) on delete cascade,
    author_id       bigint        not null references member (id),
    -- set when the author wrote for the winning seller
    organisation_id bigint references organisation (id),
    body            varchar(5000) not null,
    created_at      timestamptz   not null default now()
);
create index request_message_request on request_message (request_id, id);

-- After completion both sides rate each other once: the requester rates the seller, the seller the requester.
create table request_rating (
    request_id      bigint        not null references request (id) on delete cascade,
    direction       varchar(20)   not null check (direction in ('OF_SELLER', 'OF_REQUESTER')),
    organisation_id bigint        not null references organisation (id),
    author_id       bigint        not null references member (id),
    stars           integer       not null check (stars between 1 and 5),
    body            varchar(2000) not null default '',
    created_at      timestamptz   not null default now(),
    primary key (request_id, direction)
);
create index request_rating_organisation on request_rating (organisation_id) where direction = 'OF_SELLER';
