package id.bansos.bank.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bansos.bank.camt.CamtReader;
import id.bansos.bank.statement.ReadOptions;
import java.io.ByteArrayInputStream;

/** Coverage-guided fuzzing of the camt.053/054 reader: any bytes are refused with a reason or read as they say. */
class CamtReaderFuzzTest {

    @FuzzTest
    void any_bytes_are_refused_with_a_reason_or_read_as_they_say(byte[] input) {
        Verdicts.hold(Verdicts.document(new CamtReader(ReadOptions.bansos()).read(new ByteArrayInputStream(input))));
    }
}
