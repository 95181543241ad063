package id.bansos.bank.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bansos.bank.pos.PosPayoutReportReader;
import id.bansos.bank.statement.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Coverage-guided fuzzing of the PT Pos payout report reader: any bytes are refused with a reason or add up. */
class PosPayoutReportReaderFuzzTest {

    @FuzzTest
    void any_bytes_are_refused_with_a_reason_or_read_as_they_say(byte[] input) throws IOException {
        Verdicts.hold(Verdicts.document(new PosPayoutReportReader(ReadOptions.bansos())
                .read(new ByteArrayInputStream(input))));
    }
}
