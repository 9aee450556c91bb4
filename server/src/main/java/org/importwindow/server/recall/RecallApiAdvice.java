package org.importwindow.server.recall;

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
import tools.jackson.core.JacksonException;

/** problem+json answers of the recall APIs: {@code errors} [{code, path, message, messageZh}]. */
@RestControllerAdvice(assignableTypes = {RecallController.class, RecallNoticeController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RecallApiAdvice {

    @ExceptionHandler(RecallProblem.class)
    ResponseEntity<ProblemDetail> problem(RecallProblem e) {
        return BilingualProblems.entity(e.status(), e.title(), e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String path = "";
        String message = "The body is not well-formed JSON, or a value has the wrong form (dates YYYY-MM-DD; "
                + "riskLevel SERIOUS|HIGH|MEDIUM|LOW; remedy REPAIR|REPLACE|REFUND; level IMPORTER|DISTRIBUTOR|"
                + "RETAILER|CONSUMER)";
        if (e.getCause() instanceof JacksonException je) {
            StringBuilder sb = new StringBuilder();
            for (JacksonException.Reference r : je.getPath()) {
                if (r.getPropertyName() != null) {
                    sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            path = sb.toString();
        }
        return BilingualProblems.entity(HttpStatus.BAD_REQUEST, "The request is not valid",
                List.of(new BilingualError("REC-000", path, message, "请求正文不是格式正确的 JSON，或某个值的格式有误")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return BilingualProblems.wrongParameter("REC-001", e.getName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return BilingualProblems.jsonExpected("REC-000");
    }
}
