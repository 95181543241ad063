package id.bansos.bank.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlCursorTest {

    private static XmlNode firstNode(String xml) {
        try (XmlCursor cursor = SecureXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                XmlLimits.defaults())) {
            cursor.nextElement();
            return cursor.readNode();
        }
    }

    @Test
    void text_the_parser_reports_in_pieces_is_read_whole_and_trimmed() {
        // given a narrative made of plain text, predefined entities, a character reference, CDATA and 20,000 more
        // characters, so that the parser reports it in several pieces
        String tail = "y".repeat(20_000);
        String xml = "<Ustrd>  BLT &amp; PKH &lt;tahap 4&gt; &#x41;<![CDATA[ <raw> ]]>" + tail + "  </Ustrd>";

        // when the element is read
        XmlNode node = firstNode(xml);

        // then its text is the whole of it, trimmed once at its ends
        assertThat(node.text()).isEqualTo("BLT & PKH <tahap 4> A <raw> " + tail);
    }

    @Test
    void attributes_are_read_by_local_name_whatever_their_number() {
        // given elements with no, one and two attributes
        String xml = "<Stmt><Id>S-1</Id><Amt Ccy=\"IDR\">300000</Amt><Nm xml:lang=\"id\" Tp=\"KPM\">Siti</Nm></Stmt>";

        // when the statement is read
        XmlNode node = firstNode(xml);

        // then each child has exactly its own attributes and the nodes cannot be changed
        assertThat(node.child("Id").attributes()).isEmpty();
        assertThat(node.child("Amt").attributes()).isEqualTo(Map.of("Ccy", "IDR"));
        assertThat(node.child("Nm").attributes()).isEqualTo(Map.of("lang", "id", "Tp", "KPM"));
        assertThat(node.children()).extracting(XmlNode::name).containsExactly("Id", "Amt", "Nm");
        assertThat(node.child("Id").children()).isEmpty();
        assertThat(node.text()).isEmpty();
        assertThatThrownBy(() -> node.children().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> node.child("Amt").attributes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
