package id.bansos.bank.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecureXmlTest {

    private static XmlReadException readingFails(String xml, XmlLimits limits) {
        try (XmlCursor cursor = SecureXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                limits)) {
            while (cursor.nextElement()) {
                cursor.readNode();
            }
        } catch (XmlReadException e) {
            return e;
        }
        throw new AssertionError("the XML was read without complaint");
    }

    @Test
    void an_external_entity_is_refused_at_the_dtd_and_never_resolved() {
        // given a classic XXE payload reading a local file
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Document><MsgId>&xxe;</MsgId></Document>
                """;

        // when it is read
        XmlReadException refused = readingFails(xxe, XmlLimits.defaults());

        // then the DTD is refused on its line, before any entity is looked at
        assertThat(refused.reason()).contains("document type declaration (DTD) is not allowed");
        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.getMessage()).doesNotContain("root:");
    }

    @Test
    void a_billion_laughs_payload_is_refused_without_expanding_anything() {
        // given nested entities that would expand to a billion "lol"s
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                ]>
                <lolz>&lol9;</lolz>
                """;

        // when it is read, then the DTD is refused
        assertThat(readingFails(laughs, XmlLimits.defaults()).reason()).contains("DTD");
    }

    @Test
    void an_undeclared_entity_reference_is_refused_by_name() {
        // given an entity reference without any DTD
        String xml = "<Document><Nm>&foo;</Nm></Document>";

        // when it is read, then the reference is named and the element path given
        XmlReadException refused = readingFails(xml, XmlLimits.defaults());
        assertThat(refused.reason()).contains("&foo;");
        assertThat(refused.elementPath()).isEqualTo("/Document/Nm");
    }

    @Test
    void a_truncated_file_is_refused_naming_the_element_left_open() {
        // given a statement cut off inside an entry
        String truncated = "<Document>\n<Stmt>\n<Ntry>\n<Amt Ccy=\"IDR\">300000</Amt>\n";

        // when it is read
        XmlReadException refused = readingFails(truncated, XmlLimits.defaults());

        // then the reason says it is truncated and where
        assertThat(refused.reason()).isEqualTo("the file ends before <Ntry> is closed: it is truncated");
        assertThat(refused.elementPath()).isEqualTo("/Document/Stmt/Ntry");
    }

    @Test
    void elements_nested_deeper_than_the_limit_are_refused() {
        // given 10 nested elements and a limit of 5
        String deep = "<a>".repeat(10) + "</a>".repeat(10);
        XmlLimits limits = new XmlLimits(1_000_000, 5, 8, 1000, 100);

        // when it is read, then the depth limit is named
        assertThat(readingFails(deep, limits).reason()).isEqualTo("elements nested deeper than 5 levels");
    }

    @Test
    void an_element_with_too_many_attributes_is_refused() {
        // given an element with 4 attributes and a limit of 3
        XmlLimits limits = new XmlLimits(1_000_000, 10, 3, 1000, 100);

        // when it is read, then the element and the count are named
        assertThat(readingFails("<a b='1' c='2' d='3' e='4'/>", limits).reason())
                .isEqualTo("<a> has 4 attributes, more than the limit of 3");
    }

    @Test
    void a_file_larger_than_the_limit_is_refused() {
        // given 5,000 bytes of XML and a limit of 1,000 bytes
        String big = "<a>" + "<b>x</b>".repeat(625) + "</a>";
        XmlLimits limits = XmlLimits.defaults().withMaxBytes(1000);

        // when it is read, then the size limit is named
        assertThat(readingFails(big, limits).reason()).isEqualTo("the file is larger than the limit of 1000 bytes");
    }

    @Test
    void text_longer_than_the_limit_is_refused() {
        // given a 2,000-character text and a limit of 1,000
        XmlLimits limits = new XmlLimits(1_000_000, 10, 8, 1000, 100);

        // when it is read, then the element is named
        assertThat(readingFails("<a><Ustrd>" + "x".repeat(2000) + "</Ustrd></a>", limits).reason())
                .isEqualTo("text longer than 1000 characters in <Ustrd>");
    }

    @Test
    void a_namespace_that_only_resembles_an_iso_one_names_no_message() {
        // given the ISO namespace with a typo, an unrelated URN and a national variant
        // when they are parsed, then only the genuine ones name a message
        assertThat(IsoMessageName.fromNamespace("urn:iso:std:iso:20022:tech:xsd:camt.053.001.08")).get()
                .extracting(IsoMessageName::type, IsoMessageName::version).containsExactly("camt.053", 8);
        assertThat(IsoMessageName.fromNamespace("urn:iso:std:iso:20022:tech:xsd:camt.053.001.08x")).isEmpty();
        assertThat(IsoMessageName.fromNamespace("urn:example:camt.053.001.08")).isEmpty();
        assertThat(IsoMessageName.fromNamespace("http://www.six-interbank-clearing.com/de/pain.002.001.03.ch.02.xsd"))
                .get().extracting(IsoMessageName::name).isEqualTo("pain.002.001.03.ch.02");
    }

    @Test
    void a_subtree_larger_than_the_limit_is_refused() {
        // given an entry of 50 elements and a subtree limit of 20
        String xml = "<Ntry>" + "<x/>".repeat(50) + "</Ntry>";
        XmlLimits limits = new XmlLimits(1_000_000, 10, 8, 1000, 20);

        // when the entry is read whole, then the limit is named
        assertThatThrownBy(() -> {
            try (XmlCursor cursor = SecureXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                    limits)) {
                cursor.nextElement();
                cursor.readNode();
            }
        }).isInstanceOf(XmlReadException.class).hasMessageContaining("more than 20 elements in one block");
    }
}
