package org.importwindow.traceability.epcis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One EPCIS 2.0 event of any of the five types. One record with a {@link EventType} rather than a sealed interface of
 * five: the types share nearly every field (EPCIS 2.0 moved quantity lists, sensors and source/destination into all
 * of them), the reader, validator, hash and store treat them alike, and what differs between them is which fields are
 * required or allowed, a rule the validator states per type. Fields a type does not have are empty lists or null.
 *
 * <p>Identifiers and vocabulary values are kept as sent ({@link Identifiers#canonical} gives the form they are matched
 * in); {@code bizStep}, {@code disposition} and the transaction/source/destination types are CBV-normalised (bare
 * word for a CBV 2.0 term, the URI otherwise). {@code sensorElementList}, {@code ilmd}, {@code certificationInfo},
 * {@code errorDeclaration}, {@code persistentDisposition} and the user extensions are kept as JSON-LD trees, and
 * {@code json} is the whole event as it came (JSON-LD form, also for XML input), so a stored event is given back as
 * it came.
 */
public record EpcisEvent(
        EventType type,
        OffsetDateTime eventTime,
        String eventTimeZoneOffset,
        OffsetDateTime recordTime,
        String eventID,
        String action,
        String bizStep,
        String disposition,
        String readPoint,
        String bizLocation,
        List<String> epcList,
        String parentID,
        List<String> childEPCs,
        List<String> inputEPCList,
        List<String> outputEPCList,
        List<QuantityElement> quantityList,
        List<QuantityElement> childQuantityList,
        List<QuantityElement> inputQuantityList,
        List<QuantityElement> outputQuantityList,
        List<BizTransaction> bizTransactionList,
        List<SourceDestination> sourceList,
        List<SourceDestination> destinationList,
        String transformationID,
        Object sensorElementList,
        Object ilmd,
        Object certificationInfo,
        Object errorDeclaration,
        Object persistentDisposition,
        Map<String, Object> extensions,
        Map<String, Object> json) {

    /** How an identifier takes part in an event; the store keeps one row per identifier and role. */
    public enum Role { EPC, PARENT, CHILD, INPUT, OUTPUT, QUANTITY, CHILD_QUANTITY, INPUT_QUANTITY, OUTPUT_QUANTITY }

    /** One identifier of the event with its role, as sent. */
    public record Identified(Role role, String identifier) {
    }

    /** Every instance and class identifier of the event with its role. */
    public List<Identified> identifiers() {
        List<Identified> out = new ArrayList<>();
        epcList.forEach(e -> out.add(new Identified(Role.EPC, e)));
        if (parentID != null) {
            out.add(new Identified(Role.PARENT, parentID));
        }
        childEPCs.forEach(e -> out.add(new Identified(Role.CHILD, e)));
        inputEPCList.forEach(e -> out.add(new Identified(Role.INPUT, e)));
        outputEPCList.forEach(e -> out.add(new Identified(Role.OUTPUT, e)));
        quantityList.forEach(q -> out.add(new Identified(Role.QUANTITY, q.epcClass())));
        childQuantityList.forEach(q -> out.add(new Identified(Role.CHILD_QUANTITY, q.epcClass())));
        inputQuantityList.forEach(q -> out.add(new Identified(Role.INPUT_QUANTITY, q.epcClass())));
        outputQuantityList.forEach(q -> out.add(new Identified(Role.OUTPUT_QUANTITY, q.epcClass())));
        return out;
    }

    /** The same event with its eventID (e.g. the hash when none was sent) and record time, also in its JSON. */
    public EpcisEvent withIdAndRecordTime(String id, OffsetDateTime recorded) {
        Map<String, Object> j = new java.util.LinkedHashMap<>(json);
        j.put("eventID", id);
        if (recorded != null) {
            j.put("recordTime", recorded.toString());
        }
        return new EpcisEvent(type, eventTime, eventTimeZoneOffset, recorded, id, action, bizStep, disposition,
                readPoint, bizLocation, epcList, parentID, childEPCs, inputEPCList, outputEPCList, quantityList,
                childQuantityList, inputQuantityList, outputQuantityList, bizTransactionList, sourceList,
                destinationList, transformationID, sensorElementList, ilmd, certificationInfo, errorDeclaration,
                persistentDisposition, extensions, java.util.Collections.unmodifiableMap(j));
    }
}
