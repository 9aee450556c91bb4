package org.importwindow.server.complaint;

import java.util.List;
import org.importwindow.server.security.BilingualError;
import org.importwindow.server.security.BilingualProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The problem+json answers of the complaint and defect-signal APIs: {@code errors} [{code, path, message, messageZh}]. */
@RestControllerAdvice(assignableTypes = {ComplaintController.class, DefectSignalController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ComplaintApiAdvice {

    @ExceptionHandler(ComplaintProblem.class)
    ResponseEntity<ProblemDetail> problem(ComplaintProblem e) {
        return BilingualProblems.entity(e.status(), e.title(), e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return BilingualProblems.entity(HttpStatus.BAD_REQUEST, "The request is not valid", List.of(new BilingualError(
                "CMP-000", "", "The body is not well-formed JSON of a complaint", "请求正文不是格式正确的投诉 JSON")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return BilingualProblems.wrongParameter("API-001", e.getName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return BilingualProblems.jsonExpected("CMP-000");
    }
}
