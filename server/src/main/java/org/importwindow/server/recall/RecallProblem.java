package org.importwindow.server.recall;

import java.util.List;
import org.importwindow.recall.RecallRuleException;
import org.importwindow.server.security.BilingualError;
import org.springframework.http.HttpStatus;

/** A refused recall request: 400 (bad data, nothing stored), 403, 404 or 409, with rule-coded errors. */
public class RecallProblem extends RuntimeException {
    private final HttpStatus status;
    private final transient List<BilingualError> errors;

    public RecallProblem(HttpStatus status, List<BilingualError> errors) {
        super(errors.isEmpty() ? status.toString() : errors.get(0).code() + " " + errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    static RecallProblem of(RecallRuleException e) {
        return new RecallProblem(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, e.violations().stream()
                .map(v -> new BilingualError(v.code(), v.path(), v.message(), v.messageZh())).toList());
    }

    static RecallProblem notFound() {
        return new RecallProblem(HttpStatus.NOT_FOUND, List.of(new BilingualError("REC-404", "",
                "No such recall case among yours", "没有该召回案件")));
    }

    static RecallProblem forbidden(String en, String zh) {
        return new RecallProblem(HttpStatus.FORBIDDEN, List.of(new BilingualError("REC-403", "", en, zh)));
    }

    static RecallProblem invalid(String code, String path, String en, String zh) {
        return new RecallProblem(HttpStatus.BAD_REQUEST, List.of(new BilingualError(code, path, en, zh)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<BilingualError> errors() {
        return errors;
    }

    public String title() {
        return switch (status) {
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Forbidden";
            case CONFLICT -> "The step does not fit the case";
            default -> "The request is not valid";
        };
    }
}
