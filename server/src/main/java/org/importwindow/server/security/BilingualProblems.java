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

    /** 400: a request parameter of the wrong form, under the feature's rule code. */
    public static ResponseEntity<ProblemDetail> wrongParameter(String code, String name) {
        return entity(HttpStatus.BAD_REQUEST, "The request is not valid", List.of(new BilingualError(code, name,
                "Parameter " + name + " has a wrong value", "参数 " + name + " 的值有误")));
    }

    /** 415: a body that is not JSON, under the feature's rule code. */
    public static ResponseEntity<ProblemDetail> jsonExpected(String code) {
        return entity(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", List.of(new BilingualError(code, "",
                "Send the body as application/json", "请以 application/json 发送请求正文")));
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
