package io.factline.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An HQL {@code in} list whose query plan Hibernate keeps. Hibernate ORM caches the translation of a query (HQL →
 * SQL) only when no parameter of it is bound to a collection ({@code e.id in :ids} is translated anew on every
 * execution: session 16 measured 7 % of an ingest's request CPU in those translations). Here the list is written
 * as single-valued parameters, {@code in (:ids0, :ids1, …)}, their number rounded up to a power of two (at least
 * two: a list of one parameter may take a collection again) by repeating the last value, which changes no
 * result: an {@code in} list is a set. So each query has a few shapes, each translated once. A list longer than
 * {@link #MAX_SIZE} keeps the collection parameter ({@code in :ids}), as before.
 */
public final class InList {

    /** Longest list written as single parameters (as many parameters in the statement). */
    static final int MAX_SIZE = 1024;

    private final String name;
    private final List<Object> values;
    private final int size;

    private InList(String name, Collection<?> values) {
        this.name = name;
        this.values = new ArrayList<>(values);
        this.size = values.size() > MAX_SIZE ? -1 : padded(values.size());
    }

    /** The values as the list of parameter {@code name} (a name no other parameter of the query has). */
    public static InList of(String name, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an empty in list: the caller answers without a query");
        }
        return new InList(name, values);
    }

    /** The number of parameters a list of {@code count} values is written with. */
    static int padded(int count) {
        int size = 2;
        while (size < count) {
            size *= 2;
        }
        return size;
    }

    /** The list to write after {@code in}: {@code (:name0, :name1, …)}, or {@code :name} for a long list. */
    @Override
    public String toString() {
        if (size < 0) {
            return ":" + name;
        }
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return sql.append(')').toString();
    }

    /** The parameters' values by name, to bind ({@link #bind}, or Panache's {@code Map} parameters). */
    public Map<String, Object> parameters() {
        Map<String, Object> bound = new HashMap<>();
        if (size < 0) {
            bound.put(name, values);
            return bound;
        }
        for (int i = 0; i < size; i++) {
            bound.put(name + i, values.get(Math.min(i, values.size() - 1)));
        }
        return bound;
    }

    /** Binds the list's parameters on a query. */
    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        parameters().forEach(query::setParameter);
        return query;
    }
}
