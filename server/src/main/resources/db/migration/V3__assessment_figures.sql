-- The assessment is stored as its figures (AssessmentFigures: which measure gave each duty and tax and the amounts)
-- rather than the whole worded answer; the words are produced again when a declaration is read. Rows written before
-- keep their worded snapshot in assessment_json, which new rows leave empty.
alter table declaration add column assessment_figures varchar(1000000);
