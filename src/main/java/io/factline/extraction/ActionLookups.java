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
import java.util.Set;

/**
 * Answers many lookups of the newest stored events of some actions with a counting claim of a stance
 * ({@link io.factline.event.EventRepository#newestRows}) with one walk per action and stance, where each
 * lookup would walk the action's events itself. An article asks one per denial and one per asserted
 * event, mostly of the same few actions (each asserted event asks for the denials of its action and the
 * actions paired with it, a dozen or more).
 *
 * <p>The walk covers the span of all the lookups' windows and keeps {@code rows} rows per lookup, newest
 * first; each lookup takes the newest of them in its own window. That is what its own query answers
 * when the walk read every matching row, or when the lookup found {@code rows} of them (a newer row in
 * its window would have been read before); otherwise the lookup runs its own query. A walk reads only
 * events with a counting claim of its stance (V14), so the denials of an action nobody denies cost
 * one index seek.
 */
final class ActionLookups {

    /** Reads stored events of actions with a counting claim of a stance. */
    @FunctionalInterface
    interface Reader {

        /** The newest {@code rows} events of the action with a counting claim of the stance meeting the window. */
        List<ActionRow> newest(String action, Stance stance, LocalDate from, LocalDate to, int rows);

        static Reader of(io.factline.event.EventRepository events) {
            return events::newestRows;
        }

        /**
         * This reader, where the database's stance flags ({@code Event#asserted}, {@code Event#denied}) are
         * not right yet: {@code counting} holds, for each event whose claims a correction has just
         * superseded, the stances of its claims that still count (its flags are derived again when the
         * ingest refreshes it). Each walk reads one more row for each such event without the stance and
         * leaves those out, so it answers as if the flags were right. Read at each walk: claims added to
         * those events meanwhile are added to it.
         */
        default Reader counting(Map<Long, Set<Stance>> counting) {
            if (counting.isEmpty()) {
                return this;
            }
            return (action, stance, from, to, rows) -> {
                int stale = (int) counting.values().stream().filter(s -> !s.contains(stance)).count();
                return newest(action, stance, from, to, rows + stale).stream()
                        .filter(r -> counting.getOrDefault(r.id(), Set.of(stance)).contains(stance))
                        .limit(rows).toList();
            };
        }
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
