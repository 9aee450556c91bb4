package org.importwindow.server.api;

import java.util.List;
import org.importwindow.assessment.Violation;
import org.springframework.http.HttpStatus;

/** A request the API refuses, with every violation found; answered as RFC 9457 problem+json. */
public class ApiProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String title;
    private final List<Violation> violations;

    public ApiProblemException(HttpStatus status, String title, List<Violation> violations) {
        super(title);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ApiProblemException badRequest(List<Violation> violations) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, "The request is not valid", violations);
    }

    public static ApiProblemException notFound(String code, String path, String message) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "Not found", List.of(new Violation(code, path, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
