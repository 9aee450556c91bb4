package org.importwindow.server.complaint;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Investigations kept in memory while the recalls' {@code RecallService} is not on main: a click opens a case
 * ({@code INV-<n>}, state INVESTIGATING) that the signal then shows; a restart forgets them. Not a no-op, so the
 * regulator's one-click flow and its tests work end to end today.
 */
public class InMemoryInvestigations implements InvestigationOpener {

    private final Map<String, Investigation> bySignal = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();

    @Override
    public Investigation open(Request r) {
        return bySignal.computeIfAbsent(r.signalId(), id -> new Investigation(
                "INV-" + numbers.incrementAndGet(), id, "INVESTIGATING", null, r.regulator(), r.at()));
    }

    @Override
    public Optional<Investigation> forSignal(String signalId) {
        return Optional.ofNullable(bySignal.get(signalId));
    }
}
