package id.bansos.bank.hostile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits of a file's text that care only about lines, words and numbers, whatever the format. */
final class TextEdits {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]{6,}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|(?<=:6[012][CDFM]?:[CD]?)\\d{6}");
    private static final Pattern MT_TAG = Pattern.compile("(?m)^:(\\d{2}[A-Z]?):");
    private static final String[] ODD_NUMBERS = {"-600000", "6e5", "600.000,00", "600,000", "NaN", "0", "-0",
        "+1", "0x10", "\u00b9\u00b2\u00b3", "600000.5", "00000000000000000000000600000", " 600000 ", ""};

    private TextEdits() {
    }

    static String flipBytes(String text, Random random) {
        if (text.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            int at = random.nextInt(chars.length);
            chars[at] = (char) ((chars[at] ^ (1 << random.nextInt(8))) & 0xFF);
        }
        return new String(chars);
    }

    static String dropLine(String text, Random random) {
        List<String> lines = lines(text);
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    static String duplicateLine(String text, Random random) {
        List<String> lines = lines(text);
        int at = random.nextInt(lines.size());
        lines.add(at, lines.get(at));
        return String.join("\n", lines);
    }

    static String swapTwoLines(String text, Random random) {
        List<String> lines = lines(text);
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String kept = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, kept);
        return String.join("\n", lines);
    }

    static String repeatLine(String text, Random random) {
        List<String> lines = lines(text);
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        for (int i = 0; i < 2000; i++) {
            lines.add(at, line);
        }
        return String.join("\n", lines);
    }

    static String duplicateMatching(String text, Random random, String prefix) {
        List<String> lines = lines(text);
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                matching.add(i);
            }
        }
        if (matching.isEmpty()) {
            return duplicateLine(text, random);
        }
        int at = matching.get(random.nextInt(matching.size()));
        int end = at + 1;
        while (end < lines.size() && !lines.get(end).startsWith(prefix) && !lines.get(end).startsWith(":6")) {
            end++;
        }
        lines.addAll(end, new ArrayList<>(lines.subList(at, end)));
        return String.join("\n", lines);
    }

    static String splice(String text, Random random) {
        if (text.length() < 2) {
            return text + text;
        }
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(200));
        return insertAt(text, random, text.substring(from, to));
    }

    static String insertAt(String text, Random random, String inserted) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        return text.substring(0, at) + inserted + text.substring(at);
    }

    static String garbage(Random random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) random.nextInt(256);
        }
        return new String(chars);
    }

    static String hugeNumber(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "9223372036854775808";
            case 1 -> "99999999999999999999999999999999999999";
            case 2 -> "1" + "0".repeat(1000);
            default -> "9".repeat(15) + ".99";
        };
    }

    static String oddNumber(Random random) {
        return ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)];
    }

    static String replaceNumber(String text, Random random, String replacement) {
        return replaceOne(NUMBER, text, random, replacement);
    }

    static String replaceWord(String text, Random random, String replacement) {
        return replaceOne(WORD, text, random, replacement);
    }

    static String changeAmount(String text, Random random) {
        List<MatchResultPosition> found = all(NUMBER, text);
        if (found.isEmpty()) {
            return text;
        }
        int last = found.get(random.nextInt(found.size())).end - 1;
        char digit = (char) ('0' + (text.charAt(last) - '0' + 1 + random.nextInt(8)) % 10);
        return text.substring(0, last) + digit + text.substring(last + 1);
    }

    static String breakDate(String text, Random random) {
        String[] broken = {"2026-13-45", "2026-02-30", "0000-00-00", "261345", "9999-99-99", "20261"};
        return replaceOne(DATE, text, random, broken[random.nextInt(broken.length)]);
    }

    static String swapMtTags(String text, Random random) {
        List<MatchResultPosition> tags = all(MT_TAG, text);
        if (tags.size() < 2) {
            return text;
        }
        MatchResultPosition a = tags.get(random.nextInt(tags.size()));
        MatchResultPosition b = tags.get(random.nextInt(tags.size()));
        String tagA = text.substring(a.start, a.end);
        String tagB = text.substring(b.start, b.end);
        return text.replace(tagA, "\u0000").replace(tagB, tagA).replace("\u0000", tagB);
    }

    static String swapCsvHeaderColumns(String text, Random random) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        List<String> columns = new ArrayList<>(Arrays.asList(header.strip().split(",", -1)));
        int a = random.nextInt(columns.size());
        int b = random.nextInt(columns.size());
        String kept = columns.get(a);
        columns.set(a, columns.get(b));
        columns.set(b, kept);
        return String.join(",", columns) + (end < 0 ? "" : "\r" + text.substring(end));
    }

    private static String replaceOne(Pattern pattern, String text, Random random, String replacement) {
        List<MatchResultPosition> found = all(pattern, text);
        if (found.isEmpty()) {
            return text + replacement;
        }
        MatchResultPosition m = found.get(random.nextInt(found.size()));
        return text.substring(0, m.start) + replacement + text.substring(m.end);
    }

    private static List<MatchResultPosition> all(Pattern pattern, String text) {
        List<MatchResultPosition> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new MatchResultPosition(m.start(), m.end()));
        }
        return found;
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    private record MatchResultPosition(int start, int end) {
    }
}
