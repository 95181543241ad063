package id.bansos.bank.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bansos.bank.xml.SecureXml;
import id.bansos.bank.xml.XmlCursor;
import id.bansos.bank.xml.XmlLimits;
import id.bansos.bank.xml.XmlReadException;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of the hardened XML cursor every XML reader stands on: any bytes are walked element by
 * element and read into nodes, or refused with an {@link XmlReadException} naming why; nothing else is thrown.
 */
class SecureXmlFuzzTest {

    private static final XmlLimits LIMITS = XmlLimits.defaults().withMaxBytes(1 << 20);

    @FuzzTest
    void any_bytes_are_refused_with_a_reason_or_read_as_they_say(byte[] input) {
        try (XmlCursor cursor = SecureXml.open(new ByteArrayInputStream(input), LIMITS)) {
            while (cursor.nextElement()) {
                if (cursor.depth() == 2) {
                    cursor.readNode();
                }
            }
        } catch (XmlReadException refused) {
            if (refused.reason() == null || refused.reason().isBlank()) {
                throw new AssertionError("refused without a reason", refused);
            }
        }
    }
}
