package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast pass ({@link CebFastPass}) reads valid messages straight from their bytes; the JDK's validator stays the
 * reference. Whatever the fast pass accepts, the reference must accept too, and both must read the same records;
 * and the fast pass must actually read the messages real senders write (the official samples, the benchmark's
 * traffic, the usual variations of namespaces, line ends and entities), or it would be no faster. Checked on the
 * samples, the benchmark's shape and thousands of copies of them broken, or only rewritten, at random
 * ({@link BrokenMessages}).
 */
class FastPassAgreesWithTheReferenceTest {
    private static final List<String> BASES = bases();

    @Example
    void every_official_sample_we_read_is_read_by_the_fast_pass_into_the_same_records() {
        for (String name : BrokenMessages.READABLE) {
            byte[] xml = Samples.bytes(name);
            assertReadByTheFastPassAsByTheReference(name, xml);
        }
    }

    @Example
    void the_benchmarks_four_messages_of_a_purchase_are_read_by_the_fast_pass() {
        for (byte[] xml : BenchShapedMessages.purchase(100)) {
            assertReadByTheFastPassAsByTheReference("bench", xml);
        }
    }

    @Example
    void a_full_size_inventory_message_is_read_by_the_fast_pass() {
        byte[] xml = LargeMessages.inventoryMessage(100).getBytes(StandardCharsets.UTF_8);
        assertReadByTheFastPassAsByTheReference("100 lists", xml);
        assertThat(((Ceb621Message) CebFastPass.read(xml).orElseThrow()).inventories()).hasSize(100);
    }

    @Example
    void the_usual_ways_of_writing_the_same_message_are_read_by_the_fast_pass() {
        String sample = Samples.text("CEB621Message");
        String ceb = CebMessageType.NAMESPACE;
        List<String> forms = List.of(
                sample.replace("\n", "\r\n"),
                sample.replace("\n", "\r"),
                sample.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", ""),
                "\uFEFF" + sample,
                sample.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version='1.0' encoding='utf-8' standalone='yes'?><!-- sent by us -->"),
                sample.replace(" xmlns:ceb=\"" + ceb + "\"", " xmlns=\"" + ceb + "\"").replace("<ceb:", "<")
                        .replace("</ceb:", "</"),
                sample.replace("ceb:", "c:").replace("xmlns:ceb", "xmlns:c"),
                sample.replace("<ceb:InventoryHead>", "<ceb:InventoryHead xmlns:ceb=\"" + ceb + "\">"),
                sample.replace("<ceb:Inventory>", "<ceb:Inventory>\n<!-- one list -->"),
                sample.replace("\" version=\"1.0\"", "\" version='1.0' xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""),
                sample.replace("测试企业", "A&amp;B &lt;测试&gt; &quot;企业&apos;"),
                sample.replace("<ceb:note></ceb:note>", "<ceb:note/>").replace("</ceb:note >", "</ceb:note>"),
                sample.replace("</ceb:itemName>", "</ceb:itemName >"),
                sample.replace("<ceb:note></ceb:note>", "<ceb:note>第一行\r\n第二行\r第三行</ceb:note>"));
        for (String form : forms) {
            assertReadByTheFastPassAsByTheReference(form.substring(0, 120), form.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Example
    void messages_we_do_not_read_and_documents_that_are_not_messages_are_left_to_the_next_stage() {
        assertThat(CebFastPass.read(Samples.bytes("CEB622Message"))).isEmpty();
        assertThat(CebFastPass.read(Samples.bytes("CEB711Message"))).isEmpty();
        assertThat(CebFastPass.read(Samples.utf8("<a/>"))).isEmpty();
        assertThat(CebFastPass.read(Samples.utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")))
                .isEmpty();
        assertThat(CebFastPass.read(Samples.utf8("not xml"))).isEmpty();
        assertThat(CebFastPass.read(new byte[0])).isEmpty();
    }

    @Example
    void an_attribute_given_twice_in_any_order_is_left_to_the_reference_which_refuses_it() {
        // found with 30,000 copies: a namespace declaration given again after other attributes went unnoticed
        String sample = Samples.text("CEB411Message");
        String ceb = "xmlns:ceb=\"" + CebMessageType.NAMESPACE + "\"";
        String root = sample.substring(sample.indexOf("<ceb:CEB411Message"), sample.indexOf('>',
                sample.indexOf("<ceb:CEB411Message")) + 1);
        String attributes = root.substring("<ceb:CEB411Message".length(), root.length() - 1).trim()
                .replaceAll("\\s+", " ");
        for (String twice : List.of(ceb + " " + attributes, attributes + " " + ceb, attributes.replace("version=",
                "guid=\"" + "A".repeat(36) + "\" version="), attributes + " version=\"1.0\"",
                "version=\"1.0\" " + attributes)) {
            byte[] xml = sample.replace(root, "<ceb:CEB411Message " + twice + ">").getBytes(StandardCharsets.UTF_8);
            assertThat(CebFastPass.read(xml)).as(twice).isEmpty();
            assertThat(CebValidator.validate(xml, true).errors()).as(twice).isNotEmpty();
        }
    }

    @Example
    void valid_messages_outside_what_the_fast_pass_takes_are_read_by_the_slower_stages_as_before() {
        String sample = Samples.text("CEB311Message");
        String extend = "<ceb:ExtendMessage><ceb:name>x</ceb:name><ceb:version>1</ceb:version><ceb:Message><any/>"
                + "</ceb:Message></ceb:ExtendMessage>";
        List<String> forms = List.of(
                // a fixed value may be left out: the schema then takes it; the fast pass wants it written
                sample.replaceFirst("<ceb:currency>142</ceb:currency>", "<ceb:currency/>"),
                // digits counted as written: 20 here, 19 for the schema
                sample.replaceFirst("<ceb:goodsValue>[^<]*<", "<ceb:goodsValue>099999999999999.99999<"),
                sample.replaceFirst("<ceb:goodsValue>[^<]*<", "<ceb:goodsValue>1.000000<"),
                sample.replaceFirst("<ceb:goodsValue>[^<]*<", "<ceb:goodsValue> 1 <"),
                sample.replaceFirst("<ceb:buyerName>[^<]*<", "<ceb:buyerName>&#26446;<"),
                sample.replaceFirst("<ceb:buyerName>[^<]*<", "<ceb:buyerName><![CDATA[李]]><"),
                sample.replace("<ceb:BaseTransfer>", "<ceb:BaseTransfer xmlns:other='urn:x'>"),
                sample.replace("</ceb:BaseTransfer>", "</ceb:BaseTransfer>" + extend),
                sample.replace("<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">",
                        "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"s\">"),
                // a tab in an attribute value is read as a space
                sample.replace("guid=\"4CDE1CFD-EDED-46B1-946C-B8022E42FC94\"",
                        "guid=\"4CDE1CFD-EDED-46B1-946C\tB8022E42FC94\""));
        for (String form : forms) {
            byte[] xml = form.getBytes(StandardCharsets.UTF_8);
            assertThat(CebValidator.validate(xml, true).errors()).as(form.substring(0, 200)).isEmpty();
            assertThat(CebFastPass.read(xml)).as(form.substring(0, 200)).isEmpty();
            assertThat(CebMessages.read(xml)).isEqualTo(CebReader.read(xml, CebMessageType.CEB311));
        }
    }

    @Example
    void the_schema_compiles_into_the_fast_model_with_only_the_wildcard_of_extend_message_left_out() {
        CebFastSchema schema = CebFastSchema.get();
        assertThat(schema.usable()).isTrue();
        Set<CebFastSchema.Decl> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> unsupported = new TreeSet<>();
        for (String root : BrokenMessages.READABLE) {
            CebFastSchema.Decl decl = schema.root(CebMessageType.ofRootElement(root).orElseThrow());
            walk(decl, seen, unsupported);
        }
        assertThat(unsupported).containsExactly("Message");
    }

    @Example
    void the_signature_shape_was_written_for_the_bundled_xml_signature_schema() throws Exception {
        // CebFastSignature hand-codes a subset of this schema (only the CEB schema is compiled): a new one needs a look
        try (var in = CebSchema.resource(CebSchema.XMLDSIG_XSD).openStream()) {
            String sha256 = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertThat(sha256).isEqualTo("c040e02d730fd327db8f3013ace1eb5621afd43a119f7f70b23c7523542a7ec8");
        }
    }

    private static void walk(CebFastSchema.Decl d, Set<CebFastSchema.Decl> seen, Set<String> unsupported) {
        if (!seen.add(d)) {
            return;
        }
        if (d.unsupported) {
            unsupported.add(d.name);
        }
        if (d.particles != null) {
            for (CebFastSchema.Particle p : d.particles) {
                if (!p.signature) {
                    walk(p.decl, seen, unsupported);
                }
            }
        }
    }

    @Property(tries = 1000)
    void the_fast_pass_accepts_no_message_broken_in_its_tree_that_the_reference_refuses(
            @ForAll("brokenTrees") Tuple.Tuple2<String, byte[]> broken) {
        agree(broken.get1(), broken.get2());
        Statistics.label("outcome").coverage(c -> c.check("valid", "read").percentage(p -> p > 10));
    }

    @Property(tries = 3000)
    void the_fast_pass_accepts_no_message_broken_in_its_text_that_the_reference_refuses(
            @ForAll("brokenTexts") Tuple.Tuple2<String, byte[]> broken) {
        agree(broken.get1(), broken.get2());
        Statistics.label("outcome").coverage(c -> c.check("valid", "read").percentage(p -> p > 10));
    }

    @Property(tries = 500)
    void the_fast_pass_takes_no_uri_the_reference_refuses(@ForAll("uris") String uri) {
        String xml = Samples.text("CEB623Message").replace("http://www.chinaport.gov.cn/2022/04/xmldsig#sm3", uri);
        agree("uri", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, byte[]>> brokenTrees() {
        Arbitrary<String> base = Arbitraries.of(BASES);
        Arbitrary<String> kind = Arbitraries.of(BrokenMessages.TREE_KINDS);
        return Combinators.combine(base, kind, Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 10_000))
                .as((xml, k, at, pick) -> Tuple.of(k, BrokenMessages.tree(xml.getBytes(StandardCharsets.UTF_8), k,
                        at, pick)));
    }

    /** One change to the text, sometimes two (the second on the first's result, as text). */
    @Provide
    Arbitrary<Tuple.Tuple2<String, byte[]>> brokenTexts() {
        Arbitrary<String> base = Arbitraries.of(BASES);
        Arbitrary<String> kind = Arbitraries.of(BrokenMessages.TEXT_KINDS);
        return Combinators.combine(base, kind, kind, Arbitraries.longs(), Arbitraries.integers().between(0, 3))
                .as((xml, first, second, seed, how) -> {
                    Random random = new Random(seed);
                    byte[] once = BrokenMessages.text(xml, first, random);
                    if (how != 0) {
                        return Tuple.of(first, once);
                    }
                    String text = new String(once, StandardCharsets.UTF_8);
                    return Tuple.of(first, BrokenMessages.text(text, second, random));
                });
    }

    @Provide
    Arbitrary<String> uris() {
        Arbitrary<String> any = Arbitraries.strings().withChars("aZ09.-_~:/#%?@[]+ é!$&'()*,;=").ofMaxLength(16);
        Arbitrary<String> hosts = Arbitraries.strings().withChars("ab1.-_~:").ofMinLength(0).ofMaxLength(12)
                .map(h -> "http://" + h + "/x");
        Arbitrary<String> paths = Arbitraries.strings().withChars("ab1.-_~:/#%?@").ofMaxLength(12)
                .map(p -> "http://a.b/" + p);
        Arbitrary<String> schemes = Arbitraries.strings().withChars("aZ1+.-:").ofMinLength(0).ofMaxLength(6)
                .map(s -> s + "://h/p#f");
        return Arbitraries.oneOf(any, hosts, paths, schemes);
    }

    /** What the fast pass accepts, the reference accepts, and both read it into the same records. */
    private static void agree(String kind, byte[] xml) {
        Optional<CebMessage> fast = CebFastPass.read(xml);
        CebValidator.Outcome reference = CebValidator.validate(xml, true);
        Statistics.label("kind").collect(kind, reference.valid() ? "valid" : "refused",
                fast.isPresent() ? "read" : "handed on");
        Statistics.label("outcome").collect(reference.valid() ? "valid" : "refused", fast.isPresent() ? "read"
                : "handed on");
        if (fast.isPresent()) {
            assertThat(reference.errors()).as("the reference's errors for what the fast pass accepted: "
                    + new String(xml, StandardCharsets.UTF_8)).isEmpty();
            assertThat(fast.get()).isEqualTo(CebReader.read(xml, reference.type().orElseThrow()));
        }
    }

    private static void assertReadByTheFastPassAsByTheReference(String what, byte[] xml) {
        Optional<CebMessage> fast = CebFastPass.read(xml);
        assertThat(fast).as(what).isPresent();
        CebValidator.Outcome reference = CebValidator.validate(xml, true);
        assertThat(reference.errors()).as(what).isEmpty();
        assertThat(fast.get()).as(what).isEqualTo(CebReader.read(xml, reference.type().orElseThrow()));
        assertThat(CebMessages.read(xml)).isEqualTo(fast.get());
    }

    /** The official samples and the benchmark's four messages (three purchases each), as text. */
    private static List<String> bases() {
        List<String> out = new ArrayList<>();
        for (String name : BrokenMessages.READABLE) {
            out.add(Samples.text(name));
        }
        for (byte[] xml : BenchShapedMessages.purchase(3)) {
            out.add(new String(xml, StandardCharsets.UTF_8));
        }
        return List.copyOf(out);
    }
}
