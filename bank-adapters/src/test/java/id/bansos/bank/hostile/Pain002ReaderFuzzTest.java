package id.bansos.bank.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bansos.bank.pain002.Pain002Reader;
import id.bansos.bank.statement.ReadOptions;
import java.io.ByteArrayInputStream;

/** Coverage-guided fuzzing of the pain.002 reader: any bytes are refused with a reason or read as they say. */
class Pain002ReaderFuzzTest {

    @FuzzTest
    void any_bytes_are_refused_with_a_reason_or_read_as_they_say(byte[] input) {
        Verdicts.hold(Verdicts.document(new Pain002Reader(ReadOptions.bansos()).read(new ByteArrayInputStream(input))));
    }
}
