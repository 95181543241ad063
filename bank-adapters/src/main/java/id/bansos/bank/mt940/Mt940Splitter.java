package id.bansos.bank.mt940;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an MT940/MT942 file into messages, one at a time, and each message into its tagged fields. A message starts
 * with SWIFT headers ending in {@code {4:}}, or with {@code :20:} when there are none; it ends with a line {@code -}
 * (optionally followed by <code>}</code> and trailer blocks), or where the next {@code :20:} begins. Lines that do
 * not start with a tag continue the field before them. Control characters (SOH/ETX frames) are dropped.
 */
final class Mt940Splitter {

    /** One tagged field: the tag without colons ({@code 61}, {@code 60F}) and its value, continuation lines kept. */
    record Field(String tag, String value, int line) {
    }

    /**
     * One message.
     *
     * @param number    its position in the file, from 1
     * @param line      the line it starts on
     * @param header2   the content of block 2, or {@code null}
     * @param fields    its fields in order
     * @param terminated whether it ended with {@code -}
     */
    record Message(int number, int line, String header2, List<Field> fields, boolean terminated) {
    }

    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?):(.*)$");
    private static final Pattern BLOCK2 = Pattern.compile("\\{2:([^}]*)}");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private final BufferedReader reader;
    private int lineNumber;
    private String pushedBack;
    private int messages;
    private int outsideLines;
    private int firstOutsideLine;

    Mt940Splitter(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next message, or {@code null} at the end of the file. */
    Message next() throws IOException {
        String line;
        while ((line = nextLine()) != null) {
            String text = line.strip();
            int headerEnd = text.indexOf("{4:");
            if (text.startsWith("{1:") && headerEnd >= 0) {
                Matcher block2 = BLOCK2.matcher(text.substring(0, headerEnd));
                String rest = text.substring(headerEnd + 3);
                if (!rest.isEmpty()) {
                    pushedBack = rest;
                    lineNumber--;
                }
                return readMessage(lineNumber, block2.find() ? block2.group(1) : null);
            }
            if (text.startsWith(":20:")) {
                pushedBack = line;
                lineNumber--;
                return readMessage(lineNumber + 1, null);
            }
            if (!text.isEmpty() && !text.startsWith("-") && !text.startsWith("{5:")) {
                if (outsideLines++ == 0) {
                    firstOutsideLine = lineNumber;
                }
            }
        }
        return null;
    }

    /** How many non-blank lines outside any message were skipped. */
    int outsideLines() {
        return outsideLines;
    }

    /** The first of them, or 0. */
    int firstOutsideLine() {
        return firstOutsideLine;
    }

    private Message readMessage(int startLine, String header2) throws IOException {
        List<Field> fields = new ArrayList<>();
        StringBuilder value = null;
        String tag = null;
        int tagLine = 0;
        String line;
        boolean terminated = false;
        while ((line = nextLine()) != null) {
            String text = line.strip();
            if (text.equals("-") || text.startsWith("-}")) {
                terminated = true;
                break;
            }
            Matcher m = TAG.matcher(text);
            if (m.matches()) {
                if (m.group(1).equals("20") && hasTag(fields, tag, "20")) {
                    pushedBack = line;
                    lineNumber--;
                    break;
                }
                if (tag != null) {
                    fields.add(new Field(tag, value.toString(), tagLine));
                }
                tag = m.group(1);
                value = new StringBuilder(m.group(2).stripTrailing());
                tagLine = lineNumber;
            } else if (tag != null && !text.isEmpty()) {
                value.append('\n').append(line.stripTrailing());
            }
        }
        if (tag != null) {
            fields.add(new Field(tag, value.toString(), tagLine));
        }
        return new Message(++messages, startLine, header2, fields, terminated);
    }

    private static boolean hasTag(List<Field> fields, String current, String wanted) {
        return wanted.equals(current) || fields.stream().anyMatch(f -> f.tag().equals(wanted));
    }

    private String nextLine() throws IOException {
        String line;
        if (pushedBack != null) {
            line = pushedBack;
            pushedBack = null;
        } else {
            line = reader.readLine();
            if (line == null) {
                return null;
            }
            line = CONTROL.matcher(line).replaceAll("");
        }
        lineNumber++;
        return line;
    }
}
