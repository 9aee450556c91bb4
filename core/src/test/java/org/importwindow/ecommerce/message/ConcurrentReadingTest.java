package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The shared schema, factories and pooled parsers give every thread its own, correct result. */
class ConcurrentReadingTest {

    @Test
    void valid_and_invalid_messages_read_on_many_threads_at_once_each_get_their_own_answer() throws Exception {
        byte[] valid = Samples.bytes("CEB621Message");
        byte[] invalid = Samples.utf8(Samples.text("CEB621Message")
                .replaceFirst("<ceb:buyerIdNumber>[^<]*</ceb:buyerIdNumber>", ""));
        CebMessage expected = CebMessages.read(valid);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean good = i % 3 != 0;
                results.add(pool.submit(() -> {
                    try {
                        return CebMessages.read(good ? valid : invalid);
                    } catch (CebMessageException e) {
                        return e.errors();
                    }
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                Object r = results.get(i).get();
                if (i % 3 != 0) {
                    assertThat(r).isEqualTo(expected);
                } else {
                    assertThat(r).asList().hasSize(1);
                    assertThat(((CebMessageError) ((List<?>) r).get(0)).path())
                            .isEqualTo("/CEB621Message/Inventory[1]/InventoryHead/buyerName");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
