package id.bansos.bank.pos.manifest;

/** RFC 4180 quoting for free text, with spreadsheet formulas defused. */
public final class Csv {

    private Csv() {
    }

    /**
     * The text as a CSV field: a leading {@code = + - @} gets a {@code '} in front so that a spreadsheet shows it
     * rather than evaluating it; a field holding a comma or a double quote is quoted, the quote doubled. (Line breaks
     * never reach here: the outbound records refuse control characters.)
     */
    public static String text(String value) {
        String field = value;
        char first = field.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@') {
            field = "'" + field;
        }
        if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
