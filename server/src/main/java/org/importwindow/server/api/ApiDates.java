package org.importwindow.server.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.importwindow.assessment.Violation;
import org.importwindow.server.ImportWindowProperties;
import org.springframework.stereotype.Component;

/** The "as of" date of a request: the one given, or today in the customs time zone (Asia/Shanghai). */
@Component
public class ApiDates {
    private final ImportWindowProperties properties;

    public ApiDates(ImportWindowProperties properties) {
        this.properties = properties;
    }

    /** Parse {@code text} (YYYY-MM-DD) or default to today; a malformed date is a 400 problem. */
    public LocalDate asOf(String text, String path) {
        if (text == null || text.isBlank()) {
            return today();
        }
        LocalDate date = parse(text);
        if (date == null) {
            throw ApiProblemException.badRequest(List.of(badDate(path, text)));
        }
        return date;
    }

    public LocalDate today() {
        return properties.today();
    }

    static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Violation badDate(String path, String text) {
        return new Violation(RequestRules.BAD_DATE, path, "'" + text + "' is not a date in the form YYYY-MM-DD");
    }
}
