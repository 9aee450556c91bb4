package org.importwindow.server.api;

import java.net.URI;
import java.util.List;
import org.importwindow.assessment.InvalidRequestException;
import org.importwindow.assessment.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Every refusal of the API as RFC 9457 problem+json: {@code type}, {@code title}, {@code status}, {@code detail} and
 * an {@code errors} array of {@code {code, path, message}} listing every error found.
 */
@RestControllerAdvice(basePackageClasses = ProblemHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler {
    static final String TYPE_BASE = "https://importwindow.org/problems/";

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> api(ApiProblemException e) {
        return problem(e.status(), e.title(), e.violations());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request is not valid", e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String path = "";
        String message = "The body is not well-formed JSON";
        if (e.getCause() instanceof JacksonException je) {
            path = jsonPath(je.getPath());
            message = message + ": " + je.getOriginalMessage();
        }
        return problem(HttpStatus.BAD_REQUEST, "The request is not valid",
                List.of(new Violation(RequestRules.MALFORMED_BODY, path, message)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request is not valid", List.of(new Violation(
                RequestRules.MISSING_PARAMETER, e.getParameterName(), "Parameter " + e.getParameterName() + " is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request is not valid", List.of(new Violation(
                RequestRules.BAD_PARAMETER, e.getName(), "Parameter " + e.getName() + " has a wrong value")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", List.of(new Violation(
                RequestRules.MALFORMED_BODY, "", "Send the body as application/json")));
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, List<Violation> violations) {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setTitle(title);
        pd.setType(URI.create(TYPE_BASE + (status == HttpStatus.NOT_FOUND ? "not-found" : "invalid-request")));
        pd.setDetail(violations.size() == 1 ? violations.get(0).message()
                : violations.size() + " errors: " + String.join("; ", violations.stream().map(v ->
                (v.path() == null || v.path().isEmpty() ? "" : v.path() + ": ") + v.message()).toList()));
        pd.setProperty("errors", violations.stream()
                .map(v -> new Error(nz(v.code()), nz(v.path()), nz(v.message()))).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    /** One entry of the {@code errors} array. */
    public record Error(String code, String path, String message) {
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Jackson's path as the API's field path, e.g. {@code items[0].customsValue}. */
    static String jsonPath(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
