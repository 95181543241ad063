package id.bansos.disbursement.batch;

import java.util.List;

/**
 * Maker-checker as pure functions. Each decision returns the events that follow, returns nothing when the same
 * request was already honoured (a repeated click or API call), or throws {@link BatchRefused} with the reason.
 */
public final class BatchDecisions {

    private BatchDecisions() {
    }

    /** The preparer (maker) submits the batch as it stands. */
    public static List<BatchEvent> submit(BatchState batch, String user) {
        requireUser(user);
        if (batch.status() == BatchStatus.SUBMITTED && user.equals(batch.submittedBy())) {
            return List.of();
        }
        if (batch.status() != BatchStatus.PREPARED && batch.status() != BatchStatus.REJECTED) {
            throw new BatchRefused("batch " + batch.batchId() + " is " + batch.status() + " and cannot be submitted");
        }
        return List.of(new BatchSubmitted(batch.batchId(), user, batch.digest()));
    }

    /**
     * An approver (checker) approves the batch, having seen the lines that give {@code current}.
     *
     * @param current the digest of the batch's lines as they are now
     */
    public static List<BatchEvent> approve(BatchState batch, String user, BatchDigest current, ApprovalBands bands) {
        requireUser(user);
        if (batch.approvers().contains(user)) {
            return List.of();
        }
        if (batch.status() == BatchStatus.APPROVED || batch.status() == BatchStatus.EXPORTED) {
            throw new BatchRefused("batch " + batch.batchId() + " already has the approvals it needs");
        }
        if (batch.status() != BatchStatus.SUBMITTED) {
            throw new BatchRefused("batch " + batch.batchId() + " is " + batch.status()
                    + "; only a submitted batch can be approved");
        }
        if (user.equals(batch.submittedBy()) || user.equals(batch.preparedBy())) {
            throw new BatchRefused(user + " prepared or submitted batch " + batch.batchId()
                    + " and cannot also approve it (maker-checker)");
        }
        if (!current.equals(batch.digest())) {
            throw new BatchRefused("the lines of batch " + batch.batchId() + " changed since it was submitted; "
                    + "it must be submitted again before approval");
        }
        int needed = bands.approvalsFor(batch.digest().controlSum());
        return List.of(new BatchApproved(batch.batchId(), user, current, needed, batch.approvers().size() + 1));
    }

    /** An approver rejects the batch, saying why. */
    public static List<BatchEvent> reject(BatchState batch, String user, String reason) {
        requireUser(user);
        if (reason == null || reason.isBlank()) {
            throw new BatchRefused("a rejection needs a reason");
        }
        if (batch.status() == BatchStatus.REJECTED) {
            return List.of();
        }
        if (batch.status() != BatchStatus.SUBMITTED) {
            throw new BatchRefused("batch " + batch.batchId() + " is " + batch.status()
                    + "; only a submitted batch can be rejected");
        }
        if (user.equals(batch.submittedBy())) {
            throw new BatchRefused(user + " submitted batch " + batch.batchId()
                    + " and cannot also reject it (maker-checker)");
        }
        return List.of(new BatchRejected(batch.batchId(), user, reason.strip()));
    }

    /** The batch's lines now give {@code current}; if that differs from its digest, every approval is void. */
    public static List<BatchEvent> linesChanged(BatchState batch, BatchDigest current, String reason) {
        if (current.equals(batch.digest())) {
            return List.of();
        }
        if (batch.status() == BatchStatus.EXPORTED) {
            throw new BatchRefused("batch " + batch.batchId() + " was exported; its lines can no longer change");
        }
        return List.of(new BatchLinesChanged(batch.batchId(), current, reason));
    }

    /**
     * Checks that the batch may be exported with lines that give {@code current}; throws otherwise. Export itself is
     * recorded per file with {@link #fileExported}.
     */
    public static void checkExportable(BatchState batch, BatchDigest current) {
        if (batch.status() != BatchStatus.APPROVED && batch.status() != BatchStatus.EXPORTED) {
            throw new BatchRefused("batch " + batch.batchId() + " is " + batch.status()
                    + "; only an approved batch is exported");
        }
        if (!current.equals(batch.approvedDigest())) {
            throw new BatchRefused("the lines of batch " + batch.batchId() + " no longer match the approved digest "
                    + "(approved " + batch.approvedDigest().lineCount() + " lines, Rp "
                    + batch.approvedDigest().controlSum()
                    + "; now " + current.lineCount() + " lines, Rp " + current.controlSum() + "): export refused");
        }
    }

    /**
     * Fixes how the approved batch's files are written. The first plan holds for every later export, so exporting
     * again writes the same bytes; a new approval (after changed lines or a rejection) needs a new plan.
     */
    public static List<BatchEvent> planExport(BatchState batch, BatchDigest current, ExportPlan plan, String user) {
        requireUser(user);
        checkExportable(batch, current);
        if (batch.exportPlan() != null) {
            return List.of();
        }
        return List.of(new BatchExportPlanned(batch.batchId(), plan, user));
    }

    /**
     * Records a file written from the batch's plan. The same file with the same bytes again records nothing; a file
     * whose bytes differ from those exported under its name is refused, since the bank may already hold the first.
     */
    public static List<BatchEvent> fileExported(BatchState batch, BatchDigest current, ExportedFile file, String user) {
        requireUser(user);
        checkExportable(batch, current);
        if (batch.exportPlan() == null) {
            throw new BatchRefused("batch " + batch.batchId() + " has no export plan; files are written from one");
        }
        String recorded = batch.exportedFiles().get(file.fileName());
        if (recorded != null && recorded.equals(file.sha256())) {
            return List.of();
        }
        if (recorded != null) {
            throw new BatchRefused("file " + file.fileName() + " of batch " + batch.batchId()
                    + " was exported with SHA-256 " + recorded + "; writing it again gave " + file.sha256()
                    + ": refused, the bank may hold the first");
        }
        return List.of(new BatchFileExported(batch.batchId(), file.fileName(), file.format(), file.sequence(),
                file.sha256(), file.lineCount(), file.controlSum(), user));
    }

    /** Records that the bank or PT Pos collected an exported file; collecting it again records nothing. */
    public static List<BatchEvent> fileCollected(BatchState batch, String fileName, String collectedBy) {
        requireUser(collectedBy);
        String sha256 = batch.exportedFiles().get(fileName);
        if (sha256 == null) {
            throw new BatchRefused("batch " + batch.batchId() + " exported no file " + fileName);
        }
        if (batch.collectedFiles().contains(fileName)) {
            return List.of();
        }
        return List.of(new BatchFileCollected(batch.batchId(), fileName, sha256, collectedBy));
    }

    /** Records the treasury's transfer (SP2D) of the batch's funds; the same SP2D again records nothing. */
    public static List<BatchEvent> fund(BatchState batch, String sp2dNumber, long amount, String user) {
        requireUser(user);
        if (sp2dNumber == null || sp2dNumber.isBlank()) {
            throw new BatchRefused("funding needs the SP2D number");
        }
        if (batch.fundedBy().contains(sp2dNumber)) {
            return List.of();
        }
        if (amount != batch.digest().controlSum()) {
            throw new BatchRefused("SP2D " + sp2dNumber + " of Rp " + amount + " does not fund batch " + batch.batchId()
                    + " of Rp " + batch.digest().controlSum());
        }
        return List.of(new BatchFunded(batch.batchId(), sp2dNumber, amount, user));
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new BatchRefused("the acting user must be named");
        }
    }
}
