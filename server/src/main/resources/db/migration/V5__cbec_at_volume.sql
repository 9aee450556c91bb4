-- Issue 4 at national volume: what the writer adds per purchase, and what the officer's page reads, no longer grow
-- with the number of lists kept.
-- 1. The answer to a message (its receipts as first sent) is kept with the message, deflated JSON, so that a resend
--    is answered from one row and cbec_receipt needs no index by message (four index entries fewer a purchase).
--    Messages received before this migration have none: their resends are answered from cbec_receipt as before.
-- 2. Lists waiting for their documents are listed in cbec_pending (few rows: most lists are decided on arrival)
--    instead of an index on cbec_inventory's status over every list ever received.
-- 3. An order, payment or waybill is kept as its keys and its place in its message (kept as received), not a second
--    time as JSON: rows from before keep their JSON.
-- 4. cbec_counter holds the officer's figures, counted by the writer with each group of work: lists received,
--    released, refused and cancelled, and refusals by error code and by check (CBEC-1xx), per calendar day in China.
--    Filled below from what is already stored.

alter table cbec_order add column position integer;
alter table cbec_order alter column document_json drop not null;
alter table cbec_payment add column position integer;
alter table cbec_payment alter column document_json drop not null;
alter table cbec_waybill add column position integer;
alter table cbec_waybill alter column document_json drop not null;

alter table cbec_message add column answer_deflated bytea;
alter table cbec_message add column answer_bytes integer;
drop index cbec_receipt_message;

create table cbec_pending (
    guid            varchar(36)    not null primary key,
    received_at     timestamp with time zone not null
);
create index cbec_pending_received on cbec_pending (received_at);
insert into cbec_pending (guid, received_at) select guid, received_at from cbec_inventory where status = 'PENDING';
drop index cbec_inventory_pending;

create table cbec_counter (
    china_day       date           not null,
    metric          varchar(20)    not null,
    counted         varchar(20)    not null,
    n               bigint         not null,
    primary key (china_day, metric, counted)
);

insert into cbec_counter (china_day, metric, counted, n)
    select d, 'RECEIVED', '', count(*) from (select cast(received_at at time zone 'Asia/Shanghai' as date) d
    from cbec_inventory) x group by d;
insert into cbec_counter (china_day, metric, counted, n)
    select release_date, 'RELEASED', '', count(*) from cbec_inventory where release_date is not null
    group by release_date;
insert into cbec_counter (china_day, metric, counted, n)
    select d, 'REFUSED', '', count(*) from (select cast(decided_at at time zone 'Asia/Shanghai' as date) d
    from cbec_inventory where status = 'REFUSED' and decided_at is not null) x group by d;
insert into cbec_counter (china_day, metric, counted, n)
    select d, 'CANCELLED', '', count(*) from (select cast(decided_at at time zone 'Asia/Shanghai' as date) d
    from cbec_inventory where status = 'CANCELLED' and decided_at is not null) x group by d;
insert into cbec_counter (china_day, metric, counted, n)
    select d, 'REFUSAL_CODE', c, count(*) from (select cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d, coalesce(trim(substr(return_info, 1, 7)), '') c
    from cbec_receipt where receipt_type = 'CEB622' and return_status = '100') x group by d, c;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-101', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-101%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-102', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-102%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-103', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-103%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-104', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-104%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-110', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-110%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-111', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-111%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-112', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-112%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-113', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-113%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-114', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-114%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-115', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-115%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-116', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-116%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-117', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-117%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-118', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-118%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-119', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-119%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-120', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-120%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-121', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-121%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-122', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-122%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-123', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-123%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-124', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-124%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-126', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-126%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-127', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-127%') x group by d;
insert into cbec_counter (china_day, metric, counted, n) select d, 'REFUSAL_CHECK', 'CBEC-128', count(*) from (select
    cast(substr(return_time, 1, 4) || '-' || substr(return_time, 5, 2) || '-' || substr(return_time, 7, 2) as date) d from cbec_receipt where receipt_type = 'CEB622' and return_status = '100'
    and return_info like '%CBEC-128%') x group by d;
