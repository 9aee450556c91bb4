package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Valid messages are read in one validating pass (Woodstox with MSV) instead of validating with the JDK's validator
 * and reading again. The JDK's validator stays the reference: whatever the single pass accepts, the reference must
 * accept too, and both must read the same records. Checked on the official samples and on thousands of broken
 * copies of them: elements dropped, doubled, swapped, renamed or added, values too long, empty, not numbers, too
 * many digits, numbers in other scripts' digits, base64 that is not, characters beyond the basic plane, attributes changed.
 */
class SinglePassAgreesWithTheReferenceTest {
    private static final List<String> READABLE = List.of("CEB311Message", "CEB411Message", "CEB511Message",
            "CEB621Message", "CEB623Message", "CEB625Message");
    private static final List<String> VALUES = List.of("", " ", "x".repeat(61), "9".repeat(40), "abc", "-1", "0",
            "1.123456789", "12345678901234567890.5", "中文", "2026-13-45", "20261127120000", "1e3", "  42  ",
            "QR==", "QUJ=", "Q U J D", "http://a b", "a%zz", "#", "０１２３", "١٢٣", "+1", ".5", "5.", "1,000", "NaN",
            "INF", "-0", "00001", "1E3", "true", "\t7\t", "12.", "+.5", "--1", "1..2", "٣.٥", "😀", "a😀", "😀😀", "😀😀😀😀",
            "1.50000000", "0000000000000000000001.5", "142😀", "😀".repeat(30));

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
        byte[] xml = broken.get2();
        Optional<CebMessage> single = CebSinglePass.read(xml);
        CebValidator.Outcome reference = CebValidator.validate(xml, true);
        Statistics.collect(broken.get1(), reference.valid() ? "valid" : "refused",
                single.isPresent() ? "single pass read it" : "single pass handed it on");
        if (single.isPresent()) {
            assertThat(reference.errors()).as("the reference's errors for what the single pass accepted").isEmpty();
            assertThat(single.get()).isEqualTo(CebReader.read(xml, reference.type().orElseThrow()));
        }
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, byte[]>> broken() {
        Arbitrary<String> sample = Arbitraries.of(READABLE);
        Arbitrary<String> mutation = Arbitraries.of("drop", "double", "swap", "rename", "add", "value", "attribute");
        return net.jqwik.api.Combinators.combine(sample, mutation, Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 10_000))
                .as((name, kind, at, pick) -> Tuple.of(kind, mutate(Samples.bytes(name), kind, at, pick)));
    }

    /** The sample with one change at the {@code at}-th element (modulo their number). */
    private static byte[] mutate(byte[] xml, String kind, int at, int pick) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            List<Element> all = new ArrayList<>();
            collect(doc.getDocumentElement(), all);
            Element e = all.get(at % all.size());
            Node parent = e.getParentNode();
            boolean root = parent == doc;
            switch (kind) {
                case "drop" -> {
                    if (!root) {
                        parent.removeChild(e);
                    }
                }
                case "double" -> {
                    if (!root) {
                        parent.insertBefore(e.cloneNode(true), e);
                    }
                }
                case "swap" -> {
                    Element next = nextElement(e);
                    if (next != null) {
                        parent.insertBefore(next, e);
                    }
                }
                case "rename" -> {
                    Element other = all.get(pick % all.size());
                    doc.renameNode(e, other.getNamespaceURI(), other.getTagName());
                }
                case "add" -> {
                    Element added = doc.createElementNS(CebMessageType.NAMESPACE, "ceb:" + all.get(pick % all.size())
                            .getLocalName());
                    added.setTextContent("1");
                    e.appendChild(added);
                }
                case "value" -> {
                    if (firstElement(e) == null) {
                        e.setTextContent(VALUES.get(pick % VALUES.size()));
                    } else {
                        e.appendChild(doc.createTextNode(VALUES.get(pick % VALUES.size())));
                    }
                }
                case "attribute" -> {
                    if (pick % 2 == 0) {
                        e.setAttribute(pick % 3 == 0 ? "guid" : "version", VALUES.get(pick % VALUES.size()));
                    } else {
                        e.removeAttribute(pick % 3 == 0 ? "guid" : "version");
                    }
                }
                default -> throw new IllegalArgumentException(kind);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Element e, List<Element> all) {
        all.add(e);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                collect(child, all);
            }
        }
    }

    private static Element firstElement(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                return child;
            }
        }
        return null;
    }

    private static Element nextElement(Node n) {
        for (Node c = n == null ? null : n.getNextSibling(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                return child;
            }
        }
        return null;
    }
}
