package id.bansos.bank.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bansos.bank.mt940.Mt940Reader;
import id.bansos.bank.statement.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Coverage-guided fuzzing of the MT940/MT942 reader: any bytes are refused with a reason or read as they say. */
class Mt940ReaderFuzzTest {

    @FuzzTest
    void any_bytes_are_refused_with_a_reason_or_read_as_they_say(byte[] input) throws IOException {
        Verdicts.hold(Verdicts.document(new Mt940Reader(ReadOptions.bansos()).read(new ByteArrayInputStream(input))));
    }
}
