package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * How the single writer groups the messages that queue for it: a group holds at most {@code group-commit} messages
 * and, from its second message on, no more than {@code group-documents} documents, so that messages of 100 documents
 * make groups of a few while one-document messages still fill a group.
 */
class CbecProcessorGroupsTest {
    private final CbecProcessor processor = new CbecProcessor(null,
            new CbecProperties(Duration.ofHours(24), "test", 1 << 20, 32, 400),
            new StaticListableBeanFactory(Map.of("clock", Clock.systemUTC())).getBeanProvider(Clock.class));
    private final AtomicInteger group = new AtomicInteger();
    private final ExecutorService senders = Executors.newCachedThreadPool();

    CbecProcessorGroupsTest() {
        processor.withoutSqlTransactions();
        processor.listen(new CbecProcessor.GroupListener() {
            @Override
            public CompletableFuture<Void> commit() {
                group.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            }
        });
    }

    @AfterEach
    void stop() {
        senders.shutdownNow();
        processor.destroy();
    }

    @Test
    void five_messages_of_100_documents_waiting_are_written_as_a_group_of_four_and_one_of_one() throws Exception {
        assertThat(groupSizes(5, 100)).containsExactly(4, 1);
    }

    @Test
    void forty_one_document_messages_waiting_are_written_as_groups_of_thirty_two_and_eight() throws Exception {
        assertThat(groupSizes(40, 1)).containsExactly(32, 8);
    }

    @Test
    void a_message_larger_than_a_group_is_a_group_of_its_own() throws Exception {
        assertThat(groupSizes(3, 1000)).containsExactly(1, 1, 1);
    }

    /** The sizes of the groups {@code messages} messages of {@code documents} each make when they all wait. */
    private List<Integer> groupSizes(int messages, int documents) throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        // the writer is busy with something else while they queue
        Future<?> busy = senders.submit(() -> processor.submit(now -> {
            holding.countDown();
            await(hold);
            return null;
        }));
        holding.await();
        int first = group.get() + 1;
        List<Future<Integer>> answers = new ArrayList<>();
        for (int n = 0; n < messages; n++) {
            answers.add(senders.submit(() -> processor.submit(now -> group.get() + 1, documents)));
        }
        while (processor.waiting() < messages) {
            Thread.sleep(1);
        }
        hold.countDown();
        busy.get();
        Map<Integer, Integer> sizes = new TreeMap<>();
        for (Future<Integer> a : answers) {
            sizes.merge(a.get(), 1, Integer::sum);
        }
        assertThat(sizes.keySet()).allMatch(g -> g > first);
        return List.copyOf(sizes.values());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
