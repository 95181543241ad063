package id.bansos.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A unit of work's aggregates, looked up by identifier and recognised by instance. */
class ManagedAggregatesTest {

    /** An aggregate stand-in that equals every other, so only identity tells two apart. */
    private static final class Loaded {
        @Override
        public boolean equals(Object other) {
            return other instanceof Loaded;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void an_aggregate_loaded_through_compute_if_absent_is_known_by_its_identifier_and_as_an_instance() {
        ManagedAggregates<Loaded> managed = new ManagedAggregates<>();
        Loaded first = managed.computeIfAbsent("H1", id -> new Loaded());

        assertThat(managed.computeIfAbsent("H1", id -> new Loaded())).isSameAs(first);
        assertThat(managed.get("H1")).isSameAs(first);
        assertThat(managed.containsValue(first)).isTrue();
        assertThat(managed.containsValue(new Loaded())).isFalse();
        assertThat(managed).hasSize(1);
    }

    @Test
    void an_aggregate_removed_after_a_rollback_is_no_longer_one_of_them() {
        ManagedAggregates<Loaded> managed = new ManagedAggregates<>();
        Loaded loaded = new Loaded();
        managed.putIfAbsent("H1", loaded);

        assertThat(managed.remove("H1")).isSameAs(loaded);

        assertThat(managed.containsValue(loaded)).isFalse();
        assertThat(managed.containsKey("H1")).isFalse();
        assertThat(managed).isEmpty();
    }

    @Test
    void an_aggregate_replaced_under_its_identifier_gives_way_to_the_new_instance() {
        ManagedAggregates<Loaded> managed = new ManagedAggregates<>();
        Loaded stale = new Loaded();
        Loaded fresh = new Loaded();
        managed.put("H1", stale);

        managed.put("H1", fresh);

        assertThat(managed.containsValue(stale)).isFalse();
        assertThat(managed.containsValue(fresh)).isTrue();
        assertThat(managed.putIfAbsent("H1", new Loaded())).isSameAs(fresh);
    }
}
