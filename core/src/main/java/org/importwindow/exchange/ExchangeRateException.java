package org.importwindow.exchange;

import java.util.List;

/** Exchange-rate data that cannot be loaded; every problem carries a stable FX-xxx code and, for files, its row. */
public class ExchangeRateException extends RuntimeException {
    private final String code;
    private final List<String> errors;

    public ExchangeRateException(String code, String message) {
        this(code, List.of(code + ": " + message));
    }

    public ExchangeRateException(String code, List<String> errors) {
        super(String.join("\n", errors));
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public String code() {
        return code;
    }

    /** Each error, "FX-xxx: row n: ...". */
    public List<String> errors() {
        return errors;
    }
}
