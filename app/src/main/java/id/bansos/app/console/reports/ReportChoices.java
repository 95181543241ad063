package id.bansos.app.console.reports;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/** What the report filters offer: the programs, periods and channels batches were prepared for. */
@Component
class ReportChoices {

    private final Jdbi jdbi;

    ReportChoices(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<String> programs() {
        return distinct("program");
    }

    List<String> periods() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT period FROM payment_batch ORDER BY period DESC")
                .mapTo(String.class).list());
    }

    List<String> channels() {
        return distinct("channel");
    }

    private List<String> distinct(String column) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT " + column + " FROM payment_batch ORDER BY 1")
                .mapTo(String.class).list());
    }
}
