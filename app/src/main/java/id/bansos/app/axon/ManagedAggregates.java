package id.bansos.app.axon;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The aggregates one unit of work has loaded, by identifier, that also answers "is this instance one of them" at once.
 * Axon asks that of every aggregate it commits; over a plain map the question scans every value, so a unit of work of
 * a thousand households asked it a million times.
 *
 * @param <A> the aggregate wrapper type
 */
final class ManagedAggregates<A> extends AbstractMap<String, A> {

    private final Map<String, A> byId = new HashMap<>();
    private final Set<A> instances = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public A get(Object id) {
        return byId.get(id);
    }

    @Override
    public boolean containsKey(Object id) {
        return byId.containsKey(id);
    }

    @Override
    public boolean containsValue(Object aggregate) {
        return instances.contains(aggregate);
    }

    @Override
    public A put(String id, A aggregate) {
        A replaced = byId.put(id, aggregate);
        if (replaced != null) {
            instances.remove(replaced);
        }
        instances.add(aggregate);
        return replaced;
    }

    @Override
    public A remove(Object id) {
        A removed = byId.remove(id);
        if (removed != null) {
            instances.remove(removed);
        }
        return removed;
    }

    @Override
    public void clear() {
        byId.clear();
        instances.clear();
    }

    @Override
    public int size() {
        return byId.size();
    }

    @Override
    public Set<Entry<String, A>> entrySet() {
        return Collections.unmodifiableMap(byId).entrySet();
    }
}
