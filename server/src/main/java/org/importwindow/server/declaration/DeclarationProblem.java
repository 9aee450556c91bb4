package org.importwindow.server.declaration;

import java.util.List;
import org.importwindow.server.security.BilingualError;
import org.springframework.http.HttpStatus;

/** A refusal of the declaration API, answered as problem+json with every error in English and Chinese. */
public class DeclarationProblem extends RuntimeException {
    public static final String NOT_FOUND = "DEC-404";
    public static final String NOT_AUTHORISED = "DEC-403";
    public static final String CONFLICT = "DEC-409";

    private final HttpStatus status;
    private final String title;
    private final List<BilingualError> errors;

    public DeclarationProblem(HttpStatus status, String title, List<BilingualError> errors) {
        super(title);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static DeclarationProblem invalid(List<BilingualError> errors) {
        return new DeclarationProblem(HttpStatus.BAD_REQUEST, "The declaration is not valid", errors);
    }

    public static DeclarationProblem notFound(String id) {
        return new DeclarationProblem(HttpStatus.NOT_FOUND, "Not found", List.of(new BilingualError(NOT_FOUND, "id",
                "No declaration " + id + " among yours", "您的报关单中没有 " + id)));
    }

    public static DeclarationProblem notAuthorised(String uscc) {
        return new DeclarationProblem(HttpStatus.FORBIDDEN, "Forbidden", List.of(new BilingualError(NOT_AUTHORISED,
                "importer", "You are not authorised to declare for enterprise " + uscc,
                "您无权代理企业 " + uscc + " 申报")));
    }

    public static DeclarationProblem conflict(String path, String message, String messageZh) {
        return new DeclarationProblem(HttpStatus.CONFLICT, "Conflict",
                List.of(new BilingualError(CONFLICT, path, message, messageZh)));
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<BilingualError> errors() {
        return errors;
    }
}
