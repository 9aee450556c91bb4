package org.importwindow.bench.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LotSupplyChainTest {
    private static final Pattern SSCC = Pattern.compile("urn:epc:id:sscc:\\d+\\.\\d{10}");
    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void a_lot_of_twenty_pallets_of_twenty_five_cases_of_sixteen_sales_is_ten_thousand_and_eighty_one_events() {
        LotSupplyChain lot = new LotSupplyChain(0, 20, 25, 16, START);
        assertThat(lot.size()).isEqualTo(10_081);
        assertThat(lot.events()).hasSize(10_081).allSatisfy(e -> assertThat(e).startsWith("{\"type\":\"")
                .endsWith("}").contains("\"eventTime\":\"2026-"));
    }

    @Test
    void two_lots_never_share_a_pallet_or_a_case_so_a_trace_finds_one_lot_only() {
        Set<String> first = ssccs(new LotSupplyChain(0, 20, 25, 1, START).events());
        Set<String> far = ssccs(new LotSupplyChain(LotSupplyChain.MAX_LOTS - 1, 20, 25, 1, START).events());
        Set<String> next = ssccs(new LotSupplyChain(1, 20, 25, 1, START).events());
        assertThat(first).hasSize(20 + 20 * 25).doesNotContainAnyElementsOf(far).doesNotContainAnyElementsOf(next);
    }

    @Test
    void a_lot_beyond_the_serials_available_is_refused() {
        assertThatThrownBy(() -> new LotSupplyChain(LotSupplyChain.MAX_LOTS, 1, 1, 1, START))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_capture_document_names_the_epcis_2_context_and_holds_its_events() {
        List<String> events = new LotSupplyChain(3, 1, 1, 1, START).events();
        String doc = LotSupplyChain.document(events, START);
        assertThat(doc).startsWith("{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"]")
                .contains("\"type\":\"EPCISDocument\"", "\"schemaVersion\":\"2.0\"").endsWith("]}}");
        assertThat(doc.split("\"eventTime\"", -1)).hasSize(events.size() + 1);
    }

    private static Set<String> ssccs(List<String> events) {
        Set<String> out = new HashSet<>();
        for (String e : events) {
            Matcher m = SSCC.matcher(e);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }
}
