-- The Kafka runtime's read side: how far each sink has written each partition of its topic, updated in the same
-- transaction as what it wrote, so that records delivered again after a crash (between the database commit and the
-- Kafka offset commit) are recognised and not written twice (a receipt listed twice by GET /api/v1/cbec/receipts).
create table cbec_sink_position (
    sink            varchar(60)    not null,
    topic           varchar(249)   not null,
    partition_no    integer        not null,
    next_offset     bigint         not null,
    primary key (sink, topic, partition_no)
);
