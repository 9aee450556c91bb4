package org.importwindow.server.web.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.importwindow.server.ecommerce.CbecService;
import org.importwindow.server.ecommerce.Purchase;
import org.importwindow.server.ecommerce.WriterRestarts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cross-border e-commerce pages with the writer's state of record in RocksDB ({@code importwindow.cbec.store=
 * rocksdb}): every scenario of {@link CbecPagesTest}, answered from RocksDB by key prefix — the SQL tables hold none
 * of the lists, receipts, usage or counters, so a page that read them would show nothing — and what only this store
 * has to get right: a refused list declared again under its number shown once, in its place, also after a restart.
 */
class CbecPagesOnRocksdbTest extends CbecPagesTest {
    @DynamicPropertySource
    static void rocksdb(DynamicPropertyRegistry r) throws IOException {
        Path dir = Files.createTempDirectory("iw-cbec-pages-rocks");
        r.add("importwindow.data-dir", dir::toString);
        r.add("spring.datasource.url", () -> "jdbc:h2:mem:cbec-pages-rocks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        r.add("importwindow.cbec.store", () -> "rocksdb");
    }

    @Autowired
    CbecService service;

    @Autowired
    JdbcClient db;

    static int occurrences(String html, String s) {
        return html.split(java.util.regex.Pattern.quote(s), -1).length - 1;
    }

    @Test
    void a_refused_list_declared_again_under_its_number_is_shown_once_in_its_place_also_after_a_restart()
            throws Exception {
        String first = newBuyer();
        Purchase refused = new Purchase(first).tshirts("2", "3000");
        assertThat(buy(refused)).contains("-621005");
        // declared again under the same number, for another buyer and order, and released
        String second = newBuyer();
        Purchase again = new Purchase(second).tshirts("1", "80");
        again.copNo = refused.copNo;
        assertThat(buy(again)).contains("\"800\"");

        String firstBuyer = buyerPage("en", first, "张三");
        String secondBuyer = buyerPage("en", second, "张三");
        String agent = page("/cbec/platform?lang=en", as("agent-" + AGENT));
        assertThat(firstBuyer).contains("id=\"no-lists\"").doesNotContain(refused.copNo);
        assertThat(occurrences(secondBuyer, "data-cop-no=\"" + again.copNo + "\"")).isEqualTo(1);
        assertThat(secondBuyer).contains("Released", "<span id=\"usage\">90.00</span>");
        assertThat(occurrences(agent, "data-cop-no=\"" + again.copNo + "\"")).isEqualTo(1);
        assertThat(agent).contains("data-cop-no=\"" + again.copNo + "\" data-status=\"RELEASED\"", again.orderNo);
        // its receipts stay, newest first: the release above the refusal
        String receipts = agent.substring(agent.indexOf("id=\"receipts\""));
        assertThat(occurrences(receipts, again.copNo)).isGreaterThanOrEqualTo(2);
        assertThat(receipts.indexOf(again.copNo)).isLessThan(receipts.indexOf("released; taxes"));
        assertThat(receipts.indexOf("released; taxes")).isLessThan(receipts.indexOf("-621005"));

        WriterRestarts.restart(service);
        assertThat(withoutTokens(buyerPage("en", second, "张三"))).isEqualTo(withoutTokens(secondBuyer));
        assertThat(withoutTokens(buyerPage("en", first, "张三"))).isEqualTo(withoutTokens(firstBuyer));
        assertThat(withoutTokens(page("/cbec/platform?lang=en", as("agent-" + AGENT))))
                .isEqualTo(withoutTokens(agent));

        for (String table : java.util.List.of("cbec_inventory", "cbec_receipt", "cbec_tax_bill", "allowance_usage",
                "cbec_counter")) {
            assertThat(db.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
        }
    }
}
