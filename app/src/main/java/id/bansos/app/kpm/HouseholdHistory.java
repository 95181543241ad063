package id.bansos.app.kpm;

import id.bansos.ledger.kpm.HouseholdEvent;
import id.bansos.ledger.kpm.HouseholdTimeline;
import id.bansos.ledger.kpm.TimelineEntry;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** A household's timeline, read straight from its event stream: always complete, never behind. */
@Component
public class HouseholdHistory {

    private final EventStore eventStore;

    public HouseholdHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Every event of the household in order, described in words. */
    public List<TimelineEntry> timeline(String householdId) {
        return eventStore.readEvents(householdId).asStream()
                .filter(m -> m.getPayload() instanceof HouseholdEvent)
                .map(m -> {
                    HouseholdEvent event = (HouseholdEvent) m.getPayload();
                    return new TimelineEntry(m.getSequenceNumber(), m.getTimestamp(),
                            HouseholdTimeline.describe(event));
                })
                .toList();
    }
}
