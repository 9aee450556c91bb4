package org.importwindow.traceability.epcis;

import org.importwindow.testing.JsonTrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Capturing events as an importer's system sends them: what is refused, how identifiers match, the hash. */
class EpcisScenariosTest {

    static String doc(String... events) {
        return """
                {"@context":["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"],"type":"EPCISDocument",
                 "schemaVersion":"2.0","creationDate":"2026-07-22T10:30:00Z","epcisBody":{"eventList":[%s]}}"""
                .formatted(String.join(",", events));
    }

    static String shipping(String epc) {
        return """
                {"type":"ObjectEvent","eventTime":"2026-07-22T06:45:00+02:00","eventTimeZoneOffset":"+02:00",
                 "action":"OBSERVE","bizStep":"shipping","disposition":"in_transit","epcList":["%s"],
                 "readPoint":{"id":"urn:epc:id:sgln:9521141.00000.0"}}""".formatted(epc);
    }

    static Capture capture(String json) {
        return EpcisReader.readDocument(JsonTrees.parse(json));
    }

    @Test
    void a_gtin_with_a_wrong_check_digit_in_a_digital_link_is_refused_naming_the_event_and_field() {
        Capture c = capture(doc(shipping("https://id.gs1.org/01/09521141012345/21/1"),
                shipping("https://id.gs1.org/01/09521141012346/21/2017")));
        assertThat(c.events()).isEmpty();
        assertThat(c.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(EpcisRules.BAD_DIGITAL_LINK);
            assertThat(e.fullPath()).isEqualTo("epcisBody.eventList[1].epcList[0]");
            assertThat(e.message()).contains("check digit").contains("should end in 5");
        });
    }

    @Test
    void an_unknown_business_step_is_refused_but_a_user_vocabulary_uri_is_kept() {
        Capture bad = capture(doc(shipping("urn:epc:id:sgtin:9521141.001234.1").replace("\"shipping\"",
                "\"urn:epcglobal:cbv:bizstep:smuggling\"")));
        assertThat(bad.errors()).extracting(EpcisError::code).containsExactly(EpcisRules.BIZ_STEP);
        Capture bare = capture(doc(shipping("urn:epc:id:sgtin:9521141.001234.1").replace("\"shipping\"",
                "\"smuggling\"")));
        assertThat(bare.errors()).extracting(EpcisError::code).containsExactly(EpcisRules.BIZ_STEP);
        Capture user = capture(doc(shipping("urn:epc:id:sgtin:9521141.001234.1").replace("\"shipping\"",
                "\"https://importwindow.org/bizstep/customs_clearance\"")));
        assertThat(user.ok()).isTrue();
        assertThat(user.events().get(0).bizStep()).isEqualTo("https://importwindow.org/bizstep/customs_clearance");
    }

    @Test
    void a_cbv_term_as_bare_word_urn_or_web_uri_is_the_same_term() {
        assertThat(Cbv.BIZ_STEP.normalise("shipping")).contains("shipping");
        assertThat(Cbv.BIZ_STEP.normalise("urn:epcglobal:cbv:bizstep:shipping")).contains("shipping");
        assertThat(Cbv.BIZ_STEP.normalise("https://ref.gs1.org/cbv/BizStep-shipping")).contains("shipping");
        assertThat(Cbv.DISPOSITION.normalise("urn:epcglobal:cbv:disp:in_transit")).contains("in_transit");
        assertThat(Cbv.SOURCE_DESTINATION_TYPE.normalise("owning_party")).contains("owning_party");
        assertThat(Cbv.BIZ_TRANSACTION_TYPE.normalise("urn:epcglobal:cbv:btt:lunch")).isEmpty();
    }

    @Test
    void an_sgtin_urn_and_its_digital_link_are_one_identifier() {
        assertThat(Identifiers.canonical("urn:epc:id:sgtin:9521141.001234.2017"))
                .isEqualTo("https://id.gs1.org/01/09521141012345/21/2017");
        assertThat(Identifiers.canonical("https://example.com/shop/01/9521141012345/21/2017?x=1"))
                .isEqualTo("https://id.gs1.org/01/09521141012345/21/2017");
        assertThat(Identifiers.canonical("urn:epc:id:sscc:0614141.1234567890"))
                .isEqualTo("https://id.gs1.org/00/106141412345678908");
        assertThat(Identifiers.canonical("urn:epc:id:sgln:0614141.07346.1234"))
                .isEqualTo("https://id.gs1.org/414/0614141073467/254/1234");
        assertThat(Identifiers.canonical("urn:epc:id:sgln:4012345.00001.0"))
                .isEqualTo("https://id.gs1.org/414/4012345000016");
        assertThat(Identifiers.canonical("urn:epc:class:lgtin:4012345.012345.998877"))
                .isEqualTo("https://id.gs1.org/01/04012345123456/10/998877");
        assertThat(Identifiers.canonical("urn:epc:idpat:sgtin:4012345.098765.*"))
                .isEqualTo("https://id.gs1.org/01/04012345987652");
        assertThat(Identifiers.canonical("urn:epc:id:giai:4000001.111")).isEqualTo("https://id.gs1.org/8004/4000001111");
        assertThat(Identifiers.canonical("urn:epc:id:grai:4012345.55555.987"))
                .isEqualTo("https://id.gs1.org/8003/04012345555554987");
        assertThat(Identifiers.lotClassOf("https://id.gs1.org/01/09521141012345/10/L1/21/7"))
                .isEqualTo("https://id.gs1.org/01/09521141012345/10/L1");
        assertThat(Identifiers.canonical("https://id.gs1.org/01/09521141012345/10/L1/21/7"))
                .isEqualTo(Identifiers.canonical("urn:epc:id:sgtin:9521141.001234.7"));
    }

    @Test
    void malformed_epc_urns_are_refused_with_the_identifier_rule() {
        assertThat(Identifiers.instanceProblem("urn:epc:id:sgtin:9521141.12345.1").code())
                .isEqualTo(EpcisRules.BAD_IDENTIFIER);
        assertThat(Identifiers.instanceProblem("urn:epc:id:sscc:0614141.123")).isNotNull();
        assertThat(Identifiers.instanceProblem("urn:epc:class:lgtin:4012345.012345.1")).isNotNull();
        assertThat(Identifiers.classProblem("urn:epc:id:sgtin:9521141.001234.1")).isNotNull();
        assertThat(Identifiers.instanceProblem("not a uri")).isNotNull();
        assertThat(Identifiers.instanceProblem("urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6")).isNull();
    }

    @Test
    void the_same_event_sent_as_urn_or_digital_link_in_any_order_has_one_hash() {
        EpcisEvent urn = capture(doc(shipping("urn:epc:id:sgtin:9521141.001234.2017"))).events().get(0);
        EpcisEvent dl = capture(doc("""
                {"disposition":"urn:epcglobal:cbv:disp:in_transit","bizStep":"https://ref.gs1.org/cbv/BizStep-shipping",
                 "epcList":["https://id.gs1.org/01/09521141012345/21/2017"],"readPoint":{"id":"urn:epc:id:sgln:9521141.00000.0"},
                 "action":"OBSERVE","eventTimeZoneOffset":"+02:00","eventTime":"2026-07-22T04:45:00.000Z",
                 "type":"ObjectEvent","recordTime":"2026-07-23T00:00:00Z"}""")).events().get(0);
        assertThat(EventHash.of(dl)).isEqualTo(EventHash.of(urn));
        EpcisEvent other = capture(doc(shipping("urn:epc:id:sgtin:9521141.001234.2018"))).events().get(0);
        assertThat(EventHash.of(other)).isNotEqualTo(EventHash.of(urn));
    }

    /**
     * The published test vector ReferenceEventHashAlgorithm2 of GS1's reference implementation of the CBV 2.0 event
     * hash (RalphTro/epcis-event-hash-generator, tests/examples/expected/CBV2.0): an inspecting event with sensor
     * reports, and the hash it expects.
     */
    @Test
    void the_event_hash_matches_the_reference_implementations_published_vector() {
        EpcisEvent e = capture(doc("""
                {"type":"ObjectEvent","eventTime":"2020-04-01T15:00:00+01:00","eventTimeZoneOffset":"+01:00",
                 "epcList":["urn:epc:id:sgtin:4012345.011111.9876"],"action":"OBSERVE","bizStep":"inspecting",
                 "readPoint":{"id":"urn:epc:id:sgln:4012345.00005.0"},
                 "sensorElementList":[{"sensorMetadata":{"deviceID":"urn:epc:id:giai:4000001.111",
                   "deviceMetadata":"https://id.gs1.org/8004/4000001111"},
                   "sensorReport":[{"type":"Temperature","value":26,"sDev":0.1,"uom":"CEL"},
                     {"type":"AbsoluteHumidity","value":12.1,"uom":"A93"},
                     {"type":"Dimensionless","microorganism":"https://www.ncbi.nlm.nih.gov/taxonomy/1126011","value":0.05,"uom":"C35"},
                     {"type":"Dimensionless","chemicalSubstance":"https://identifiers.org/inchikey:CZMRCDWAGMRECN-UGDNZRGBSA-N","value":0.18,"uom":"C35"}]}]}
                """)).events().get(0);
        assertThat(EventHash.of(e))
                .isEqualTo("ni:///sha-256;271565c346ae2fb28c4583c4dca4ab4772d465eb4e0b6e548d77d8b49377d95c?ver=CBV2.0");
    }

    /**
     * The published vector epcisDocWithShippingAndTransportingEvent of the same project (its CBV 2.0 pre-hash strings
     * and hashes): a departing event with a despatch advice, source and destination, then a transporting event read
     * at a geo: URI.
     */
    @Test
    void the_event_hash_matches_the_published_shipping_and_transporting_vector() {
        Capture c = capture(doc("""
                {"type":"ObjectEvent","eventTime":"2022-02-16T12:50:00+01:00","eventTimeZoneOffset":"+01:00",
                 "epcList":["https://id.gs1.org/00/140123451122233341"],"action":"OBSERVE","bizStep":"departing",
                 "readPoint":{"id":"https://id.gs1.org/414/4012345000221"},
                 "bizTransactionList":[{"type":"desadv","bizTransaction":"urn:epcglobal:cbv:bt:4012345000009:ASN1099"}],
                 "sourceList":[{"type":"possessing_party","source":"https://id.gs1.org/417/4012345000009"}],
                 "destinationList":[{"type":"possessing_party","destination":"https://id.gs1.org/417/4023333000000"}]}""",
                """
                {"type":"ObjectEvent","eventTime":"2022-02-16T16:50:00+01:00","eventTimeZoneOffset":"+01:00",
                 "epcList":["https://id.gs1.org/00/140123451122233341"],"action":"OBSERVE","bizStep":"transporting",
                 "readPoint":{"id":"geo:47.506694,11.104301"}}"""));
        assertThat(c.errors()).isEmpty();
        assertThat(c.events().stream().map(EventHash::of).toList()).containsExactly(
                "ni:///sha-256;2919bf0587534fef0e25eea97b5dda68f345e6bbf2c6b4cb27b2a52e0039272b?ver=CBV2.0",
                "ni:///sha-256;1d2ec4174d8f0b5988a44795b31a636e8bc7f88ebc4bdc0d35c14f215a842e80?ver=CBV2.0");
    }

    @Test
    void a_document_with_one_bad_event_among_good_ones_gives_no_events() {
        Capture c = capture(doc(shipping("urn:epc:id:sgtin:9521141.001234.1"),
                shipping("urn:epc:id:sgtin:9521141.001234.2").replace("\"OBSERVE\"", "\"CREATE\"")));
        assertThat(c.events()).isEmpty();
        assertThat(c.errors()).extracting(EpcisError::eventIndex).containsExactly(1);
    }

    @Test
    void per_type_required_fields_are_checked() {
        String association = """
                {"type":"AssociationEvent","eventTime":"2026-07-22T06:45:00+02:00","eventTimeZoneOffset":"+02:00",
                 "action":"ADD","childEPCs":["urn:epc:id:giai:4000001.12345"]}""";
        String transaction = """
                {"type":"TransactionEvent","eventTime":"2026-07-22T06:45:00+02:00","eventTimeZoneOffset":"+02:00",
                 "action":"ADD","epcList":["urn:epc:id:sgtin:9521141.001234.1"]}""";
        String transformation = """
                {"type":"TransformationEvent","eventTime":"2026-07-22T06:45:00+02:00","eventTimeZoneOffset":"+02:00",
                 "inputEPCList":["urn:epc:id:sgtin:9521141.001234.1"],"action":"ADD"}""";
        Capture c = capture(doc(association, transaction, transformation));
        assertThat(c.errors()).extracting(EpcisError::code, EpcisError::eventIndex, EpcisError::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EpcisRules.REQUIRED_FIELD, 0, "parentID"),
                org.assertj.core.groups.Tuple.tuple(EpcisRules.REQUIRED_FIELD, 1, "bizTransactionList"),
                org.assertj.core.groups.Tuple.tuple(EpcisRules.FIELD_NOT_ALLOWED, 2, "action"),
                org.assertj.core.groups.Tuple.tuple(EpcisRules.REQUIRED_FIELD, 2, "outputEPCList"));
    }

    @Test
    void lot_master_data_on_an_observation_and_an_unknown_persistent_disposition_are_refused() {
        String observedWithIlmd = shipping("urn:epc:id:sgtin:9521141.001234.1").replace("\"action\"",
                "\"ilmd\":{\"cbvmda:lotNumber\":\"L1\"},\"action\"");
        String persistent = shipping("urn:epc:id:sgtin:9521141.001234.2").replace("\"action\"",
                "\"persistentDisposition\":{\"set\":[\"completeness_verified\",\"haunted\"]},\"action\"");
        Capture c = capture(doc(observedWithIlmd, persistent));
        assertThat(c.errors()).extracting(EpcisError::code, EpcisError::fullPath).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EpcisRules.FIELD_NOT_ALLOWED, "epcisBody.eventList[0].ilmd"),
                org.assertj.core.groups.Tuple.tuple(EpcisRules.DISPOSITION,
                        "epcisBody.eventList[1].persistentDisposition.set[1]"));
    }

    @Test
    void the_query_matches_an_urn_asked_for_by_its_digital_link_and_refuses_unknown_parameters() {
        EpcisEvent e = capture(doc(shipping("urn:epc:id:sgtin:9521141.001234.2017"))).events().get(0);
        assertThat(EpcisQuery.parse(Map.of("MATCH_epc", List.of("https://id.gs1.org/01/09521141012345/21/2017")))
                .test(e)).isTrue();
        assertThat(EpcisQuery.parse(Map.of("MATCH_epc", List.of("urn:epc:idpat:sgtin:9521141.001234.*"))).test(e))
                .isTrue();
        assertThat(EpcisQuery.parse(Map.of("EQ_bizStep", List.of("urn:epcglobal:cbv:bizstep:shipping"),
                "eventType", List.of("ObjectEvent,AggregationEvent"),
                "GE_eventTime", List.of("2026-07-22T04:45:00Z"))).test(e)).isTrue();
        assertThat(EpcisQuery.parse(Map.of("LT_eventTime", List.of("2026-07-22T04:45:00Z"))).test(e)).isFalse();
        assertThat(EpcisQuery.parse(Map.of("EQ_readPoint", List.of("https://id.gs1.org/414/9521141000007")))
                .test(e)).isTrue();
        assertThatThrownBy(() -> EpcisQuery.parse(Map.of("EQ_colour", List.of("red"))))
                .isInstanceOfSatisfying(EpcisQuery.InvalidQueryException.class,
                        x -> assertThat(x.code()).isEqualTo(EpcisRules.QUERY_UNKNOWN_PARAMETER));
        assertThatThrownBy(() -> EpcisQuery.parse(Map.of("GE_eventTime", List.of("yesterday"))))
                .isInstanceOfSatisfying(EpcisQuery.InvalidQueryException.class,
                        x -> assertThat(x.code()).isEqualTo(EpcisRules.QUERY_BAD_VALUE));
        assertThatThrownBy(() -> EpcisQuery.parse(Map.of("perPage", List.of("0"))))
                .isInstanceOfSatisfying(EpcisQuery.InvalidQueryException.class,
                        x -> assertThat(x.code()).isEqualTo(EpcisRules.QUERY_PAGING));
        assertThat(EpcisQuery.parse(Map.of("nextPageToken", List.of(EpcisQuery.token(42)))).after()).isEqualTo(42);
    }

    @Test
    void an_xml_document_with_a_dtd_is_refused_unread() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
                  creationDate="2026-07-22T10:30:00Z"><EPCISBody><EventList><ObjectEvent>
                  <eventTime>2026-07-22T06:45:00+02:00</eventTime><eventTimeZoneOffset>+02:00</eventTimeZoneOffset>
                  <epcList><epc>&e;</epc></epcList><action>ADD</action></ObjectEvent></EventList></EPCISBody>
                </epcis:EPCISDocument>""";
        Capture c = EpcisXmlReader.read(new java.io.ByteArrayInputStream(xml.getBytes()));
        assertThat(c.ok()).isFalse();
        assertThat(c.errors().get(0).code()).isIn(EpcisRules.UNREADABLE, EpcisRules.BAD_IDENTIFIER);
        assertThat(c.errors().toString()).doesNotContain("root:");
    }
}
