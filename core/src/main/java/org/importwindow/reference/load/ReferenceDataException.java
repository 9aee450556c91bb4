package org.importwindow.reference.load;

/** Bundled or supplied reference data that cannot be loaded; {@code code} is a stable REF-xxx rule code. */
public class ReferenceDataException extends RuntimeException {
    private final String code;

    public ReferenceDataException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
