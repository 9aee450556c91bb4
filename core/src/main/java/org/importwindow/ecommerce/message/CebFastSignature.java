package org.importwindow.ecommerce.message;

import java.nio.charset.StandardCharsets;

/**
 * The {@code ds:Signature} element as {@link CebFastPass} takes it: one conservative shape inside the much larger
 * language the XML signature schema allows (choices, wildcards, mixed content, {@code xs:ID} attributes). Everything
 * outside this shape declines, and the slower readers decide:
 * <pre>
 * Signature
 *   SignedInfo
 *     CanonicalizationMethod @Algorithm        (no content but white space)
 *     SignatureMethod @Algorithm               (same)
 *     Reference @URI?                          (one or more)
 *       Transforms (Transform @Algorithm)+ ?   (Transform: no content but white space)
 *       DigestMethod @Algorithm
 *       DigestValue                            base64Binary
 *   SignatureValue                             base64Binary
 *   KeyInfo ?                                  ((KeyName | X509Data(X509Certificate+))+)
 * </pre>
 * No other attribute (no {@code Id}, no {@code Type}); the URIs only of a conservative form ({@link AnyUriLexical});
 * base64Binary as the JDK's validator takes it ({@link Base64Lexical}). It covers the official samples and what the
 * benchmark sends.
 */
final class CebFastSignature {
    private static final byte[] SIGNED_INFO = ascii("SignedInfo");
    private static final byte[] CANONICALIZATION_METHOD = ascii("CanonicalizationMethod");
    private static final byte[] SIGNATURE_METHOD = ascii("SignatureMethod");
    private static final byte[] REFERENCE = ascii("Reference");
    private static final byte[] TRANSFORMS = ascii("Transforms");
    private static final byte[] TRANSFORM = ascii("Transform");
    private static final byte[] DIGEST_METHOD = ascii("DigestMethod");
    private static final byte[] DIGEST_VALUE = ascii("DigestValue");
    private static final byte[] SIGNATURE_VALUE = ascii("SignatureValue");
    private static final byte[] KEY_INFO = ascii("KeyInfo");
    private static final byte[] KEY_NAME = ascii("KeyName");
    private static final byte[] X509_DATA = ascii("X509Data");
    private static final byte[] X509_CERTIFICATE = ascii("X509Certificate");
    private static final byte[] ALGORITHM = ascii("Algorithm");
    private static final byte[] URI = ascii("URI");

    private CebFastSignature() {
    }

    /** The reader on the signature's start tag: past its end tag, or declines. */
    static void read(XmlBytes x) {
        int start = open(x);
        int len = x.qLen;
        int mark = x.nsMark;
        child(x, SIGNED_INFO);
        signedInfo(x);
        child(x, SIGNATURE_VALUE);
        base64(x);
        if (x.next() == XmlBytes.START) {
            if (!x.is(XmlBytes.NS_DSIG, KEY_INFO)) {
                throw XmlBytes.decline();
            }
            keyInfo(x);
            if (x.next() != XmlBytes.START) {
                x.endTag(start, len, mark);
                return;
            }
            throw XmlBytes.decline();
        }
        x.endTag(start, len, mark);
    }

    private static void signedInfo(XmlBytes x) {
        int start = open(x);
        int len = x.qLen;
        int mark = x.nsMark;
        child(x, CANONICALIZATION_METHOD);
        method(x);
        child(x, SIGNATURE_METHOD);
        method(x);
        child(x, REFERENCE);
        do {
            reference(x);
        } while (next(x, REFERENCE));
        x.endTag(start, len, mark);
    }

    private static void reference(XmlBytes x) {
        if (x.attrCount > 1 || (x.attrCount == 1 && !uriAttribute(x, URI))) {
            throw XmlBytes.decline();
        }
        int start = open(x, true);
        int len = x.qLen;
        int mark = x.nsMark;
        child(x);
        if (x.is(XmlBytes.NS_DSIG, TRANSFORMS)) {
            int tStart = open(x);
            int tLen = x.qLen;
            int tMark = x.nsMark;
            child(x, TRANSFORM);
            do {
                method(x);
            } while (next(x, TRANSFORM));
            x.endTag(tStart, tLen, tMark);
            child(x);
        }
        if (!x.is(XmlBytes.NS_DSIG, DIGEST_METHOD)) {
            throw XmlBytes.decline();
        }
        method(x);
        child(x, DIGEST_VALUE);
        base64(x);
        if (x.next() != XmlBytes.END) {
            throw XmlBytes.decline();
        }
        x.endTag(start, len, mark);
    }

    private static void keyInfo(XmlBytes x) {
        int start = open(x);
        int len = x.qLen;
        int mark = x.nsMark;
        child(x);
        do {
            if (x.is(XmlBytes.NS_DSIG, KEY_NAME)) {
                text(x);
            } else if (x.is(XmlBytes.NS_DSIG, X509_DATA)) {
                int dStart = open(x);
                int dLen = x.qLen;
                int dMark = x.nsMark;
                child(x, X509_CERTIFICATE);
                do {
                    base64(x);
                } while (next(x, X509_CERTIFICATE));
                x.endTag(dStart, dLen, dMark);
            } else {
                throw XmlBytes.decline();
            }
        } while (x.next() == XmlBytes.START);
        x.endTag(start, len, mark);
    }

    /** An element of the {@code *MethodType}s or {@code Transform}: one Algorithm attribute, no content. */
    private static void method(XmlBytes x) {
        if (x.attrCount != 1 || !uriAttribute(x, ALGORITHM)) {
            throw XmlBytes.decline();
        }
        if (!x.empty) {
            int start = x.qStart;
            int len = x.qLen;
            int mark = x.nsMark;
            x.text();
            if (!x.textIsWhitespace()) {
                throw XmlBytes.decline();
            }
            x.endTag(start, len, mark);
        } else {
            x.endEmpty(x.nsMark);
        }
    }

    private static void base64(XmlBytes x) {
        if (x.attrCount != 0) {
            throw XmlBytes.decline();
        }
        if (x.empty) {
            x.endEmpty(x.nsMark); // no octets: valid base64Binary
            return;
        }
        int start = x.qStart;
        int len = x.qLen;
        int mark = x.nsMark;
        x.text();
        if (!Base64Lexical.valid(x.textString())) {
            throw XmlBytes.decline();
        }
        x.endTag(start, len, mark);
    }

    /** An {@code xs:string} element without attributes (KeyName): any text. */
    private static void text(XmlBytes x) {
        if (x.attrCount != 0) {
            throw XmlBytes.decline();
        }
        if (x.empty) {
            x.endEmpty(x.nsMark);
            return;
        }
        int start = x.qStart;
        int len = x.qLen;
        int mark = x.nsMark;
        x.text();
        x.endTag(start, len, mark);
    }

    /** On an element with children and no attributes: its start (name) position; declines when written empty. */
    private static int open(XmlBytes x) {
        return open(x, false);
    }

    private static int open(XmlBytes x, boolean attributesChecked) {
        if ((!attributesChecked && x.attrCount != 0) || x.empty) {
            throw XmlBytes.decline();
        }
        return x.qStart;
    }

    /** The next child, which must be there. */
    private static void child(XmlBytes x) {
        if (x.next() != XmlBytes.START) {
            throw XmlBytes.decline();
        }
    }

    private static void child(XmlBytes x, byte[] name) {
        if (x.next() != XmlBytes.START || !x.is(XmlBytes.NS_DSIG, name)) {
            throw XmlBytes.decline();
        }
    }

    /** Another child of this name ({@code true}), or the end of the parent ({@code false}); anything else declines. */
    private static boolean next(XmlBytes x, byte[] name) {
        if (x.next() == XmlBytes.END) {
            return false;
        }
        if (!x.is(XmlBytes.NS_DSIG, name)) {
            throw XmlBytes.decline();
        }
        return true;
    }

    private static boolean uriAttribute(XmlBytes x, byte[] name) {
        return x.attrNameIs(0, name) && x.attrPlain(0) && AnyUriLexical.certainlyValid(x.attrString(0));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
