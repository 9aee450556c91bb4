package org.importwindow.server.ecommerce;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.importwindow.server.ecommerce.CbecStore.StoredList;

/**
 * The single writer's memory of every inventory list waiting for its documents (complete: loaded when the writer
 * starts), indexed by the order and the waybill each waits for, and by the time it was received. The SQL and the
 * RocksDB store both keep it; only the writer's thread touches it.
 */
final class WaitingLists {
    private record Key(String a, String b) {
    }

    private final Map<String, StoredList> byGuid = new HashMap<>();
    /** The longest waiting first: the overdue sweep takes them from the head. */
    private final NavigableSet<StoredList> oldestFirst = new TreeSet<>(
            Comparator.comparing(StoredList::receivedAt).thenComparing(StoredList::guid));
    private final Map<Key, Set<String>> byOrder = new HashMap<>();
    private final Map<Key, Set<String>> byWaybill = new HashMap<>();

    /** The list waits (again: a later state of it replaces the earlier one). */
    void add(StoredList l) {
        StoredList earlier = byGuid.put(l.guid(), l);
        if (earlier != null) {
            oldestFirst.remove(earlier);
        }
        oldestFirst.add(l);
        byOrder.computeIfAbsent(new Key(l.ebpCode(), l.orderNo()), k -> new HashSet<>()).add(l.guid());
        byWaybill.computeIfAbsent(new Key(l.logisticsCode(), l.logisticsNo()), k -> new HashSet<>()).add(l.guid());
    }

    /** The list no longer waits (decided, cancelled or replaced). */
    void remove(StoredList l) {
        StoredList was = byGuid.remove(l.guid());
        if (was != null) {
            oldestFirst.remove(was);
            remove(byOrder, new Key(l.ebpCode(), l.orderNo()), l.guid());
            remove(byWaybill, new Key(l.logisticsCode(), l.logisticsNo()), l.guid());
        }
    }

    List<StoredList> forOrder(String ebpCode, String orderNo) {
        return lists(byOrder.get(new Key(ebpCode, orderNo)));
    }

    List<StoredList> forWaybill(String logisticsCode, String logisticsNo) {
        return lists(byWaybill.get(new Key(logisticsCode, logisticsNo)));
    }

    /** Those received before {@code before}, the longest waiting first, at most {@code limit}. */
    List<StoredList> receivedBefore(OffsetDateTime before, int limit) {
        List<StoredList> out = new ArrayList<>();
        for (StoredList l : oldestFirst) {
            if (out.size() >= limit || !l.receivedAt().isBefore(before)) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    void clear() {
        byGuid.clear();
        oldestFirst.clear();
        byOrder.clear();
        byWaybill.clear();
    }

    private static void remove(Map<Key, Set<String>> index, Key key, String guid) {
        Set<String> s = index.get(key);
        if (s != null && s.remove(guid) && s.isEmpty()) {
            index.remove(key);
        }
    }

    private List<StoredList> lists(Set<String> guids) {
        if (guids == null || guids.isEmpty()) {
            return List.of();
        }
        List<StoredList> out = new ArrayList<>(guids.size());
        for (String g : guids) {
            out.add(byGuid.get(g));
        }
        return out;
    }
}
