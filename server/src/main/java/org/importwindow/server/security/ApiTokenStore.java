package org.importwindow.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bearer tokens for the API in {@code api_token}. A token is 32 random bytes shown once to its owner; only its
 * SHA-256 is stored, so a copy of the database does not give access. SHA-256 (not BCrypt) because the token has
 * 256 bits of entropy and is checked on every call.
 */
@Repository
@DependsOnDatabaseInitialization
public class ApiTokenStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;

    public ApiTokenStore(JdbcClient db) {
        this.db = db;
    }

    /** Create a token for the user; returns the token itself (never stored). */
    public String issue(String username, String label, OffsetDateTime now, OffsetDateTime expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "iw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        db.sql("insert into api_token (token_hash, username, label, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(hash(token), username, label, now, expiresAt).update();
        return token;
    }

    /**
     * Register a token chosen by the caller (an enterprise system's API key, e.g. the demo keys) for the user, unless
     * it is registered already; returns whether it was added. Only its SHA-256 is kept, as for issued tokens.
     */
    public boolean register(String token, String username, String label, OffsetDateTime now) {
        if (ownerOfHash(hash(token)).isPresent()) {
            return false;
        }
        db.sql("insert into api_token (token_hash, username, label, created_at, expires_at) values (?, ?, ?, ?, null)")
                .params(hash(token), username, label, now).update();
        return true;
    }

    /** The user a valid, unexpired token belongs to. */
    public Optional<String> owner(String token, OffsetDateTime now) {
        return db.sql("select username from api_token where token_hash = ? and (expires_at is null or expires_at > ?)")
                .params(hash(token), now).query(String.class).optional();
    }

    /** A token's owner and expiry (null = never), looked up by the token's hash, whether expired or not. */
    record Owner(String username, OffsetDateTime expiresAt) {
    }

    Optional<Owner> ownerOfHash(String tokenHash) {
        return db.sql("select username, expires_at from api_token where token_hash = ?").param(tokenHash)
                .query((rs, n) -> new Owner(rs.getString(1), rs.getObject(2, OffsetDateTime.class))).optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
