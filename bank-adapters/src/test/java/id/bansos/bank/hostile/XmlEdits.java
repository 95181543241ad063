package id.bansos.bank.hostile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits of an XML file's markup: declarations, tags, elements and namespaces. */
final class XmlEdits {

    /** Nine levels of ten entities each: a billion "lol"s if anything expanded them. */
    static final String LAUGHS = laughs();

    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w.:-]*)(?=[\\s>/])");
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)</");
    private static final Pattern DECLARATION = Pattern.compile("^(\\u00ef\\u00bb\\u00bf)?\\s*<\\?xml[^>]*\\?>");
    private static final Pattern NAMESPACE = Pattern.compile("(camt|pain)\\.0\\d\\d\\.001\\.\\d\\d");
    private static final String[] NAMESPACES = {"camt.053.001.08", "camt.054.001.08", "pain.002.001.10",
        "pain.001.001.09", "camt.052.001.08", "camt.053.001.99", "pain.002.001.03", "camt.053.001.02"};

    private XmlEdits() {
    }

    /** Puts a DOCTYPE after the XML declaration and, when given, a reference into some element's text. */
    static String withDoctype(String text, Random random, String doctype, String reference) {
        String body = reference == null ? text : intoText(text, random, reference);
        Matcher declaration = DECLARATION.matcher(body);
        if (declaration.find()) {
            return body.substring(0, declaration.end()) + "\n" + doctype + body.substring(declaration.end());
        }
        return doctype + "\n" + body;
    }

    /** Puts markup or text into the text of a random element. */
    static String intoText(String text, Random random, String inserted) {
        List<int[]> texts = positions(TEXT, text, 1);
        if (texts.isEmpty()) {
            return text + inserted;
        }
        int[] at = texts.get(random.nextInt(texts.size()));
        return text.substring(0, at[0]) + inserted + text.substring(at[1]);
    }

    static String swapTagNames(String text, Random random) {
        List<String> names = new ArrayList<>(names(text));
        if (names.size() < 2) {
            return text;
        }
        String a = names.get(random.nextInt(names.size()));
        String b = names.get(random.nextInt(names.size()));
        Pattern either = Pattern.compile("(</?)(" + Pattern.quote(a) + "|" + Pattern.quote(b) + ")(?=[\\s>/])");
        return either.matcher(text).replaceAll(m -> m.group(1) + (m.group(2).equals(a) ? b : a));
    }

    static String renameOneStartTag(String text, Random random) {
        List<int[]> tags = positions(START_TAG, text, 1);
        List<String> names = new ArrayList<>(names(text));
        if (tags.isEmpty()) {
            return text;
        }
        int[] at = tags.get(random.nextInt(tags.size()));
        return text.substring(0, at[0]) + names.get(random.nextInt(names.size())) + text.substring(at[1]);
    }

    static String dropElement(String text, Random random) {
        int[] element = element(text, random);
        return element == null ? text : text.substring(0, element[0]) + text.substring(element[1]);
    }

    static String duplicateElement(String text, Random random) {
        int[] element = element(text, random);
        return element == null ? text
                : text.substring(0, element[1]) + text.substring(element[0], element[1]) + text.substring(element[1]);
    }

    /** Repeats one of the blocks with any of these names, once or a few hundred times. */
    static String duplicateBlock(String text, Random random, String... blockNames) {
        List<int[]> blocks = new ArrayList<>();
        for (String name : blockNames) {
            Matcher m = Pattern.compile("<(\\w+:)?" + name + "[\\s>][\\s\\S]*?</(\\w+:)?" + name + ">").matcher(text);
            while (m.find()) {
                blocks.add(new int[] {m.start(), m.end()});
            }
        }
        if (blocks.isEmpty()) {
            return duplicateElement(text, random);
        }
        int[] b = blocks.get(random.nextInt(blocks.size()));
        String copies = text.substring(b[0], b[1]).repeat(random.nextInt(4) == 0 ? 300 : 1);
        return text.substring(0, b[1]) + copies + text.substring(b[1]);
    }

    static String manyAttributes(String text, Random random) {
        List<int[]> tags = positions(START_TAG, text, 0);
        if (tags.isEmpty()) {
            return text;
        }
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 40 + random.nextInt(200); i++) {
            attributes.append(" a").append(i).append("=\"").append(i).append('"');
        }
        int at = tags.get(random.nextInt(tags.size()))[1];
        return text.substring(0, at) + attributes + text.substring(at);
    }

    static String changeNamespace(String text, Random random) {
        return NAMESPACE.matcher(text).replaceFirst(NAMESPACES[random.nextInt(NAMESPACES.length)]);
    }

    static String prefixEveryElement(String text, Random random) {
        String prefixed = text.replaceAll("<(/?)([A-Za-z][\\w.-]*)(?=[\\s>/])", "<$1x:$2");
        return prefixed.replaceFirst("<x:Document xmlns=", "<x:Document xmlns:x=");
    }

    private static int[] element(String text, Random random) {
        List<String> names = new ArrayList<>(names(text));
        for (int tries = 0; tries < 10 && !names.isEmpty(); tries++) {
            String name = names.get(random.nextInt(names.size()));
            Matcher m = Pattern.compile("<" + Pattern.quote(name) + "[\\s>][\\s\\S]*?</" + Pattern.quote(name) + ">")
                    .matcher(text);
            List<int[]> found = new ArrayList<>();
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
            if (!found.isEmpty()) {
                return found.get(random.nextInt(found.size()));
            }
        }
        return null;
    }

    private static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = START_TAG.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<int[]> positions(Pattern pattern, String text, int group) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(group), m.end(group)});
        }
        return found;
    }

    private static String laughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE Document [<!ENTITY l0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            doctype.append("<!ENTITY l").append(level).append(" \"");
            doctype.append(("&l" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return doctype.append("]>").toString();
    }
}
