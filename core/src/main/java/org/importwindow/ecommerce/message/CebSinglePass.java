package org.importwindow.ecommerce.message;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.validation.XMLValidationSchema;
import org.codehaus.stax2.validation.XMLValidationSchemaFactory;

/**
 * Reads a valid message in one pass: Woodstox's stream reader validates against the official schema (with MSV's
 * W3C XML Schema implementation) while {@link CebReader} builds the records from the same events. Measured on the
 * benchmark's traffic this costs about half of validating with the JDK's validator and then reading again
 * ({@code docs/cbec-benchmark.md}, "Reading in one pass").
 *
 * <p>It only ever says yes. A message it cannot read to the end as valid — a schema violation, a DOCTYPE, anything
 * not well formed, a root that is not one of the six messages we read — is handed back ({@link Optional#empty()}) to
 * {@link CebValidator}, the reference, which names every error in both languages the way it always has. So what is
 * refused, and why, does not depend on this class; that it accepts nothing the reference refuses is what
 * {@code SinglePassAgreesWithTheReferenceTest} checks, over the official samples and mutations of them.
 */
final class CebSinglePass {
    private static final XMLInputFactory2 FACTORY = factory();
    private static final XMLValidationSchema SCHEMA = schema();

    private CebSinglePass() {
    }

    /** The message, when it is valid and one of the messages we read; otherwise empty (ask the reference). */
    static Optional<CebMessage> read(byte[] xml) {
        if (mayHoldSupplementaryCharacters(xml)) {
            return Optional.empty();
        }
        XMLStreamReader2 r = null;
        try {
            r = (XMLStreamReader2) FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            r.validateAgainst(SCHEMA);
            // A DOCTYPE (or anything else before the root but comments and processing instructions) ends here.
            r.nextTag();
            if (!"UTF-8".equalsIgnoreCase(r.getEncoding()) && !"US-ASCII".equalsIgnoreCase(r.getEncoding())) {
                // other encodings could carry them in other bytes: the reference reads those
                return Optional.empty();
            }
            Optional<CebMessageType> type = CebMessageType.NAMESPACE.equals(r.getNamespaceURI())
                    ? CebMessageType.ofRootElement(r.getLocalName()) : Optional.empty();
            if (type.isEmpty() || !type.get().readable()) {
                return Optional.empty();
            }
            CebMessage message = CebReader.read(r, type.get());
            // The reader stops at the root's end; the validator's last word (and trailing content) comes after.
            while (r.hasNext()) {
                r.next();
            }
            return Optional.of(message);
        } catch (XMLStreamException | RuntimeException e) {
            // XMLValidationException is an XMLStreamException; a record refusing a value is a RuntimeException.
            // Either way the reference decides, and explains.
            return Optional.empty();
        } finally {
            if (r != null) {
                try {
                    r.closeCompletely();
                } catch (XMLStreamException ignored) {
                    // nothing held but the byte array
                }
            }
        }
    }

    /**
     * Whether the UTF-8 bytes may hold a character outside the Basic Multilingual Plane (an emoji, a rare ideograph):
     * a four-byte sequence, or a character reference. The schema's lengths count characters, and here the two
     * validators count differently: MSV one per character, the JDK's (the reference) two, one per UTF-16 unit, so
     * thirty emoji fill a {@code maxLength} of 30 for MSV and overflow it for the reference. Such messages, rare, are
     * left to the reference.
     */
    static boolean mayHoldSupplementaryCharacters(byte[] xml) {
        for (int i = 0; i < xml.length; i++) {
            int b = xml[i] & 0xFF;
            if (b >= 0xF0 || (b == '&' && i + 1 < xml.length && xml[i + 1] == '#')) {
                return true;
            }
        }
        return false;
    }

    private static XMLInputFactory2 factory() {
        WstxInputFactory f = new WstxInputFactory();
        // No DTD at all: a DOCTYPE is an event the reader refuses (see above), never read, so no entity is ever
        // declared or resolved, and nothing external is fetched.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    private static XMLValidationSchema schema() {
        try {
            XMLValidationSchemaFactory factory =
                    XMLValidationSchemaFactory.newInstance(XMLValidationSchema.SCHEMA_ID_W3C_SCHEMA);
            // The import of xmldsig resolves next to the main schema, inside our own resources.
            return factory.createSchema(CebSchema.resource(CebSchema.IMPORT_XSD));
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("the bundled CEB schema does not compile for MSV", e));
        }
    }
}
