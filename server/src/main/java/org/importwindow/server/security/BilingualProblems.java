package org.importwindow.server.security;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem+json answers of the declaration API: {@code type}, {@code title}, {@code status}, {@code detail}
 * and {@code errors} [{code, path, message, messageZh}] listing every error found.
 */
public final class BilingualProblems {
    public static final String TYPE_BASE = "https://importwindow.org/problems/";

    private BilingualProblems() {
    }

    public static ProblemDetail detail(HttpStatus status, String title, List<BilingualError> errors) {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setTitle(title);
        pd.setType(URI.create(TYPE_BASE + type(status)));
        pd.setDetail(errors.size() == 1 ? errors.get(0).message()
                : errors.size() + " errors: " + String.join("; ", errors.stream().map(e ->
                (e.path().isEmpty() ? "" : e.path() + ": ") + e.message()).toList()));
        pd.setProperty("errors", errors);
        return pd;
    }

    public static ResponseEntity<ProblemDetail> entity(HttpStatus status, String title, List<BilingualError> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(status, title, errors));
    }

    private static String type(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case CONFLICT -> "conflict";
            default -> "invalid-request";
        };
    }
}
