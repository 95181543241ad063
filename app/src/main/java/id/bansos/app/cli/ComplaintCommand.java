package id.bansos.app.cli;

import id.bansos.app.reconciliation.ComplaintIntake;
import id.bansos.reconciliation.cases.Complaint;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code complaint …}: take a complaint for a household, naming who took it. */
@Command(name = "complaint", mixinStandardHelpOptions = true, description = "Complaints for a household.",
        subcommands = {ComplaintCommand.Lodge.class})
class ComplaintCommand {

    @Command(name = "lodge", mixinStandardHelpOptions = true, description = {
            "Lodge a complaint: it opens the household's investigation case or joins the open one.",
            "The same --reference again changes nothing."})
    static class Lodge implements Callable<Integer> {
        @Option(names = "--household", required = true,
                description = "The household's reference, a member's NIK or its No. KK.")
        String household;
        @Option(names = "--reference", required = true, description = "The complaint's own reference (ticket).")
        String reference;
        @Option(names = "--from", required = true, description = "Who complained: KPM, PENDAMPING or DESA.")
        Complaint.Complainant complainant;
        @Option(names = "--kind", required = true,
                description = "NOT_RECEIVED, WRONG_AMOUNT, WITHDRAWN_BY_OTHER or WRONG_PERSON.")
        Complaint.Kind kind;
        @Option(names = "--text", required = true, description = "What happened, in the complainant's words.")
        String text;
        @Option(names = "--user", required = true, description = "The acting user.")
        String user;

        @Override
        public Integer call() {
            return CaseCommand.run(ctx -> {
                ComplaintIntake.Lodged lodged = ctx.getBean(ComplaintIntake.class).lodge(household, reference,
                        complainant, kind, text, user);
                System.out.println((lodged.repeat() ? "Complaint " + lodged.reference() + " was lodged before"
                        : "Complaint " + lodged.reference() + " lodged by " + user) + " on case " + lodged.caseId()
                        + " (household " + lodged.householdId() + ")");
            });
        }
    }
}
