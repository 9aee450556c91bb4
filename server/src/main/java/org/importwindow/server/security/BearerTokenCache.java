package org.importwindow.server.security;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a bearer token authenticates, remembered for a moment: a machine sender lodges many declarations a second
 * with one token, and looking the token and its user (roles, enterprises) up in four queries on each call cost more
 * than the lodgement's own reads. The token's expiry is still checked on every call against the clock; a change of
 * the users ({@link UserStore#generation()}) forgets everything at once; otherwise an answer is at most
 * {@link #TTL_NANOS} old. Unknown tokens are not remembered (a wrong token costs its lookup, as before).
 */
final class BearerTokenCache {
    /** How long a looked-up owner is trusted without asking the database again. */
    static final long TTL_NANOS = 2_000_000_000L;
    /** Bound on the entries kept: beyond it the cache starts again empty (tokens are few in practice). */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(AppUser user, OffsetDateTime expiresAt, long generation, long loadedAt) {
    }

    private final ApiTokenStore tokens;
    private final UserStore users;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    BearerTokenCache(ApiTokenStore tokens, UserStore users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** The enabled user a valid, unexpired token belongs to (without the password hash). */
    Optional<AppUser> owner(String token, OffsetDateTime now) {
        String hash = ApiTokenStore.hash(token);
        long generation = users.generation();
        Entry e = entries.get(hash);
        long t = System.nanoTime();
        if (e == null || e.generation() != generation || t - e.loadedAt() > TTL_NANOS) {
            Optional<ApiTokenStore.Owner> owner = tokens.ownerOfHash(hash);
            Optional<AppUser> user = owner.flatMap(o -> users.find(o.username())).filter(AppUser::isEnabled)
                    .map(AppUser::withoutPassword);
            if (user.isEmpty()) {
                entries.remove(hash);
                return Optional.empty();
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            e = new Entry(user.get(), owner.get().expiresAt(), generation, t);
            entries.put(hash, e);
        }
        if (e.expiresAt() != null && !e.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(e.user());
    }
}
