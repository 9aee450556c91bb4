package org.importwindow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs law examples (YAML or JSON files, each a list of cases) against any {@link Assessor}, so the same files can
 * be run against the test fixture and the real bundled schedule. A case:
 * <pre>
 * - name: grape wine from Australia with proof of origin
 *   why: China-Australia FTA conventional rate 0        # optional
 *   request: {date: "2026-03-16", currency: CNY, items: [{commodityCode: "22042100", origin: AU,
 *             customsValue: "100000.00", quantity: ..., unit: ..., preference: AUTO, proofOfOrigin: true,
 *             quotaCertificate: false, attributes: {}}]}
 *   expect: {duty: "0.00", consumptionTax: "11111.11", vat: "14444.44", payable: "25555.55",
 *            waived: [duty], violations: [ASM-001]}      # every key optional; violations = codes, in any order
 * </pre>
 * The format is that of {@code shared/examples/assessments.json}.
 */
public final class LawExamples {
    private LawExamples() {
    }

    /** One dynamic test per case of every file. */
    public static Stream<DynamicTest> tests(Assessor assessor, List<Path> files) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            for (Map<String, Object> c : load(file)) {
                String name = file.getFileName() + ": " + c.get("name");
                tests.add(DynamicTest.dynamicTest(name, file.toUri(), () -> run(assessor, c)));
            }
        }
        return tests.stream();
    }

    /** The .yaml, .yml and .json files of a folder, in name order. */
    public static List<Path> filesIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
                    || p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> load(Path file) {
        // JSON is YAML: one reader for both
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            return (List<Map<String, Object>>) root;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static void run(Assessor assessor, Map<String, Object> c) {
        AssessmentRequest request = request((Map<String, Object>) c.get("request"));
        Map<String, Object> expect = (Map<String, Object>) c.getOrDefault("expect", Map.of());
        if (expect.containsKey("violations")) {
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> assessor.assess(request));
            assertThat(e).as("the request is refused").isNotNull();
            assertThat(e.violations()).extracting(Violation::code)
                    .containsExactlyInAnyOrderElementsOf((List<String>) expect.get("violations"));
            return;
        }
        Assessment a = assessor.assess(request);
        Totals t = a.totals();
        String explanation = String.join("\n", a.items().isEmpty() ? List.of() : a.items().get(0).explanation());
        check("duty", expect, t.duty(), explanation);
        check("consumptionTax", expect, t.consumptionTax(), explanation);
        check("vat", expect, t.vat(), explanation);
        check("payable", expect, t.payable(), explanation);
        if (expect.containsKey("waived")) {
            assertThat(t.waived()).containsExactlyInAnyOrderElementsOf((List<String>) expect.get("waived"));
        }
    }

    private static void check(String key, Map<String, Object> expect, BigDecimal actual, String explanation) {
        if (expect.containsKey(key)) {
            assertThat(actual.toPlainString()).as(key + "\n" + explanation).isEqualTo(String.valueOf(expect.get(key)));
        }
    }

    /** The JSON request of the API as a core request. */
    @SuppressWarnings("unchecked")
    public static AssessmentRequest request(Map<String, Object> r) {
        List<ItemRequest> items = new ArrayList<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) r.getOrDefault("items", List.of())) {
            Map<String, String> attributes = new LinkedHashMap<>();
            ((Map<String, Object>) i.getOrDefault("attributes", Map.of()))
                    .forEach((k, v) -> attributes.put(k, String.valueOf(v)));
            items.add(new ItemRequest(text(i.get("commodityCode")), text(i.get("origin")), number(i.get("customsValue")),
                    number(i.get("quantity")), text(i.get("unit")), text(i.get("preference")),
                    Boolean.TRUE.equals(i.get("proofOfOrigin")), Boolean.TRUE.equals(i.get("quotaCertificate")),
                    attributes));
        }
        Object date = r.get("date");
        LocalDate d = date == null ? null : date instanceof Date u
                ? u.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : LocalDate.parse(date.toString());
        return new AssessmentRequest(d, text(r.get("currency")), items);
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static BigDecimal number(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }
}
