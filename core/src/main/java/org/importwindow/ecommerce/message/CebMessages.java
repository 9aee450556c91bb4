package org.importwindow.ecommerce.message;

import java.util.List;
import java.util.Optional;

/**
 * Reading the import messages of the GACC unified-version specification (202205): CEB311 orders, CEB411 payment
 * vouchers, CEB511 waybills, CEB621 inventory lists, CEB623 cancellations and CEB625 returns.
 *
 * <p>Every message is first checked against the official schema ({@code ceb-import-202205.xsd}) and only then read
 * into records; a JSON message, given as a {@link CebNode} tree, is turned into the same XML first, so XML and JSON
 * get identical checks. Refusals are {@link CebMessageException}s listing {@link CebMessageError}s: CEB-001 not
 * well-formed, CEB-002 schema violation (with the validator's message, path and line), CEB-003 not a message we
 * accept, CEB-004 too large, CEB-005 carries a DTD. Nothing here judges the business content (amounts, matching of
 * documents, limits): that is clearance.
 *
 * <p>Thread-safe; the compiled schema and the StAX factory are shared, parsers and validators are pooled.
 */
public final class CebMessages {
    /**
     * Default size limit. The largest message the schema allows is 100 documents of up to 99 lines; at a realistic
     * 0.5-1 KB per line that is 5-10 MB.
     */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private CebMessages() {
    }

    /** Validate then read one XML message, with the default size limit. */
    public static CebMessage read(byte[] xml) {
        return read(xml, DEFAULT_MAX_BYTES);
    }

    /** Validate then read one XML message no larger than {@code maxBytes}. */
    public static CebMessage read(byte[] xml, int maxBytes) {
        checkSize(xml.length, maxBytes);
        // Three stages, each faster than the next, the first two only ever saying yes: the fast pass reads a valid
        // message of the common kind straight from its bytes; the single pass (Woodstox with MSV) any other it
        // finds valid; whatever is left is validated by the reference validator, which says what is wrong.
        Optional<CebMessage> valid = CebFastPass.read(xml);
        if (valid.isPresent()) {
            return valid.get();
        }
        valid = CebSinglePass.read(xml);
        if (valid.isPresent()) {
            return valid.get();
        }
        CebValidator.Outcome outcome = CebValidator.validate(xml, true);
        if (!outcome.valid()) {
            throw new CebMessageException(outcome.errors());
        }
        return CebReader.read(xml, outcome.type().orElseThrow());
    }

    /** Validate then read one message given as a tree (from JSON), with the default size limit. */
    public static CebMessage readTree(CebNode root) {
        return readTree(root, DEFAULT_MAX_BYTES);
    }

    /** Validate then read one message given as a tree; the limit applies to the XML the tree stands for. */
    public static CebMessage readTree(CebNode root, int maxBytes) {
        return read(toXml(root), maxBytes);
    }

    /**
     * The XML message a tree stands for (fields in schema order, UTF-8), e.g. to keep a JSON message as sent in the
     * specification's own form. Not validated; refuses only names and characters that cannot be XML at all.
     */
    public static byte[] toXml(CebNode root) {
        return CebNodeXml.toXml(root);
    }

    /**
     * Check any message of the schema (including receipts and tax bills) without reading it; empty when valid.
     * Used by tests of our own output and by anyone holding a message of another type.
     */
    public static List<CebMessageError> validate(byte[] xml) {
        return CebValidator.validate(xml, false).errors();
    }

    /** The type of a message that is valid against the schema, whatever it is; refuses an invalid one. */
    public static CebMessageType typeOf(byte[] xml) {
        CebValidator.Outcome outcome = CebValidator.validate(xml, false);
        if (!outcome.valid()) {
            throw new CebMessageException(outcome.errors());
        }
        return outcome.type().orElseThrow();
    }

    private static void checkSize(int size, int maxBytes) {
        if (size > maxBytes) {
            throw new CebMessageException(new CebMessageError(CebMessageError.TOO_LARGE,
                    CebMessageError.SPEC_OTHER_FORMAT, null, 0, 0,
                    "The message has " + size + " bytes, more than the limit of " + maxBytes
                            + "; it was refused without reading it",
                    "报文大小 " + size + " 字节，超过上限 " + maxBytes + " 字节，未经读取即被拒绝"));
        }
    }
}
