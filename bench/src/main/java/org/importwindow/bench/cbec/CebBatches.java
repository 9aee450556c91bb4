package org.importwindow.bench.cbec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Purchases cut into batches of up to {@link TrafficProfile#batch} (100 at most, as the schema allows), each with its
 * four messages as UTF-8 bytes ready to send: the orders, payments, waybills and inventory lists of the same
 * purchases. Message guids come from the seed, so the same profile gives byte-identical messages.
 */
public final class CebBatches {
    private CebBatches() {
    }

    /** One batch: its purchases and one message of each kind. */
    public record Batch(int index, List<CbecPurchase> purchases, Map<CebXml.Kind, byte[]> messages) {
        public byte[] message(CebXml.Kind kind) {
            return messages.get(kind);
        }

        public int size() {
            return purchases.size();
        }
    }

    public static List<Batch> of(List<CbecPurchase> purchases, TrafficProfile profile) {
        SplittableRandom random = new SplittableRandom(profile.seed() * 31 + 7);
        List<Batch> batches = new ArrayList<>();
        for (int from = 0, i = 0; from < purchases.size(); from += profile.batch(), i++) {
            List<CbecPurchase> part = purchases.subList(from, Math.min(purchases.size(), from + profile.batch()));
            Map<CebXml.Kind, byte[]> messages = new EnumMap<>(CebXml.Kind.class);
            for (CebXml.Kind kind : CebXml.Kind.values()) {
                messages.put(kind, CebXml.message(kind, CbecTraffic.guid(random), part)
                        .getBytes(StandardCharsets.UTF_8));
            }
            batches.add(new Batch(i, List.copyOf(part), messages));
        }
        return batches;
    }
}
