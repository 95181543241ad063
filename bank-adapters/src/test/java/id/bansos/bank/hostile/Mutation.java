package id.bansos.bank.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * One way a bank or PT Pos file goes wrong in transit or in malice. Each works on the bytes of a valid file and a
 * seeded random generator, so the same seed gives the same hostile file. The text operations see the bytes as
 * ISO-8859-1, which maps every byte to one character and back, so they never repair or damage an encoding by accident.
 */
public enum Mutation {

    TRUNCATED(Applies.ANY, (t, r) -> t.substring(0, r.nextInt(Math.max(1, t.length())))),
    BYTES_FLIPPED(Applies.ANY, TextEdits::flipBytes),
    LINE_DROPPED(Applies.ANY, TextEdits::dropLine),
    LINE_DUPLICATED(Applies.ANY, TextEdits::duplicateLine),
    LINES_SHUFFLED(Applies.ANY, TextEdits::swapTwoLines),
    CHUNK_SPLICED(Applies.ANY, TextEdits::splice),
    FILE_TWICE(Applies.ANY, (t, r) -> t + t),
    LINE_ENDINGS_CRLF(Applies.ANY, (t, r) -> t.replace("\r\n", "\n").replace("\n", "\r\n")),
    LINE_ENDINGS_LF(Applies.ANY, (t, r) -> t.replace("\r\n", "\n")),
    TRAILING_GARBAGE(Applies.ANY, (t, r) -> t + TextEdits.garbage(r, 1 + r.nextInt(64))),
    NUL_BYTES(Applies.ANY, (t, r) -> TextEdits.insertAt(t, r, "\0\0\0")),
    CONTROL_CHARACTERS(Applies.ANY, (t, r) -> TextEdits.insertAt(t, r, "\u0001\u001b[2J\u0007")),
    INVALID_UTF8(Applies.ANY, (t, r) -> TextEdits.insertAt(t, r, "\u00c3\u0028\u00ff\u00fe")),
    LATIN1_TEXT(Applies.ANY, (t, r) -> TextEdits.insertAt(t, r, "Jl. Kebon Jeruk \u00e9\u00e0\u00fc")),
    BYTE_ORDER_MARK(Applies.ANY, (t, r) -> "\u00ef\u00bb\u00bf" + t),
    UTF16_ENCODED(Applies.ANY, null),
    EMPTY(Applies.ANY, (t, r) -> ""),
    WHITESPACE_ONLY(Applies.ANY, (t, r) -> " \r\n\t\n"),
    HUGE_NUMBER(Applies.ANY, (t, r) -> TextEdits.replaceNumber(t, r, TextEdits.hugeNumber(r))),
    AMOUNT_CHANGED(Applies.ANY, TextEdits::changeAmount),
    AMOUNT_MALFORMED(Applies.ANY, (t, r) -> TextEdits.replaceNumber(t, r, TextEdits.oddNumber(r))),
    LONG_TEXT(Applies.ANY, (t, r) -> TextEdits.replaceWord(t, r, "X".repeat(70_000 + r.nextInt(10)))),
    LONG_REFERENCE(Applies.ANY, (t, r) -> TextEdits.replaceWord(t, r, "REF" + "9".repeat(60 + r.nextInt(200)))),
    DATE_BROKEN(Applies.ANY, TextEdits::breakDate),
    MANY_LINES(Applies.ANY, TextEdits::repeatLine),
    XXE(Applies.XML, (t, r) -> XmlEdits.withDoctype(t, r,
            "<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;")),
    XXE_PARAMETER(Applies.XML, (t, r) -> XmlEdits.withDoctype(t, r,
            "<!DOCTYPE Document [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]>", null)),
    EXTERNAL_DTD(Applies.XML, (t, r) -> XmlEdits.withDoctype(t, r,
            "<!DOCTYPE Document SYSTEM \"http://127.0.0.1:9/camt.dtd\">", null)),
    BILLION_LAUGHS(Applies.XML, (t, r) -> XmlEdits.withDoctype(t, r, XmlEdits.LAUGHS, "&l9;")),
    ENTITY_REFERENCE(Applies.XML, (t, r) -> XmlEdits.intoText(t, r, "&undefined;")),
    CHARACTER_REFERENCE(Applies.XML, (t, r) -> XmlEdits.intoText(t, r, "&#0;&#x1F4A9;&#65;")),
    TAGS_SWAPPED(Applies.XML, XmlEdits::swapTagNames),
    START_TAG_RENAMED(Applies.XML, XmlEdits::renameOneStartTag),
    ELEMENT_DROPPED(Applies.XML, XmlEdits::dropElement),
    ELEMENT_DUPLICATED(Applies.XML, XmlEdits::duplicateElement),
    ENTRY_DUPLICATED(Applies.XML, (t, r) -> XmlEdits.duplicateBlock(t, r, "Ntry", "TxInfAndSts", "TxDtls")),
    DEEP_NESTING(Applies.XML, (t, r) -> XmlEdits.intoText(t, r, "<a>".repeat(5000) + "</a>".repeat(5000))),
    MANY_ATTRIBUTES(Applies.XML, XmlEdits::manyAttributes),
    NAMESPACE_CHANGED(Applies.XML, XmlEdits::changeNamespace),
    CDATA_AND_COMMENTS(Applies.XML, (t, r) -> XmlEdits.intoText(t, r, "<!--x--><![CDATA[1]]><?pi x?>")),
    PREFIXED(Applies.XML, XmlEdits::prefixEveryElement),
    MT_TAGS_SWAPPED(Applies.MT940, TextEdits::swapMtTags),
    MT_STATEMENT_LINE_DUPLICATED(Applies.MT940, (t, r) -> TextEdits.duplicateMatching(t, r, ":61:")),
    MT_BLOCK_UNCLOSED(Applies.MT940, (t, r) -> t.replaceFirst("-\\}", "")),
    CSV_QUOTE_UNBALANCED(Applies.CSV, (t, r) -> TextEdits.insertAt(t, r, "\"")),
    CSV_COLUMNS_SWAPPED(Applies.CSV, TextEdits::swapCsvHeaderColumns),
    CSV_FIELD_ADDED(Applies.CSV, (t, r) -> TextEdits.insertAt(t, r, ",")),
    CSV_HEADER_ONLY(Applies.CSV, (t, r) -> t.lines().findFirst().orElse("") + "\r\n");

    /** What a seed file is, for the mutations that only make sense for one kind. */
    public enum Kind {
        XML, MT940, CSV;

        /** The kind of a valid seed file, by its first bytes. */
        public static Kind of(byte[] seed) {
            String text = new String(seed, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "").strip();
            return text.startsWith("<") ? XML : text.contains(":20:") ? MT940 : CSV;
        }
    }

    /** Which kinds of file a mutation applies to. */
    private enum Applies {
        ANY, XML, MT940, CSV
    }

    /** An edit of a file's text (ISO-8859-1, byte for byte). */
    @FunctionalInterface
    interface Edit {
        String apply(String text, Random random);
    }

    private final Applies applies;
    private final Edit edit;

    Mutation(Applies applies, Edit edit) {
        this.applies = applies;
        this.edit = edit;
    }

    /** Whether the mutation makes sense for this kind of file. */
    public boolean appliesTo(Kind kind) {
        return applies == Applies.ANY || applies.name().equals(kind.name());
    }

    /** The mutated bytes of {@code seed}. */
    public byte[] apply(byte[] seed, Random random) {
        if (this == UTF16_ENCODED) {
            String text = new String(seed, StandardCharsets.UTF_8);
            return random.nextBoolean() ? text.getBytes(StandardCharsets.UTF_16)
                    : text.getBytes(StandardCharsets.UTF_16LE);
        }
        return edit.apply(new String(seed, StandardCharsets.ISO_8859_1), random).getBytes(StandardCharsets.ISO_8859_1);
    }
}
