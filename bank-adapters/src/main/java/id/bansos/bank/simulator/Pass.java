package id.bansos.bank.simulator;

import id.bansos.bank.pain001.Pain001Reader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * One pass over a pain.001 file: each credit transfer with the bank's decision on it, expanded into what one output
 * needs (zero, one or two items per payment). Only the items of one payment are held at a time.
 *
 * @param <T> what the output is written from
 */
final class Pass<T> implements Iterator<T>, AutoCloseable {

    /** Turns one payment and its decision into items for the output. */
    interface Expander<T> {
        void expand(Pain001Reader.CreditTransfer tx, Decision decision, Consumer<T> out);
    }

    private final Pain001Reader reader;
    private final Decider decider;
    private final LocalDate executionDate;
    private final Expander<T> expander;
    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private boolean done;

    Pass(Path pain001, Decider decider, Expander<T> expander) throws IOException {
        this.reader = Pain001Reader.open(new BufferedInputStream(Files.newInputStream(pain001), 1 << 16));
        this.decider = decider;
        this.expander = expander;
        this.executionDate = reader.nextPaymentInformation().requestedExecutionDate();
    }

    @Override
    public boolean hasNext() {
        while (queue.isEmpty() && !done) {
            Pain001Reader.CreditTransfer tx = reader.nextTransaction();
            if (tx == null) {
                done = true;
            } else {
                expander.expand(tx, decider.bank(tx, executionDate), queue::add);
            }
        }
        return !queue.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return queue.poll();
    }

    @Override
    public void close() {
        reader.close();
    }
}
