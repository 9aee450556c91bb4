-- Issue 5: recalls of defective consumer goods (SAMR Order No. 19). Plain SQL accepted by H2 (MODE=PostgreSQL) and
-- PostgreSQL. recall_event is append-only: every step of a case is one immutable row (the application only inserts
-- into it); recall_case and recall_notice are projections of the events for lists and the public search.

create table recall_case (
    id            varchar(36)   not null primary key,
    enterprise    varchar(18),
    state         varchar(30)   not null,
    product_name  varchar(300),
    brand         varchar(200),
    model         varchar(200),
    gtin          varchar(14),
    opened_on     date          not null,
    opened_by     varchar(100)  not null,
    last_on       date          not null,
    updated_at    timestamp with time zone not null,
    version       integer       not null
);
create index recall_case_enterprise on recall_case (enterprise);
create index recall_case_state on recall_case (state);

create table recall_event (
    case_id       varchar(36)   not null references recall_case (id),
    seq           integer       not null,
    event_type    varchar(40)   not null,
    occurred_on   date          not null,
    actor         varchar(100)  not null,
    recorded_at   timestamp with time zone not null,
    body_json     varchar(1000000) not null,
    primary key (case_id, seq)
);

-- The public recall notice: the fields of an EU Safety Gate / US CPSC record as JSON, plus search columns.
-- search_text is the lower-cased product names, brands, models, GTINs and lots; hs_codes and origins are
-- '|'-separated with a leading and trailing '|' so that a code or a country matches as a whole or by prefix.
create table recall_notice (
    id            varchar(36)   not null primary key,
    case_id       varchar(36)   not null unique references recall_case (id),
    published_on  date          not null,
    closed_on     date,
    title_zh      varchar(500)  not null,
    title_en      varchar(500)  not null,
    importer      varchar(18),
    search_text   varchar(20000) not null,
    hs_codes      varchar(2000) not null,
    origins       varchar(500)  not null,
    record_json   varchar(1000000) not null,
    updated_at    timestamp with time zone not null
);
create index recall_notice_published on recall_notice (published_on);
