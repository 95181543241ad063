package id.bansos.bank.xml;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO 20022 message identifier carried by a {@code Document} namespace, such as {@code camt.053.001.08} from
 * {@code urn:iso:std:iso:20022:tech:xsd:camt.053.001.08}, or a national variant such as
 * {@code pain.002.001.03.ch.02} from the Swiss
 * {@code http://www.six-interbank-clearing.com/de/pain.002.001.03.ch.02.xsd}.
 * Any other namespace (a typo in the ISO one, an unrelated URN that merely contains a message name) names nothing.
 *
 * @param name      the full identifier, variant suffix included
 * @param type      business area and message number, such as {@code camt.053}
 * @param version   the version number, such as 8
 * @param official  whether the namespace is the plain ISO one ({@code urn:iso:std:iso:20022:tech:xsd:<name>})
 */
public record IsoMessageName(String name, String type, int version, boolean official) {

    /** The prefix of every ISO 20022 message namespace. */
    public static final String ISO_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";

    private static final Pattern NAME = Pattern.compile(
            "([a-z]{4}\\.\\d{3})\\.\\d{3}\\.(\\d{2})(\\.[a-z]{2}\\.\\d{2})?");

    /** The message named by a namespace, if it names one. */
    public static Optional<IsoMessageName> fromNamespace(String namespace) {
        if (namespace == null) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(namespace);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean official = namespace.equals(ISO_PREFIX + m.group());
        boolean nationalVariant = m.group(3) != null && !namespace.startsWith(ISO_PREFIX);
        if (!official && !nationalVariant) {
            return Optional.empty();
        }
        return Optional.of(new IsoMessageName(m.group(), m.group(1), Integer.parseInt(m.group(2)), official));
    }
}
