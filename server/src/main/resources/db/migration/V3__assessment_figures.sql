-- The assessment is stored as its figures (AssessmentFigures: which measure gave each duty and tax and the amounts)
-- rather than the whole worded answer; the words are produced again when a declaration is read. Rows written before
-- keep their worded snapshot in assessment_json, which new rows leave empty.
alter table declaration add column assessment_figures varchar(1000000);

-- The declarant's references are looked up a batch at a time (reference in (...) for one importer): with the
-- reference first, both databases answer that from the unique index instead of reading all the importer's rows.
alter table declaration drop constraint declaration_reference;
alter table declaration add constraint declaration_reference unique (reference, importer);
