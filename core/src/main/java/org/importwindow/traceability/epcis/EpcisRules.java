package org.importwindow.traceability.epcis;

/** The stable rule codes of EPCIS capture and query refusals (EPCIS 2.0 / CBV 2.0 / GS1 TDS 2.0). */
public final class EpcisRules {
    /** The document cannot be read (not JSON/XML, wrong root, not an object). */
    public static final String UNREADABLE = "EPCIS-001";
    /** A JSON-LD capture document or event without {@code @context}. */
    public static final String NO_CONTEXT = "EPCIS-002";
    /** Not an EPCISDocument, or no epcisBody.eventList. */
    public static final String NOT_A_DOCUMENT = "EPCIS-003";
    /** The event type is none of the five. */
    public static final String UNKNOWN_EVENT_TYPE = "EPCIS-004";
    /** eventTime missing or not an xsd:dateTime with a time zone. */
    public static final String EVENT_TIME = "EPCIS-005";
    /** eventTimeZoneOffset missing or not ±hh:mm. */
    public static final String TIME_ZONE_OFFSET = "EPCIS-006";
    /** action missing where required, or not ADD/OBSERVE/DELETE. */
    public static final String ACTION = "EPCIS-007";
    /** A field the event type requires is missing (parentID, bizTransactionList, an input or output, ...). */
    public static final String REQUIRED_FIELD = "EPCIS-008";
    /** bizStep not a CBV 2.0 business step nor a user URI. */
    public static final String BIZ_STEP = "EPCIS-009";
    /** disposition not a CBV 2.0 disposition nor a user URI. */
    public static final String DISPOSITION = "EPCIS-010";
    /** bizTransaction type not a CBV 2.0 type nor a user URI, or the transaction id missing. */
    public static final String BIZ_TRANSACTION = "EPCIS-011";
    /** source/destination type not a CBV 2.0 type nor a user URI, or the id missing. */
    public static final String SOURCE_DESTINATION = "EPCIS-012";
    /** An instance identifier (EPC URN or URI) that is not well-formed. */
    public static final String BAD_IDENTIFIER = "EPCIS-013";
    /** A GS1 Digital Link with a malformed key or a wrong check digit. */
    public static final String BAD_DIGITAL_LINK = "EPCIS-014";
    /** A class identifier (epcClass) that is not well-formed. */
    public static final String BAD_CLASS = "EPCIS-015";
    /** A quantity that is not a non-negative number. */
    public static final String QUANTITY = "EPCIS-016";
    /** A field of the wrong JSON type (a list where a string goes, ...). */
    public static final String WRONG_TYPE = "EPCIS-017";
    /** The document is too large, too deep or has too many events. */
    public static final String TOO_LARGE = "EPCIS-018";
    /** readPoint / bizLocation without an id, or with a malformed one. */
    public static final String LOCATION = "EPCIS-019";
    /** A field the event type does not have (e.g. epcList on an AggregationEvent). */
    public static final String FIELD_NOT_ALLOWED = "EPCIS-020";
    /** A recordTime or another time field that is not an xsd:dateTime. */
    public static final String OTHER_TIME = "EPCIS-021";

    /** An eventID already given to a different event (stored, or earlier in the same document). */
    public static final String EVENT_ID_TAKEN = "EPCIS-022";

    /** A query parameter the standard does not define. */
    public static final String QUERY_UNKNOWN_PARAMETER = "EPCIS-101";
    /** A query parameter with a value of the wrong form (time, number, empty). */
    public static final String QUERY_BAD_VALUE = "EPCIS-102";
    /** perPage out of range or a nextPageToken this server did not issue. */
    public static final String QUERY_PAGING = "EPCIS-103";

    private EpcisRules() {
    }
}
