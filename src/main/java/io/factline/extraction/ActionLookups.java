package io.factline.extraction;

import io.factline.claim.Stance;
import io.factline.event.EventRepository.ActionRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Answers many lookups of the newest stored events of some actions with a counting claim of a stance
 * ({@link io.factline.event.EventRepository#newestRows}) with one walk per action and stance, where each
 * lookup would walk the action's events itself. An article asks one per denial and one per asserted
 * event, mostly of the same few actions; and when an action has fewer matching events than a lookup
 * keeps (the denials of an action nobody denies), each walk reads every stored event of the action.
 *
 * <p>The walk covers the span of all the lookups' windows and keeps {@code rows} rows per lookup, newest
 * first; each lookup takes the newest of them in its own window. That is what its own query answers
 * when the walk read every matching row, or when the lookup found {@code rows} of them (a newer row in
 * its window would have been read before); otherwise the lookup runs its own query.
 */
final class ActionLookups {

    /** Reads the newest {@code rows} events of an action with a counting claim of the stance meeting the window. */
    @FunctionalInterface
    interface Reader {
        List<ActionRow> newest(String action, Stance stance, LocalDate from, LocalDate to, int rows);
    }

    /** The newest events of any of the actions, with a counting claim of the stance, whose span meets the window. */
    record Lookup(Collection<String> actions, Stance stance, LocalDate from, LocalDate to) {
    }

    private record Walk(String action, Stance stance) {
    }

    private ActionLookups() {
    }

    /**
     * For each lookup, the ids of at most {@code rows} events, newest first: the newest {@code rows} of
     * the union of each of its actions' newest {@code rows} (which are the newest overall).
     */
    static List<List<Long>> newestIds(Reader reader, List<Lookup> lookups, int rows) {
        Map<Walk, List<Lookup>> walks = new LinkedHashMap<>();
        for (Lookup lookup : lookups) {
            for (String action : new LinkedHashSet<>(lookup.actions())) {
                walks.computeIfAbsent(new Walk(action, lookup.stance()), w -> new ArrayList<>()).add(lookup);
            }
        }
        Map<Walk, Map<Lookup, List<Long>>> found = new LinkedHashMap<>();
        walks.forEach((walk, those) -> found.put(walk, answer(reader, walk, those, rows)));
        List<List<Long>> result = new ArrayList<>();
        for (Lookup lookup : lookups) {
            List<Long> ids = new ArrayList<>();
            for (String action : new LinkedHashSet<>(lookup.actions())) {
                ids.addAll(found.get(new Walk(action, lookup.stance())).get(lookup));
            }
            result.add(ids.stream().distinct().sorted(Comparator.reverseOrder()).limit(rows).toList());
        }
        return result;
    }

    private static Map<Lookup, List<Long>> answer(Reader reader, Walk walk, List<Lookup> lookups, int rows) {
        LocalDate from = lookups.stream().map(Lookup::from).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = lookups.stream().map(Lookup::to).max(Comparator.naturalOrder()).orElseThrow();
        int limit = rows * lookups.size();
        List<ActionRow> read = reader.newest(walk.action(), walk.stance(), from, to, limit);
        boolean complete = read.size() < limit;
        Map<Lookup, List<Long>> answers = new LinkedHashMap<>();
        for (Lookup lookup : lookups) {
            if (answers.containsKey(lookup)) {
                continue;
            }
            List<ActionRow> mine = read.stream().filter(r -> r.meets(lookup.from(), lookup.to())).limit(rows).toList();
            if (!complete && mine.size() < rows) {
                mine = reader.newest(walk.action(), walk.stance(), lookup.from(), lookup.to(), rows);
            }
            answers.put(lookup, mine.stream().map(ActionRow::id).toList());
        }
        return answers;
    }
}
