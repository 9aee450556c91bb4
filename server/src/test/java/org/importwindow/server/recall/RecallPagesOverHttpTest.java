package org.importwindow.server.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.importwindow.server.HttpClientSupport.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The public recall pages and the Atom feed, in both languages, and the case pages' access, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:recall-pages-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class RecallPagesOverHttpTest {
    @LocalServerPort
    int port;

    RecallHttp http;

    @BeforeEach
    void client() {
        http = new RecallHttp(port);
    }

    static Document atom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_feed_is_atom_in_chinese_and_in_english_with_every_entry_complete() throws Exception {
        for (String lang : new String[] {"zh", "en"}) {
            Answer a = http.get(null, "/recalls/feed?lang=" + lang, "application/atom+xml");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.contentType()).startsWith("application/atom+xml");
            Element feed = atom(a.body()).getDocumentElement();
            assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            assertThat(feed.getLocalName()).isEqualTo("feed");
            assertThat(feed.getAttribute("xml:lang")).isEqualTo(lang.equals("zh") ? "zh-Hans" : "en");
            for (String required : new String[] {"id", "title", "updated"}) {
                assertThat(feed.getElementsByTagNameNS(AtomFeedNs.NS, required).getLength()).as(required).isPositive();
            }
            var entries = feed.getElementsByTagNameNS(AtomFeedNs.NS, "entry");
            assertThat(entries.getLength()).isGreaterThanOrEqualTo(2);
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                for (String required : new String[] {"id", "title", "updated", "link", "summary"}) {
                    assertThat(e.getElementsByTagNameNS(AtomFeedNs.NS, required).getLength()).as(required).isPositive();
                }
            }
            assertThat(a.body()).contains(lang.equals("zh") ? "电吹风" : "hair dryers recalled");
        }
    }

    @Test
    void anyone_searches_the_recall_page_without_javascript_in_both_languages() {
        Answer en = http.get(null, "/recalls?lang=en&q=kidsbloom", "text/html");
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body()).contains("Kidsbloom HC-3 children").doesNotContain("Aerostyle");
        Answer zh = http.get(null, "/recalls?lang=zh&origin=JP", "text/html");
        assertThat(zh.body()).contains("进口消费品召回公告", "Aerostyle").doesNotContain("Kidsbloom HC-3儿童");
        Answer byHs = http.get(null, "/recalls?hsCode=9401&lang=en", "text/html");
        assertThat(byHs.body()).contains("Kidsbloom").doesNotContain("AS-2200");
    }

    @Test
    void a_notice_page_shows_the_safety_gate_and_cpsc_fields() {
        String id = http.get(null, "/api/v1/recall-notices?q=kidsbloom").json().get("notices").get(0).get("id")
                .asString();
        Answer page = http.get(null, "/recalls/notices/" + id + "?lang=en", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("08012345000128", "94017100", "HC3-2410", "IT", "Serious risk", "Repair");
        assertThat(http.get(null, "/recalls/notices/none", "text/html").status()).isEqualTo(404);
    }

    @Test
    void the_case_pages_ask_an_anonymous_visitor_to_sign_in() {
        // the page chain signs in with the login form (no HTTP Basic): a signed-in page test needs a session
        Answer anonymous = http.get(null, "/recall-cases", "text/html");
        assertThat(anonymous.status()).isEqualTo(302);
    }

    /** The Atom namespace, as the feed writer uses it. */
    static final class AtomFeedNs {
        static final String NS = "http://www.w3.org/2005/Atom";
    }
}
