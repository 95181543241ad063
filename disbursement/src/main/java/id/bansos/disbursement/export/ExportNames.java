package id.bansos.disbursement.export;

import id.bansos.bank.profile.BankProfile;
import id.bansos.disbursement.batch.BatchState;
import id.bansos.disbursement.batch.ExportPlan;
import java.time.OffsetDateTime;

/** Identities every exported file carries, derived from the batch and its plan so that a re-export repeats them. */
final class ExportNames {

    private ExportNames() {
    }

    /** The file's message id: the batch id and {@code -F} with the file's three-digit sequence. */
    static String messageId(BatchState batch, FilePart part) {
        return batch.batchId() + "-F" + "%03d".formatted(part.sequence());
    }

    /** The plan's creation time in WIB, as the files state it. */
    static OffsetDateTime creationTime(ExportPlan plan) {
        return plan.createdAt().atZone(BankProfile.WIB).toOffsetDateTime();
    }
}
