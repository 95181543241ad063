package id.bansos.bank.pain001;

/**
 * One fault found in a pain.001 file.
 *
 * @param line    1-based line, or -1 when unknown
 * @param column  1-based column, or -1 when unknown
 * @param message what is wrong, as the schema validator or the totals check says it
 */
public record ValidationProblem(int line, int column, String message) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
