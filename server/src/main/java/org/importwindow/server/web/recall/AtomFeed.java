package org.importwindow.server.web.recall;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.importwindow.server.recall.NoticeRecord;

/**
 * The recall notices as an Atom 1.0 document (RFC 4287), written with the JDK's StAX (no feed library was in the
 * offline package list). One language per feed, chosen by the caller; dates at midnight China time.
 */
final class AtomFeed {
    static final String NS = "http://www.w3.org/2005/Atom";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private AtomFeed() {
    }

    static String write(List<NoticeRecord> notices, boolean zh, String base) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", zh ? "zh-Hans" : "en");
            text(w, "id", "tag:importwindow.org,2026:recalls:" + (zh ? "zh" : "en"));
            text(w, "title", zh ? "进口消费品召回公告" : "Recalls of imported consumer goods");
            text(w, "subtitle", zh ? "依据《消费品召回管理暂行规定》发布的缺陷进口消费品召回信息"
                    : "Recalls of defective imported consumer goods under SAMR Order No. 19");
            LocalDate latest = notices.stream().map(AtomFeed::updated).max(LocalDate::compareTo)
                    .orElse(LocalDate.of(2020, 1, 1));
            text(w, "updated", timestamp(latest));
            link(w, "self", base + "/recalls/feed?lang=" + (zh ? "zh" : "en"), "application/atom+xml");
            link(w, "alternate", base + "/recalls?lang=" + (zh ? "zh" : "en"), "text/html");
            w.writeStartElement("author");
            text(w, "name", "ImportWindow");
            w.writeEndElement();
            for (NoticeRecord n : notices) {
                w.writeStartElement("entry");
                text(w, "id", "tag:importwindow.org,2026:recall:" + n.id());
                text(w, "title", zh ? n.titleZh() : n.titleEn());
                link(w, "alternate", base + "/recalls/notices/" + n.id() + "?lang=" + (zh ? "zh" : "en"), "text/html");
                text(w, "published", timestamp(n.publishedOn()));
                text(w, "updated", timestamp(updated(n)));
                if (n.importer() != null) {
                    w.writeStartElement("author");
                    String name = zh ? n.importer().nameZh() : n.importer().nameEn();
                    text(w, "name", name == null || name.isBlank() ? n.importer().uscc() : name);
                    w.writeEndElement();
                }
                for (NoticeRecord.Product p : n.products()) {
                    if (p.hsCode() != null) {
                        w.writeEmptyElement("category");
                        w.writeAttribute("term", p.hsCode());
                        w.writeAttribute("scheme", "https://importwindow.org/hs");
                    }
                }
                text(w, "summary", summary(n, zh));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the recall feed", e);
        }
    }

    private static String summary(NoticeRecord n, boolean zh) {
        StringBuilder sb = new StringBuilder(zh ? n.textZh() : n.textEn());
        for (NoticeRecord.Product p : n.products()) {
            sb.append(zh ? "\n产品：" : "\nProduct: ").append(p.name()).append(" · ").append(p.brand()).append(' ')
                    .append(p.model()).append(zh ? " · 批次 " : " · lots ").append(String.join(", ", p.lots()))
                    .append(zh ? " · 原产国 " : " · origin ").append(p.originCountry())
                    .append(zh ? " · 数量 " : " · units ").append(p.units());
        }
        return sb.toString();
    }

    private static LocalDate updated(NoticeRecord n) {
        return n.closedOn() != null ? n.closedOn() : n.publishedOn();
    }

    private static String timestamp(LocalDate d) {
        return OffsetDateTime.of(d.atStartOfDay(), CHINA).toString().replace("+08:00", "+08:00");
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        w.writeAttribute("type", type);
    }
}
