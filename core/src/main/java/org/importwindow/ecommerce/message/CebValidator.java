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
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates a message against the official schema before anything reads it. The parser is secure: no DTD at all (so
 * no entity is ever declared or resolved), secure-processing limits, no external anything.
 *
 * <p>Two paths. The fast one, for the common valid message, runs the validator inside the parser's own pipeline and
 * stops at the first problem. Only a message that fails is checked again, in detail: a parser whose events go through
 * a tracker (which knows the element path) into a validator, collecting every error up to {@link #MAX_ERRORS}, once
 * with English and once with Chinese texts (the validator's own messages in both languages).
 *
 * <p>Fast-path parsers are pooled: reusable after a parse, not thread-safe.
 */
final class CebValidator {
    static final int MAX_ERRORS = 20;
    private static final int POOL_LIMIT = 64;
    private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

    private static final SAXParserFactory VALIDATING = saxFactory(true);
    private static final SAXParserFactory PLAIN = saxFactory(false);
    private static final ConcurrentLinkedQueue<FastWorker> POOL = new ConcurrentLinkedQueue<>();
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
     * Validate {@code xml}. A root that is not a message of the schema, or with {@code readableOnly} not one of the
     * six import messages we read, is refused at once (CEB-003) without validating the rest.
     */
    static Outcome validate(byte[] xml, boolean readableOnly) {
        FastWorker fast = borrow();
        Run quick;
        try {
            quick = fast.run(xml, readableOnly);
        } finally {
            give(fast);
        }
        if (quick.errors.isEmpty() && !quick.failed) {
            return new Outcome(quick.type, List.of());
        }
        if (!quick.errors.isEmpty()) {
            return new Outcome(quick.type, finish(quick.errors, quick.errors));
        }
        Run en = new DetailWorker(Locale.ROOT).run(xml, readableOnly);
        if (en.errors.isEmpty()) {
            // Cannot happen (same schema, same parser settings); never let a failed message pass as valid.
            en = new Run(quick.type, List.of(new Raw(CebMessageError.SCHEMA_VIOLATION, null, 0, 0,
                    "The message is not valid against the schema", "报文不符合报文规范 schema")), true);
        }
        boolean allOwnTexts = en.errors.stream().allMatch(e -> e.messageZh != null);
        Run zh = allOwnTexts ? en : new DetailWorker(Locale.SIMPLIFIED_CHINESE).run(xml, readableOnly);
        return new Outcome(en.type, finish(en.errors, zh.errors));
    }

    /** Pair the English and the Chinese run's errors (same document, same order). */
    private static List<CebMessageError> finish(List<Raw> en, List<Raw> zh) {
        List<CebMessageError> errors = new ArrayList<>(en.size());
        for (int i = 0; i < en.size(); i++) {
            Raw e = en.get(i);
            String messageZh = e.messageZh;
            if (messageZh == null) {
                Raw z = i < zh.size() ? zh.get(i) : null;
                messageZh = z != null && z.code.equals(e.code) && z.line == e.line ? z.messageEn
                        : "报文不符合报文规范：" + e.messageEn;
            }
            errors.add(new CebMessageError(e.code, specCode(e.code), e.path, e.line, e.column, e.messageEn,
                    messageZh));
        }
        return List.copyOf(errors);
    }

    private static String specCode(String code) {
        return switch (code) {
            case CebMessageError.SCHEMA_VIOLATION -> CebMessageError.SPEC_SCHEMA;
            case CebMessageError.TOO_LARGE -> CebMessageError.SPEC_OTHER_FORMAT;
            default -> CebMessageError.SPEC_FORMAT;
        };
    }

    /** An error as one run sees it; messageZh is set only for our own texts (otherwise messageEn is the run's). */
    private record Raw(String code, String path, int line, int column, String messageEn, String messageZh) {
    }

    /** One run: the root's type, errors with our own texts or the run's language, and whether anything failed. */
    private record Run(Optional<CebMessageType> type, List<Raw> errors, boolean failed) {
    }

    private static FastWorker borrow() {
        FastWorker w = POOL.poll();
        if (w != null) {
            POOLED.decrementAndGet();
            return w;
        }
        return new FastWorker();
    }

    private static void give(FastWorker w) {
        if (POOLED.incrementAndGet() <= POOL_LIMIT) {
            POOL.offer(w);
        } else {
            POOLED.decrementAndGet();
        }
    }

    private static SAXParserFactory saxFactory(boolean validating) {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false); // no DTD validation; the schema below is XSD
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            if (validating) {
                // The validator runs inside the parser's pipeline: faster than feeding SAX events to a
                // ValidatorHandler, but its messages follow the platform language, hence the detailed path.
                f.setSchema(CebSchema.get().schema());
            }
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the platform XML parser lacks a required security feature", e);
        }
    }

    private static XMLReader newReader(SAXParserFactory factory) {
        try {
            XMLReader reader = factory.newSAXParser().getXMLReader();
            // Only the bundled schema counts: schema-location hints in a message are never followed.
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
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

    /** Collects what a run finds. */
    private abstract static class Worker implements ErrorHandler {
        final List<Raw> errors = new ArrayList<>();
        final Tracker tracker;
        final XMLReader reader;
        boolean failed;

        Worker(SAXParserFactory factory, ContentHandler validator) {
            reader = newReader(factory);
            tracker = new Tracker(this, validator);
            reader.setContentHandler(tracker);
            reader.setErrorHandler(this);
        }

        Run run(byte[] xml, boolean readableOnly) {
            errors.clear();
            failed = false;
            tracker.reset(readableOnly);
            try {
                reader.parse(new InputSource(new ByteArrayInputStream(xml)));
            } catch (Stop stop) {
                // enough seen: what was collected says why
            } catch (SAXParseException e) {
                fatal(e);
            } catch (SAXException | IOException e) {
                failed = true;
                errors.add(new Raw(CebMessageError.NOT_WELL_FORMED, null, 0, 0,
                        "The message could not be read: " + e.getMessage(), null));
            }
            return new Run(Optional.ofNullable(tracker.rootType), List.copyOf(errors), failed);
        }

        @Override
        public void warning(SAXParseException e) {
            // the schema has nothing that warns; warnings never refuse a message
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        abstract void fatal(SAXParseException e);
    }

    /** The fast path: valid or not, stopping at the first problem. */
    private static final class FastWorker extends Worker {
        FastWorker() {
            super(VALIDATING, null);
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            failed = true;
            throw new Stop();
        }

        @Override
        void fatal(SAXParseException e) {
            failed = true;
        }
    }

    /** The detailed path: every error, with its path, in one language. */
    private static final class DetailWorker extends Worker {
        /** {@code Locale.ROOT} for English: asking for {@code ENGLISH} falls back to the platform's language. */
        DetailWorker(Locale locale) {
            this(locale, CebSchema.get().schema().newValidatorHandler());
        }

        private DetailWorker(Locale locale, ValidatorHandler validator) {
            super(PLAIN, validator);
            validator.setErrorHandler(this);
            try {
                validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                reader.setProperty(LOCALE_PROPERTY, locale);
                validator.setProperty(LOCALE_PROPERTY, locale);
            } catch (SAXException e) {
                // texts stay in the platform's language
            }
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            failed = true;
            errors.add(new Raw(CebMessageError.SCHEMA_VIOLATION, tracker.path(), e.getLineNumber(),
                    e.getColumnNumber(), shortenNames(e.getMessage()), null));
            if (errors.size() >= MAX_ERRORS) {
                throw new Stop();
            }
        }

        @Override
        void fatal(SAXParseException e) {
            failed = true;
            // The parser reports a DOCTYPE as a fatal error before reading any of it; the English run names it.
            boolean dtd = tracker.depth() == 0 && e.getMessage() != null && e.getMessage().contains("DOCTYPE");
            if (dtd) {
                errors.clear();
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
     * Knows the element path and refuses a root that is not a message we take before anything else. In the fast
     * path it ends the pipeline (after the parser's validator); in the detailed path it passes every event on to
     * the validator, so an error's path ends at the element being read when the validator noticed.
     */
    private static final class Tracker extends DefaultHandler {
        private final Worker worker;
        private final ContentHandler next;
        // Path of open elements; per depth, the last child's name and its index among same-named siblings
        // (repeated elements are consecutive in every content model of the schema).
        private final List<String> names = new ArrayList<>();
        private final List<Integer> indexes = new ArrayList<>();
        private final List<String> lastChild = new ArrayList<>();
        private final List<Integer> lastIndex = new ArrayList<>();
        private boolean readableOnly;
        private Locator locator;
        CebMessageType rootType;

        Tracker(Worker worker, ContentHandler next) {
            this.worker = worker;
            this.next = next;
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
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            if (next != null) {
                next.setDocumentLocator(locator);
            }
        }

        @Override
        public void startDocument() throws SAXException {
            if (next != null) {
                next.startDocument();
            }
        }

        @Override
        public void endDocument() throws SAXException {
            if (next != null) {
                next.endDocument();
            }
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            if (next != null) {
                next.startPrefixMapping(prefix, uri);
            }
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            if (next != null) {
                next.endPrefixMapping(prefix);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (next != null) {
                next.characters(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (next != null) {
                next.ignorableWhitespace(ch, start, length);
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (next != null) {
                next.processingInstruction(target, data);
            }
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            if (next != null) {
                next.skippedEntity(name);
            }
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
            if (next != null) {
                next.startElement(uri, localName, qName, atts);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (next != null) {
                next.endElement(uri, localName, qName);
            }
            int last = names.size() - 1;
            names.remove(last);
            indexes.remove(last);
            lastChild.remove(last + 1);
            lastIndex.remove(last + 1);
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
                // In the fast path the validator has complained about an undeclared root: the type is the reason.
                worker.errors.clear();
                worker.failed = true;
                worker.errors.add(new Raw(CebMessageError.UNSUPPORTED_TYPE, "/" + localName, line, column, en, zh));
                throw new Stop();
            }
        }
    }
}
