-- Issue 5: GS1 EPCIS 2.0 events (org.importwindow.server.traceability). Plain SQL for H2 (MODE=PostgreSQL) and
-- PostgreSQL. One row per event with the query parameters as indexed columns and the event's JSON-LD kept to give it
-- back as it came; one row per identifier with its role (canonical GS1 Digital Link form, with its GTIN and lot class
-- so a product or a lot is found without pattern matching), one per business transaction, one per source or
-- destination. Events are numbered by a sequence handed out in blocks (hi-lo) so a capture inserts in batches.
-- An event is stored once per event hash (CBV 2.0); captured_by is the enterprise (USCC) or user that sent it.
-- event_id holds only an eventID the capture gave: an event sent without one is named by its event hash, which the
-- unique event_hash index already finds, so a second index entry of the same random key is not paid for every event
-- (readers take coalesce(event_id, event_hash)). No index on biz_step: a handful of values over millions of events;
-- a query by biz step is answered from the other conditions and the scan in seq order.

create sequence epcis_event_seq start with 1 increment by 1000;

create table epcis_event (
    seq             bigint         not null primary key,
    event_id        varchar(400),
    event_hash      varchar(120)   not null,
    event_type      varchar(24)    not null,
    event_time      timestamp with time zone not null,
    record_time     timestamp with time zone not null,
    action          varchar(8),
    biz_step        varchar(300),
    disposition     varchar(300),
    read_point      varchar(400),
    biz_location    varchar(400),
    captured_by     varchar(100)   not null,
    capture_id      varchar(36),
    event_json      varchar(1000000) not null,
    constraint epcis_event_hash unique (event_hash)
);
-- unique: an eventID names one event, also when two captures in flight give it to two events at once (the check
-- before inserting sees only what is committed); events without one (null) do not collide
create unique index epcis_event_id on epcis_event (event_id);
create index epcis_event_time on epcis_event (event_time);
create index epcis_event_record_time on epcis_event (record_time);
create index epcis_event_read_point on epcis_event (read_point);
create index epcis_event_biz_location on epcis_event (biz_location);

create table epcis_event_identifier (
    event_seq       bigint         not null,
    role            varchar(16)    not null,
    identifier      varchar(400)   not null,
    gtin_class      varchar(40),
    lot_class       varchar(400)
);
create index epcis_identifier_id on epcis_event_identifier (identifier, event_seq);
create index epcis_identifier_gtin on epcis_event_identifier (gtin_class, event_seq);
create index epcis_identifier_lot on epcis_event_identifier (lot_class, event_seq);
create index epcis_identifier_event on epcis_event_identifier (event_seq);

create table epcis_biz_transaction (
    event_seq       bigint         not null,
    tx_type         varchar(300),
    tx_value        varchar(400)   not null
);
create index epcis_biz_transaction_value on epcis_biz_transaction (tx_value, tx_type);
create index epcis_biz_transaction_event on epcis_biz_transaction (event_seq);

create table epcis_source_destination (
    event_seq       bigint         not null,
    kind            varchar(1)     not null,
    sd_type         varchar(300),
    party           varchar(400)   not null
);
create index epcis_source_destination_event on epcis_source_destination (event_seq);
create index epcis_source_destination_party on epcis_source_destination (party);

create table epcis_capture_job (
    capture_id      varchar(36)    not null primary key,
    created_by      varchar(100)   not null,
    created_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    running         boolean        not null,
    success         boolean,
    event_count     integer,
    errors_json     varchar(1000000)
);
