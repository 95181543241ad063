package id.bansos.ledger.roster;

/**
 * Why one field of one roster line was refused.
 *
 * @param line   the 1-based line number in the file (the header is line 1)
 * @param field  the column name
 * @param value  the offending value, masked when it is a NIK, KK or account number
 * @param reason what is wrong, in words an operator can act on
 */
public record RowProblem(int line, String field, String value, String reason) {
}
