-- Photos a consumer adds to their complaint after filing (issue 5, "photos optional"). Each photo is also a
-- PhotoAdded event in complaint_event (type, size and SHA-256 there, so the timeline proves which picture was seen);
-- this table holds the bytes. Rows are inserted, never updated or deleted. The limits (how many, how large) are the
-- server's importwindow.complaints.photos.* settings, checked before a row is written.
-- bytea is PostgreSQL's binary type and an alias of BINARY VARYING in H2 (up to 1,000,000,000 bytes), so one script
-- runs on both; a photo is at most a few megabytes.

create table complaint_photo (
    reference     varchar(30)  not null references complaint (reference),
    photo_no      integer      not null,
    content_type  varchar(40)  not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_at   timestamp with time zone not null,
    uploaded_by   varchar(100) not null,
    constraint complaint_photo_pk primary key (reference, photo_no)
);
