package id.bansos.ledger.roster;

import id.bansos.ledger.kpm.HouseholdRecord;
import java.util.List;
import java.util.function.Consumer;

/** A roster as the importer reads it: a stream of lines, each a household or the problems that refused it. */
public interface RosterSource {

    /** Streams every data line, in file order. */
    void forEach(Consumer<Line> consumer);

    /** Reads the whole roster once and returns every problem; used before an all-or-nothing import. */
    List<RowProblem> validateAll();

    /** Data lines read so far. */
    long linesRead();

    /** Data lines read so far that gave a household. */
    long valid();

    /** Data lines read so far that were refused. */
    long invalid();

    /** Whether the roster, as read so far, listed this household. */
    boolean listed(String householdId);

    /**
     * One data line.
     *
     * @param line     its line number in the file
     * @param record   the household, or null when the line was refused
     * @param problems why the line was refused; empty when it was accepted
     */
    record Line(int line, HouseholdRecord record, List<RowProblem> problems) {
    }
}
