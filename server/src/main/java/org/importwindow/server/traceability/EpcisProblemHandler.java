package org.importwindow.server.traceability;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.traceability.epcis.EpcisError;
import org.importwindow.traceability.epcis.EpcisQuery;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** EPCIS and trace refusals as problem+json: {@code errors} of {@code {code, eventIndex, path, message}}. */
@RestControllerAdvice(basePackageClasses = EpcisProblemHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EpcisProblemHandler {

    @ExceptionHandler(EpcisProblem.class)
    ResponseEntity<ProblemDetail> problem(EpcisProblem e) {
        return answer(e.status, e.getMessage(), e.errors);
    }

    @ExceptionHandler(EpcisQuery.InvalidQueryException.class)
    ResponseEntity<ProblemDetail> query(EpcisQuery.InvalidQueryException e) {
        return answer(HttpStatus.BAD_REQUEST, "The query is not valid",
                List.of(new EpcisError(e.code(), -1, e.parameter(), e.getMessage())));
    }

    static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, List<EpcisError> errors) {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setTitle(title);
        pd.setType(URI.create("https://importwindow.org/problems/" + (status == HttpStatus.NOT_FOUND ? "not-found"
                : "epcis-invalid")));
        pd.setDetail(errors.size() == 1 ? errors.get(0).message() : errors.size() + " errors: " + String.join("; ",
                errors.stream().map(x -> x.fullPath() + ": " + x.message()).toList()));
        pd.setProperty("errors", errors.stream().map(EpcisProblemHandler::json).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    static Map<String, Object> json(EpcisError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", e.code());
        if (e.eventIndex() >= 0) {
            m.put("eventIndex", e.eventIndex());
        }
        m.put("path", e.fullPath() == null ? "" : e.fullPath());
        m.put("message", e.message());
        return m;
    }
}
