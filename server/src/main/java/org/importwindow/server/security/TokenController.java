package org.importwindow.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issues API bearer tokens to the signed-in user (sign in with HTTP Basic once, then use the token). */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tokens", description = "Bearer tokens for the API")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class TokenController {
    static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

    private final ApiTokenStore tokens;
    private final Clock clock;

    public TokenController(ApiTokenStore tokens, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Optional body of the request. */
    public record TokenRequest(String label, Integer days) {
    }

    /** The token, shown once: only its hash is kept. */
    public record TokenJson(String token, String tokenType, String username, OffsetDateTime expiresAt) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a bearer token for the caller (valid 30 days unless days is given, at most 365)")
    public TokenJson issue(@AuthenticationPrincipal AppUser user, @RequestBody(required = false) TokenRequest body) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int days = body == null || body.days() == null ? (int) DEFAULT_LIFETIME.toDays()
                : Math.max(1, Math.min(365, body.days()));
        OffsetDateTime expires = now.plusDays(days);
        String token = tokens.issue(user.username(), body == null ? null : body.label(), now, expires);
        return new TokenJson(token, "Bearer", user.username(), expires);
    }
}
