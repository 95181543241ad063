package id.bansos.app.jobs;

import id.bansos.app.exchange.InboxFolders;
import id.bansos.reconciliation.cases.axon.FlagScanner;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Receives the files dropped in the inbox folders, applies every accepted file to its payments, and raises the flags
 * that follow while a file applied since the last finished scan waits (also when applying it was the work of an
 * earlier run cut short). One node at a time does it (clustered JDBC store).
 */
@DisallowConcurrentExecution
public class InboxWatchJob extends QuartzJobBean {

    @Autowired
    InboxFolders inbox;
    @Autowired
    InboundApplier applier;
    @Autowired
    FlagScanner flags;

    @Override
    protected void executeInternal(JobExecutionContext context) {
        try {
            inbox.sweep();
            applier.applyAll();
            if (flags.due()) {
                flags.scan("inbox-job");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the inbox folders could not be read: " + e.getMessage(), e);
        }
    }
}
