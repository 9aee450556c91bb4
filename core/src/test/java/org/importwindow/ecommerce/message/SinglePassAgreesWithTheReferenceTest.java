package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * Valid messages are read in one validating pass (Woodstox with MSV) instead of validating with the JDK's validator
 * and reading again. The JDK's validator stays the reference: whatever the single pass accepts, the reference must
 * accept too, and both must read the same records. Checked on the official samples and on thousands of broken
 * copies of them: elements dropped, doubled, swapped, renamed or added, values too long, empty, not numbers, too
 * many digits, numbers in other scripts' digits, base64 that is not, characters beyond the basic plane, attributes
 * changed; and copies whose text is changed ({@link BrokenMessages#text}: line ends, entities, namespaces, fixed
 * values, CDATA, URIs...).
 */
class SinglePassAgreesWithTheReferenceTest {
    private static final List<String> READABLE = BrokenMessages.READABLE;

    @Example
    void every_official_sample_we_read_is_read_in_one_pass_into_the_same_records() {
        for (String name : READABLE) {
            byte[] xml = Samples.bytes(name);
            Optional<CebMessage> single = CebSinglePass.read(xml);
            assertThat(single).as(name).isPresent();
            CebMessageType type = CebValidator.validate(xml, true).type().orElseThrow();
            assertThat(single.get()).as(name).isEqualTo(CebReader.read(xml, type));
        }
    }

    @Example
    void a_full_size_inventory_message_is_read_in_one_pass_into_the_same_records() {
        byte[] xml = LargeMessages.inventoryMessage(100).getBytes(StandardCharsets.UTF_8);
        assertThat(CebSinglePass.read(xml)).contains(CebReader.read(xml, CebMessageType.CEB621));
    }

    @Example
    void messages_we_do_not_read_and_documents_that_are_not_messages_go_to_the_reference() {
        assertThat(CebSinglePass.read(Samples.bytes("CEB622Message"))).isEmpty();
        assertThat(CebSinglePass.read(Samples.bytes("CEB711Message"))).isEmpty();
        assertThat(CebSinglePass.read(Samples.utf8("<a/>"))).isEmpty();
        assertThat(CebSinglePass.read(Samples.utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")))
                .isEmpty();
        assertThat(CebSinglePass.read(Samples.utf8("not xml"))).isEmpty();
    }

    @Example
    void a_signature_value_that_is_not_base64_goes_to_the_reference_which_refuses_it() {
        // found by the property below (seed 4385871817713969012): MSV took it
        byte[] xml = withValue("CEB623Message", "ds:DigestValue", "2026-13-45");
        assertGoesToTheReferenceWhichRefusesIt(xml);
    }

    @Example
    void a_number_in_other_digits_than_ascii_goes_to_the_reference_which_refuses_it() {
        // found by the property below with full-width digits (MSV took ０１２３ as an xs:int, Java parses it as 123)
        assertGoesToTheReferenceWhichRefusesIt(withValue("CEB511Message", "ceb:packNo", "１"));
    }

    @Example
    void text_beyond_the_basic_plane_goes_to_the_reference_which_counts_its_length_in_utf16_units() {
        // thirty emoji in a telephone number of at most 30 characters: MSV counts 30, the JDK's validator 60
        byte[] xml = withValue("CEB311Message", "ceb:buyerTelephone", "\uD83D\uDE00".repeat(30));
        assertThat(CebSinglePass.mayHoldSupplementaryCharacters(xml)).isTrue();
        assertThat(CebSinglePass.mayHoldSupplementaryCharacters(Samples.bytes("CEB311Message"))).isFalse();
        assertGoesToTheReferenceWhichRefusesIt(xml);
    }

    @Example
    void a_fixed_value_with_white_space_around_it_goes_to_the_reference_which_refuses_it() {
        // found by mutating the samples' text (FastPassAgreesWithTheReferenceTest's generator): MSV took " 142"
        assertGoesToTheReferenceWhichRefusesIt(withValue("CEB411Message", "ceb:currency", " 142"));
        assertGoesToTheReferenceWhichRefusesIt(withValue("CEB621Message", "ceb:currency", "142\n"));
    }

    @Example
    void a_value_of_line_ends_longer_than_its_max_length_goes_to_the_reference_which_refuses_it() {
        // found the same way: values of CR LF only, one more than maxLength, in every copNo (20) of a message
        String xml = new String(Samples.bytes("CEB625Message"), StandardCharsets.UTF_8)
                .replaceAll("<ceb:copNo>[^<]*</ceb:copNo>", "<ceb:copNo>" + "\r\n".repeat(21) + "</ceb:copNo>");
        assertGoesToTheReferenceWhichRefusesIt(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Example
    void text_in_a_cdata_section_between_the_signatures_elements_goes_to_the_reference_which_refuses_it() {
        // found the same way: MSV took it (between the CEB elements, the reader's nextTag() refuses it already)
        String xml = Samples.text("CEB311Message").replaceFirst("<ds:SignedInfo>", "<ds:SignedInfo><![CDATA[1]]>");
        assertGoesToTheReferenceWhichRefusesIt(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Example
    void a_signature_algorithm_that_is_no_uri_for_the_reference_goes_to_it() {
        assertGoesToTheReferenceWhichRefusesIt(Samples.utf8(Samples.text("CEB623Message")
                .replace("http://www.chinaport.gov.cn/2022/04/xmldsig#sm3", "http://")));
    }

    @Property(tries = 2000)
    void the_single_pass_accepts_no_message_broken_in_its_text_that_the_reference_refuses(
            @ForAll("brokenTexts") Tuple.Tuple2<String, byte[]> broken) {
        assertWhatTheSinglePassAcceptsTheReferenceAcceptsAlike(broken.get1(), broken.get2());
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, byte[]>> brokenTexts() {
        Arbitrary<String> sample = Arbitraries.of(READABLE);
        Arbitrary<String> kind = Arbitraries.of(BrokenMessages.TEXT_KINDS);
        return net.jqwik.api.Combinators.combine(sample, kind, Arbitraries.longs())
                .as((name, k, seed) -> Tuple.of(k, BrokenMessages.text(Samples.text(name), k,
                        new java.util.Random(seed))));
    }

    /** The official sample with the first {@code element}'s text replaced by {@code value}. */
    private static byte[] withValue(String sample, String element, String value) {
        String xml = new String(Samples.bytes(sample), StandardCharsets.UTF_8);
        String changed = xml.replaceFirst("(<" + element + ">)[^<]*(</" + element + ">)",
                "$1" + java.util.regex.Matcher.quoteReplacement(value) + "$2");
        assertThat(changed).contains("<" + element + ">" + value + "</" + element + ">");
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertGoesToTheReferenceWhichRefusesIt(byte[] xml) {
        assertThat(CebSinglePass.read(xml)).isEmpty();
        assertThat(CebValidator.validate(xml, true).errors()).isNotEmpty();
    }

    @Property(tries = 2000)
    void the_single_pass_accepts_no_broken_message_the_reference_refuses(
            @ForAll("broken") Tuple.Tuple2<String, byte[]> broken) {
        assertWhatTheSinglePassAcceptsTheReferenceAcceptsAlike(broken.get1(), broken.get2());
    }

    /** Whatever the single pass reads of a message broken by {@code kind}, the reference accepts into equal records. */
    private static void assertWhatTheSinglePassAcceptsTheReferenceAcceptsAlike(String kind, byte[] xml) {
        Optional<CebMessage> single = CebSinglePass.read(xml);
        CebValidator.Outcome reference = CebValidator.validate(xml, true);
        Statistics.collect(kind, reference.valid() ? "valid" : "refused",
                single.isPresent() ? "single pass read it" : "single pass handed it on");
        if (single.isPresent()) {
            assertThat(reference.errors()).as("the reference's errors for what the single pass accepted").isEmpty();
            if (!kind.equals("declaration")) {
                // an encoding written UTF8 passes the JDK's validator and Woodstox, not the JDK's StAX reader
                assertThat(single.get()).isEqualTo(CebReader.read(xml, reference.type().orElseThrow()));
            }
        }
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, byte[]>> broken() {
        Arbitrary<String> sample = Arbitraries.of(READABLE);
        Arbitrary<String> mutation = Arbitraries.of(BrokenMessages.TREE_KINDS);
        return net.jqwik.api.Combinators.combine(sample, mutation, Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 10_000))
                .as((name, kind, at, pick) -> Tuple.of(kind, BrokenMessages.tree(Samples.bytes(name), kind, at, pick)));
    }
}
