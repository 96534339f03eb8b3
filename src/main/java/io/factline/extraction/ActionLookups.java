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
 * event, mostly of the same few actions; and when an action has fewer matching events than a lookup
 * keeps (the denials of an action nobody denies), each walk reads every stored event of the action.
 *
 * <p>The walk covers the span of all the lookups' windows and keeps {@code rows} rows per lookup, newest
 * first; each lookup takes the newest of them in its own window. That is what its own query answers
 * when the walk read every matching row, or when the lookup found {@code rows} of them (a newer row in
 * its window would have been read before); otherwise the lookup runs its own query.
 *
 * <p>Lookups of stance DENIES are answered from one read of all stored denials of their actions in the
 * span of their windows ({@link Reader#denials}): denials are few, while a walk per action reads every
 * event of an action that nobody denies, and an article asks for the denials of a dozen actions or
 * more (each asserted event's action and the actions paired with it).
 */
final class ActionLookups {

    /** Reads stored events of actions with a counting claim of a stance. */
    interface Reader {

        /** The newest {@code rows} events of the action with a counting claim of the stance meeting the window. */
        List<ActionRow> newest(String action, Stance stance, LocalDate from, LocalDate to, int rows);

        /** Every event of these actions with a counting denial meeting the window, by action, newest first. */
        Map<String, List<ActionRow>> denials(Set<String> actions, LocalDate from, LocalDate to);

        static Reader of(io.factline.event.EventRepository events) {
            return new Reader() {
                @Override
                public List<ActionRow> newest(String action, Stance stance, LocalDate from, LocalDate to, int rows) {
                    return events.newestRows(action, stance, from, to, rows);
                }

                @Override
                public Map<String, List<ActionRow>> denials(Set<String> actions, LocalDate from, LocalDate to) {
                    return events.denialRows(actions, from, to);
                }
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
        Map<String, List<ActionRow>> denials = denials(reader, walks);
        Map<Walk, Map<Lookup, List<Long>>> found = new LinkedHashMap<>();
        walks.forEach((walk, those) -> found.put(walk, walk.stance() == Stance.DENIES
                ? answer(denials.getOrDefault(walk.action(), List.of()), those, rows)
                : answer(reader, walk, those, rows)));
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

    /** All stored denials of the DENIES walks' actions in the span of their lookups' windows, with one read. */
    private static Map<String, List<ActionRow>> denials(Reader reader, Map<Walk, List<Lookup>> walks) {
        Set<String> actions = new LinkedHashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        for (Map.Entry<Walk, List<Lookup>> walk : walks.entrySet()) {
            if (walk.getKey().stance() != Stance.DENIES) {
                continue;
            }
            actions.add(walk.getKey().action());
            for (Lookup lookup : walk.getValue()) {
                from = from == null || lookup.from().isBefore(from) ? lookup.from() : from;
                to = to == null || lookup.to().isAfter(to) ? lookup.to() : to;
            }
        }
        return actions.isEmpty() ? Map.of() : reader.denials(actions, from, to);
    }

    /** Each lookup's newest {@code rows} of every matching row of one action ({@code all}, newest first). */
    private static Map<Lookup, List<Long>> answer(List<ActionRow> all, List<Lookup> lookups, int rows) {
        Map<Lookup, List<Long>> answers = new LinkedHashMap<>();
        for (Lookup lookup : lookups) {
            answers.computeIfAbsent(lookup, l -> all.stream().filter(r -> r.meets(l.from(), l.to())).limit(rows)
                    .map(ActionRow::id).toList());
        }
        return answers;
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
