package org.importwindow.ecommerce.message;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates a message against the official schema before anything reads it. A secure SAX parser (no DTD at all, so
 * no entity is ever declared or resolved; secure processing limits) feeds the schema's validator through a tracker
 * that knows the element path, so each error says where it is. Validation goes on after the first error, up to
 * {@link #MAX_ERRORS}. Error texts are the validator's own, in English and, by a second run only when the message
 * failed, in Chinese.
 *
 * <p>Parser and validator pairs are pooled: both are reusable after a parse but not thread-safe.
 */
final class CebValidator {
    static final int MAX_ERRORS = 20;
    private static final int POOL_LIMIT = 64;

    private static final SAXParserFactory SAX = saxFactory();
    private static final ConcurrentLinkedQueue<Worker> POOL = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger POOLED = new AtomicInteger();

    private static final Pattern CEB_QNAME =
            Pattern.compile("\\{\"" + Pattern.quote(CebMessageType.NAMESPACE) + "\":([^}]*)}");
    private static final Pattern DS_QNAME =
            Pattern.compile("\\{\"" + Pattern.quote(CebMessageType.XMLDSIG_NAMESPACE) + "\":([^}]*)}");

    private CebValidator() {
    }

    /** What validation found: the root's message type (when the root is a known one) and the errors. */
    record Outcome(Optional<CebMessageType> type, List<CebMessageError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Validate {@code xml}. With {@code readableOnly}, a root that is not one of the six import messages we read is
     * refused at once (CEB-003) without validating the rest.
     */
    static Outcome validate(byte[] xml, boolean readableOnly) {
        Run en = run(xml, readableOnly, Locale.ENGLISH);
        if (en.errors.isEmpty()) {
            return new Outcome(en.type, List.of());
        }
        Run zh = en.errors.stream().anyMatch(e -> e.messageZh == null)
                ? run(xml, readableOnly, Locale.SIMPLIFIED_CHINESE)
                : en;
        List<CebMessageError> errors = new ArrayList<>(en.errors.size());
        for (int i = 0; i < en.errors.size(); i++) {
            Raw e = en.errors.get(i);
            String messageZh = e.messageZh;
            if (messageZh == null) {
                Raw z = i < zh.errors.size() ? zh.errors.get(i) : null;
                messageZh = z != null && z.code.equals(e.code) && z.line == e.line ? z.messageEn
                        : "报文不符合报文规范 schema：" + e.messageEn;
            }
            errors.add(new CebMessageError(e.code, specCode(e.code), e.path, e.line, e.column, e.messageEn,
                    messageZh));
        }
        return new Outcome(en.type, List.copyOf(errors));
    }

    private static String specCode(String code) {
        return switch (code) {
            case CebMessageError.SCHEMA_VIOLATION -> CebMessageError.SPEC_SCHEMA;
            case CebMessageError.TOO_LARGE -> CebMessageError.SPEC_OTHER_FORMAT;
            default -> CebMessageError.SPEC_FORMAT;
        };
    }

    /** An error as one run sees it; messageZh is set only for our own texts. */
    private record Raw(String code, String path, int line, int column, String messageEn, String messageZh) {
    }

    private record Run(Optional<CebMessageType> type, List<Raw> errors) {
    }

    private static Run run(byte[] xml, boolean readableOnly, Locale locale) {
        Worker w = borrow();
        boolean reusable = false;
        try {
            w.begin(readableOnly, locale);
            try {
                w.reader.parse(new InputSource(new ByteArrayInputStream(xml)));
            } catch (Stop stop) {
                // enough errors, or a root we do not read: what was collected says why
            } catch (SAXParseException e) {
                w.fatal(e);
            } catch (SAXException | IOException e) {
                w.errors.add(new Raw(CebMessageError.NOT_WELL_FORMED, w.tracker.path(), 0, 0,
                        "The message could not be read: " + e.getMessage(), null));
            }
            reusable = true;
            return new Run(Optional.ofNullable(w.tracker.rootType), List.copyOf(w.errors));
        } finally {
            if (reusable) {
                give(w);
            }
        }
    }

    private static Worker borrow() {
        Worker w = POOL.poll();
        if (w != null) {
            POOLED.decrementAndGet();
            return w;
        }
        return new Worker();
    }

    private static void give(Worker w) {
        if (POOLED.incrementAndGet() <= POOL_LIMIT) {
            POOL.offer(w);
        } else {
            POOLED.decrementAndGet();
        }
    }

    private static SAXParserFactory saxFactory() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the platform XML parser lacks a required security feature", e);
        }
    }

    /** Thrown inside the parse to stop it; never escapes this class. */
    private static final class Stop extends SAXException {
        Stop() {
            super(null, null);
        }
    }

    static String shortenNames(String message) {
        if (message == null) {
            return "";
        }
        String m = CEB_QNAME.matcher(message).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        return DS_QNAME.matcher(m).replaceAll(r -> Matcher.quoteReplacement("ds:" + r.group(1)));
    }

    /** One parser and validator, reused for one message at a time. */
    private static final class Worker implements ErrorHandler {
        final XMLReader reader;
        final ValidatorHandler validator;
        final Tracker tracker;
        final List<Raw> errors = new ArrayList<>();
        private Locale locale;

        Worker() {
            try {
                reader = SAX.newSAXParser().getXMLReader();
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException(e);
            }
            validator = CebSchema.get().schema().newValidatorHandler();
            tracker = new Tracker(validator, this);
            validator.setErrorHandler(this);
            reader.setErrorHandler(this);
            reader.setContentHandler(tracker);
        }

        void begin(boolean readableOnly, Locale locale) {
            errors.clear();
            tracker.reset(readableOnly);
            if (!locale.equals(this.locale)) {
                try {
                    reader.setProperty("http://apache.org/xml/properties/locale", locale);
                    validator.setProperty("http://apache.org/xml/properties/locale", locale);
                } catch (SAXException e) {
                    // messages stay in the platform's language
                }
                this.locale = locale;
            }
        }

        @Override
        public void warning(SAXParseException e) {
            // the schema has nothing that warns; warnings never refuse a message
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            errors.add(new Raw(CebMessageError.SCHEMA_VIOLATION, tracker.path(), e.getLineNumber(),
                    e.getColumnNumber(), shortenNames(e.getMessage()), null));
            if (errors.size() >= MAX_ERRORS) {
                throw new Stop();
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        void fatal(SAXParseException e) {
            // The parser reports a DOCTYPE as a fatal error before reading any of it; the English run names it.
            boolean dtd = tracker.depth() == 0 && e.getMessage() != null && e.getMessage().contains("DOCTYPE");
            if (dtd) {
                errors.add(new Raw(CebMessageError.DTD_NOT_ALLOWED, null, e.getLineNumber(), e.getColumnNumber(),
                        "A document type declaration (DOCTYPE) is not allowed in a message; it was refused without"
                                + " reading it",
                        "报文中不允许出现文档类型声明（DOCTYPE），报文未经读取即被拒绝"));
                return;
            }
            errors.add(new Raw(CebMessageError.NOT_WELL_FORMED, tracker.depth() == 0 ? null : tracker.path(),
                    e.getLineNumber(), e.getColumnNumber(), shortenNames(e.getMessage()), null));
        }
    }

    /**
     * Sits between parser and validator: passes every event on, knows the element path, and checks the root
     * element before the validator sees it.
     */
    private static final class Tracker implements ContentHandler {
        private final ContentHandler next;
        private final Worker worker;
        // Path of open elements; per depth, the last child's name and its index among same-named siblings
        // (repeated elements are consecutive in every content model of the schema).
        private final List<String> names = new ArrayList<>();
        private final List<Integer> indexes = new ArrayList<>();
        private final List<String> lastChild = new ArrayList<>();
        private final List<Integer> lastIndex = new ArrayList<>();
        private boolean readableOnly;
        private Locator locator;
        CebMessageType rootType;

        Tracker(ContentHandler next, Worker worker) {
            this.next = next;
            this.worker = worker;
        }

        void reset(boolean readableOnly) {
            this.readableOnly = readableOnly;
            names.clear();
            indexes.clear();
            lastChild.clear();
            lastIndex.clear();
            lastChild.add(null);
            lastIndex.add(0);
            rootType = null;
        }

        int depth() {
            return names.size();
        }

        String path() {
            if (names.isEmpty()) {
                return "/";
            }
            CebSchema schema = CebSchema.get();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                b.append('/').append(n);
                if (schema.isRepeated(n)) {
                    b.append('[').append(indexes.get(i)).append(']');
                }
            }
            return b.toString();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (names.isEmpty()) {
                checkRoot(uri, localName);
            }
            int level = names.size();
            int index = localName.equals(lastChild.get(level)) ? lastIndex.get(level) + 1 : 1;
            lastChild.set(level, localName);
            lastIndex.set(level, index);
            names.add(localName);
            indexes.add(index);
            lastChild.add(null);
            lastIndex.add(0);
            next.startElement(uri, localName, qName, atts);
        }

        private void checkRoot(String uri, String localName) throws SAXException {
            Optional<CebMessageType> type = CebMessageType.NAMESPACE.equals(uri)
                    ? CebMessageType.ofRootElement(localName) : Optional.empty();
            rootType = type.orElse(null);
            if (rootType == null || readableOnly && !rootType.readable()) {
                String got = (uri == null || uri.isEmpty() ? "" : "{" + uri + "}") + localName;
                int line = locator == null ? 0 : locator.getLineNumber();
                int column = locator == null ? 0 : locator.getColumnNumber();
                String en = readableOnly
                        ? "Unsupported message type " + got + ": accepted are CEB311Message, CEB411Message,"
                                + " CEB511Message, CEB621Message, CEB623Message and CEB625Message in namespace "
                                + CebMessageType.NAMESPACE
                        : got + " is not a message of the specification (namespace " + CebMessageType.NAMESPACE
                                + ", root CEBnnnMessage)";
                String zh = readableOnly
                        ? "不支持的报文类型 " + got + "：只接受命名空间 " + CebMessageType.NAMESPACE
                                + " 中的 CEB311Message、CEB411Message、CEB511Message、CEB621Message、"
                                + "CEB623Message、CEB625Message"
                        : got + " 不是报文规范中的报文（命名空间 " + CebMessageType.NAMESPACE + "，根节点 CEBnnnMessage）";
                worker.errors.add(new Raw(CebMessageError.UNSUPPORTED_TYPE, "/" + localName, line, column, en, zh));
                throw new Stop();
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            next.endElement(uri, localName, qName);
            int last = names.size() - 1;
            names.remove(last);
            indexes.remove(last);
            lastChild.remove(last + 1);
            lastIndex.remove(last + 1);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            next.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            next.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            next.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            next.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            next.endPrefixMapping(prefix);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            next.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            next.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            next.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            next.skippedEntity(name);
        }
    }
}
