package org.importwindow.server.traceability;

import java.util.List;
import org.importwindow.traceability.epcis.EpcisError;
import org.springframework.http.HttpStatus;

/** A refused EPCIS request, answered as RFC 9457 problem+json with the EPCIS rule codes. */
class EpcisProblem extends RuntimeException {
    final HttpStatus status;
    final List<EpcisError> errors;

    EpcisProblem(HttpStatus status, String title, List<EpcisError> errors) {
        super(title);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    static EpcisProblem of(HttpStatus status, String code, String path, String message) {
        return new EpcisProblem(status, status == HttpStatus.NOT_FOUND ? "Not found" : "The request is not valid",
                List.of(new EpcisError(code, -1, path, message)));
    }
}
