-- Issue 5: whether a party sells to consumers (a recall's affected scope, org.importwindow.server.recall.TracedScope)
-- is asked as "has this location any retail_selling event"; with an index on the location alone that read every
-- event of a busy warehouse (seconds per recall case at a million events). The pair index answers it from the index
-- and also serves EQ_bizLocation, so the location's own index goes.
create index epcis_event_location_step on epcis_event (biz_location, biz_step);
drop index if exists epcis_event_biz_location;
