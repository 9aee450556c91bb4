package org.importwindow.server.ecommerce.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.kafka.streams.state.KeyValueStore;
import org.importwindow.ecommerce.message.CebTimes;

/**
 * The numbers the single window gives (pre-entry numbers, list numbers) and the small formats receipts need, as the
 * embedded runtime writes them. Each partition numbers from its own counter, kept in its store (so a restart or a
 * replay continues, never repeats) and ending in the partition's number, so partitions never give the same one.
 */
final class Numbers {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COUNTER = "#counter";

    private final KeyValueStore<String, String> store;
    private final int partition;

    Numbers(KeyValueStore<String, String> store, int partition) {
        this.store = store;
        this.partition = partition;
    }

    /** The next of this partition: 6 digits of its counter, 3 of the partition. */
    private long next() {
        String v = store.get(COUNTER);
        long n = v == null ? 1 : Long.parseLong(v) + 1;
        store.put(COUNTER, Long.toString(n));
        return (n % 1_000_000L) * 1000 + partition % 1000;
    }

    /** A pre-entry number: a letter, the day and a sequence, 18 characters. */
    String preNo(String letter, LocalDate day) {
        return letter + CebTimes.formatDate(day) + String.format("%09d", next());
    }

    /** The customs list number: the customs code, the year, I, a sequence (18 characters). */
    String invtNo(String customsCode, int year) {
        return code4(customsCode) + year + "I" + String.format("%09d", next());
    }

    static LocalDateTime china(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), CHINA);
    }

    static String returnTime(long epochMillis) {
        return CebTimes.formatReturnTime(china(epochMillis));
    }

    static String code4(String customsCode) {
        String c = customsCode == null ? "" : customsCode.strip();
        return c.length() >= 4 ? c.substring(0, 4) : (c + "0000").substring(0, 4);
    }

    /** The schema allows 1,000 characters of returnInfo; the rest is cut with an ellipsis. */
    static String cut(String info) {
        return info == null || info.length() <= 1000 ? info : info.substring(0, 999) + "…";
    }

    static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
