package org.importwindow.server.declaration;

import java.util.List;
import org.importwindow.server.audit.AuditController;
import org.importwindow.server.enterprise.EnterpriseController;
import org.importwindow.server.officer.OfficerController;
import org.importwindow.server.security.BilingualError;
import org.importwindow.server.security.BilingualProblems;
import org.importwindow.server.security.TokenController;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * The problem+json answers of the declaration, officer, audit, enterprise and token APIs: {@code errors}
 * [{code, path, message, messageZh}].
 */
@RestControllerAdvice(assignableTypes = {DeclarationController.class, OfficerController.class, AuditController.class,
        EnterpriseController.class, TokenController.class, ArrivalAndTwoStepController.class,
        org.importwindow.server.ecommerce.CbecController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DeclarationApiAdvice {

    @ExceptionHandler(DeclarationProblem.class)
    ResponseEntity<ProblemDetail> problem(DeclarationProblem e) {
        return BilingualProblems.entity(e.status(), e.title(), e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String path = "";
        String message = "The body is not well-formed JSON";
        if (e.getCause() instanceof JacksonException je) {
            path = path(je.getPath());
            message = message + ": " + je.getOriginalMessage();
        }
        return BilingualProblems.entity(HttpStatus.BAD_REQUEST, "The request is not valid",
                List.of(new BilingualError("DEC-000", path, message, "请求正文不是格式正确的 JSON")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return BilingualProblems.wrongParameter("API-001", e.getName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return BilingualProblems.jsonExpected("DEC-000");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return BilingualProblems.entity(HttpStatus.FORBIDDEN, "Forbidden", List.of(new BilingualError("AUTH-403", "",
                "Your role may not do this", "您的角色无权执行此操作")));
    }

    private static String path(List<JacksonException.Reference> refs) {
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
